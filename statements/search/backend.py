"""The interface every search backend offers, and the choice of backend from settings.

Small on purpose: a faster engine can be measured beside Whoosh by implementing these methods,
without touching the queue, the commands or the views. Backends: whoosh (embedded, pure Python, the
default), postgres (PostgreSQL full-text search in the archive's own database; its own table),
tantivy (embedded, Rust, the fast one; see README for which to use at which size).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from statements.search.conditions import SearchCondition
from statements.search.documents import IndexedDocument
from statements.search.requests import FacetList, SearchPage, SearchRequest

BACKENDS = ("whoosh", "postgres", "tantivy")


class SearchBackend(Protocol):
    name: str

    def search_ids(self, q: str, *, sort: str, limit: int | None) -> list[int]:
        """Ids of the indexed statements matching `q` (already cleaned and checked), ranked or by date.
        Raises QueryError for a query it cannot parse or run within its time budget."""

    def search_condition(self, q: str) -> SearchCondition | None:
        """`q` (cleaned and checked) as a condition of the list's own query (search.conditions), for a
        backend whose index is a table of the archive's database; None for one that gives ids instead.
        Raises QueryError for a query it cannot parse."""

    def rank_order(self, q: str, ids: Sequence[int]) -> list[int]:
        """`ids` (matches of `search_condition(q)`, newest first) in relevance order as `search_ids` ranks:
        the best-ranked of the candidates it ranks first, the rest as given. Raises QueryError."""

    def search_page(self, q: str, request: SearchRequest, facet_lists: Sequence[FacetList] = ()) -> SearchPage:
        """`q` (cleaned and checked; may be empty) and the request's filters: the page of ids, the total,
        and the counts of each of `facet_lists`'s facets over every match of its request (which lists
        is statements.facet_lists's rule, applied by the caller). Raises QueryError."""

    def unknown_words(self, words: Sequence[str]) -> list[str]:
        """Those of the folded `words` that occur in no statement's text or speaker's name."""

    def vocabulary_near(self, word: str) -> list[tuple[str, int]]:
        """Indexed words that could be what `word` meant to say, with how many statements use each."""

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
        from statements.search.postgres_backend import PostgresBackend

        return PostgresBackend()
    if name == "tantivy":
        from statements.search.tantivy_backend import TantivyBackend

        return TantivyBackend()
    raise ImproperlyConfigured(f"ARCHIVE_SEARCH_BACKEND must be one of {', '.join(BACKENDS)}, not {name!r}")
