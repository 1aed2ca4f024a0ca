"""Facets: how the statements of a list divide by speaker, conflict, year and month, outlet, kind and
speaker country, counted by the database over the filtered list, each value a link that toggles it.

One definition for every page that lists statements (the list, a speaker, a conflict). Which list each
facet counts over is the one rule of statements.facet_lists: the list without its own filter.

What a facet counts over may be big (the whole archive, unfiltered): then its counts are estimated from
an even sample of about ARCHIVE_FACET_EXACT_LIMIT of those statements (statements.research.estimates), and the
facet says so (`Facet.estimated`); values too rare to be drawn in the sample are missing from it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, QuerySet
from django.http import QueryDict

from statements.facet_lists import counted_lists, month_end, period_of
from statements.research.canonical import link, list_query, toggled, with_query
from statements.research.estimates import Sampling, exact_limit, sampling_for
from statements.research.filters import StatementFilter
from statements.research.index_counts import indexed_list
from statements.research.plans import COUNTING
from statements.web.generation import cached, ids_digest
from statements.models import Conflict, Outlet, Speaker, Statement, StatementKind

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
    The counts are cached per list and data generation (statements.web.generation); the links are not.
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
                FacetValue(value, name, count, value in selected, link(base_url, toggled(query, facet_key, value)))
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

    Facets that count over the same list (no filter of their keys in use) are counted from one reading
    of it: the few columns a facet groups (speaker_id, kind, said_on, the article's outlet_id), of every
    statement of the list or of its sample (statements.research.estimates), counted here, and the conflict tags
    of those statements, read by statement id from the tag table's index. Names are looked up for the
    values found, with no join to the name tables in the reading. A search's list that its index table
    holds whole is counted there instead, in one pass (statements.research.index_counts), to the same numbers.
    """
    cleaned = filterset.form.cleaned_data
    after, before = cleaned.get("date_after"), cleaned.get("date_before")
    period = period_of(after, before)
    in_use = {name for name, value in cleaned.items() if value and name != "sort"}
    shown = [key for key in FACET_LABELS if key not in without]
    lists = counted_lists([*shown, "year"], in_use, after=after, before=before)
    counts: dict = {"estimated": []}
    for names, keys in lists.items():
        def narrow(below: int | None, names=names) -> QuerySet:
            return filterset.narrowed_without(*names, plan=COUNTING.sampled(below))

        queryset = narrow(None)
        indexed = indexed_list(filterset, names)  # a search's list its index table holds whole
        if indexed is not None:
            sampling = sampling_for(queryset, narrow, indexed.count)
            tallies = indexed.tallies(keys, None if sampling.exact else sampling.buckets)
        else:
            sampling = sampling_for(queryset, narrow)
            if not sampling.exact:  # the sample cut inside the filters too (a conflict's tags, a search's ids)
                queryset = narrow(sampling.buckets)
            tallies = _tallies(queryset, sampling, keys)
        counts.update(_facets_of(tallies, sampling, keys, period))
        if not sampling.exact:
            counts["estimated"] += keys + (["month"] if period and "year" in keys else [])
    counts["estimated"].sort()
    return counts


def _tallies(queryset: QuerySet, sampling: Sampling, keys: list[str]) -> dict[str, Counter]:
    """The facets `keys` of one list, from one reading of its rows (or of its sample's), as counters of
    its statements by value: speakers, outlets and conflicts by id, and under "month" every dated
    statement by (year, month) for the year and month facets."""
    columns = ["id", "speaker_id", "kind", "said_on", "speaker__country"]
    rows = sampling.fetch(queryset.order_by().values_list(*columns, *(["article__outlet_id"] if "outlet" in keys else [])))
    tallies: dict[str, Counter] = {}
    if "speaker" in keys:
        tallies["speaker"] = Counter(row[1] for row in rows if row[1] is not None)
    if "country" in keys:
        tallies["country"] = Counter(row[4] for row in rows)
    if "kind" in keys:
        tallies["kind"] = Counter(row[2] for row in rows)
    if "outlet" in keys:
        tallies["outlet"] = Counter(row[5] for row in rows if row[5] is not None)
    if "conflict" in keys:
        tallies["conflict"] = _conflict_tags([row[0] for row in rows])
    if "year" in keys:
        days = [str(row[3]) for row in rows if row[3] is not None]  # ISO text: a date, or SQLite's own text
        tallies["month"] = Counter((int(day[:4]), int(day[5:7])) for day in days)
    return tallies


