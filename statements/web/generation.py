"""The data generation: a token that changes whenever anything a list counts or a page shows changes, and
counts cached under it.

Facet counts and result counts of a list are cached per (list query, generation), whole public pages
per (URL, generation) (statements.web.page_cache). Any write to a statement, article, speaker (its aliases
and roles), conflict, outlet, saved search or change record, and every search-index commit, calls
`data_changed()`, which gives the generation a new token twice: at once, and again when the writing
transaction commits. The first makes the writer's own later reads (and a test, whose transaction never
commits) miss the old entries; the second makes sure that what another process computed from the
not-yet-committed state in between is never read again. Old entries are not deleted: nothing can ask
for their key any more, and they expire.

The token lives in Django's cache, next to the entries, so every web process sharing the cache
(`ARCHIVE_CACHE=db` or redis) agrees on it. It is random rather than a counter: if the cache loses it
(eviction, restart of a local-memory cache), the next reader draws a new one instead of counting from
zero again into keys that may still hold counts of an older state.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "statements:data-generation"

T = TypeVar("T")


def data_changed() -> None:
    """Call for every write that can change a list, its counts or its labels (inside its transaction)."""
    _new_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_new_generation, robust=True)


def _new_generation() -> None:
    cache.set(GENERATION_KEY, secrets.token_hex(8), None)


def current_generation() -> str:
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), None)  # another process may have added one first
        token = cache.get(GENERATION_KEY) or "uncached"
    return token


def cached(kind: str, parts: tuple, compute: Callable[[], T]) -> T:
    """`compute()`, kept for this data generation under `kind` and `parts` (which must say everything the
    value depends on besides the data: the canonical list query, the page's fixed keys...)."""
    timeout = settings.ARCHIVE_COUNT_CACHE_SECONDS
    if not timeout:
        return compute()
    generation = current_generation()
    digest = hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    key = f"statements:{kind}:{generation}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        if current_generation() == generation:  # the data did not change while it was being computed
            cache.set(key, value, timeout)
    return value


def ids_digest(ids: list[int] | None) -> str:
    """A short fingerprint of a search's matches: a list counted over them is cached per match set, so
    counts follow the search index too, which is updated after the database (see search.queue)."""
    if ids is None:
        return ""
    return hashlib.blake2b(",".join(map(str, sorted(ids))).encode(), digest_size=16).hexdigest()
