"""WARC files (what web archives and Common Crawl News ship): every HTML response record is a page.

The record's WARC-Target-URI is the page's URL and its WARC-Date the fetch time; the HTTP status and
body (de-chunked and decompressed by warcio) are kept as the page's provenance. Requests, metadata,
revisits and non-HTML responses (images, scripts) are counted in one "skipped" line per file, not one
line each: a crawl holds thousands of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from statements.extraction.decode import MAX_RAW_BYTES, charset_of
from statements.ingest.documents import Document, IngestOutcome, Provenance

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(name: str, stream: BinaryIO, context) -> Iterator[Document | IngestOutcome]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from statements.ingest.readers import read_bytes

    skipped: Counter[str] = Counter()
    pages = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                skipped[record.rec_type] += 1
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(HTML_TYPES):
                skipped[f"{content_type.split(';')[0] or 'untyped'} response"] += 1
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            status = int(record.http_headers.get_statuscode() or 0)
            if status != 200:
                yield IngestOutcome(f"{name}#{number}", "skipped", reason=f"HTTP {status} for {url}")
                continue
            body = record.content_stream().read(MAX_RAW_BYTES + 1)
            if getattr(record.raw_stream, "limit", 0) > 0:
                # warcio stops quietly where the file ends; the record's length says what is missing.
                yield IngestOutcome(f"{name}#{number}", "failed", reason=f"record for {url} is cut short: the WARC "
                                    f"file ends before it does ({record.raw_stream.limit:,} bytes missing)")
                break
            if len(body) > MAX_RAW_BYTES:
                yield IngestOutcome(f"{name}#{number}", "failed", reason=f"{url}: over the raw size cap of {MAX_RAW_BYTES:,} bytes")
                continue
            provenance = Provenance(
                url=url, final_url=url, status=status, fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
                raw=body, content_type=content_type,
            )
            pages += 1
            yield from read_bytes(
                url or f"{name}#{number}", body, context, fmt="html", http_charset=charset_of(content_type),
                provenance=provenance, meta={"url": url} if url else None,
            )
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as error:
        yield IngestOutcome(name, "failed", reason=f"not a readable WARC file after {pages} pages ({error})")
    if skipped:
        what = ", ".join(f"{count} {kind}" for kind, count in skipped.most_common())
        yield IngestOutcome(name, "skipped", reason=f"records that are not HTML pages: {what}")


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
