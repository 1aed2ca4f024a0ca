"""What every list page answers the same way: the redirect to its canonical URL, and the list itself as
HTML, CSV or JSON from one FilterSet."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, QueryDict
from django.shortcuts import render

from statements.research.canonical import non_canonical
from statements.research.exports import csv_response, error_response, json_response
from statements.research.listing import build_listing, narrow_statements

EXPORT_FORMATS = ("csv", "json")


def canonical_redirect(request: HttpRequest, **options) -> HttpResponsePermanentRedirect | None:
    """A 301 to the same page with its query in canonical form, when it is spelled otherwise."""
    if request.method != "GET":
        return None
    canonical = non_canonical(request.META.get("QUERY_STRING", ""), request.GET, **options)
    if canonical is None:
        return None
    return HttpResponsePermanentRedirect(f"{request.path}?{canonical}" if canonical else request.path)


def list_page(
    request: HttpRequest,
    template: str,
    *,
    params: QueryDict | None = None,
    context: dict | None = None,
    fixed: dict[str, str] | None = None,
    json_head: dict | None = None,
    filename: str = "statements",
) -> HttpResponse:
    """A list of statements as the page `template`, or with format=csv/json the whole list as an export.

    `params` defaults to the request's query; `fixed` holds keys the page itself decides (a speaker's slug).
    """
    params = request.GET if params is None else params
    export_format = params.get("format", "")
    if export_format in EXPORT_FORMATS:
        listing = narrow_statements(params, fixed=fixed)
        if listing.errors:
            return error_response(listing.errors, export_format)
        if export_format == "csv":
            return csv_response(listing.rows, request.build_absolute_uri, filename)
        head = {
            **(json_head or {}),
            "description": listing.description,
            "query": listing.query_string,
            "sort": listing.sort,
            "count": listing.count,
        }
        return json_response(head, listing.rows, request.build_absolute_uri)
    listing = build_listing(params, fixed=fixed)
    context = {**(context or {}), "listing": listing, "page_obj": listing.page}
    return render(request, template, context, status=listing.status)
