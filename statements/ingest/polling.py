"""Polling sources: fetch each due feed, sitemap or page politely and ingest what is new.

Politeness lives in one fetcher (PoliteFetcher) that the readers use for the source and for every
page it links to: robots.txt is read once per host per run and obeyed (protego, RFC 9309: a 4xx
robots.txt allows everything, an unreachable or 5xx one allows nothing this run); requests to one
host are spaced by ARCHIVE_POLL_HOST_DELAY seconds (or the site's Crawl-delay if longer); a
connection failure or 5xx is retried ARCHIVE_POLL_RETRIES times with exponential backoff. A source is
fetched with a conditional GET (its last ETag / Last-Modified), so an unchanged feed costs one 304.
Each source is polled inside its own try: one that fails is counted on its row (error_count,
last_error) and the others go on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone

from statements.ingest.documents import IngestOutcome
from statements.ingest.fetch import FetchError, Fetched, FetchPolicy, fetch, policy_from_settings
from statements.models import Source, SourceKind

log = logging.getLogger(__name__)
ROBOTS_AGENT = "statement-archive"
RETRY_STATUSES = {429, 500, 502, 503, 504}


class PoliteFetcher:
    """fetch() with robots.txt, a per-host delay and retries with backoff; one per polling run."""

    def __init__(self, policy: FetchPolicy | None = None, *, host_delay: float | None = None,
                 retries: int | None = None, backoff: float | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        self.policy = policy or policy_from_settings()
        self.host_delay = settings.ARCHIVE_POLL_HOST_DELAY if host_delay is None else host_delay
        self.retries = settings.ARCHIVE_POLL_RETRIES if retries is None else retries
        self.backoff = settings.ARCHIVE_POLL_BACKOFF if backoff is None else backoff
        self.sleep, self.clock = sleep, clock
        self._robots: dict[str, object] = {}  # origin -> protego parser, or None when robots.txt forbids all
        self._last_request: dict[str, float] = {}

    def __call__(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        robots = self._robots_for(url)
        if robots is None:
            raise FetchError(f"{url}: robots.txt of {_origin(url)} could not be read; nothing fetched from it this run")
        if not robots.can_fetch(url, ROBOTS_AGENT):
            raise FetchError(f"{url}: disallowed by {_origin(url)}/robots.txt")
        return self._get(url, headers, delay=max(self.host_delay, robots.crawl_delay(ROBOTS_AGENT) or 0))

    def _get(self, url: str, headers: dict[str, str] | None, *, delay: float) -> Fetched:
        for attempt in range(self.retries + 1):
            self._wait_for_host(url, delay)
            try:
                fetched = fetch(url, self.policy, headers=headers)
            except FetchError:
                if attempt == self.retries:
                    raise
            else:
                if fetched.status not in RETRY_STATUSES or attempt == self.retries:
                    return fetched
            self.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait_for_host(self, url: str, delay: float) -> None:
        host = _origin(url)
        last = self._last_request.get(host)
        if last is not None and (wait := last + delay - self.clock()) > 0:
            self.sleep(wait)
        self._last_request[host] = self.clock()

    def _robots_for(self, url: str):
        origin = _origin(url)
        if origin not in self._robots:
            from protego import Protego

            try:
                fetched = self._get(origin + "/robots.txt", None, delay=self.host_delay)
            except FetchError as error:
                log.warning("robots.txt of %s unreachable: %s", origin, error)
                self._robots[origin] = None
                return None
            if fetched.status >= 500:
                self._robots[origin] = None
            elif fetched.status >= 400:
                self._robots[origin] = Protego.parse("")
            else:
                self._robots[origin] = Protego.parse(fetched.body.decode("utf-8", "replace"))
        return self._robots[origin]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass
class PollResult:
    source: Source
    ok: bool
    not_modified: bool = False
    outcomes: list[IngestOutcome] | None = None
    error: str = ""
    etag: str = ""  # validators of the response, kept for the next conditional GET when the poll succeeded
    last_modified: str = ""

    @property
    def added(self) -> int:
        return sum(o.status == "added" for o in self.outcomes or ())


def due_sources(now: datetime | None = None) -> list[Source]:
    now = now or timezone.now()
    return [
        source for source in Source.objects.filter(active=True).select_related("outlet")
        if source.last_polled_at is None or source.last_polled_at + timedelta(minutes=source.interval_minutes) <= now
    ]


def poll_sources(sources: list[Source], fetcher: PoliteFetcher | None = None) -> Iterator[PollResult]:
    """Poll each source in turn; a failure is recorded on its row and never stops the next one."""
    fetcher = fetcher or PoliteFetcher()
    for source in sources:
        try:
            result = poll_source(source, fetcher)
        except Exception as error:  # a bug or a database error on one source must not stop the others
            log.exception("polling source %s failed", source.pk)
            result = PollResult(source, ok=False, error=f"{type(error).__name__}: {error}")
        _record(source, result)
        yield result


def poll_source(source: Source, fetcher: PoliteFetcher) -> PollResult:
    from statements.ingest.readers import Context, read_bytes
    from statements.ingest.readers.web import read_list_page
    from statements.ingest.store import Overrides, ingest_items

    conditional = {}
    if source.etag:
        conditional["If-None-Match"] = source.etag
    if source.last_modified:
        conditional["If-Modified-Since"] = source.last_modified
    try:
        fetched = fetcher(source.url, headers=conditional)
    except FetchError as error:
        return PollResult(source, ok=False, error=str(error))
    if fetched.status == 304:
        return PollResult(source, ok=True, not_modified=True, outcomes=[],
                          etag=source.etag, last_modified=source.last_modified)
    if fetched.status != 200:
        return PollResult(source, ok=False, error=f"HTTP {fetched.status} from {fetched.final_url}")
    context = Context(fetch=fetcher)
    if source.kind == SourceKind.PAGE:
        items = read_list_page(fetched.final_url, fetched.body, context, http_charset=fetched.charset)
    else:
        fmt = "sitemap" if source.kind == SourceKind.SITEMAP else "feed"
        items = read_bytes(source.url, fetched.body, context, fmt=fmt, http_charset=fetched.charset)
    overrides = Overrides(outlet=source.outlet.slug if source.outlet else "")
    return PollResult(source, ok=True, outcomes=list(ingest_items(items, overrides)),
                      etag=fetched.headers.get("etag", "")[:500],
                      last_modified=fetched.headers.get("last-modified", "")[:100])


def _record(source: Source, result: PollResult) -> None:
    now = timezone.now()
    source.last_polled_at = now
    if result.ok:
        source.last_success_at, source.error_count, source.last_error = now, 0, ""
        source.last_added = result.added
        source.etag, source.last_modified = result.etag, result.last_modified
    else:
        source.error_count += 1
        source.last_error = result.error[:2000]
    Source.objects.filter(pk=source.pk).update(
        last_polled_at=source.last_polled_at, last_success_at=source.last_success_at, error_count=source.error_count,
        last_error=source.last_error, last_added=source.last_added, etag=source.etag, last_modified=source.last_modified,
    )
