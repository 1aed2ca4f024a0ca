"""A search as a condition of the list's own query, from a backend whose index is a table of the
archive's database (PostgreSQL): the list page then filters, counts and facets the statements with the
search as a semi-join (`id IN (SELECT statement_id FROM <index> WHERE <query>)`) that the planner combines
with the filters and the list's indexes, instead of the search's ids sent back and forth (up to 20,000
of them, twice per facet list). Backends with an index of their own (Whoosh, Tantivy) give ids instead.

The index table holds each match's speaker, country, kind, date, outlet and conflicts too, so a list
narrowed by those filters alone is counted, faceted and listed in the table (`count`, `newest`), without
a statement row read (statements.research.index_counts says when).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass

from django.db.models import Q
from django.db.models.expressions import RawSQL

from statements.search.requests import SearchRequest

# (filters, facets, sample_below) -> (matches, {facet: {value: matches}}): see SearchCondition.count.
Counting = Callable[[SearchRequest, Sequence[str], int | None], tuple[int, dict[str, dict[str, int]]]]
# (filters, limit) -> statement ids: see SearchCondition.newest.
Listing = Callable[[SearchRequest, int], list[int]]


@dataclass(frozen=True)
class SearchCondition:
    # SELECT of the matching statement ids from the index table, with a WHERE clause this may extend.
    sql: str
    params: tuple
    # Each query run inside has the search's time budget; QueryError when one runs out of it.
    budget: Callable[[], AbstractContextManager[None]]
    counter: Counting
    lister: Listing
    # The sample bucket column of the index table (statements.models.sample_of of the id).
    sample_column: str = "sample"

    def matches(self, *, sample_below: int | None = None) -> Q:
        """Statements (pk) the search matches; only those of the sample buckets below `sample_below`, cut
        in the index table, so a count estimated from a share reads only that share of the matches."""
        sql, params = self.sql, list(self.params)
        if sample_below is not None:
            sql += f" AND {self.sample_column} < %s"
            params.append(sample_below)
        return Q(pk__in=RawSQL(sql, params))

    def count(
        self, filters: SearchRequest, facets: Sequence[str] = (), *, sample_below: int | None = None,
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """The matches of the search that `filters` keep (its speakers, conflicts, kinds, outlets, countries
        and dates; its query and paging are not read), counted in the index table: how many, and how many
        hold each value of each of `facets` (speaker, outlet and conflict slugs; country; kind; month as
        "2024-03", "" undated). Only the sample buckets below `sample_below`, when given; not scaled.
        Under the search's time budget (QueryError)."""
        return self.counter(filters, facets, sample_below)

    def newest(self, filters: SearchRequest, limit: int) -> list[int]:
        """The ids of the first `limit` matches of the search that `filters` keep, newest first (undated
        last, then by id, highest first: StatementQuerySet.newest_first), from the index table. Under the
        search's time budget (QueryError)."""
        return self.lister(filters, limit)
