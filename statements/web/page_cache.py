"""Whole public pages, kept per data generation: a page seen again before anything it shows changed is
sent from the cache instead of being counted, searched and rendered again.

The key is the data generation (statements.web.generation: renewed by every write a page can show and after
every search-index commit), the day (a statement page's citation says when it was accessed), the host
and scheme (pages hold absolute links) and the full path, whose query is canonical (any other spelling
is a 301, never cached). Only complete 200 answers are kept: no error page, redirect or streamed export.

A page holding the "save this search" form holds a CSRF token, which belongs to one visitor. It is
stored as rendered and, when the page is served from the cache, every token in it is replaced by the
current visitor's own (`get_token`, which also has the CSRF middleware set that visitor's cookie).
Nothing else on a public page depends on who asks for it.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from statements.web.generation import current_generation

CACHED_TYPES = ("text/html", "application/atom+xml")
# What Django's {% csrf_token %} writes.
_CSRF_INPUT = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[^"]*(")')
HIT_HEADER = "X-Archive-Cache"  # "hit" or "miss" on every page this module sees


def cached_page(view):
    """Serve `view`'s page from the cache while the data it shows is unchanged (ARCHIVE_PAGE_CACHE_SECONDS)."""

    @functools.wraps(view)
    def serve(request, *args, **kwargs):
        timeout = settings.ARCHIVE_PAGE_CACHE_SECONDS
        if not timeout or request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        generation = current_generation()
        key = _key(request, generation)
        kept = cache.get(key)
        if kept is not None:
            return _from_cache(request, *kept)
        response = view(request, *args, **kwargs)
        if _keepable(response) and current_generation() == generation:  # unchanged while it was rendered
            body = zlib.compress(response.content, 1)
            cache.set(key, (response["Content-Type"], body, bool(_CSRF_INPUT.search(response.content))), timeout)
        response[HIT_HEADER] = "miss"
        return response

    return serve


def _key(request, generation: str) -> str:
    where = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{timezone.localdate().isoformat()}"
    return f"statements:page:{generation}:{hashlib.blake2b(where.encode('utf-8', 'surrogatepass'), digest_size=16).hexdigest()}"


def _keepable(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").split(";")[0] in CACHED_TYPES
    )


def _from_cache(request, content_type: str, body: bytes, has_token: bool) -> HttpResponse:
    content = zlib.decompress(body)
    if has_token:
        token = get_token(request).encode()
        content = _CSRF_INPUT.sub(lambda match: match[1] + token + match[2], content)
    response = HttpResponse(content, content_type=content_type)
    response[HIT_HEADER] = "hit"
    return response
