"""What only SQLite needs told: which index reads a list's sample.

SQLite has no statistics unless ANALYZE ran, so for a list's sample it would read a filter's index
(kind, speaker...) and fetch every row of it from the table to look at its sample bucket, and fetch
each statement's article row for its outlet where (id, outlet) is in an index. Reading a sample names
those indexes (`INDEXED BY`) when the cost model below says the sample index is the cheaper read.
PostgreSQL weighs these from its statistics and is left to choose: the same SQL without the hints.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django.db.models.sql import Query

from statements.models import SAMPLE_BUCKETS, Article, Statement

SAMPLE_INDEX = "statement_sample_facets"  # (sample, status, speaker, kind, said_on, article): see Statement.Meta
ARTICLE_OUTLET_INDEX = "article_outlet_by_id"  # (id, outlet): see Article.Meta
# What reading a statement through a filter's index costs (the row fetched from the table, whose pages
# hold the texts), in entries of the covering sample index read in order (the measured costs are in
# docs/performance.md). A list's share is read from the sample index unless that means reading more
# than this many entries per statement of the list; far fewer when each entry must also be looked up in
# another table to be tested (an outlet's articles, a conflict's tags).
INDEX_ENTRIES_PER_ROW = 20
JOINED_ENTRIES_PER_ROW = 2


def faster_by_index(table: int, buckets: int, estimate: float, *, joined: bool) -> bool:
    """Whether the share `buckets` of a list of about `estimate` statements (of `table`) is read faster
    from the sample index, which holds that share of the whole table, than through the filters' indexes,
    which read at least the list, row by row from the table. Only a list that is a small part of the
    table (a rare speaker's statements in a year) is read faster through its filters; a list narrowed
    by an outlet or a conflict sooner, as every entry of the index would be looked up in the articles
    or the conflict's tags (`joined`)."""
    per_row = JOINED_ENTRIES_PER_ROW if joined else INDEX_ENTRIES_PER_ROW
    return table * buckets / SAMPLE_BUCKETS <= per_row * estimate


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


def read_rows(queryset: QuerySet, *, by_sample: bool = False) -> list[tuple]:
    """The rows of `queryset` (a values_list of statements) as the database returns them, without the
    ORM's conversions (a date is ISO text on SQLite): tens of thousands of rows are counted, not shown.

    `by_sample` (the queryset is narrowed by `sample`): on SQLite, read them through the sample index
    and each article's outlet through (id, outlet): the pilot count of `estimates.sampling_for`, and
    samples of lists that are a big part of the table."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:  # a filter that can match nothing (a search's empty id list): no SQL to run
        return []
    connection = connections[queryset.db]
    if by_sample and connection.vendor == "sqlite":
        sql = indexed_by_sample(sql, connection, queryset.model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def indexed_by_sample(sql: str, connection, table: str) -> str:
    """`sql` (SQLite) reading `table` through the sample index and a joined article through (id, outlet)."""
    quote = connection.ops.quote_name
    sql = sql.replace(f"FROM {quote(table)}", f"FROM {quote(table)} INDEXED BY {quote(SAMPLE_INDEX)}", 1)
    articles = quote(Article._meta.db_table)
    return sql.replace(f"JOIN {articles} ON", f"JOIN {articles} INDEXED BY {quote(ARTICLE_OUTLET_INDEX)} ON", 1)
