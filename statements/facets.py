"""Facets: how the statements of a list divide by speaker, conflict, year and month, outlet, kind and
speaker country, counted by the database over the filtered list, each value a link that toggles it.

One definition for every page that lists statements (the list, a speaker, a conflict). A facet whose
key is in use counts over the list narrowed by everything else, so that its other values keep their
counts and can be added: a repeated key means "any of", as the query-string contract says.

What a facet counts over may be big (the whole archive, unfiltered): then its counts are estimated from
an even sample of about ARCHIVE_FACET_EXACT_LIMIT of those statements (statements.estimates), and the
facet says so (`Facet.estimated`); values too rare to be drawn in the sample are missing from it.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import CharField, Count, F, QuerySet
from django.db.models.functions import Cast, Substr
from django.http import QueryDict

from statements.canonical import list_query, with_query
from statements.estimates import Sampling, exact_limit, sampling_for
from statements.filters import StatementFilter
from statements.generation import cached, ids_digest
from statements.models import Conflict, Outlet, Speaker, StatementKind

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
    estimated: bool = False  # counted over a sample and scaled: each count is "about"

    @property
    def shown(self) -> list[FacetValue]:
        return self.values[:SHOWN]

    @property
    def more(self) -> list[FacetValue]:
        return self.values[SHOWN:]

    @property
    def active(self) -> bool:
        return any(value.selected for value in self.values)


FACET_LABELS = {
    "speaker": "Speaker",
    "conflict": "Conflict",
    "outlet": "Outlet",
    "kind": "Kind",
    "country": "Speaker country",
}


def facets_for(filterset: StatementFilter, params: QueryDict, *, base_url: str, without: tuple[str, ...] = ()):
    """The facets of the list `filterset` narrows; `params` is its query, links go to `base_url`.

    `without` leaves out facets that cannot vary on the page (the speaker facet on a speaker's page).
    The counts are cached per list and data generation (statements.generation); the links are not.
    """
    query = list_query(params)
    if "speaker" in without:
        without = (*without, "country")  # one speaker has one country
    key = (*list_identity(filterset, query), sorted(without), exact_limit())
    counts = cached("facets", key, lambda: facet_counts(filterset, without))
    estimated = counts["estimated"]
    facets = []
    for facet_key, label in FACET_LABELS.items():
        if facet_key in without:
            continue
        selected = set(query.getlist(facet_key))
        facet = Facet(facet_key, label, estimated=facet_key in estimated)
        for value, name, count in counts[facet_key]:
            facet.values.append(
                FacetValue(value, name, count, value in selected, with_query(base_url, toggle(query, facet_key, value)))
            )
        facets.append(facet)
    cleaned = filterset.form.cleaned_data
    facets.extend(_period_facets(counts, query, base_url, cleaned.get("date_after"), cleaned.get("date_before")))
    return facets


def list_identity(filterset: StatementFilter, query: QueryDict) -> tuple[str, str]:
    """What a list's counts depend on besides the data: its canonical query (any sort counts the same)
    and, for a search, which statements the index matched (the index follows the database a moment later)."""
    return list_query(query, drop=["sort"]).urlencode(), ids_digest(filterset.ranked_ids)


def facet_counts(filterset: StatementFilter, without: tuple[str, ...] = ()) -> dict:
    """Every facet's (value, label, count) list, most first, at most MOST each, and the years and months;
    under "estimated", the keys of the facets counted over a sample.

    A facet whose key is in use counts over the list narrowed by everything else. Each count groups
    the statements by a column of their own (speaker_id, kind, the article's outlet_id, the conflict
    tag) with no join to the table of names, which are looked up afterwards for the values shown.
    """
    bases = _Bases(filterset)
    counts: dict = {}
    if not {"speaker", "country", "kind"} <= set(without):
        counts.update(_speaker_country_kind(filterset, bases))
    if "outlet" not in without:
        counts["outlet"] = _named(Outlet, *_grouped(*bases.without("outlet"), "article__outlet_id"))
    if "conflict" not in without:
        counts["conflict"] = _named(Conflict, *_grouped(*bases.without("conflict"), "conflicts"))
    counts.update(_period_counts(filterset, bases))
    counts["estimated"] = sorted(bases.estimated)
    return counts


class _Bases:
    """The lists a page's facets count over (the filtered list without some of its filters), each with
    how it is counted (exactly, or over a sample: statements.estimates), worked out once per list."""

    def __init__(self, filterset: StatementFilter):
        self.filterset = filterset
        self.in_use = {name for name, value in filterset.form.cleaned_data.items() if value and name != "sort"}
        self.estimated: set[str] = set()
        self._known: dict[frozenset, tuple[QuerySet, Sampling]] = {}

    def without(self, *names: str, facets: tuple[str, ...] = ()) -> tuple[QuerySet, Sampling]:
        """The list without the filters `names`, and its sampling; `facets` (default: `names`) are the
        facets counted over it, marked estimated when it is sampled."""
        key = frozenset(names) & self.in_use  # filters not in use narrow nothing: the same list
        if key not in self._known:
            queryset = self.filterset.narrowed_without(*names)
            self._known[key] = (queryset, sampling_for(queryset))
        queryset, sampling = self._known[key]
        if not sampling.exact:
            self.estimated.update(facets or names)
        return queryset, sampling


def _grouped(queryset: QuerySet, sampling: Sampling, column: str) -> tuple[dict, Sampling]:
    """{value of `column`: statements} over the sample, None left out, and the sampling to scale them by.
    No ORDER BY: the database groups, Python sorts."""
    rows = queryset.order_by().values_list(column).annotate(n=Count("pk")).values_list(column, "n")
    return {value: n for value, n in sampling.fetch(rows) if value is not None}, sampling


def _named(model, counts: dict[int, int], sampling: Sampling) -> list[tuple[str, str, int]]:
    """Counts by primary key as the top (slug, name, count) of `model` (an outlet or a conflict)."""
    rows = model.objects.filter(pk__in=counts).values_list("pk", "slug", "name")
    return _top({slug: counts[pk] for pk, slug, _ in rows}, {slug: name for _, slug, name in rows}, sampling)


def _speaker_country_kind(filterset: StatementFilter, bases: _Bases) -> dict[str, list]:
    """The speaker, country and kind facets from one count of (speaker, kind) pairs.

    Counted over the list without the speaker, country and kind filters; each facet then applies the
    other two in Python. Country is the speaker's, so a speaker's counts add up to its country's.
    """
    cleaned = filterset.form.cleaned_data
    chosen_speakers = {speaker.slug for speaker in cleaned.get("speaker") or ()}
    chosen_countries = set(cleaned.get("country") or ())
    chosen_kinds = set(cleaned.get("kind") or ())
    queryset, sampling = bases.without("speaker", "country", "kind")
    # Grouped on an expression, not the bare column: SQLite would otherwise walk the speaker index to
    # avoid a sort and fetch every row by id from there, three times slower than reading the table.
    grouped = queryset.annotate(speaker_key=F("speaker_id") + 0).values_list("speaker_key", "kind")
    pairs = sampling.fetch(grouped.annotate(n=Count("pk")).values_list("speaker_key", "kind", "n"))
    speakers = {
        pk: (slug, name, country)
        for pk, slug, name, country in Speaker.objects.filter(pk__in={pk for pk, _, _ in pairs if pk})
        .values_list("pk", "slug", "name", "country")
    }
    by_speaker: Counter = Counter()
    by_country: Counter = Counter()
    by_kind: Counter = Counter()
    for pk, kind, n in pairs:
        slug, _, country = speakers.get(pk, (None, None, None))
        speaker_ok = not chosen_speakers or slug in chosen_speakers
        country_ok = not chosen_countries or country in chosen_countries
        kind_ok = not chosen_kinds or kind in chosen_kinds
        if slug and kind_ok and country_ok:
            by_speaker[slug] += n
        if country and kind_ok and speaker_ok:
            by_country[country] += n
        if speaker_ok and country_ok:
            by_kind[kind] += n
    names = {slug: name for slug, name, _ in speakers.values()}
    kind_labels = dict(StatementKind.choices)
    return {
        "speaker": _top(by_speaker, names, sampling),
        "country": _top(by_country, {}, sampling),
        "kind": _top(by_kind, {kind: kind_labels.get(kind, kind) for kind in by_kind}, sampling),
    }


def _top(counts: dict[str, int], labels: dict[str, str], sampling: Sampling) -> list[tuple[str, str, int]]:
    """The MOST values with most statements (ties by value), each with its label (the value if none),
    counts scaled from the sample to the list."""
    ranked = sorted(((value, n) for value, n in counts.items() if value not in (None, "") and n), key=lambda vn: (-vn[1], vn[0]))
    return [(value, labels.get(value) or value, sampling.scale(n)) for value, n in ranked[:MOST]]


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


def _period_counts(filterset: StatementFilter, bases: _Bases) -> dict[str, list]:
    """{"year": [(year, count)], newest first; "month": [(month, count)] when a year or month is chosen}."""
    cleaned = filterset.form.cleaned_data
    period = period_of(cleaned.get("date_after"), cleaned.get("date_before"))
    # A chosen year or month is swapped for another, not narrowed further: count without the dates.
    names = ("date_after", "date_before") if period else ()
    queryset, sampling = bases.without(*names, facets=("year",))
    years = _by_date_prefix(queryset, sampling, 4)[:MOST]
    if not period:
        return {"year": years}
    year = period[0]
    in_year = queryset.filter(said_on__gte=date(year, 1, 1), said_on__lte=date(year, 12, 31))
    in_year_sampling = sampling_for(in_year)
    if not in_year_sampling.exact:
        bases.estimated.add("month")
    return {"year": years, "month": sorted(_by_date_prefix(in_year, in_year_sampling, 7))}


def _by_date_prefix(queryset: QuerySet, sampling: Sampling, length: int) -> list[tuple[int, int]]:
    """Statements per year (length 4) or month (7) as (number, count), newest first. Grouped on the ISO
    text of the date, which both databases produce natively (SQLite's year extraction is a Python
    call per row)."""
    prefix = Substr(Cast("said_on", CharField()), 1, length)
    rows = queryset.filter(said_on__isnull=False).annotate(period=prefix).values_list("period")
    counted = sampling.fetch(rows.annotate(n=Count("pk")).values_list("period", "n"))
    return sorted(
        ((int(period[-4 if length == 4 else -2 :]), sampling.scale(n)) for period, n in counted), reverse=True
    )


def _period_facets(counts: dict[str, list], query: QueryDict, base_url: str, after, before) -> list[Facet]:
    period = period_of(after, before)
    years = Facet("year", "Year", estimated="year" in counts["estimated"])
    for number, count in counts["year"]:
        year = date(number, 1, 1)
        selected = period == (number, None)
        url = with_period(query, None, None) if selected else with_period(query, year, year.replace(month=12, day=31))
        years.values.append(FacetValue(str(number), str(number), count, selected, with_query(base_url, url)))
    facets = [years]
    if period:
        year = period[0]
        months = Facet("month", f"Month of {year}", estimated="month" in counts["estimated"])
        for month, count in counts["month"]:
            first = date(year, month, 1)
            selected = period == (year, month)
            url = (
                with_period(query, date(year, 1, 1), date(year, 12, 31)) if selected
                else with_period(query, first, month_end(first))
            )
            months.values.append(
                FacetValue(first.isoformat()[:7], first.strftime("%B"), count, selected, with_query(base_url, url))
            )
        facets.append(months)
    return facets
