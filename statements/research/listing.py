"""What the researcher pages show: a filtered, searched, paginated list of statements, and statements
marked in the text of their article.

`narrow_statements` is a list minus its page: validation, the FilterSet and the rows in order; exports
and feeds read it. `build_listing` adds the page, the facets and the highlighted snippets, so the
views stay thin and every rule about invalid input lives here: a bad value gives a message and no
list (HTTP 400), never an exception and never the unfiltered list in its place.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.urls import reverse

from statements.facet_lists import period_of
from statements.research.canonical import LIST_KEYS, TRAILING_KEYS, canonical_params, list_query, with_query
from statements.research.describe import describe, describe_period
from statements.research.estimates import count_of, exact_limit
from statements.research.explain import unknown_in_query, unknown_slugs
from statements.research.facets import Facet, facets_for, list_identity, with_period
from statements.research.index_counts import indexed_list
from statements.research.filters import MAX_SEARCH_RESULTS, STATUS_CHOICES, StatementFilter
from statements.research.plans import COUNTING, DATE_ORDER_PAGE
from statements.web.generation import cached
from statements.models import Article, Statement
from statements.research.pagination import PageError, ResultPage, paginate_by_date, paginate_ids
from statements.search import QueryError, highlight, rank_order, suggest

LIST_FORMATS = {"": "html", "html": "html", "csv": "csv", "json": "json"}

__all__ = ["PageError", "Listing", "build_listing", "narrow_statements"]


@dataclass
class ActiveFilter:
    label: str
    value: str
    remove_url: str  # the same list without this one value


@dataclass
class Listing:
    filterset: StatementFilter
    params: QueryDict  # this page's own query, canonical: its page links are built from it
    query: QueryDict  # the list's query with any fixed key, no position or format: /statements/?<query> lists the same
    rows: QuerySet | list[int] | None = None  # every result, in order (ids for a ranked search)
    page: ResultPage | None = None  # its object_list holds Statement rows, whatever the sort
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    active_filters: list[ActiveFilter] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    description: str = "Statements"
    format: str = "html"
    suggestion: str | None = None  # a corrected query that finds something, when this one found nothing
    # Links to the same list with a wrong slug replaced by one it may have meant (?speaker=peskov ->
    # dmitry-peskov): (text, query string). An error that offers one is answered 200, a page to go on from.
    corrections: list[tuple[str, str]] = field(default_factory=list)
    corrected_errors: list[str] = field(default_factory=list)

    @property
    def status(self) -> int:
        return 400 if any(error not in self.corrected_errors for error in self.errors) else 200

    @property
    def has_facet_values(self) -> bool:
        return any(facet.values for facet in self.facets)

    @property
    def statements(self) -> list[Statement]:
        return list(self.page.object_list) if self.page else []

    @property
    def sort(self) -> str:
        return "" if self.errors else self.filterset.sort_order

    @property
    def query_string(self) -> str:
        """What a feed, a saved search or the full list page of this list keeps."""
        return self.query.urlencode()

    @property
    def selected(self) -> dict[str, list[str]]:
        return {key: self.params.getlist(key) for key in LIST_KEYS}

    @property
    def facets_estimated(self) -> bool:
        """Whether some facet's counts are estimates (a big list: statements.research.estimates)."""
        return any(facet.estimated for facet in self.facets)

    @property
    def facet_sample_size(self) -> int:
        return exact_limit()

    @property
    def count(self) -> int:
        """How many statements the list holds: counted once per data generation (statements.web.generation)."""
        if self.rows is None:
            return 0
        if isinstance(self.rows, list):
            return len(self.rows)
        return cached("count", list_identity(self.filterset, self.query), self.rows.count)

    def shown_count(self) -> tuple[int, bool]:
        """The count the page shows, and whether it is an estimate: above ARCHIVE_FACET_EXACT_LIMIT a
        date-ordered list's count is estimated from a sample (statements.research.estimates), as its facets are.
        Exports keep `count`, exact."""
        if self.rows is None or isinstance(self.rows, list):
            return self.count, False
        key = (*list_identity(self.filterset, self.query), exact_limit())
        def narrow(below: int | None):
            return self.filterset.narrowed_without(plan=COUNTING.sampled(below))

        def count() -> tuple[int, bool]:
            indexed = indexed_list(self.filterset)  # a search's list its index table holds whole: counted there
            return count_of(narrow(None), narrow, indexed.count if indexed else None)

        return cached("shown-count", key, count)

    def export_query(self, export_format: str) -> str:
        """This page's query string asking for the whole list in `export_format`."""
        query = list_query(self.params)
        query["format"] = export_format
        return "?" + query.urlencode()

    def suggestion_query(self) -> str:
        query = list_query(self.params)
        query["q"] = self.suggestion or ""
        return "?" + query.urlencode()

    def sort_query(self, sort: str) -> str:
        query = list_query(self.params)
        query["sort"] = sort
        return "?" + canonical_params(query).urlencode()


