"""The archive's indexes: every speaker A to Z, every conflict, outlet and article, each with its count
of public statements. Filters are the models' querysets' (statements.models), read by research/indexes.py."""

from __future__ import annotations

import string

from django.shortcuts import render

from statements.models import Article, Conflict, Outlet, Speaker
from statements.research.indexes import (
    ARTICLES_PER_PAGE, SPEAKERS_PER_PAGE, ArticleIndexForm, SpeakerIndexForm, index_page,
)


def speaker_index(request):
    index = index_page(
        Speaker.objects.for_index(), request.GET, SpeakerIndexForm, SPEAKERS_PER_PAGE, counted_by="speaker_id"
    )
    return render(request, "statements/speaker_index.html", {"index": index, "letters": string.ascii_uppercase})


def conflict_index(request):
    return render(request, "statements/conflict_index.html", {"conflicts": Conflict.objects.for_index()})


def outlet_index(request):
    return render(request, "statements/outlet_index.html", {"outlets": Outlet.objects.for_index()})


def article_index(request):
    index = index_page(
        Article.objects.for_index(), request.GET, ArticleIndexForm, ARTICLES_PER_PAGE, counted_by="article_id"
    )
    return render(request, "statements/article_index.html", {"index": index})
