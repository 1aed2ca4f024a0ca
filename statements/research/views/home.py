"""The front page and the search syntax help."""

from __future__ import annotations

from django.shortcuts import render

from statements.models import Statement
from statements.research.overview import archive_overview


def home(request):
    overview = archive_overview()
    latest = Statement.objects.filter(pk__in=overview["latest"]).for_listing().newest_first()
    return render(request, "statements/home.html", {**overview, "latest": latest})


def search_help(request):
    return render(request, "statements/search_help.html")
