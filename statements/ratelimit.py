"""Per-client rate limits: one client cannot take the archive's whole capacity from everyone else.

Every request counts against its client's budget of ARCHIVE_RATE_LIMIT requests a minute; a search that
costs the engine more (a wildcard or fuzzy word, an export of the whole list) also counts against the
stricter ARCHIVE_RATE_LIMIT_EXPENSIVE. Past either, the answer is 429 with Retry-After, before any view
or database query runs. Counters live in Django's cache (settings.CACHES): per process with the
default local-memory cache, shared between workers with the database or Redis cache.

The window slides: the count is this minute's plus the previous minute's weighted by how much of it
still overlaps the last 60 seconds, so a client cannot double its budget at a window boundary.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

WINDOW = 60  # seconds
EXPORT_FORMATS = {"csv", "json"}
# Query syntax that makes an engine walk many terms: wildcards and fuzzy words.
EXPENSIVE_MARKS = ("*", "?", "~")
EXEMPT_PREFIXES = ("/static/",)


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


def is_expensive(request: HttpRequest) -> bool:
    if request.GET.get("format", "") in EXPORT_FORMATS:
        return True
    return any(mark in value for value in request.GET.getlist("q") for mark in EXPENSIVE_MARKS)


def hit(bucket: str, client: str, limit: int, now: float | None = None) -> float | None:
    """Count one request; None if within `limit` per minute, else the seconds until it would be."""
    now = time.time() if now is None else now
    window = int(now // WINDOW)
    current_key = f"ratelimit:{bucket}:{client}:{window}"
    cache.add(current_key, 0, timeout=WINDOW * 2)
    try:
        current = cache.incr(current_key)
    except ValueError:  # evicted between add and incr
        cache.set(current_key, 1, timeout=WINDOW * 2)
        current = 1
    previous = cache.get(f"ratelimit:{bucket}:{client}:{window - 1}", 0)
    overlap = 1 - (now - window * WINDOW) / WINDOW
    if previous * overlap + current <= limit:
        return None
    # The weighted count falls as the previous window slides out; a client over its budget in the
    # current window alone waits for the next one.
    if current > limit or previous == 0:
        return (window + 1) * WINDOW - now
    excess = previous * overlap + current - limit
    return min((window + 1) * WINDOW - now, excess / previous * WINDOW)


def too_many_requests(request: HttpRequest, retry_after: float, reason: str) -> HttpResponse:
    seconds = max(1, math.ceil(retry_after))
    body = render_to_string("429.html", {"retry_after": seconds, "reason": reason}, request=request)
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(seconds)
    return response


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        refused = self.check(request)
        return refused or self.get_response(request)

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
                request, wait, f"more than {expensive_limit} wildcard, fuzzy or export requests a minute"
            )
        return None


def _log_once(client: str, message: str, limit: int) -> None:
    """One log line per client and window, not one per refused request of a flood."""
    if cache.add(f"ratelimit:logged:{client}:{int(time.time() // WINDOW)}", 1, timeout=WINDOW * 2):
        logger.warning("rate limit: %s " + message, client, limit)
