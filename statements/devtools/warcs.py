"""Write WARC files from pages in hand, for tests and benchmarks (the reader is statements.ingest.readers.warc).

Each page becomes a request record and a response record, as a crawler writes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from typing import BinaryIO


@dataclass(frozen=True)
class WarcPage:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    date: str = "2020-10-02T08:30:00Z"


def write_warc(stream: BinaryIO, pages: Iterable[WarcPage], *, gzip: bool = True) -> int:
    """Write `pages` to `stream` as a WARC (gzip-compressed per record by default); returns the page count."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(stream, gzip=gzip)
    count = 0
    for page in pages:
        reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}.get(page.status, "Status")
        http_headers = StatusAndHeaders(
            f"{page.status} {reason}", [("Content-Type", page.content_type), ("Content-Length", str(len(page.body)))],
            protocol="HTTP/1.1",
        )
        request = writer.create_warc_record(
            page.url, "request", payload=BytesIO("GET / HTTP/1.1\r\nHost: x\r\n\r\n".encode()),
            warc_headers_dict={"WARC-Date": page.date},
        )
        response = writer.create_warc_record(
            page.url, "response", payload=BytesIO(page.body), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": page.date},
        )
        writer.write_record(request)
        writer.write_record(response)
        count += 1
    return count
