"""Counts over big lists, estimated from a uniform sample so that their cost does not grow with the list.

Every statement has a `sample` bucket, 0 to 999, computed by the database from its id (Statement.sample),
so "sample < b" keeps an even b-in-1000 share of any list, whatever its filters, and the same share on
every request until the data changes. A list with more than ARCHIVE_FACET_EXACT_LIMIT statements is
counted over the share that holds about that many of its statements, and each count multiplied back:
an estimate, labelled as one where it is shown. Below the limit counts are exact; with the limit set
to 0 every count is exact, and costs what reading the whole list costs (seconds at 1M statements).

How big a list is, is itself estimated from a first, smaller share (the pilot): the one holding about
a quarter of the limit's number of statements of the whole table (at least a thousand), so it costs
what counting that many rows of the index that starts with `sample` costs, whatever the table's size.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, QuerySet
from django.db.models.sql import Query

from statements.web.generation import cached
from statements.models import Article, Statement

BUCKETS = 1000  # the values of Statement.sample
SAMPLE_INDEX = "statement_sample_facets"  # (sample, status, speaker, kind, said_on, article): see Statement.Meta
ARTICLE_OUTLET_INDEX = "article_outlet_by_id"  # (id, outlet): see Article.Meta
# What reading a statement through a filter's index costs (the row fetched from the table, whose pages
# hold the texts), in entries of the covering sample index read in order: ~5 µs against ~0.25 µs on
# SQLite at 1M statements (benchmarks/pages.py). A list's share is read from the sample index unless that
# means reading more than this many entries per statement of the list; far fewer when each entry must
# also be looked up in another table to be tested (an outlet's articles, a conflict's tags).
INDEX_ENTRIES_PER_ROW = 20
JOINED_ENTRIES_PER_ROW = 2


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


def sampling_for(queryset: QuerySet, narrow: Callable[[int], QuerySet] | None = None) -> Sampling:
    """How to count `queryset` (statements, filtered): exactly when it holds at most the limit, else over
    the share expected to hold about the limit's number of them. `narrow(b)` is the same list cut to
    the buckets below b inside its filters too (StatementFilter.narrowed_without), for the pilot."""
    limit = exact_limit()
    if not limit:
        return EXACT
    table = table_size(queryset.model)
    if table <= limit:
        return EXACT  # the whole table is within the limit
    pilot = buckets_for(max(limit // 4, min(limit, 1000)), table)
    piloted = narrow(pilot) if narrow else queryset.sampled(pilot)
    per_bucket = piloted.order_by().values_list("sample").annotate(n=Count("pk"))
    found = sum(n for _, n in read_rows(per_bucket.values_list("sample", "n"), by_sample=True))
    estimate = found * BUCKETS / pilot
    if estimate <= limit:
        return EXACT
    buckets = buckets_for(limit, estimate)
    by_index = faster_by_index(table, buckets, estimate, joined=checked_elsewhere(queryset))
    return Sampling(buckets, by_index=by_index, estimate=significant(estimate))


def faster_by_index(table: int, buckets: int, estimate: float, *, joined: bool) -> bool:
    """Whether the share `buckets` of a list of about `estimate` statements (of `table`) is read faster
    from the sample index, which holds that share of the whole table, than through the filters' indexes,
    which read at least the list, row by row from the table. Only a list that is a small part of the
    table (a rare speaker's statements in a year) is read faster through its filters; a list narrowed
    by an outlet or a conflict sooner, as every entry of the index would be looked up in the articles
    or the conflict's tags (`joined`)."""
    per_row = JOINED_ENTRIES_PER_ROW if joined else INDEX_ENTRIES_PER_ROW
    return table * buckets / BUCKETS <= per_row * estimate


def checked_elsewhere(queryset: QuerySet) -> bool:
    """Whether `queryset` (statements, filtered) tests its rows against another table: an outlet's
    articles (a join) or a conflict's tags (a subquery)."""
    if Article._meta.db_table in {join.table_name for join in queryset.query.alias_map.values()}:
        return True
    tags = Statement.conflicts.through
    return any(subquery.model is tags for subquery in _subqueries(queryset.query.where))


def _subqueries(node) -> Iterator[Query]:
    for child in getattr(node, "children", ()):
        if isinstance(getattr(child, "rhs", None), Query):
            yield child.rhs
        yield from _subqueries(child)


def count_of(queryset: QuerySet, narrow: Callable[[int], QuerySet] | None = None) -> tuple[int, bool]:
    """How many statements `queryset` holds, and whether that is an estimate: exact up to the limit,
    above it the pilot's estimate (counting a big list reads all of it: 0.5 s for 500,000 at 1M)."""
    sampling = sampling_for(queryset, narrow)
    if sampling.exact:
        return queryset.count(), False
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


def read_rows(queryset: QuerySet, *, by_sample: bool = False) -> list[tuple]:
    """The rows of `queryset` (a values_list of statements) as the database returns them, without the
    ORM's conversions (a date is ISO text on SQLite): tens of thousands of rows are counted, not shown.

    `by_sample` (the queryset is narrowed by `sample`) reads them through the sample index: the pilot
    count of `sampling_for`, and samples of lists that are a big part of the table. SQLite, which has no
    statistics unless ANALYZE ran, would otherwise read a filter's index (kind, speaker...) and fetch
    every row of it from the table to look at its sample; and it fetches each statement's article row
    for its outlet, where (id, outlet) is in an index. PostgreSQL weighs these from its statistics and
    is left to choose."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:  # a filter that can match nothing (a search's empty id list): no SQL to run
        return []
    connection = connections[queryset.db]
    if by_sample and connection.vendor == "sqlite":
        quote = connection.ops.quote_name
        table = quote(queryset.model._meta.db_table)
        sql = sql.replace(f"FROM {table}", f"FROM {table} INDEXED BY {quote(SAMPLE_INDEX)}", 1)
        articles = quote(Article._meta.db_table)
        sql = sql.replace(f"JOIN {articles} ON", f"JOIN {articles} INDEXED BY {quote(ARTICLE_OUTLET_INDEX)} ON", 1)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
