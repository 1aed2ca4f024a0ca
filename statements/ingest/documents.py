"""What readers hand to the store: documents to ingest, or outcomes for what could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from statements.extraction.pipeline import EXTRACTED_LANGUAGES


@dataclass(frozen=True)
class Provenance:
    """Where a page came from, as fetched: kept so an article can be re-extracted from the same bytes."""

    url: str  # as asked (a feed's link, a WARC's target URI)
    final_url: str  # after redirects
    status: int | None  # HTTP status
    fetched_at: datetime | None
    raw: bytes = b""  # the body as fetched (after transfer/content decoding)
    content_type: str = ""


@dataclass(frozen=True)
class Document:
    source: str  # file name, file name#line for JSON Lines / CSV, URL for a fetched page
    raw: str
    fmt: str  # text / html
    meta: dict  # title, url, outlet, author, published_on given with the document
    warnings: tuple[str, ...] = ()  # what decoding had to do (bytes replaced, mojibake repaired)
    provenance: Provenance | None = None


@dataclass(frozen=True)
class IngestOutcome:
    source: str
    status: str  # added / syndicated / unchanged / skipped / not_article / failed
    article_id: int | None = None
    statements: int = 0
    reason: str = ""
    language: str = ""  # of an added article
    warnings: tuple[str, ...] = field(default=())

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    @property
    def extracted(self) -> bool:
        """False for an added article in a language the extractor does not read (stored, no statements)."""
        return self.language in EXTRACTED_LANGUAGES
