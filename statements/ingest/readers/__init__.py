"""Readers: every kind of input `ingest` takes, turned into Documents (or outcomes saying why not).

One interface: a reader is `read(name, data, context) -> Iterator[Document | IngestOutcome]`, where `data`
is the input's bytes (a WARC reader gets a binary stream instead: WARCs are big) and `context` fetches
what an input only points to (feed entries, sitemap URLs). Which reader reads an input is decided by
its name's suffix, else by sniffing its first bytes (`sniff_format`), so a URL, standard input and a
file named oddly are read the same way. Inputs (`read_documents`): files, folders (every file in them;
the ones skipped are reported with why), glob patterns, http(s):// URLs and `-` for standard input.
"""

from __future__ import annotations

import glob
import gzip
import io
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from statements.extraction.decode import MAX_RAW_BYTES, NotText, decode_bytes
from statements.ingest.documents import Document, IngestOutcome, Provenance

# A text file is the article itself, so the article size limit applies to it as read; an HTML page is
# capped only by the generous raw cap (MAX_RAW_BYTES), its article text by extraction's limit.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
# Feeds, sitemaps, CSV and JSON Lines hold many articles each.
MAX_COLLECTION_BYTES = 200 * 1024 * 1024

SUFFIXES = {
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl",
    ".csv": "csv", ".warc": "warc", ".rss": "feed", ".atom": "feed", ".xml": "xml",
}

Item = Document | IngestOutcome


@dataclass
class Context:
    """What readers need beyond the input itself: a way to fetch URLs (statements.ingest.fetch.fetch)."""

    fetch: Callable | None = None
    sitemap_depth: int = 3  # sitemap index → sitemap → … at most this deep
    max_urls: int = 50_000  # per feed or sitemap tree

    def get(self, url: str):
        if self.fetch is None:
            from statements.ingest.fetch import fetch

            self.fetch = fetch
        return self.fetch(url)


def read_documents(inputs: Iterable[str | Path], context: Context | None = None) -> Iterator[Item]:
    """Every document in `inputs`; what cannot be read comes out as an outcome with its reason."""
    context = context or Context()
    for given in inputs:
        text = str(given)
        if text == "-":
            yield from read_bytes("-", sys.stdin.buffer.read(), context)
        elif text.startswith(("http://", "https://")):
            from statements.ingest.readers.web import read_url

            yield from read_url(text, context)
        elif Path(text).is_dir():
            yield from _read_folder(Path(text), context)
        elif not Path(text).exists() and glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield IngestOutcome(text, "failed", reason="no file matches this pattern")
            for match in matches:
                yield from (_read_folder(Path(match), context) if Path(match).is_dir() else read_file(Path(match), context))
        else:
            yield from read_file(Path(text), context)


def _read_folder(folder: Path, context: Context) -> Iterator[Item]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    readable = 0
    for file in files:
        fmt = format_of_name(file.name)
        if fmt is None:
            yield IngestOutcome(str(file.relative_to(folder)), "skipped", reason=f"unsupported file type {_suffix(file.name)!r}")
            continue
        readable += 1
        yield from read_file(file, context)
    if not readable:
        yield IngestOutcome(str(folder), "failed", reason="folder holds no file of a supported type")


def read_file(path: Path, context: Context) -> Iterator[Item]:
    fmt = format_of_name(path.name)
    if fmt is None:
        yield IngestOutcome(path.name, "failed", reason=f"unsupported file type {_suffix(path.name)!r}")
        return
    try:
        if fmt == "warc":
            from statements.ingest.readers.warc import read_warc

            with path.open("rb") as stream:
                yield from read_warc(path.name, stream, context)
            return
        data = _read_capped(path, fmt)
    except OSError as error:
        yield IngestOutcome(path.name, "failed", reason=f"cannot read file: {error.strerror or error}")
        return
    except NotText as error:
        yield IngestOutcome(path.name, "failed", reason=str(error))
        return
    inner = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    yield from read_bytes(path.name, data, context, fmt=format_of_name(inner) if inner != path.name else fmt)


def _read_capped(path: Path, fmt: str) -> bytes:
    """The file's bytes (decompressed if gzip), refused past the cap for its kind."""
    limit = {"text": MAX_DOCUMENT_BYTES, "html": MAX_RAW_BYTES}.get(fmt, MAX_COLLECTION_BYTES)
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as stream:
            data = stream.read(limit + 1)
    else:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    if len(data) > limit:
        raise NotText(f"more than the size limit of {limit:,} bytes for a {fmt} file"
                      + (" (the article limit applies to the text extracted from a page)" if fmt == "html" else ""))
    return data


def read_bytes(
    name: str, data: bytes, context: Context, *, fmt: str | None = None, http_charset: str = "",
    provenance: Provenance | None = None, meta: dict | None = None,
) -> Iterator[Item]:
    """The documents in `data`, read by the reader for `fmt` (sniffed when None or "xml")."""
    if data[:2] == b"\x1f\x8b" and fmt != "warc":
        try:
            data = gzip.GzipFile(fileobj=io.BytesIO(data)).read(MAX_COLLECTION_BYTES + 1)
        except (OSError, EOFError) as error:
            yield IngestOutcome(name, "failed", reason=f"broken gzip data ({error})")
            return
    if fmt in (None, "xml"):
        fmt = sniff_format(data)
    if fmt == "warc":
        from statements.ingest.readers.warc import read_warc

        yield from read_warc(name, io.BytesIO(data), context)
        return
    if fmt in ("feed", "sitemap"):
        from statements.ingest.readers.web import read_feed, read_sitemap

        yield from (read_feed if fmt == "feed" else read_sitemap)(name, data, context)
        return
    limit = {"text": MAX_DOCUMENT_BYTES, "html": MAX_RAW_BYTES}.get(fmt)
    try:
        decoded = decode_bytes(data, http_charset=http_charset, limit=limit)
    except NotText as error:
        yield IngestOutcome(name, "failed", reason=str(error))
        return
    if fmt == "jsonl":
        from statements.ingest.readers.records import read_jsonl

        yield from read_jsonl(name, decoded.text)
    elif fmt == "csv":
        from statements.ingest.readers.records import read_csv

        yield from read_csv(name, decoded.text)
    else:
        yield Document(name, decoded.text, fmt, dict(meta or {}), decoded.warnings, provenance)


def format_of_name(name: str) -> str | None:
    """The reader for a file name (".html.gz" reads as HTML, ".warc.gz" as WARC), None if unsupported."""
    lowered = name.lower()
    if lowered.endswith(".warc.gz"):
        return "warc"
    if lowered.endswith(".gz"):
        return format_of_name(lowered[:-3])
    return SUFFIXES.get(Path(lowered).suffix)


def sniff_format(data: bytes) -> str:
    """What the bytes are, from how they start: warc, sitemap, feed, html, jsonl or text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<!--", b"<head", b"<meta")) or b"<html" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def decode_document(data: bytes, *, limit: int | None = MAX_DOCUMENT_BYTES) -> str:
    """The text of a text file in any charset; ValueError (NotText) for binary data or data over `limit`."""
    return decode_bytes(data, limit=limit).text


def _suffix(name: str) -> str:
    return "".join(Path(name).suffixes[-2:]) or "(none)"
