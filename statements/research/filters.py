"""The one definition of every statement filter: the list page, exports and feeds all narrow with it.

The query-string keys are a public contract (saved searches and cited URLs depend on them), so each
key is declared here by name and validated strictly: an unknown slug or a malformed date is a form
error for the caller to show, never a filter that is quietly dropped.

This says which statements each filter keeps. How a filter is written so that each database reads the
right index is a plan's business (statements.research.plans), passed to `narrowed_without`.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django_filters.constants import EMPTY_VALUES

from statements.curation.history import corrected_statement_ids
from statements.models import Conflict, Outlet, ReviewStatus, Speaker, SpeakerKind, Statement, StatementKind
from statements.research.plans import LIST, ListPlan
from statements.search import SearchCondition, search_condition, search_ids

# What researchers may narrow by; rejected statements are never public, so "rejected" is no choice.
STATUS_CHOICES = [  # the words of ReviewStatus, one for each status everywhere
    ("approved", ReviewStatus.APPROVED.label),
    ("unreviewed", ReviewStatus.EXTRACTED.label),
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
        choices=StatementKind.choices, label="Kind", distinct=False, method="filter_kinds",
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
        # Set instead by a search whose index is a table of the database (search.conditions).
        self.search_condition: SearchCondition | None = None
        self._searched: dict[str, list[int] | SearchCondition] = {}
        # Asked once per list (statements.research.index_counts): its count, ids and facets count from one source.
        self.index_was_in_step: bool | None = None

    @property
    def sort_order(self) -> str:
        """The sort in effect: the requested one, else relevance for a search and newest otherwise."""
        requested = self.form.cleaned_data.get("sort") if self.form.is_valid() else None
        if requested:
            return requested
        return "relevance" if self.form.cleaned_data.get("q") else "newest"

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        """The list and its sort (django-filter's `qs`), written as the LIST plan says."""
        return self._narrowed(queryset, (), LIST)

    def narrowed_without(self, *names: str, plan: ListPlan = LIST) -> QuerySet:
        """The queryset narrowed by every filter in effect except `names` (and unsorted), its filters
        written as `plan` says (statements.research.plans: the rows are the same whatever the plan).

        What a facet counts over when one of its own values is selected: the other values of the same
        key must keep their counts so that they can be added ("this speaker or that one").
        """
        queryset = self._narrowed(plan.start(self.queryset), (*names, "sort"), plan)
        return plan.finish(queryset)

    def _narrowed(self, queryset: QuerySet, left_out: tuple[str, ...], plan: ListPlan) -> QuerySet:
        cleaned = self.form.cleaned_data
        plan = plan.over(name for name, value in cleaned.items() if value and name not in left_out)
        for name, value in cleaned.items():
            if name in left_out:
                continue
            declared = self.filters[name]
            if declared.method is None:
                queryset = declared.filter(queryset, value)
            elif value not in EMPTY_VALUES:
                queryset = getattr(self, declared.method)(queryset, name, value, plan)
        return queryset

    # The filters whose writing steers the planner hand it to the plan; django-filter writes the others
    # (speaker, country, dates). Each takes the plan as a fourth argument.

    def filter_search(self, queryset, name, value, plan: ListPlan = LIST):
        # QueryError propagates: the caller turns it into a message on the page.
        # Remembered per filterset: facets narrow again with the same search and must not re-run it.
        # A backend whose index is a table of the database gives the search as a condition of this query
        # (the planner combines it with the other filters); the others give ids (at most 20,000).
        if value not in self._searched:
            found = search_condition(value)
            if found is None:
                found = search_ids(value, sort=self.sort_order, limit=MAX_SEARCH_RESULTS)
            self._searched[value] = found
        found = self._searched[value]
        if isinstance(found, SearchCondition):
            self.search_condition = found
            return plan.matching(queryset, found)
        self.ranked_ids = found
        return plan.among(queryset, self.ranked_ids)

    def filter_conflicts(self, queryset, name, value, plan: ListPlan = LIST):
        # A subquery of the tags, not a join: a statement about two chosen conflicts stays one row, with no
        # DISTINCT (which made the database compare whole rows, texts and all). The other filters cannot
        # repeat a row.
        if not value:
            return queryset
        return plan.tagged(queryset, Statement.conflicts.through.objects.filter(conflict__in=value))

    def filter_outlets(self, queryset, name, value, plan: ListPlan = LIST):
        if not value:
            return queryset
        return plan.in_articles(queryset, outlet__in=value)

    def filter_kinds(self, queryset, name, values, plan: ListPlan = LIST):
        if set(values) >= set(StatementKind.values):  # every kind: nothing to narrow
            return queryset
        return plan.one_of(queryset, "kind", values)

    def filter_status(self, queryset, name, values, plan: ListPlan = LIST):
        wanted = Q()  # repeated values widen, as for every multi-valued key
        if "approved" in values:
            wanted |= Q(status=ReviewStatus.APPROVED)
        if "unreviewed" in values:
            wanted |= Q(status=ReviewStatus.EXTRACTED)
        if "corrected" in values:
            wanted |= Q(pk__in=corrected_statement_ids())
        return queryset.filter(wanted) if wanted else queryset

    def filter_unnamed(self, queryset, name, value, plan: ListPlan = LIST):
        # Statements of unnamed sources ("a senior official"): every list and facet can leave them out.
        unnamed = Speaker.objects.filter(kind=SpeakerKind.UNNAMED).values("pk")
        if value == "exclude":
            return queryset.exclude(speaker__in=unnamed)
        if value == "only":
            return queryset.filter(speaker__in=unnamed)
        return queryset

    def filter_sort(self, queryset, name, value, plan: ListPlan = LIST):
        if value == "oldest":
            return queryset.oldest_first()
        if value == "newest":
            return queryset.newest_first()
        # Relevance is an order no SQL column holds: Listing re-orders by the search rank.
        return queryset
