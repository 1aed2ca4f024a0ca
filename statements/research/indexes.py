"""The index pages' filters (/speakers/, /outlets/, /conflicts/, /articles/): each a form that reads the
query, so that a bad value is a message on the page and never a 500, and one pager for them all.
What each filter selects is the models' querysets' (statements.models: for_index, narrowed)."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.http import QueryDict

from statements.models import Outlet, Speaker, SpeakerKind, Statement
from statements.research.plans import public_counts

SPEAKERS_PER_PAGE = 100
ARTICLES_PER_PAGE = 50


class SpeakerIndexForm(forms.Form):
    name = forms.CharField(required=False, max_length=200, label="Name")
    letter = forms.CharField(required=False, max_length=1, label="Initial")
    country = forms.ChoiceField(required=False, label="Country")
    kind = forms.ChoiceField(required=False, choices=[("", "any kind"), *SpeakerKind.choices], label="Kind")
    role = forms.CharField(required=False, max_length=200, label="Role")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "any country")] + [(c, c) for c in Speaker.objects.countries()]


class ArticleIndexForm(forms.Form):
    title = forms.CharField(required=False, max_length=200, label="Words in the title")
    outlet = forms.ChoiceField(required=False, label="Outlet")
    published_after = forms.DateField(required=False, label="Published from")
    published_before = forms.DateField(required=False, label="to")
    undated = forms.BooleanField(required=False, label="Only undated articles")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outlet"].choices = [("", "any outlet")] + list(Outlet.objects.order_by("name").values_list("slug", "name"))


@dataclass
class IndexPage:
    form: forms.Form
    page: Page
    errors: list[str]
    query: str  # the query without its page number, for the pager's links

    def page_link(self, number: int) -> str:
        return "?" + "&".join(part for part in (self.query, f"page={number}") if part)

    @property
    def previous_link(self) -> str:
        return self.page_link(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_link(self) -> str:
        return self.page_link(self.page.next_page_number()) if self.page.has_next() else ""


def count_statements(rows: list, column: str) -> None:
    """Set `statement_count` on each of `rows` (a page's speakers or articles): their public statements,
    counted for these ids alone from the statement's index on `column`, not for every row of the table
    before the page is cut from it."""
    counts = public_counts(Statement.objects.filter(**{f"{column}__in": [row.pk for row in rows]}), column) if rows else {}
    for row in rows:
        row.statement_count = counts.get((row.pk,), 0)


def index_page(rows, params: QueryDict, form_class: type[forms.Form], per_page: int, *, counted_by: str) -> IndexPage:
    """The page asked for of `rows` narrowed by what `form_class` reads from `params` (a bad value is
    reported and left out; a page number out of range gives the last page), each row with its public
    statements counted as `statement_count` (`counted_by`: the statement's column naming the row)."""
    form = form_class(params)
    form.is_valid()
    errors = [f"{form.fields[name].label}: {' '.join(messages)}" for name, messages in form.errors.items()]
    filters = {name: value for name, value in form.cleaned_data.items() if value}
    paginator = Paginator(rows.narrowed(**filters) if filters else rows, per_page)
    try:
        page = paginator.page(params.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    page.object_list = list(page.object_list)
    count_statements(page.object_list, counted_by)
    query = params.copy()
    query.pop("page", None)
    return IndexPage(form=form, page=page, errors=errors, query=query.urlencode())