def narrow_statements(params: QueryDict, *, fixed: dict[str, str] | None = None) -> Listing:
    """The list `params` asks for, every row in order but no page; `fixed` keys (a speaker's page) always apply.

    A key of `fixed` given in `params` too is ignored: the page decides it.
    """
    fixed = fixed or {}
    own = canonical_params(params, drop=fixed)
    data = own.copy()
    for key, value in fixed.items():
        data.setlist(key, [value])
    filterset = StatementFilter(data)
    listing = Listing(filterset=filterset, params=own, query=list_query(data))
    unknown = sorted(set(own) - set(LIST_KEYS) - set(TRAILING_KEYS))
    if unknown:
        listing.notices.append(f"Ignored unknown parameter(s): {', '.join(unknown)}.")
    requested_format = own.get("format", "")
    if requested_format not in LIST_FORMATS:
        listing.errors.append(
            f"format={requested_format} is not available; use format=csv or format=json, or leave it out for the page."
        )
    else:
        listing.format = LIST_FORMATS[requested_format]
    if not filterset.is_valid():
        explain_unknown_slugs(listing, filterset.form)
        listing.errors.extend(form_error_messages(filterset.form))
    if listing.errors:
        return listing
    try:
        listing.rows = _ordered_rows(filterset)
    except QueryError as error:
        listing.errors.append(f"The search could not be run: {error}")
        return listing
    listing.description = describe(filterset.form.cleaned_data)
    if filterset.ranked_ids is not None and len(filterset.ranked_ids) >= MAX_SEARCH_RESULTS:
        listing.notices.append(
            f"Only the first {MAX_SEARCH_RESULTS:,} matches of the search are listed; "
            "add words or filters to narrow it."
        )
    return listing


def build_listing(
    params: QueryDict,
    *,
    fixed: dict[str, str] | None = None,
    page_size: int | None = None,
    with_facets: bool = True,
) -> Listing:
    """The list page: `narrow_statements` plus the page asked for, its facets and highlighted snippets."""
    listing = narrow_statements(params, fixed=fixed)
    if listing.errors:
        return listing
    size = page_size or settings.ARCHIVE_PAGE_SIZE
    base_url = reverse("statement-list")
    try:
        with _search_budget(listing.filterset):  # the queries that carry the search, when they do
            if isinstance(listing.rows, list):
                listing.page = paginate_ids(listing.rows, listing.params, size)
            else:
                count, estimated = listing.shown_count()
                rows = listing.rows
                if estimated:
                    # A big list: a page of it is met soon in date order (statements.research.plans).
                    rows = listing.filterset.narrowed_without(plan=DATE_ORDER_PAGE)
                rows = rows.only("id", "said_on")  # the page's ids; its rows below (StatementQuerySet.listed)
                listing.page = paginate_by_date(
                    rows, listing.filterset.sort_order, listing.params, size, count=count, estimated=estimated
                )
            if with_facets:
                listing.facets = facets_for(
                    listing.filterset, listing.query, base_url=base_url, without=tuple(fixed or ())
                )
    except (PageError, QueryError) as error:
        listing.errors.append(str(error) if isinstance(error, PageError) else f"The search could not be run: {error}")
        listing.page, listing.facets = None, []
        return listing
    listing.page.object_list = _statements_of(listing.page.object_list)
    listing.active_filters = active_filters(listing, base_url, fixed=fixed or {})
    query = listing.filterset.form.cleaned_data.get("q")
    if query:
        listing.notices.extend(unknown_in_query(query))
    if query and listing.statements:
        snippets = highlight(query, listing.statements)
        for statement in listing.statements:
            statement.snippet = snippets.get(statement.pk)
    elif query and not listing.page.count:
        listing.suggestion = suggest(query)
    return listing


def _ordered_rows(filterset: StatementFilter) -> QuerySet | list[int]:
    """A queryset in date order, or for a relevance-ranked search the list of matching ids in rank order."""
    queryset = filterset.qs  # runs the search, so a QueryError surfaces here
    condition = filterset.search_condition
    if condition is not None and filterset.sort_order == "relevance":
        # The search is a condition of the list's query: its matches that the filters keep, newest first,
        # at most as many as a search gives ids, then the newest of them ranked by the backend.
        indexed = indexed_list(filterset)  # the index table holds the whole list: its ids are read there
        with condition.budget():
            if indexed is not None:
                newest = indexed.newest(MAX_SEARCH_RESULTS)
            else:
                newest = list(queryset.newest_first().values_list("pk", flat=True)[:MAX_SEARCH_RESULTS])
        filterset.ranked_ids = rank_order(filterset.form.cleaned_data["q"], newest)
        return filterset.ranked_ids
    if filterset.ranked_ids is None or filterset.sort_order != "relevance":
        return queryset
    kept = set(queryset.order_by().values_list("pk", flat=True))
    return [pk for pk in filterset.ranked_ids if pk in kept]


