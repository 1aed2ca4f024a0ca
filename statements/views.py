"""The researcher's pages. Thin on purpose: the list rules live in listing.py and filters.py, the
reading rules in the models' querysets."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator

from statements.filters import SORT_CHOICES
from statements.history import public_history
from statements.listing import (
    PageError,
    build_listing,
    mark_statements,
    paginate,
    roles_held_on,
    statement_in_paragraph,
    web_url,
)
from statements.models import (
    Article,
    Conflict,
    ReviewStatus,
    SavedSearch,
    Speaker,
    SpeakerRedirect,
    Statement,
    StatementKind,
)

LATEST = 10
TOP_SPEAKERS = 10

# Counts only what the public sees: a rejected statement neither lists nor counts.
PUBLIC_STATEMENTS = Q(statements__status__in=[s for s in ReviewStatus.values if s != ReviewStatus.REJECTED])


def speakers_by_statement_count(statements_filter: Q = Q()):
    counted = Count("statements", filter=PUBLIC_STATEMENTS & statements_filter, distinct=True)
    return Speaker.objects.annotate(statement_count=counted).filter(statement_count__gt=0).order_by(
        "-statement_count", "name"
    )


def home(request):
    public = Statement.objects.public()
    context = {
        "counts": {
            "statements": public.count(),
            "speakers": Speaker.objects.count(),
            "articles": Article.objects.count(),
            "conflicts": Conflict.objects.count(),
        },
        "conflicts": Conflict.objects.annotate(
            statement_count=Count("statements", filter=PUBLIC_STATEMENTS, distinct=True)
        ),
        "top_speakers": speakers_by_statement_count()[:TOP_SPEAKERS],
        "latest": public.for_listing().newest_first()[:LATEST],
    }
    return render(request, "statements/home.html", context)


def statement_list(request):
    listing = build_listing(request.GET)
    context = {
        "listing": listing,
        "page_obj": listing.page,
        "kinds": StatementKind.choices,
        "sorts": SORT_CHOICES,
        "conflicts": Conflict.objects.all(),
    }
    return render(request, "statements/statement_list.html", context, status=listing.status)


def statement_feed(request):
    """Atom feed of any list URL: the first page of the same query, newest first unless sorted otherwise.
    Minimal on purpose; saved-search feeds and richer entries belong to feeds.py when it comes."""
    params = request.GET.copy()
    params.setdefault("sort", "newest")  # subscribers want what is new, not what ranks best
    listing = build_listing(params)
    if listing.errors:
        return HttpResponse("\n".join(listing.errors), status=400, content_type="text/plain; charset=utf-8")
    query = f"?{listing.query_string}" if listing.query_string else ""
    list_url = request.build_absolute_uri(reverse("statement-list") + query)
    feed = Atom1Feed(title="Statements", link=list_url, description="", feed_url=request.build_absolute_uri())
    for statement in listing.statements:
        speaker = statement.speaker.name if statement.speaker else statement.speaker_mention or "Unattributed"
        feed.add_item(
            title=f"{speaker}: {Truncator(statement.text).words(12)}",
            link=request.build_absolute_uri(statement.get_absolute_url()),
            description=statement.text,
            author_name=speaker,
            pubdate=statement.created_at,
            updateddate=statement.updated_at,
        )
    return HttpResponse(feed.writeString("utf-8"), content_type=feed.content_type)


def statement_detail(request, pk: int):
    statement = get_object_or_404(Statement.objects.public().for_listing(), pk=pk)
    context = {
        "statement": statement,
        "in_paragraph": statement_in_paragraph(statement),
        "article_url": web_url(statement.article.url),
        "roles": roles_held_on(statement.speaker, statement.said_on) if statement.speaker else [],
        "history": public_history(statement),
    }
    return render(request, "statements/statement_detail.html", context)


def speaker_detail(request, slug: str):
    speaker = Speaker.objects.filter(slug=slug).prefetch_related("aliases", "roles").first()
    if speaker is None:
        moved = SpeakerRedirect.objects.select_related("speaker").filter(old_slug=slug).first()
        if moved is None:
            raise Http404("No speaker has this slug.")
        target = moved.speaker.get_absolute_url()
        query = request.GET.urlencode()
        return redirect(f"{target}?{query}" if query else target, permanent=True)
    statements = speaker.statements.public().for_listing().newest_first()
    return _render_paginated(request, "statements/speaker_detail.html", {"speaker": speaker}, statements)


def conflict_detail(request, slug: str):
    conflict = get_object_or_404(Conflict, slug=slug)
    context = {
        "conflict": conflict,
        "latest": conflict.statements.public().for_listing().newest_first()[:LATEST],
        "top_speakers": speakers_by_statement_count(Q(statements__conflicts=conflict))[:TOP_SPEAKERS],
    }
    return render(request, "statements/conflict_detail.html", context)


def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    statements = list(article.statements.public().select_related("speaker").order_by("start", "end"))
    context = {
        "article": article,
        "article_url": web_url(article.url),
        "statements": statements,
        "marked_body": mark_statements(article.body, statements),
    }
    return render(request, "statements/article_detail.html", context)


def saved_search(request, key: str):
    search = get_object_or_404(SavedSearch, key=key)
    query = search.query_string.lstrip("?")
    target = reverse("statement-list")
    return redirect(f"{target}?{query}" if query else target)


def _render_paginated(request, template: str, context: dict, rows):
    try:
        context["page_obj"] = paginate(rows, request.GET.get("page"))
    except PageError as error:
        return render(request, template, {**context, "errors": [str(error)]}, status=400)
    return render(request, template, context)
