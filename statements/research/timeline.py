"""Statements over time as a stacked bar chart the server draws: counts per month (per year over long
spans) split by conflict or by speaker, laid out here so a template can write the SVG without script.

The counts come from grouped queries on the statement's own columns (a speaker's and a conflict's
cached per data generation); the chart's text (title, a one-line summary and a table of the
same numbers) is what screen readers and text browsers get.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from django.db.models import CharField, QuerySet
from django.db.models.functions import Cast, Substr

from statements.web.generation import cached
from statements.models import Conflict, Speaker, Statement
from statements.research.public_counts import public_counts

WIDTH, HEIGHT = 720, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 8, 12, 28
MAX_MONTHS = 72  # beyond six years, bars per month get too thin to read: count per year instead
SERIES_MAX = 5
LABEL_WIDTH = 56  # room one x-axis label needs
MAX_BAR = 48  # a few months must not become a few slabs

# The column a split groups on (the statement's own or its conflict tag), the model naming its values,
# and the label of the statements without one.
SPLITS = {
    "conflict": ("conflicts", Conflict, "no conflict tagged"),
    "speaker": ("speaker_id", Speaker, "unattributed"),
}


@dataclass
class Series:
    key: str
    label: str
    css_class: str
    total: int = 0


@dataclass
class Bucket:
    start: date
    label: str
    counts: list[int]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass
class Segment:
    x: float
    y: float
    width: float
    height: float
    css_class: str
    title: str


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class Timeline:
    series: list[Series]
    buckets: list[Bucket]
    unit: str  # "month" or "year"
    scale: int  # the count the top of the chart stands for
    segments: list[Segment] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    bottom_y: int = HEIGHT - BOTTOM
    top_y: int = TOP

    @property
    def summary(self) -> str:
        busiest = max(self.buckets, key=lambda b: b.total)
        total = sum(b.total for b in self.buckets)
        return (
            f"{total:,} statement{'s' if total != 1 else ''} per {self.unit} from {self.buckets[0].label} "
            f"to {self.buckets[-1].label}; the most, {busiest.total:,}, in {busiest.label}."
        )


def public_monthly_counts(statements: QuerySet, split: str | None) -> list[tuple[date, str | None, str, int]]:
    """(month, series key, series label, count) for the dated public statements among `statements` (a
    filter on Statement with the rejected ones not yet left out: see statements.research.public_counts)."""
    return _labelled(public_counts(_by_month(statements), *_columns(split)), split)


def speaker_timeline(speaker: Speaker) -> Timeline | None:
    """A speaker's public statements over time, by conflict."""
    return _cached_timeline("speaker", speaker.pk, Statement.objects.filter(speaker=speaker), "conflict")


def conflict_timeline(conflict: Conflict) -> Timeline | None:
    """A conflict's public statements over time, by speaker."""
    return _cached_timeline("conflict", conflict.pk, Statement.objects.filter(conflicts=conflict), "speaker")


def _cached_timeline(subject: str, pk: int, statements: QuerySet, split: str) -> Timeline | None:
    # The counts are cached per data generation, as plain tuples; the chart is laid out per request.
    rows = cached("timeline", (subject, pk, split), lambda: public_monthly_counts(statements, split))
    return build_timeline(rows, none_label=SPLITS[split][2])


def _by_month(statements: QuerySet) -> QuerySet:
    # The ISO text of the date cut to "2023-09", which both databases produce natively: SQLite runs
    # TruncMonth as a Python call per row.
    return statements.filter(said_on__isnull=False).annotate(month=Substr(Cast("said_on", CharField()), 1, 7))


def _columns(split: str | None) -> tuple[str, ...]:
    return ("month", SPLITS[split][0]) if split else ("month",)


