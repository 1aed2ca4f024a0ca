"""Searching, for the views: a page of ids with total and facets, "did you mean", highlighted text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from statements.facet_lists import counted_lists
from statements.search.backend import get_backend
from statements.search.conditions import SearchCondition
from statements.search.query_guards import check_query, clean_query
from statements.search.query_syntax import check_structure
from statements.search.requests import FACETS, SORTS, FacetList, SearchPage, SearchRequest
from statements.search.suggestions import corrected_query

if TYPE_CHECKING:
    from statements.models import Statement


def search_page(request: SearchRequest) -> SearchPage:
    """The page of statement ids `request` asks for, the total number of matches, and (if asked) facet
    counts over every match, with the list filters applied by the engine. An empty `q` lists every
    public statement the filters keep. Raises QueryError with a message for the researcher."""
    cleaned = checked(request.q)
    if not cleaned and request.sort == "relevance":
        request = replace(request, sort="newest")  # nothing to rank by
    return get_backend().search_page(cleaned, request, facet_lists(request) if request.facets else ())


def facet_lists(request: SearchRequest) -> list[FacetList]:
    """The lists the engine counts FACETS over: the one rule of statements.facet_lists."""
    lists = counted_lists(FACETS, request.filters_in_use(), after=request.date_after, before=request.date_before)
    return [FacetList(request.without(left_out), tuple(facets), own=not left_out) for left_out, facets in lists.items()]


def checked(q: str) -> str:
    """`q` cleaned for the backends, once it is known to be short, shallow and well formed enough for
    every backend to understand alike (QueryError says what was not understood)."""
    check_query(q)
    cleaned = clean_query(q)
    if cleaned:
        check_structure(cleaned)
    return cleaned


def suggest(q: str) -> str | None:
    """`q` with misspelt words and speaker names corrected from the index's own vocabulary, when the
    corrected query finds something; None when nothing better is known. Call it when `q` found nothing."""
    cleaned = checked(q)
    if not cleaned:
        return None
    return corrected_query(get_backend(), cleaned)


def search_ids(q: str, *, sort: str = "relevance", limit: int | None = None) -> list[int]:
    """Ids of the public statements matching `q`, best first (relevance) or by date said (newest,
    oldest; undated last). Raises QueryError with a message for the researcher."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    cleaned = checked(q)
    if not cleaned:
        return []
    return get_backend().search_ids(cleaned, sort=sort, limit=limit)


def search_condition(q: str) -> SearchCondition | None:
    """`q` as a condition of the list's own query (search.conditions) when the backend's index is a table
    of the archive's database, else None: ask search_ids. None too for a query that matches nothing.
    Raises QueryError with a message for the researcher."""
    cleaned = checked(q)
    if not cleaned:
        return None
    return get_backend().search_condition(cleaned)


def rank_order(q: str, ids: list[int]) -> list[int]:
    """`ids`, the matches of `search_condition(q)` newest first, in relevance order (as search_ids ranks)."""
    return get_backend().rank_order(checked(q), ids)


def highlight(q: str, statements: Iterable[Statement]) -> dict[int, SafeString]:
    """Statement id -> the statement's text as escaped HTML with the words `q` matched in <mark>."""
    texts = {statement.pk: statement.text for statement in statements}
    cleaned = checked(q)
    if not cleaned:
        return {pk: mark_safe(escape(text)) for pk, text in texts.items()}
    # The backend escapes every character of the text it returns; see whoosh_highlight.
    return {pk: mark_safe(html) for pk, html in get_backend().highlight(cleaned, texts).items()}