def _search_budget(filterset: StatementFilter) -> AbstractContextManager:
    """The search's time budget over the list's queries when they carry the search (search.conditions)."""
    condition = filterset.search_condition
    return condition.budget() if condition is not None else nullcontext()


def _statements_of(rows: list) -> list[Statement]:
    """Rows for the template: a page's statements (or ids) loaded with what a listing shows, in their order."""
    return Statement.objects.listed([row.pk if isinstance(row, Statement) else row for row in rows])


def explain_unknown_slugs(listing: Listing, form) -> None:
    """For each speaker, conflict or outlet value that is no slug: an error naming what it may have
    meant, with a link to the list with that one instead (the form's own error for the key is dropped)."""
    for key in ("speaker", "conflict", "outlet"):
        if key not in form.errors or any("\x00" in value for value in listing.params.getlist(key)):
            continue  # a NUL: the field's own refusal stands (PostgreSQL could not even look the value up)
        for value, candidates in unknown_slugs(key, listing.params.getlist(key)):
            label = form.fields[key].label
            message = f"{label}: no {key} has the slug “{value}”."
            if candidates:
                message += " Did you mean " + " or ".join(f"{c.slug} ({c.name})" for c in candidates) + "?"
                listing.corrected_errors.append(message)
            for candidate in candidates:
                query = listing.params.copy()
                query.setlist(key, [candidate.slug if v == value else v for v in query.getlist(key)])
                listing.corrections.append((f"{label}: {candidate.name} ({candidate.slug})", "?" + canonical_params(query).urlencode()))
            listing.errors.append(message)
        del form.errors[key]


def form_error_messages(form) -> list[str]:
    messages = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        for message in errors:
            messages.append(f"{label}: {message}" if label else message)
    return messages


def active_filters(listing: Listing, base_url: str, *, fixed: dict[str, str]) -> list[ActiveFilter]:
    """Each filter value in effect, named for people, with a link to the list without just that value."""
    filterset, query = listing.filterset, listing.query
    cleaned = filterset.form.cleaned_data
    names = {
        "speaker": {s.slug: s.name for s in cleaned.get("speaker") or ()},
        "conflict": {c.slug: c.name for c in cleaned.get("conflict") or ()},
        "outlet": {o.slug: o.name for o in cleaned.get("outlet") or ()},
        "kind": dict(filterset.filters["kind"].extra["choices"]),
        "status": dict(STATUS_CHOICES),
    }
    found = []
    for key in ("q", "speaker", "conflict", "kind", "outlet", "country", "status"):
        if key in fixed:
            continue
        for value in query.getlist(key):
            remaining = query.copy()
            remaining.setlist(key, [v for v in query.getlist(key) if v != value])
            shown = names.get(key, {}).get(value, value)
            found.append(ActiveFilter(filterset.filters[key].label, shown, with_query(base_url, remaining)))
    after, before = cleaned.get("date_after"), cleaned.get("date_before")
    if period_of(after, before):
        found.append(ActiveFilter("Said in", describe_period(after, before), with_query(base_url, with_period(query, None, None))))
    else:
        for key in ("date_after", "date_before"):
            if key in query:
                remaining = query.copy()
                del remaining[key]
                found.append(ActiveFilter(filterset.filters[key].label, query[key], with_query(base_url, remaining)))
    return found


def web_url(url: str) -> str | None:
    """`url` if it is safe to render as a link (http or https only: no javascript: or data: URLs)."""
    return url if url.lower().startswith(("http://", "https://")) else None


def roles_held_on(speaker, day):
    """The speaker's roles on `day` (all of them when the day is unknown): the role as quoted, not today's."""
    roles = speaker.roles.all()
    if day is None:
        return roles
    return roles.filter(Q(started_on__isnull=True) | Q(started_on__lte=day)).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=day)
    )


def other_reports(statement: Statement) -> list[Statement]:
    """The same quote (same fingerprint) as other articles report it, earliest article first."""
    return list(
        Statement.objects.public().for_listing()
        .filter(fingerprint=statement.fingerprint).exclude(article_id=statement.article_id)
        .order_by("article__published_on", "id")
    )


def syndication_group(article) -> list[tuple]:
    """The other articles of `article`'s syndication group (statements.ingest.syndication), each with its
    page's URL when it is safe to link: what "Also reported by" lists."""
    return [(other, web_url(other.url)) for other in Article.objects.group_of(article)]
