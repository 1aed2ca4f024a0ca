"""Counts over big lists, estimated from a uniform sample so that their cost does not grow with the list.

Every statement has a `sample` bucket, 0 to 999, computed by the database from its id (Statement.sample),
so "sample < b" keeps an even b-in-1000 share of any list, whatever its filters, and the same share on
every request until the data changes. A list with more than ARCHIVE_FACET_EXACT_LIMIT statements is
counted over the share that holds about that many of its statements, and each count multiplied back:
an estimate, labelled as one where it is shown. Below the limit counts are exact; with the limit set
to 0 every count is exact, and costs what reading the whole list costs (docs/performance.md).

How big a list is, is itself estimated from a first, smaller share (the pilot): the one holding about
a quarter of the limit's number of statements of the whole table (at least a thousand), so it costs
what counting that many rows of the index that starts with `sample` costs, whatever the table's size.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, QuerySet

from statements.models import SAMPLE_BUCKETS
from statements.research.plans.sqlite import checked_elsewhere, faster_by_index, read_rows
from statements.web.generation import cached

BUCKETS = SAMPLE_BUCKETS


@dataclass(frozen=True)
class Sampling:
    """Which share of a list is counted: `buckets` of BUCKETS (all of them: exact counts); `by_index`
    when the share is best read from the sample index rather than from the filters' own."""

    buckets: int = BUCKETS
    by_index: bool = False
    estimate: int = 0  # how many statements the list holds, estimated from the pilot (0 when exact)

    @property
    def exact(self) -> bool:
        return self.buckets >= BUCKETS

    def rows(self, queryset: QuerySet) -> QuerySet:
        """`queryset` (of statements) narrowed to the share."""
        if self.exact:
            return queryset
        return queryset.sampled(self.buckets)

    def fetch(self, queryset: QuerySet) -> list[tuple]:
        """The rows of `queryset` (a values_list of statements) over the share, as the database returns
        them (read_rows), through the sample index when `by_index`."""
        return read_rows(self.rows(queryset), by_sample=self.by_index)

    def scale(self, counted: int) -> int:
        """A count over the share as an estimate for the whole list, to three significant figures."""
        if self.exact or not counted:
            return counted
        return significant(counted * BUCKETS / self.buckets)


EXACT = Sampling()


def significant(value: float, figures: int = 3) -> int:
    """`value` rounded to `figures` significant figures (12,345.6 → 12,300): an estimate says no more."""
    if value < 1:
        return 1 if value > 0 else 0
    step = 10 ** max(0, math.floor(math.log10(value)) + 1 - figures)
    return int(round(value / step) * step)


def exact_limit() -> int:
    return settings.ARCHIVE_FACET_EXACT_LIMIT


def sampling_for(
    queryset: QuerySet, narrow: Callable[[int], QuerySet] | None = None, counted: Callable[[int], int] | None = None,
) -> Sampling:
    """How to count `queryset` (statements, filtered): exactly when it holds at most the limit, else over
    the share expected to hold about the limit's number of them. `narrow(b)` is the same list cut to
    the buckets below b inside its filters too (StatementFilter.narrowed_without), for the pilot;
    `counted(b)`, when given, says how many statements of the list those buckets hold instead (the
    list counted in a search's index table: statements.research.index_counts)."""
    limit = exact_limit()
    if not limit:
        return EXACT
    table = table_size(queryset.model)
    if table <= limit:
        return EXACT  # the whole table is within the limit
    pilot = buckets_for(max(limit // 4, min(limit, 1000)), table)
    if counted is not None:
        found = counted(pilot)
    else:
        piloted = narrow(pilot) if narrow else queryset.sampled(pilot)
        per_bucket = piloted.order_by().values_list("sample").annotate(n=Count("pk"))
        found = sum(n for _, n in read_rows(per_bucket.values_list("sample", "n"), by_sample=True))
    estimate = found * BUCKETS / pilot
    if estimate <= limit:
        return EXACT
    buckets = buckets_for(limit, estimate)
    by_index = faster_by_index(table, buckets, estimate, joined=checked_elsewhere(queryset))
    return Sampling(buckets, by_index=by_index, estimate=significant(estimate))


def count_of(
    queryset: QuerySet, narrow: Callable[[int], QuerySet] | None = None, counted: Callable[[int | None], int] | None = None,
) -> tuple[int, bool]:
    """How many statements `queryset` holds, and whether that is an estimate: exact up to the limit,
    above it the pilot's estimate (counting a big list reads all of it). `counted(b)`: as for
    sampling_for, and `counted(None)` the whole list."""
    sampling = sampling_for(queryset, narrow, counted)
    if sampling.exact:
        return (queryset.count() if counted is None else counted(None)), False
    return sampling.estimate, True


def table_size(model) -> int:
    """About how many statements there are, once per data generation: counted in one sample bucket (a
    thousandth of the table, from the sample index), or in a tenth of the table when that holds under
    a hundred. Not the last id: ids leave gaps (deleted and re-extracted statements)."""
    return cached("table-size", (model._meta.label,), lambda: _table_size(model))


def _table_size(model) -> int:
    rows = model.objects.order_by()
    first = rows.sampled(1).count()
    if first >= 100:
        return first * BUCKETS
    return rows.sampled(BUCKETS // 10).count() * 10


def buckets_for(rows: int, out_of: float) -> int:
    """How many buckets hold about `rows` of `out_of` statements (at least one, at most all)."""
    if out_of <= 0:
        return BUCKETS
    return max(1, min(BUCKETS, math.ceil(BUCKETS * rows / out_of)))
