"""The front page and the search syntax help."""

from __future__ import annotations

from django.db.models import Count, Q
from django.shortcuts import render

from statements.models import Article, Conflict, ReviewStatus, Speaker, Statement

LATEST = 10
TOP_SPEAKERS = 10

# Counts only what the public sees: a rejected statement neither lists nor counts.
PUBLIC_STATEMENTS = Q(statements__status__in=[s for s in ReviewStatus.values if s != ReviewStatus.REJECTED])


def home(request):
    public = Statement.objects.public()
    counted = Count("statements", filter=PUBLIC_STATEMENTS, distinct=True)
    context = {
        "counts": {
            "statements": public.count(),
            "speakers": Speaker.objects.count(),
            "articles": Article.objects.count(),
            "conflicts": Conflict.objects.count(),
        },
        "conflicts": Conflict.objects.annotate(statement_count=counted),
        "top_speakers": Speaker.objects.annotate(statement_count=counted)
        .filter(statement_count__gt=0).order_by("-statement_count", "name")[:TOP_SPEAKERS],
        "latest": public.for_listing().newest_first()[:LATEST],
    }
    return render(request, "statements/home.html", context)


def search_help(request):
    return render(request, "statements/search_help.html")
