"""The statement list, its feed, and saved searches (each with a feed of its own)."""

from __future__ import annotations

from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from statements.research.exports import error_response
from statements.research.filters import SORT_CHOICES
from statements.research.feeds import ENTRIES, atom_feed, feed_params
from statements.research.listing import build_listing
from statements.models import SavedSearch
from statements.research.saved import SaveSearchForm, save_search as store_search, saved_params
from statements.research.views.responses import canonical_redirect, list_page


def statement_list(request):
    return canonical_redirect(request) or list_page(
        request, "statements/statement_list.html", context={"sorts": SORT_CHOICES}
    )


def statement_feed(request):
    return canonical_redirect(request) or _feed(request, request.GET, title=None)


@require_POST
def save_search(request):
    form = SaveSearchForm(request.POST)
    if not form.is_valid():
        return render(request, "statements/save_search.html", {"form": form}, status=400)
    search = store_search(form.cleaned_data["name"], form.cleaned_data["query"])
    return redirect(search.get_absolute_url(), permanent=False)


def saved_search(request, key: str):
    search = get_object_or_404(SavedSearch, key=key)
    context = {"search": search, "list_url": _list_url(search.query_string)}
    return list_page(
        request, "statements/saved_search.html", params=saved_params(search, request.GET), context=context,
        json_head={"saved_search": {"key": search.key, "name": search.name}}, filename=f"saved-search-{search.key}",
    )


def saved_search_feed(request, key: str):
    search = get_object_or_404(SavedSearch, key=key)
    return _feed(request, QueryDict(search.query_string.lstrip("?")), title=search.name, page_url=search.get_absolute_url())


def _feed(request, params: QueryDict, *, title: str | None, page_url: str | None = None):
    listing = build_listing(feed_params(params), page_size=ENTRIES, with_facets=False)
    if listing.errors:
        return error_response(listing.errors, "text")
    page_url = page_url or _list_url(listing.query_string)
    return atom_feed(request, listing, title=title or listing.description, page_url=page_url)


def _list_url(query_string: str) -> str:
    query = query_string.lstrip("?")
    return reverse("statement-list") + (f"?{query}" if query else "")
