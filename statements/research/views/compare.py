"""Speakers side by side, as a page or (format=csv/json) as data."""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import render

from statements.research.compare import FORM_SPEAKERS, MIN_SPEAKERS, compare_speakers
from statements.research.exports import comparison_csv_response, comparison_data, error_response
from statements.research.overview import most_quoted_speakers
from statements.research.views.responses import EXPORT_FORMATS, canonical_redirect

CHOICES = 500


def compare(request):
    if moved := canonical_redirect(request, keep_order=True):
        return moved
    comparison = compare_speakers(request.GET)
    export_format = request.GET.get("format", "")
    if export_format:
        return _export(request, comparison, export_format)
    choices = [(speaker["slug"], speaker["name"]) for speaker in most_quoted_speakers(CHOICES)]
    context = {
        "comparison": comparison,
        "choices": sorted(choices, key=lambda choice: choice[1].casefold()),
        "selects": (comparison.slugs + [""] * FORM_SPEAKERS)[:FORM_SPEAKERS],
    }
    return render(request, "statements/compare.html", context, status=comparison.status)


def _export(request, comparison, export_format: str):
    if export_format not in EXPORT_FORMATS:
        return error_response([f"format={export_format} is not available; use format=csv or format=json."], "text")
    if comparison.errors:
        return error_response(comparison.errors, export_format)
    if not comparison.columns:
        return error_response([f"Choose at least {MIN_SPEAKERS} speakers: speaker=…&speaker=…."], export_format)
    if export_format == "csv":
        return comparison_csv_response(comparison, "compare-" + "-".join(comparison.slugs))
    return JsonResponse(comparison_data(comparison, request.build_absolute_uri), json_dumps_params={"ensure_ascii": False})
