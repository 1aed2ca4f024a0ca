"""Per-client rate limits: one client cannot take the archive's whole capacity from everyone else.

Every request counts against its client's budget of ARCHIVE_RATE_LIMIT requests a minute; a search that
costs the engine more (a wildcard or fuzzy word, an export of the whole list) also counts against the
stricter ARCHIVE_RATE_LIMIT_EXPENSIVE. Past either, the answer is 429 with Retry-After, before any view
or database query runs. Counters live in Django's cache "counters" (settings.CACHES): per process with
the default local-memory cache; shared by the worker processes of the host with ARCHIVE_CACHE=db (a
SQLite file of their own, archive.counter_cache: one atomic statement per count, nothing queued behind
the archive's database); shared by several hosts with Redis.

The window slides: the count is this minute's plus the previous minute's weighted by how much of it
still overlaps the last 60 seconds, so a client cannot double its budget at a window boundary.

Exports are also capped by how many stream at once: ARCHIVE_EXPORTS_PER_CLIENT per client. An export
holds one of its client's slots (a cache key taken with `cache.add`, atomic in every cache backend) from
the start of the request until its last chunk is sent or the response is closed early; a slot whose
holder died frees itself EXPORT_SLOT_SECONDS after its last chunk.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.template.loader import render_to_string
from django.urls import reverse

logger = logging.getLogger(__name__)

WINDOW = 60  # seconds
EXPORT_FORMATS = {"csv", "json"}
# Query syntax that makes an engine walk many terms: wildcards and fuzzy words.
EXPENSIVE_MARKS = ("*", "?", "~")
EXEMPT_PREFIXES = ("/static/",)
EXPORT_SLOT_SECONDS = 300  # a live export renews its slot with every chunk it sends
EXPORT_RETRY_AFTER = 10  # seconds: an export usually finishes within this
COUNTERS = "counters"  # the alias in settings.CACHES


def counters():
    return caches[COUNTERS]


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR, or with ARCHIVE_TRUSTED_PROXIES = n the address n hops from the
    right of X-Forwarded-For (entries further left are whatever the client chose to send)."""
    # None, not a placeholder, when there is no address (a request built in code, as force_login does):
    # django-axes stores it in an inet column, which PostgreSQL checks.
    remote = request.META.get("REMOTE_ADDR") or None
    proxies = getattr(settings, "ARCHIVE_TRUSTED_PROXIES", 0)
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote
    candidate = forwarded[-proxies]
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return remote
    return candidate


def client_key(request: HttpRequest) -> str:
    """What one client is: its IPv4 address, or its IPv6 /64 (one host usually holds a whole /64)."""
    address = client_ip(request) or "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return str(parsed)


def is_export(request: HttpRequest) -> bool:
    return request.GET.get("format", "") in EXPORT_FORMATS


def is_expensive(request: HttpRequest) -> bool:
    """An export, a wildcard or fuzzy search, or saving a search (a row written per request)."""
    if is_export(request):
        return True
    if request.method == "POST" and request.path == reverse("save-search"):
        return True
    return any(mark in value for value in request.GET.getlist("q") for mark in EXPENSIVE_MARKS)


