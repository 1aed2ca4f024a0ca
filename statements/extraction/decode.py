"""Bytes as fetched or saved → text, whatever the encoding, with what it took said in warnings.

The charset is taken from, in order: a byte-order mark, the HTTP header, the page's own declaration
(`<meta charset>`, `<meta http-equiv="Content-Type">`, `<?xml encoding>`), then detection
(charset-normalizer) when the bytes are not UTF-8. A declaration the bytes contradict (many
undecodable bytes) loses to detection. A few undecodable bytes (a stray Latin-1 byte in a footer) are
replaced with U+FFFD and noted, not fatal: the rest of the page is still an article. Mojibake (UTF-8 read
as windows-1252 and saved again: "â€œ") is repaired line by line with ftfy and the lines counted.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# Raw pages are big (a normal news page with inline JSON is 4-5 MB); the article text limit applies after
# extraction. This cap only keeps a runaway download or a disk image from being read into memory.
MAX_RAW_BYTES = 50 * 1024 * 1024
# How far into the document a declaration is looked for: some pages carry 5-10 kB of scripts and
# link tags before their <meta charset>.
_DECLARATION_WINDOW = 16384
# More bad bytes than this and the charset tried is wrong, not the bytes: the Polish cp1250 page in
# realnews read as UTF-8 has 632 bad bytes in 148 kB, the German cp1252 one 61 in 59 kB.
_FEW_BAD_BYTES = 8

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard); pages that say latin-1 use
# the 0x80-0x9F bytes for curly quotes and dashes.
_AS_WINDOWS_1252 = {"latin-1", "iso8859-1", "ascii", "cp819"}
# Characters that only appear in text when UTF-8 was decoded as windows-1252 or latin-1.
_MOJIBAKE_HINT = re.compile("[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


class NotText(ValueError):
    """The bytes are not text in any encoding (binary), or are beyond the raw size cap."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    source: str  # bom / http / declared / utf-8 / detected
    replaced: int = 0  # undecodable bytes replaced by U+FFFD
    repaired_lines: int = 0  # lines whose mojibake ftfy repaired
    warnings: tuple[str, ...] = field(default=())


def decode_bytes(data: bytes, *, http_charset: str = "", limit: int | None = MAX_RAW_BYTES) -> Decoded:
    """Decode `data` (a page or text file); raises NotText for binary data or data over `limit`."""
    if limit is not None and len(data) > limit:
        raise NotText(
            f"{len(data):,} bytes is over the size limit of {limit:,} bytes for this kind of file (raw pages"
            f" have a generous cap of {MAX_RAW_BYTES:,}; the article limit applies to their extracted text)"
        )
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _finish(data[len(bom) :], encoding, "bom", warnings)
    if b"\x00" in data[:8192]:
        raise NotText("binary file (NUL bytes), not text")
    candidates = [(http_charset, "http"), (declared_charset(data), "declared")]
    for label, source in candidates:
        if not label:
            continue
        encoding = codec_name(label)
        if encoding is None:
            warnings.append(f"unknown charset {label!r} ({source}) ignored")
            continue
        text, bad = _decode(data, encoding)
        if _few(bad):
            return _finish_text(text, encoding, source, bad, warnings)
        warnings.append(f"the {source} charset {label} does not fit the bytes ({bad} undecodable); detected instead")
        break
    text, bad = _decode(data, "utf-8")
    if bad == 0:
        return _finish_text(text, "utf-8", "utf-8", 0, warnings)
    detected = _detect(data)
    if detected:
        text, detected_bad = _decode(data, detected)
        if detected_bad <= bad:
            return _finish_text(text, detected, "detected", detected_bad, warnings)
    if _few(bad):
        return _finish_text(text, "utf-8", "utf-8", bad, warnings)
    raise NotText(f"not text in any encoding tried ({bad} bytes undecodable as UTF-8, no charset detected)")


def charset_of(content_type: str) -> str:
    """The charset parameter of a Content-Type header value ("" if none)."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return ""


def declared_charset(data: bytes) -> str:
    """The charset the document declares in its first bytes (XML declaration or HTML meta), else ""."""
    head = data[:_DECLARATION_WINDOW]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else ""


def codec_name(label: str) -> str | None:
    """The Python codec for a charset label, with labels browsers treat as windows-1252 mapped to it."""
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def _decode(data: bytes, encoding: str) -> tuple[str, int]:
    """`data` decoded with undecodable bytes replaced, and how many replacement characters that made
    (U+FFFD the bytes really encode are not counted)."""
    text = data.decode(encoding, errors="replace")
    try:
        native = data.count("\ufffd".encode(encoding))
    except UnicodeEncodeError:
        native = 0
    return text, text.count("\ufffd") - native


def _few(bad: int) -> bool:
    return bad <= _FEW_BAD_BYTES


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported here: only needed for undeclared non-UTF-8 bytes

    best = from_bytes(data[: 1024 * 1024]).best()
    return codec_name(best.encoding) if best is not None else None


def _finish(data: bytes, encoding: str, source: str, warnings: list[str]) -> Decoded:
    text, bad = _decode(data, encoding)
    return _finish_text(text, encoding, source, bad, warnings)


def _finish_text(text: str, encoding: str, source: str, bad: int, warnings: list[str]) -> Decoded:
    if bad:
        warnings.append(f"{bad} undecodable byte(s) replaced (decoded as {encoding})")
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append(f"mojibake repaired on {repaired} line(s)")
    return Decoded(text, encoding, source, bad, repaired, tuple(warnings))


def repair_mojibake(text: str) -> tuple[str, int]:
    """`text` with double-encoded UTF-8 repaired, and how many lines were; lines without the telltale
    characters are left alone (ftfy is slow on megabytes, and a clean line cannot get better)."""
    if not _MOJIBAKE_HINT.search(text):
        return text, 0
    import ftfy

    lines = text.split("\n")
    repaired = 0
    for index, line in enumerate(lines):
        if _MOJIBAKE_HINT.search(line):
            fixed = ftfy.fix_encoding(line)
            if fixed != line:
                lines[index] = fixed
                repaired += 1
    return "\n".join(lines), repaired
