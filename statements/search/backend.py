"""The interface every search backend offers, and the choice of backend from settings.

Small on purpose: a faster engine can be measured beside Whoosh by implementing these six methods,
without touching the queue, the commands or the views.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from statements.search.documents import IndexedDocument


class SearchBackend(Protocol):
    name: str

    def search_ids(self, q: str, *, sort: str, limit: int | None) -> list[int]:
        """Ids of the indexed statements matching `q` (already cleaned and checked), ranked or by date.
        Raises QueryError for a query it cannot parse or run within its time budget."""

    def highlight(self, q: str, texts: Mapping[int, str]) -> dict[int, str]:
        """Each text as escaped HTML, the words `q` matched wrapped in <mark>."""

    def writer_lock(self, *, wait: bool) -> AbstractContextManager[bool]:
        """The one-writer lock: yields True when held; False if busy (after a short try unless `wait`)."""

    def replace_documents(self, statement_ids: Sequence[int], documents: Iterable[IndexedDocument]) -> None:
        """Remove every entry for `statement_ids`, then add `documents`, in one commit. Caller holds the lock."""

    def rebuild(self, documents: Iterable[IndexedDocument]) -> int:
        """Build a complete new index from `documents` and swap it in; searches go on meanwhile.
        Caller holds the lock. Returns the number of documents indexed."""

    def indexed_hashes(self) -> dict[int, str]:
        """Statement id -> content hash of every entry in the index."""


def get_backend() -> SearchBackend:
    name = settings.ARCHIVE_SEARCH_BACKEND
    if name == "whoosh":
        from statements.search.whoosh_backend import WhooshBackend

        return WhooshBackend()
    if name == "postgres":
        raise ImproperlyConfigured(
            "ARCHIVE_SEARCH_BACKEND=postgres: the PostgreSQL full-text backend is not built yet; use whoosh."
        )
    raise ImproperlyConfigured(f"ARCHIVE_SEARCH_BACKEND must be 'whoosh' or 'postgres', not {name!r}")