def hit(bucket: str, client: str, limit: int, now: float | None = None) -> float | None:
    """Count one request; None if within `limit` per minute, else the seconds until it would be."""
    now = time.time() if now is None else now
    window = int(now // WINDOW)
    store = counters()
    current_key = f"ratelimit:{bucket}:{client}:{window}"
    try:
        current = store.incr(current_key)  # one write for all but a client's first request in a window
    except ValueError:
        # A new window: start it at 1, unless another request (another worker) just did; then count on it.
        if store.add(current_key, 1, timeout=WINDOW * 2):
            current = 1
        else:
            try:
                current = store.incr(current_key)
            except ValueError:  # evicted in between: count this request alone
                store.set(current_key, 1, timeout=WINDOW * 2)
                current = 1
    previous = store.get(f"ratelimit:{bucket}:{client}:{window - 1}", 0)
    overlap = 1 - (now - window * WINDOW) / WINDOW
    if previous * overlap + current <= limit:
        return None
    # The weighted count falls as the previous window slides out; a client over its budget in the
    # current window alone waits for the next one.
    if current > limit or previous == 0:
        return (window + 1) * WINDOW - now
    excess = previous * overlap + current - limit
    return min((window + 1) * WINDOW - now, excess / previous * WINDOW)


def take_export_slot(client: str, slots: int) -> str | None:
    """One of the client's `slots` export slots (its cache key), or None when all are taken."""
    for n in range(slots):
        key = f"exports:{client}:{n}"
        if counters().add(key, 1, timeout=EXPORT_SLOT_SECONDS):
            return key
    return None


class SlotHoldingStream:
    """A response's chunks that give the export slot back after the last one, or when the response is
    closed first (the client went away, or the WSGI server closed it): whichever comes first, once."""

    def __init__(self, chunks, key: str):
        self.chunks, self.key = iter(chunks), key

    def __iter__(self):
        return self

    def __next__(self):
        if self.key is None:
            raise StopIteration
        try:
            chunk = next(self.chunks)
        except BaseException:  # the end (StopIteration), or a failure: either way the export is over
            self.close()
            raise
        counters().touch(self.key, EXPORT_SLOT_SECONDS)
        return chunk

    def close(self) -> None:
        if self.key is not None:
            counters().delete(self.key)
            self.key = None


def too_many_requests(request: HttpRequest, retry_after: float, reason: str, *, message: str = "") -> HttpResponse:
    """429 with Retry-After; the page says the client sent `reason` in a short time, or says `message`."""
    seconds = max(1, math.ceil(retry_after))
    context = {"retry_after": seconds, "reason": reason, "message": message}
    body = render_to_string("429.html", context, request=request)
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(seconds)
    return response


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        refused = self.check(request)
        if refused:
            return refused
        slots = settings.ARCHIVE_EXPORTS_PER_CLIENT
        if not (slots and is_export(request)):
            return self.get_response(request)
        client = client_key(request)
        slot = take_export_slot(client, slots)
        if slot is None:
            _log_once(client, "over %d exports at once", slots)
            message = (
                f"This address already has {slots} export{'s' if slots != 1 else ''} downloading. "
                "Wait for one to finish (or cancel it), then ask again."
            )
            return too_many_requests(request, EXPORT_RETRY_AFTER, f"more than {slots} exports at once", message=message)
        response = self.get_response(request)
        if isinstance(response, StreamingHttpResponse):
            response.streaming_content = SlotHoldingStream(response.streaming_content, slot)
        else:  # an error, a redirect, a small answer: nothing left to send
            counters().delete(slot)
        return response

    def check(self, request: HttpRequest) -> HttpResponse | None:
        limit, expensive_limit = settings.ARCHIVE_RATE_LIMIT, settings.ARCHIVE_RATE_LIMIT_EXPENSIVE
        if not (limit or expensive_limit) or request.path.startswith(EXEMPT_PREFIXES):
            return None
        client = client_key(request)
        if limit and (wait := hit("all", client, limit)) is not None:
            _log_once(client, "over %d requests a minute", limit)
            return too_many_requests(request, wait, f"more than {limit} requests a minute")
        if expensive_limit and is_expensive(request) and (wait := hit("expensive", client, expensive_limit)) is not None:
            _log_once(client, "over %d expensive searches a minute", expensive_limit)
            return too_many_requests(
                request, wait, f"more than {expensive_limit} wildcard, fuzzy, export or save-search requests a minute"
            )
        return None


def _log_once(client: str, message: str, limit: int) -> None:
    """One log line per client and window, not one per refused request of a flood."""
    if counters().add(f"ratelimit:logged:{client}:{int(time.time() // WINDOW)}", 1, timeout=WINDOW * 2):
        logger.warning("rate limit: %s " + message, client, limit)
