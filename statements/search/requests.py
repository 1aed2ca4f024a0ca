"""What the list page asks a search engine for, and what it gets back: backend-neutral value types.

A SearchRequest carries the query string and the list filters (the same keys as the page's query
string); the engine applies both and counts facets over every match, so no list of ids ever travels
to the database and back. Which matches each facet counts is statements.facet_lists's rule, applied
once in statements.search.searching: a backend counts the facets it is given over the requests it is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

SORTS = ("relevance", "newest", "oldest")
FACETS = ("speaker", "conflict", "year", "outlet", "kind")
# The request's field for each filter of the page's query string.
FILTER_FIELDS = {"speaker": "speakers", "conflict": "conflicts", "kind": "kinds", "outlet": "outlets",
                 "country": "countries", "date_after": "date_after", "date_before": "date_before"}
# Values kept per facet, most frequent first (the page shows a few and puts the rest behind "more").
FACET_VALUES = 50
# How deep a page may start: deeper pages cost every engine more than they are worth to a reader.
MAX_OFFSET = 10_000
MAX_LIMIT = 1_000


@dataclass
class SearchRequest:
    q: str = ""
    speakers: list[str] = field(default_factory=list)  # speaker slugs, any of
    conflicts: list[str] = field(default_factory=list)  # conflict slugs, any of
    kinds: list[str] = field(default_factory=list)  # direct, indirect, mixed
    outlets: list[str] = field(default_factory=list)  # outlet slugs
    countries: list[str] = field(default_factory=list)  # the speaker's country, as on speaker pages
    date_after: date | None = None  # inclusive
    date_before: date | None = None  # inclusive
    sort: str = "relevance"  # relevance, newest, oldest (undated statements last in both date orders)
    offset: int = 0
    limit: int = 20
    facets: bool = False

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}")
        if not 0 <= self.offset <= MAX_OFFSET:
            raise ValueError(f"offset must be between 0 and {MAX_OFFSET}, not {self.offset}")
        if not 0 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be between 0 and {MAX_LIMIT}, not {self.limit}")

    def filters_in_use(self) -> list[str]:
        """The page's names of the filters this request narrows by."""
        return [key for key, name in FILTER_FIELDS.items() if getattr(self, name)]

    def without(self, keys: Iterable[str]) -> SearchRequest:
        """The same request without the filters `keys` (the page's names)."""
        return replace(self, **{FILTER_FIELDS[key]: None if key.startswith("date_") else [] for key in keys})


@dataclass
class SearchPage:
    ids: list[int]  # statement ids of the page asked for, in order
    total: int  # every match of the query and filters
    # facet name -> [(value, count)]: slugs for speaker, conflict and outlet; "2023" for year;
    # most frequent first (year: newest first). Empty unless the request asked for facets.
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # Whether `total` and the facet counts are estimates: counted over an even sample of the matches and
    # scaled, as the list pages do past ARCHIVE_FACET_EXACT_LIMIT (statements.research.estimates); label them so.
    estimated: bool = False


@dataclass(frozen=True)
class FacetList:
    """Facets a backend counts over every match of `request` (its paging and sort do not matter). The
    page's own list is `own`: a backend may count it from the matches it reads for the page."""

    request: SearchRequest
    facets: tuple[str, ...]
    own: bool = False


def order_facet(facet: str, counts: dict[str, int]) -> list[tuple[str, int]]:
    """Counts as the page lists them: years newest first, other values most frequent first."""
    values = [(value, n) for value, n in counts.items() if n and value]
    if facet == "year":
        return sorted(values, reverse=True)[:FACET_VALUES]
    return sorted(values, key=lambda item: (-item[1], item[0]))[:FACET_VALUES]
