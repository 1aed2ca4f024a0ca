"""`ListPlan`: how the filters of one reading of a list are written for the database.

The FilterSet (statements.research.filters) says which statements each filter keeps and hands the
writing of the few filters whose shape steers the planner to the plan it is given; every plan keeps
the same rows. The named plans below are the readings the pages make.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Concat

from statements.models import Article, Statement, sample_bucket, sample_of

if TYPE_CHECKING:
    from statements.search import SearchCondition

# Filters with an index of their own on statements that holds each statement's id: beside one of them a
# conflict is tested on the ids that index gives ("id + 0"); without one, "id + 0" would make the
# database read every statement.
INDEXED_FILTERS = frozenset({"speaker", "country", "date_after", "date_before"})


@dataclass(frozen=True)
class ListPlan:
    """How to write a list's filters. Build one from the named plans below (`sampled`, `over`)."""

    # A page of a big list, read in date order: its conflict and outlet filters look up each statement
    # met (its tags, its article) rather than gather every statement of the conflict or the outlet
    # first to sort them, which reads them all for 20 rows.
    in_date_order: bool = False
    # Columns tested on each row rather than looked up in their index. Reading all of a list (its count,
    # its facets), the kind: its (kind, said_on) index holds a third of the table per kind, and SQLite,
    # knowing no better, prefers it to a narrower filter's index (an outlet's articles).
    per_row: frozenset[str] = frozenset()
    # Start from every statement, rejected ones too: counts of the public ones are then taken as all
    # minus the rejected (statements.research.plans.counting), which indexes answer without the rows.
    every_status: bool = False
    # Only the statements of the sample buckets below this (statements.research.estimates), cut as early
    # as each filter can: a conflict's tags and a search's ids (or its table) before any statement is read.
    sample_below: int | None = None
    # Set by `over`: a filter with an index of its own narrows the list too.
    beside_an_index: bool = False

    def sampled(self, below: int | None) -> ListPlan:
        """This plan over the sample buckets below `below` (None: every statement)."""
        return replace(self, sample_below=below)

    def over(self, filters: Iterable[str]) -> ListPlan:
        """This plan for a list narrowed by `filters` (the names of the filters in use and not left out)."""
        return replace(self, beside_an_index=bool(INDEXED_FILTERS & set(filters)))

    def start(self, queryset: QuerySet) -> QuerySet:
        """The statements the filters narrow, unsorted."""
        return (Statement.objects.all() if self.every_status else queryset).order_by()

    def finish(self, queryset: QuerySet) -> QuerySet:
        return queryset if self.sample_below is None else queryset.sampled(self.sample_below)

    def among(self, queryset: QuerySet, ids: list[int]) -> QuerySet:
        """Statements whose id is among `ids` (a search's), sent as one value (plans.id_lists)."""
        if self.sample_below is not None:
            ids = [pk for pk in ids if sample_of(pk) < self.sample_below]
        return queryset.filter(pk__among=ids)

    def matching(self, queryset: QuerySet, condition: SearchCondition) -> QuerySet:
        """Statements a search matches, the search a condition of the query (statements.search.conditions),
        the sample cut inside it."""
        return queryset.filter(condition.matches(sample_below=self.sample_below))

    def one_of(self, queryset: QuerySet, column: str, values: Iterable[str]) -> QuerySet:
        """Statements whose `column` holds any of `values`."""
        if column in self.per_row:
            # Concatenated with "": an expression no index holds, so the value is tested on each row.
            text = f"{column}_text"
            return queryset.alias(**{text: Concat(column, Value(""))}).filter(**{f"{text}__in": values})
        wanted = Q()
        for value in sorted(set(values)):
            wanted |= Q(**{column: value})
        return queryset.filter(wanted)

    def tagged(self, queryset: QuerySet, tags: QuerySet) -> QuerySet:
        """Statements with one of `tags` (rows of the statement-conflict table)."""
        if self.sample_below is not None:
            tags = tags.alias(bucket=sample_bucket("statement_id")).filter(bucket__lt=self.sample_below)
        if self.in_date_order:
            # Each statement met in date order is looked up in the tag index (statement, conflict): a
            # few hundred lookups for 20 rows, where "IN" first gathers every tag of the conflicts.
            return queryset.filter(Exists(tags.filter(statement_id=OuterRef("pk"))))
        if self.beside_an_index:
            # "id + 0" is no index: the database reads the index of a narrower filter (a speaker's, the
            # dates') and tests each id it gives against the tags, fetching only the rows that have one,
            # rather than fetching every statement of the conflict by id to test its date or speaker.
            return queryset.alias(row_id=F("id") + 0).filter(row_id__in=tags.values("statement_id"))
        return queryset.filter(pk__in=tags.values("statement_id"))

    def in_articles(self, queryset: QuerySet, **lookups) -> QuerySet:
        """Statements whose article matches `lookups` (of Article: `outlet__in=...`)."""
        if self.in_date_order:  # as for conflicts: each statement met in date order, its article looked up
            return queryset.filter(Exists(Article.objects.filter(pk=OuterRef("article_id"), **lookups)))
        return queryset.filter(**{f"article__{name}": value for name, value in lookups.items()})


LIST = ListPlan()  # a list as the page, an export or a feed reads it
DATE_ORDER_PAGE = ListPlan(in_date_order=True)  # a page of a big list (an estimated count)
COUNTING = ListPlan(per_row=frozenset({"kind"}))  # a list's count and facets; `.sampled(b)` for its sample
EVERY_STATUS = ListPlan(every_status=True)  # for public_counts: every statement, minus the rejected after