def _labelled(counts: dict[tuple, int], split: str | None) -> list[tuple[date, str | None, str, int]]:
    """Counts by (month text, series id) as rows keyed by the series' slug and labelled with its name,
    read for the ids found: the counts themselves group on the statement's own columns, no join to names."""
    if not split:
        return [(_month_start(month), "all", "", n) for (month,), n in counts.items()]
    model = SPLITS[split][1]
    ids = {key for _, key in counts if key is not None}
    names = {pk: (slug, name) for pk, slug, name in model.objects.filter(pk__in=ids).values_list("pk", "slug", "name")}
    return [(_month_start(month), *names.get(key, (None, "")), n) for (month, key), n in counts.items()]


def _month_start(month: str) -> date:
    year, number = month.split("-")
    return date(int(year), int(number), 1)


def build_timeline(
    rows: list[tuple[date, str | None, str, int]],
    *,
    none_label: str = "",
    span: tuple[date, date] | None = None,
    scale: int | None = None,
    series_max: int = SERIES_MAX,
    width: int = WIDTH,
) -> Timeline | None:
    """The chart of `rows`, None when there is nothing dated to draw. `span` and `scale` let several
    charts share their axes (the compare page)."""
    if not rows and not span:
        return None
    months = [row[0] for row in rows]
    first, last = span or (min(months), max(months))
    unit = "month" if _months_between(first, last) < MAX_MONTHS else "year"
    starts = _bucket_starts(first, last, unit)
    totals: dict[str | None, int] = {}
    labels: dict[str | None, str] = {}
    for _, key, label, count in rows:
        totals[key] = totals.get(key, 0) + count
        labels[key] = label or none_label
    ranked = sorted((key for key in totals if key is not None), key=lambda k: (-totals[k], labels[k]))
    own, rest = ranked[:series_max], ranked[series_max:]
    series = [Series(key, labels[key], f"series-{i}") for i, key in enumerate(own)]
    if rest:
        series.append(Series("other", f"{len(rest)} other{'s' if len(rest) > 1 else ''}", "series-other"))
    if None in totals:
        series.append(Series("none", none_label, "series-none"))
    position = {key: i for i, key in enumerate(own)}
    index = {start: i for i, start in enumerate(starts)}
    buckets = [Bucket(start, _bucket_label(start, unit), [0] * len(series)) for start in starts]
    for month, key, _, count in rows:
        if key is None:
            column = len(series) - 1
        else:
            column = position.get(key, len(own))
        bucket_start = month.replace(day=1) if unit == "month" else date(month.year, 1, 1)
        if bucket_start in index:
            buckets[index[bucket_start]].counts[column] += count
            series[column].total += count
    timeline = Timeline(series, buckets, unit, scale or max((b.total for b in buckets), default=0) or 1, width=width)
    _lay_out(timeline)
    return timeline


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def _bucket_starts(first: date, last: date, unit: str) -> list[date]:
    if unit == "year":
        return [date(year, 1, 1) for year in range(first.year, last.year + 1)]
    return [
        date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
        for i in range(_months_between(first, last) + 1)
    ]


def _bucket_label(start: date, unit: str) -> str:
    return str(start.year) if unit == "year" else start.strftime("%b %Y")


def _lay_out(timeline: Timeline) -> None:
    plot_width = timeline.width - LEFT - RIGHT
    plot_height = timeline.bottom_y - timeline.top_y
    slot = plot_width / len(timeline.buckets)
    bar = min(MAX_BAR, max(1.0, slot * 0.8))
    every = max(1, math.ceil(LABEL_WIDTH / slot))
    for i, bucket in enumerate(timeline.buckets):
        x = LEFT + i * slot + (slot - bar) / 2
        y = float(timeline.bottom_y)
        for series, count in zip(timeline.series, bucket.counts):
            if not count:
                continue
            height = plot_height * count / timeline.scale
            y -= height
            title = f"{bucket.label}, {series.label}: {count:,}"
            timeline.segments.append(Segment(round(x, 1), round(y, 1), round(bar, 1), round(height, 1), series.css_class, title))
        if i % every == 0:
            timeline.x_ticks.append(Tick(round(LEFT + i * slot + slot / 2, 1), bucket.label))
