"""Statements over time as a stacked bar chart the server draws: counts per month (per year over long
spans) split by conflict or by speaker, laid out here so a template can write the SVG without script.

The counts come from one grouped query; the chart's text (title, a one-line summary and a table of the
same numbers) is what screen readers and text browsers get.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth

from statements.models import Statement

WIDTH, HEIGHT = 720, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 8, 12, 28
MAX_MONTHS = 72  # beyond six years, bars per month get too thin to read: count per year instead
SERIES_MAX = 5
LABEL_WIDTH = 56  # room one x-axis label needs
MAX_BAR = 48  # a few months must not become a few slabs

SPLITS = {
    "conflict": ("conflicts__slug", "conflicts__name", "no conflict tagged"),
    "speaker": ("speaker__slug", "speaker__name", "unattributed"),
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


def monthly_counts(queryset: QuerySet, split: str | None) -> list[tuple[date, str | None, str, int]]:
    """(month, series key, series label, count) for the dated statements of `queryset`."""
    fields = SPLITS[split][:2] if split else ()
    rows = (
        Statement.objects.filter(pk__in=queryset.order_by().values("pk"), said_on__isnull=False)
        .annotate(month=TruncMonth("said_on"))
        .values("month", *fields)
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [
        (_as_date(row["month"]), row.get(fields[0]) if fields else "all", row.get(fields[1]) if fields else "", row["n"])
        for row in rows
    ]


def _as_date(value) -> date:
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def timeline_of(queryset: QuerySet, split: str | None = None) -> Timeline | None:
    return build_timeline(monthly_counts(queryset, split), none_label=SPLITS[split][2] if split else "")


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
