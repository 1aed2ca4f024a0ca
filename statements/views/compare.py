"""Speakers side by side."""

from __future__ import annotations

from django.db.models import Count, Q
from django.shortcuts import render

from statements.compare import FORM_SPEAKERS, compare_speakers
from statements.models import ReviewStatus, Speaker
from statements.views.responses import canonical_redirect

CHOICES = 500


def compare(request):
    if moved := canonical_redirect(request, keep_order=True):
        return moved
    comparison = compare_speakers(request.GET)
    public = Q(statements__status__in=[s for s in ReviewStatus.values if s != ReviewStatus.REJECTED])
    choices = (
        Speaker.objects.annotate(n=Count("statements", filter=public)).filter(n__gt=0)
        .order_by("-n", "name").values_list("slug", "name")[:CHOICES]
    )
    context = {
        "comparison": comparison,
        "choices": sorted(choices, key=lambda choice: choice[1].casefold()),
        "selects": (comparison.slugs + [""] * FORM_SPEAKERS)[:FORM_SPEAKERS],
    }
    return render(request, "statements/compare.html", context, status=comparison.status)
