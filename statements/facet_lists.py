"""The one rule of facets: a facet counts the list without its own filter.

So the other values of a selected facet keep their counts and can be added: a repeated key means
"any of" (the query-string contract). Facets whose own filters are not in use count over the same
list, read once. The list pages count facets in the database (statements.research.facets); the
search engines count the same lists in their index (statements.search.searching); both ask
`counted_lists` which lists to count.

Pure Python, no Django. Filters are named by their query-string keys (speaker, conflict, kind,
outlet, country, date_after, date_before).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

# The filters that select a facet's own values.
OWN_FILTERS = {
    "speaker": ("speaker",),
    "country": ("country",),
    "kind": ("kind",),
    "outlet": ("outlet",),
    "conflict": ("conflict",),
    "year": ("date_after", "date_before"),  # months are counted with the years, over the same list
}


def counted_lists(
    facets: Iterable[str], in_use: Iterable[str], *, after: date | None = None, before: date | None = None,
) -> dict[frozenset[str], list[str]]:
    """{the filters left out of a list: the facets counted over it}, for `facets` when the filters
    `in_use` narrow the list (`after` and `before`: its dates). A filter not in use narrows nothing,
    so leaving it out changes nothing: the facets whose own filters are unused share the full list.

    The dates are the year facet's own filter only when they pick a year or a month (`period_of`): a
    chosen year is swapped for another, so the years count without the dates; any other range narrows
    the years as any other filter does.
    """
    in_use = frozenset(in_use)
    lists: dict[frozenset[str], list[str]] = {}
    for facet in facets:
        own = OWN_FILTERS[facet]
        if facet == "year" and not period_of(after, before):
            own = ()
        lists.setdefault(frozenset(own) & in_use, []).append(facet)
    return lists


def period_of(after: date | None, before: date | None) -> tuple[int, int | None] | None:
    """(year, None) when the dates span exactly a calendar year, (year, month) for a month, else None."""
    if not after or not before:
        return None
    if (after.month, after.day, before.month, before.day) == (1, 1, 12, 31) and after.year == before.year:
        return after.year, None
    if (after.year, after.month) == (before.year, before.month) and after.day == 1 and before == month_end(after):
        return after.year, after.month
    return None


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
