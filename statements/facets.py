"""Facets: how the statements of a list divide by speaker, conflict, year and month, outlet, kind and
speaker country, counted by the database over the filtered list, each value a link that toggles it.

One definition for every page that lists statements (the list, a speaker, a conflict). A facet whose
key is in use counts over the list narrowed by everything else, so that its other values keep their
counts and can be added: a repeated key means "any of", as the query-string contract says.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Max, Min, Q, QuerySet
from django.http import QueryDict

from statements.canonical import list_query, with_query
from statements.filters import StatementFilter
from statements.models import StatementKind

SHOWN = 8  # values shown at once; the rest of the top MOST sit behind "more"
MOST = 50


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str  # the list with this value added, or removed when it is selected


@dataclass
class Facet:
    key: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def shown(self) -> list[FacetValue]:
        return self.values[:SHOWN]

    @property
    def more(self) -> list[FacetValue]:
        return self.values[SHOWN:]

    @property
    def active(self) -> bool:
        return any(value.selected for value in self.values)


# key -> (label, value field, label field): the facets that are plain filter keys.
KEYED_FACETS = {
    "speaker": ("Speaker", "speaker__slug", "speaker__name"),
    "conflict": ("Conflict", "conflicts__slug", "conflicts__name"),
    "outlet": ("Outlet", "article__outlet__slug", "article__outlet__name"),
    "kind": ("Kind", "kind", None),
    "country": ("Speaker country", "speaker__country", None),
}


def facets_for(filterset: StatementFilter, params: QueryDict, *, base_url: str, without: tuple[str, ...] = ()):
    """The facets of the list `filterset` narrows; `params` is its query, links go to `base_url`.

    `without` leaves out facets that cannot vary on the page (the speaker facet on a speaker's page).
    """
    cleaned = filterset.form.cleaned_data
    query = list_query(params)
    if "speaker" in without:
        without = (*without, "country")  # one speaker has one country
    facets = []
    for key, (label, value_field, label_field) in KEYED_FACETS.items():
        if key in without:
            continue
        selected = set(query.getlist(key))
        queryset = filterset.narrowed_without(key) if selected else filterset.qs
        counts = _count(queryset, value_field, label_field, distinct=_joins_conflicts(cleaned, key))
        facet = Facet(key, label)
        for value, name, count in counts:
            shown = name or (_kind_label(value) if key == "kind" else value)
            facet.values.append(
                FacetValue(value, shown, count, value in selected, with_query(base_url, toggle(query, key, value)))
            )
        facets.append(facet)
    facets.extend(_period_facets(filterset, query, base_url, cleaned.get("date_after"), cleaned.get("date_before")))
    return facets


def _joins_conflicts(cleaned: dict, facet_key: str) -> bool:
    """Whether the list counted for `facet_key` joins conflicts, so that a statement about two of the
    chosen conflicts stands in it twice. The conflict facet drops its own key, so never."""
    return facet_key != "conflict" and bool(cleaned.get("conflict"))


def _count(queryset: QuerySet, value_field: str, label_field: str | None, *, distinct: bool) -> list[tuple[str, str, int]]:
    # Grouped on the filtered queryset itself: one pass over its rows, no id list in between. A
    # distinct count (slower) only where a conflict filter's join can repeat a row.
    fields = [f for f in (value_field, label_field) if f]
    rows = (
        queryset.order_by().values(*fields).annotate(n=Count("pk", distinct=distinct)).order_by("-n", value_field)[: MOST + 1]
    )
    found = [(row[value_field], row[label_field] if label_field else "", row["n"]) for row in rows]
    return [row for row in found if row[0] not in (None, "")][:MOST]


def _kind_label(value: str) -> str:
    return dict(StatementKind.choices).get(value, value)


def toggle(query: QueryDict, key: str, value: str) -> QueryDict:
    """The query with `value` of `key` added, or removed if it is there; always canonical."""
    changed = query.copy()
    values = changed.getlist(key)
    changed.setlist(key, [v for v in values if v != value] if value in values else [*values, value])
    return list_query(changed)


def with_period(query: QueryDict, first: date | None, last: date | None) -> QueryDict:
    changed = query.copy()
    for key, day in (("date_after", first), ("date_before", last)):
        changed.setlist(key, [day.isoformat()] if day else [])
    return list_query(changed)


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


def _period_facets(filterset, query, base_url, after, before) -> list[Facet]:
    period = period_of(after, before)
    # A chosen year or month is swapped for another, not narrowed further: count without the dates.
    queryset = filterset.narrowed_without("date_after", "date_before") if period else filterset.qs
    dated = queryset.order_by().filter(said_on__isnull=False)
    distinct = _joins_conflicts(filterset.form.cleaned_data, "year")
    years = Facet("year", "Year")
    for year, count in reversed(_counts_per_period(dated, _years(dated), distinct=distinct)):
        selected = period == (year.year, None)
        url = with_period(query, None, None) if selected else with_period(query, year, year.replace(month=12, day=31))
        years.values.append(FacetValue(str(year.year), str(year.year), count, selected, with_query(base_url, url)))
    facets = [years]
    if period:
        year = period[0]
        months = Facet("month", f"Month of {year}")
        starts = [date(year, month, 1) for month in range(1, 13)]
        for first, count in _counts_per_period(dated, starts, unit="month", distinct=distinct):
            selected = period == (year, first.month)
            url = (
                with_period(query, date(year, 1, 1), date(year, 12, 31)) if selected
                else with_period(query, first, month_end(first))
            )
            months.values.append(
                FacetValue(first.isoformat()[:7], first.strftime("%B"), count, selected, with_query(base_url, url))
            )
        facets.append(months)
    return facets


def _years(dated: QuerySet) -> list[date]:
    bounds = dated.aggregate(first=Min("said_on"), last=Max("said_on"))
    if bounds["first"] is None:
        return []
    last = bounds["last"].year
    return [date(year, 1, 1) for year in range(max(bounds["first"].year, last - MOST + 1), last + 1)]


def _counts_per_period(dated: QuerySet, starts: list[date], *, unit: str = "year", distinct: bool) -> list[tuple[date, int]]:
    """(start, count) for each year or month in `starts` that has statements, in one pass: a count per
    period filtered by date range, so the database compares dates instead of calling a date function
    on every row (SQLite's year extraction is a Python call per row)."""
    if not starts:
        return []
    ranges = {
        f"p{i}": Count("pk", distinct=distinct, filter=Q(said_on__gte=start, said_on__lte=_period_end(start, unit)))
        for i, start in enumerate(starts)
    }
    counts = dated.aggregate(**ranges)
    return [(start, counts[f"p{i}"]) for i, start in enumerate(starts) if counts[f"p{i}"]]


def _period_end(start: date, unit: str) -> date:
    return month_end(start) if unit == "month" else start.replace(month=12, day=31)
