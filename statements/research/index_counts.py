"""Counts of a searched list from the search's index table, when that table holds the whole list.

With the PostgreSQL backend a search is a condition of the list's query (statements.search.conditions),
and its index table holds each public statement's speaker, country, kind, date, outlet and conflicts. A
list narrowed by those filters alone is then counted and faceted there: one pass over the index rows,
where the database path reads each statement row with its speaker and article, one by one by id, and
the tags of each for the conflicts (docs/search.md, "The list page around a search"). Its matches,
newest first, the candidates relevance ranks, are read there too.

The two paths must give the same numbers, so the table is used only when it holds the same statements:
- every filter in effect is one of its columns: the review status (and curator corrections) and the
  unnamed-sources filter are not, so such a list is counted from the statements;
- the index has every committed change (statements.search.index_in_step: a curator's rejection, a
  speaker moved or renamed, a conflict retagged are queued in their own transaction and leave the queue
  once indexed); while one waits, the list is counted from the statements;
- the estimate rules are the list's own (statements.research.estimates): the same pilot, the same share,
  the same scaling, here counted in the table.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from statements.models import Conflict, Outlet, Speaker
from statements.research.filters import StatementFilter
from statements.search import SearchCondition, SearchRequest, index_in_step

# The filters the index table holds (its columns), by their query-string keys; "q" is the search itself.
HELD = {"speaker": "speakers", "conflict": "conflicts", "kind": "kinds", "outlet": "outlets", "country": "countries",
        "date_after": "date_after", "date_before": "date_before"}
# What the facets of the list pages count, by the table's facet names (a date by its month).
FACETS = {"speaker": "speaker", "country": "country", "kind": "kind", "outlet": "outlet", "conflict": "conflict",
          "year": "month"}
NAMED = {"speaker": Speaker, "outlet": Outlet, "conflict": Conflict}  # slugs in the table, ids on the page


@dataclass(frozen=True)
class IndexedList:
    """A list (a search and the filters left in it) that the index table holds whole."""

    condition: SearchCondition
    filters: SearchRequest

    def newest(self, limit: int) -> list[int]:
        """The ids of its first `limit` statements, newest first (StatementQuerySet.newest_first)."""
        return self.condition.newest(self.filters, limit)

    def count(self, below: int | None = None) -> int:
        """Its statements (of the sample buckets below `below`, when given)."""
        return self.condition.count(self.filters, sample_below=below)[0]

    def tallies(self, keys: list[str], below: int | None = None) -> dict[str, Counter]:
        """For each facet of `keys`, its statements by value, as the database path tallies them: speakers,
        outlets and conflicts by id, countries and kinds by value, and under "month" every dated statement
        by (year, month) for the year and month facets."""
        facets = list(dict.fromkeys(FACETS[key] for key in keys))
        _, counts = self.condition.count(self.filters, facets, sample_below=below)
        tallies: dict[str, Counter] = {}
        for facet, by_value in counts.items():
            if facet in NAMED:
                ids = dict(NAMED[facet].objects.filter(slug__in=list(by_value)).values_list("slug", "pk"))
                tallies[facet] = Counter({ids[slug]: n for slug, n in by_value.items() if slug in ids})
            elif facet == "month":
                tallies[facet] = Counter({(int(month[:4]), int(month[5:7])): n for month, n in by_value.items() if month})
            else:
                tallies[facet] = Counter(by_value)
        return tallies


def indexed_list(filterset: StatementFilter, left_out: frozenset[str] | tuple[str, ...] = ()) -> IndexedList | None:
    """The list `filterset` narrows without the filters `left_out`, when the index table holds it whole
    (see the module's docstring); None when it must be counted from the statements."""
    condition = filterset.search_condition
    if condition is None:
        return None
    cleaned = filterset.form.cleaned_data
    in_use = {name for name, value in cleaned.items() if value and name not in (*left_out, "sort", "q")}
    if cleaned.get("unnamed") == "include":  # every statement, named or not: no filter
        in_use.discard("unnamed")
    if in_use - set(HELD) or not _in_step(filterset):
        return None
    values = {}
    for name in in_use:
        value = cleaned[name]
        if name in ("speaker", "conflict", "outlet"):
            value = sorted(item.slug for item in value)
        values[HELD[name]] = list(value) if name not in ("date_after", "date_before") else value
    return IndexedList(condition, SearchRequest(**values))


def _in_step(filterset: StatementFilter) -> bool:
    if filterset.index_was_in_step is None:
        filterset.index_was_in_step = index_in_step()
    return filterset.index_was_in_step