def _facets_of(tallies: dict[str, Counter], sampling: Sampling, keys: list[str], period) -> dict:
    """The (value, label, count) lists of the facets `keys` from their tallies, counts scaled from the
    sample to the list; the years, and the months of the period's year when the list picks one."""
    counts: dict[str, list] = {}
    if "speaker" in keys:
        counts["speaker"] = _named(Speaker, tallies["speaker"], sampling)
    if "country" in keys:
        counts["country"] = _top(tallies["country"], {}, sampling)
    if "kind" in keys:
        kinds = tallies["kind"]
        counts["kind"] = _top(kinds, {kind: dict(StatementKind.choices).get(kind, kind) for kind in kinds}, sampling)
    if "outlet" in keys:
        counts["outlet"] = _named(Outlet, tallies["outlet"], sampling)
    if "conflict" in keys:
        counts["conflict"] = _named(Conflict, tallies["conflict"], sampling)
    if "year" in keys:
        years: Counter = Counter()
        for (year, _), n in tallies["month"].items():
            years[year] += n
        counts["year"] = sorted(((year, sampling.scale(n)) for year, n in years.items()), reverse=True)[:MOST]
        if period:
            months = [(month, n) for (year, month), n in tallies["month"].items() if year == period[0]]
            counts["month"] = sorted((month, sampling.scale(n)) for month, n in months)
    return counts


def _conflict_tags(ids: list[int]) -> Counter:
    """{conflict id: statements among `ids` tagged with it}, read from the tag table's (statement, conflict)
    index, the ids sent as one value (statements.research.plans.id_lists)."""
    if not ids:
        return Counter()
    tags = Statement.conflicts.through.objects.filter(statement_id__among=ids).order_by()
    return Counter(dict(tags.values_list("conflict_id").annotate(n=Count("pk"))))


def _named(model, counts: dict[int, int], sampling: Sampling) -> list[tuple[str, str, int]]:
    """Counts by primary key as the top (slug, name, count) of `model` (a speaker, an outlet, a conflict);
    only the names of those shown are looked up."""
    ranked = sorted(((pk, n) for pk, n in counts.items() if pk is not None and n), key=lambda pn: (-pn[1], pn[0]))
    top = dict(ranked[: MOST * 2])  # ties are then broken by slug among the leaders
    rows = model.objects.filter(pk__in=top).values_list("pk", "slug", "name")
    return _top({slug: top[pk] for pk, slug, _ in rows}, {slug: name for _, slug, name in rows}, sampling)


def _top(counts: dict[str, int], labels: dict[str, str], sampling: Sampling) -> list[tuple[str, str, int]]:
    """The MOST values with most statements (ties by value), each with its label (the value if none),
    counts scaled from the sample to the list."""
    ranked = sorted(((value, n) for value, n in counts.items() if value not in (None, "") and n), key=lambda vn: (-vn[1], vn[0]))
    return [(value, labels.get(value) or value, sampling.scale(n)) for value, n in ranked[:MOST]]


def with_period(query: QueryDict, first: date | None, last: date | None) -> QueryDict:
    changed = query.copy()
    for key, day in (("date_after", first), ("date_before", last)):
        changed.setlist(key, [day.isoformat()] if day else [])
    return list_query(changed)


def _period_facets(counts: dict[str, list], query: QueryDict, base_url: str, after, before) -> list[Facet]:
    period = period_of(after, before)
    years = Facet("year", "Year", estimated="year" in counts["estimated"])
    for number, count in counts["year"]:
        year = date(number, 1, 1)
        selected = period == (number, None)
        url = with_period(query, None, None) if selected else with_period(query, year, year.replace(month=12, day=31))
        years.values.append(FacetValue(str(number), str(number), count, selected, with_query(base_url, url)))
    if period and period[1] is None and not years.active:
        # the chosen year stays on show, to be unselected, even when an estimate's sample missed it
        number = period[0]
        count = sum(n for _, n in counts.get("month", []))
        years.values.append(FacetValue(str(number), str(number), count, True, with_query(base_url, with_period(
            query, None, None))))
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
