"""What the researcher pages show: a filtered, searched, paginated list of statements, and statements
marked in the text of their article.

`build_listing` is the whole list page minus HTML, so the views stay thin and every rule about
invalid input lives here: a bad value gives a message and no list (HTTP 400), never an exception
and never the unfiltered list in its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Q
from django.http import QueryDict
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from statements.filters import MAX_SEARCH_RESULTS, StatementFilter
from statements.models import Statement
from statements.search import QueryError, highlight

QUERY_KEYS = {"q", "speaker", "conflict", "kind", "outlet", "country", "date_after", "date_before", "sort"}
PAGE_KEYS = {"page", "format"}
HTML_FORMATS = {"", "html"}


class PageError(ValueError):
    """The requested page number is not a page of this list; the message says which pages exist."""


@dataclass
class ActiveFilter:
    label: str
    value: str
    remove_url: str  # the same list without this one value


@dataclass
class Listing:
    filterset: StatementFilter
    page: Page | None = None  # its object_list holds Statement rows, whatever the sort
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    active_filters: list[ActiveFilter] = field(default_factory=list)
    query_string: str = ""  # the query without page/format: what a feed or saved search of this list keeps
    selected: dict[str, list[str]] = field(default_factory=dict)  # submitted values, to refill the form

    @property
    def status(self) -> int:
        return 400 if self.errors else 200

    @property
    def statements(self) -> list[Statement]:
        return list(self.page.object_list) if self.page else []

    @property
    def sort(self) -> str:
        return "" if self.errors else self.filterset.sort_order


def build_listing(params: QueryDict, *, page_size: int | None = None) -> Listing:
    filterset = StatementFilter(params)
    listing = Listing(
        filterset=filterset,
        query_string=_without(params, PAGE_KEYS).urlencode(),
        selected={key: params.getlist(key) for key in QUERY_KEYS},
    )
    unknown = sorted(set(params) - QUERY_KEYS - PAGE_KEYS)
    if unknown:
        listing.notices.append(f"Ignored unknown parameter(s): {', '.join(unknown)}.")
    requested_format = params.get("format", "")
    if requested_format not in HTML_FORMATS:
        listing.errors.append(f"format={requested_format} is not available; this page is HTML only for now.")
    if not filterset.is_valid():
        listing.errors.extend(form_error_messages(filterset.form))
    if listing.errors:
        return listing
    listing.active_filters = active_filters(filterset, params)
    try:
        rows = _ordered_rows(filterset)
    except QueryError as error:
        listing.errors.append(f"The search could not be run: {error}")
        return listing
    if filterset.ranked_ids is not None and len(filterset.ranked_ids) >= MAX_SEARCH_RESULTS:
        listing.notices.append(
            f"Only the first {MAX_SEARCH_RESULTS:,} matches of the search are listed; "
            "add words or filters to narrow it."
        )
    try:
        listing.page = paginate(rows, params.get("page"), page_size=page_size)
    except PageError as error:
        listing.errors.append(str(error))
        return listing
    listing.page.object_list = _statements_of(listing.page)
    query = filterset.form.cleaned_data.get("q")
    if query and listing.statements:
        snippets = highlight(query, listing.statements)
        for statement in listing.statements:
            statement.snippet = snippets.get(statement.pk)
    return listing


def _ordered_rows(filterset: StatementFilter):
    """A queryset in date order, or for a relevance-ranked search the list of matching ids in rank order."""
    queryset = filterset.qs  # runs the search, so a QueryError surfaces here
    if filterset.ranked_ids is None or filterset.sort_order != "relevance":
        return queryset.for_listing()
    kept = set(queryset.order_by().values_list("pk", flat=True))
    return [pk for pk in filterset.ranked_ids if pk in kept]


def _statements_of(page: Page) -> list[Statement]:
    rows = list(page.object_list)
    if not rows or isinstance(rows[0], Statement):
        return rows
    by_id = Statement.objects.for_listing().in_bulk(rows)
    return [by_id[pk] for pk in rows if pk in by_id]


def paginate(rows, page_param: str | None, *, page_size: int | None = None) -> Page:
    """The requested page of `rows`; PageError with a readable message for page=abc or a page past the end."""
    paginator = Paginator(rows, page_size or settings.ARCHIVE_PAGE_SIZE)
    if page_param in (None, ""):
        return paginator.page(1)
    try:
        number = int(page_param)
    except ValueError:
        raise PageError(f"page={page_param} is not a page number; use a whole number such as 2.") from None
    if number < 1 or number > paginator.num_pages:
        pages = "1 page" if paginator.num_pages == 1 else f"pages 1 to {paginator.num_pages}"
        raise PageError(f"There is no page {number}: this list has {pages}.")
    return paginator.page(number)


def form_error_messages(form) -> list[str]:
    messages = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        for message in errors:
            messages.append(f"{label}: {message}" if label else message)
    return messages


def active_filters(filterset: StatementFilter, params: QueryDict) -> list[ActiveFilter]:
    """Each filter value in effect, named for people, with a link that removes just that value."""
    cleaned = filterset.form.cleaned_data
    names = {
        "speaker": {s.slug: s.name for s in cleaned.get("speaker") or ()},
        "conflict": {c.slug: c.name for c in cleaned.get("conflict") or ()},
        "outlet": {o.slug: o.name for o in cleaned.get("outlet") or ()},
    }
    found = []
    for key in ["q", "speaker", "conflict", "kind", "outlet", "country", "date_after", "date_before"]:
        for value in params.getlist(key):
            if not value.strip():
                continue
            remaining = _without(params, {"page"})
            remaining.setlist(key, [v for v in params.getlist(key) if v != value])
            label = filterset.filters[key].label
            shown = names.get(key, {}).get(value, value)
            found.append(ActiveFilter(label=label, value=shown, remove_url="?" + remaining.urlencode()))
    return found


def _without(params: QueryDict, keys: set[str]) -> QueryDict:
    copy = params.copy()
    for key in keys:
        copy.pop(key, None)
    return copy


def mark_statements(body: str, statements) -> SafeString:
    """The article body, escaped, with each statement wrapped in <mark> linking to its page.

    A span that overlaps an earlier one, or whose offsets no longer fit the body, is left unmarked;
    it is still listed under the article.
    """
    parts, position = [], 0
    for statement in sorted(statements, key=lambda s: (s.start, s.end)):
        if statement.start < position or statement.end > len(body):
            continue
        parts.append(escape(body[position : statement.start]))
        parts.append(
            format_html(
                '<mark id="s{}"><a href="{}">{}</a></mark>',
                statement.pk,
                statement.get_absolute_url(),
                body[statement.start : statement.end],
            )
        )
        position = statement.end
    parts.append(escape(body[position:]))
    return mark_safe("".join(parts))  # every piece above is escaped or built by format_html


def statement_in_paragraph(statement: Statement) -> SafeString | None:
    """The paragraph of the article body holding the statement, with the statement in <mark>."""
    body, start, end = statement.article.body, statement.start, statement.end
    if not 0 <= start < end <= len(body):
        return None
    paragraph_start = body.rfind("\n", 0, start) + 1
    paragraph_end = body.find("\n", end)
    if paragraph_end == -1:
        paragraph_end = len(body)
    return format_html(
        "{}<mark>{}</mark>{}", body[paragraph_start:start], body[start:end], body[end:paragraph_end]
    )


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
