"""The one definition of every statement filter: the list page, exports and feeds all narrow with it.

The query-string keys are a public contract (saved searches and cited URLs depend on them), so each
key is declared here by name and validated strictly: an unknown slug or a malformed date is a form
error for the caller to show, never a filter that is quietly dropped.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef, Q, Value
from django.db.models.functions import Concat

from statements.curation.history import corrected_statement_ids
from statements.models import (
    Article, Conflict, Outlet, ReviewStatus, Speaker, SpeakerKind, Statement, StatementKind, sample_bucket, sample_of,
)
from statements.search import search_ids

# What researchers may narrow by; rejected statements are never public, so "rejected" is no choice.
STATUS_CHOICES = [
    ("approved", "approved by a curator"),
    ("unreviewed", "not yet reviewed"),
    ("corrected", "corrected by a curator"),
]
SORT_CHOICES = [("relevance", "relevance"), ("newest", "newest first"), ("oldest", "oldest first")]
UNNAMED_CHOICES = [("include", "included"), ("exclude", "left out"), ("only", "only unnamed sources")]

# The ids of a search go into the SQL as an IN list; SQLite builds may cap bound parameters at
# 32,766, so a search is cut here, and the page says so (see Listing.notices).
MAX_SEARCH_RESULTS = 20_000


def speaker_countries() -> list[tuple[str, str]]:
    countries = Speaker.objects.exclude(country="").order_by("country").values_list("country", flat=True)
    return [(country, country) for country in countries.distinct()]


class StatementFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        after, before = cleaned.get("date_after"), cleaned.get("date_before")
        if after and before and after > before:
            raise forms.ValidationError(
                f"The start date ({after.isoformat()}) is after the end date ({before.isoformat()})."
            )
        return cleaned


class SlugChoiceField(forms.ModelMultipleChoiceField):
    """Refuses a NUL before the slugs are looked up: PostgreSQL cannot compare with one (DataError)."""

    def clean(self, value):
        if any("\x00" in str(item) for item in value or ()):
            raise forms.ValidationError("Null characters are not allowed.", code="null_characters_not_allowed")
        return super().clean(value)


class SlugChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = SlugChoiceField


class StatementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label="Search")
    speaker = SlugChoiceFilter(
        field_name="speaker__slug", to_field_name="slug", queryset=Speaker.objects.all(), label="Speaker", distinct=False,
        error_messages={"invalid_choice": "no speaker has the slug “%(value)s”."},
    )
    conflict = SlugChoiceFilter(
        field_name="conflicts__slug", to_field_name="slug", queryset=Conflict.objects.all(), label="Conflict",
        method="filter_conflicts",
        error_messages={"invalid_choice": "no conflict has the slug “%(value)s”."},
    )
    kind = django_filters.MultipleChoiceFilter(
        choices=StatementKind.choices, label="Kind", distinct=False,
        error_messages={"invalid_choice": "“%(value)s” is not a kind; use direct, indirect or mixed."},
    )
    outlet = SlugChoiceFilter(
        field_name="article__outlet__slug", to_field_name="slug", queryset=Outlet.objects.all(), label="Outlet",
        distinct=False, method="filter_outlets",
        error_messages={"invalid_choice": "no outlet has the slug “%(value)s”."},
    )
    country = django_filters.MultipleChoiceFilter(
        field_name="speaker__country", choices=speaker_countries, label="Speaker country", distinct=False,
        error_messages={"invalid_choice": "no speaker is from “%(value)s” (spell it as on speaker pages)."},
    )
    date_after = django_filters.DateFilter(
        field_name="said_on", lookup_expr="gte", input_formats=["%Y-%m-%d"], label="Said on or after",
        error_messages={"invalid": "use an ISO date such as 2024-03-01."},
    )
    date_before = django_filters.DateFilter(
        field_name="said_on", lookup_expr="lte", input_formats=["%Y-%m-%d"], label="Said on or before",
        error_messages={"invalid": "use an ISO date such as 2024-03-01."},
    )
    status = django_filters.MultipleChoiceFilter(
        choices=STATUS_CHOICES, method="filter_status", label="Review status",
        error_messages={"invalid_choice": (
            "“%(value)s” is not a review status you can list; use approved, unreviewed or corrected "
            "(rejected statements are not public)."
        )},
    )
    unnamed = django_filters.ChoiceFilter(
        choices=UNNAMED_CHOICES, method="filter_unnamed", label="Unnamed sources",
        error_messages={"invalid_choice": "“%(value)s” is not a choice for unnamed sources; use include, exclude or only."},
    )
    # Declared last so its ordering applies after every narrowing filter.
    sort = django_filters.ChoiceFilter(
        choices=SORT_CHOICES, method="filter_sort", label="Sort",
        error_messages={"invalid_choice": "“%(value)s” is not a sort; use relevance, newest or oldest."},
    )

    class Meta:
        model = Statement
        form = StatementFilterForm
        fields = [
            "q", "speaker", "conflict", "kind", "outlet", "country", "date_after", "date_before", "status", "unnamed",
            "sort",
        ]

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Statement.objects.public().newest_first()
        super().__init__(data, queryset=queryset, **kwargs)
        self.ranked_ids: list[int] | None = None  # set by a search, in rank order
        self._searched: dict[str, list[int]] = {}
        self._sample_below: int | None = None  # while narrowing a sample's list: see narrowed_without
        self._in_date_order = False  # while narrowing a big list for its page: see narrowed_without
        self._left_out: frozenset[str] = frozenset()  # the filters narrowed_without is leaving out

    @property
    def sort_order(self) -> str:
        """The sort in effect: the requested one, else relevance for a search and newest otherwise."""
        requested = self.form.cleaned_data.get("sort") if self.form.is_valid() else None
        if requested:
            return requested
        return "relevance" if self.form.cleaned_data.get("q") else "newest"

    def narrowed_without(
        self, *names: str, sample_below: int | None = None, in_date_order: bool = False, counting: bool = False,
        every_status: bool = False,
    ):
        """The queryset narrowed by every filter in effect except `names` (and unsorted).

        What a facet counts over when one of its own values is selected: the other values of the same
        key must keep their counts so that they can be added ("this speaker or that one"). With
        `sample_below`, only the statements of the sample buckets below it (statements.research.estimates), cut
        as early as each filter can: a conflict's tags and a search's ids before any statement is read.

        `in_date_order` is for reading a page of a big list: its conflict and outlet filters then only
        look up each statement met in date order (its tags, its article), rather than fetching all the
        conflict's or the outlet's statements to sort them (at 1M, 60,000 or 33,000 of them for 20 rows),
        or gathering all their ids first; see filter_conflicts.

        `counting` is for reading all of a list (its count, its facets): the kind is then tested on each
        row rather than looked up in the (kind, said_on) index, which holds a third of the table per kind
        and which SQLite, knowing no better, prefers to a narrower filter's (an outlet's articles).

        `every_status` starts from every statement, rejected ones too, for counts of the public ones taken
        as all minus the rejected (statements.research.public_counts), which indexes can answer without the rows.
        """
        queryset = (Statement.objects.all() if every_status else self.queryset).order_by()
        self._sample_below, self._in_date_order, self._left_out = sample_below, in_date_order, frozenset(names)
        try:
            for name, value in self.form.cleaned_data.items():
                if name in names or name == "sort":
                    continue
                if name == "kind" and value and counting:
                    queryset = queryset.alias(kind_text=Concat("kind", Value(""))).filter(kind_text__in=value)
                    continue
                queryset = self.filters[name].filter(queryset, value)
        finally:
            self._sample_below, self._in_date_order, self._left_out = None, False, frozenset()
        return queryset if sample_below is None else queryset.sampled(sample_below)

    def filter_search(self, queryset, name, value):
        # QueryError propagates: the caller turns it into a message on the page.
        # Remembered per filterset: facets narrow again with the same search and must not re-run it.
        if value not in self._searched:
            self._searched[value] = search_ids(value, sort=self.sort_order, limit=MAX_SEARCH_RESULTS)
        self.ranked_ids = self._searched[value]
        if self._sample_below is not None:
            return queryset.filter(pk__among=[pk for pk in self.ranked_ids if sample_of(pk) < self._sample_below])
        return queryset.filter(pk__among=self.ranked_ids)

    def filter_conflicts(self, queryset, name, value):
        # A subquery, not a join: a statement about two chosen conflicts stays one row, with no DISTINCT
        # (which made the database compare whole rows, texts and all). The other filters cannot repeat a row.
        if not value:
            return queryset
        tagged = Statement.conflicts.through.objects.filter(conflict__in=value)
        if self._sample_below is not None:
            tagged = tagged.alias(bucket=sample_bucket("statement_id")).filter(bucket__lt=self._sample_below)
        if self._in_date_order:
            # A page of a big list: each statement met in date order is looked up in the tag index
            # (statement, conflict), a few hundred lookups for 20 rows. Gathering all of the conflict's
            # tags first, as "IN" does, took 65 ms at 1M for two conflicts (120,000 tags); this, 1 ms.
            return queryset.filter(Exists(tagged.filter(statement_id=OuterRef("pk"))))
        if self._narrowed_by_an_index():
            # "id + 0" is no index: the database reads the index of a narrower filter (a speaker's,
            # the dates') and tests each id it gives against the conflict's tags, fetching only the rows
            # that have one. Otherwise it fetches every statement of the conflict by id (60,000 at 1M)
            # to test its date or speaker.
            return queryset.alias(row_id=F("id") + 0).filter(row_id__in=tagged.values("statement_id"))
        return queryset.filter(pk__in=tagged.values("statement_id"))

    def filter_outlets(self, queryset, name, value):
        if not value:
            return queryset
        if self._in_date_order:  # as for conflicts: each statement met in date order, its article looked up
            return queryset.filter(Exists(Article.objects.filter(pk=OuterRef("article_id"), outlet__in=value)))
        return queryset.filter(article__outlet__in=value)

    def _narrowed_by_an_index(self) -> bool:
        """Whether a speaker, a country or dates narrow the list too (not left out of it, as a facet of
        their own key leaves them): filters with an index of their own on statements that holds each
        statement's id. Without one, "id + 0" would make the database read every statement."""
        cleaned = self.form.cleaned_data
        return any(
            cleaned.get(name) for name in ("speaker", "country", "date_after", "date_before") if name not in self._left_out
        )

    def filter_status(self, queryset, name, values):
        wanted = Q()  # repeated values widen, as for every multi-valued key
        if "approved" in values:
            wanted |= Q(status=ReviewStatus.APPROVED)
        if "unreviewed" in values:
            wanted |= Q(status=ReviewStatus.EXTRACTED)
        if "corrected" in values:
            wanted |= Q(pk__in=corrected_statement_ids())
        return queryset.filter(wanted) if wanted else queryset

    def filter_unnamed(self, queryset, name, value):
        # Statements of unnamed sources ("a senior official"): every list and facet can leave them out.
        unnamed = Speaker.objects.filter(kind=SpeakerKind.UNNAMED).values("pk")
        if value == "exclude":
            return queryset.exclude(speaker__in=unnamed)
        if value == "only":
            return queryset.filter(speaker__in=unnamed)
        return queryset

    def filter_sort(self, queryset, name, value):
        if value == "oldest":
            return queryset.oldest_first()
        if value == "newest":
            return queryset.newest_first()
        # Relevance is an order no SQL column holds: Listing re-orders by the search rank.
        return queryset
