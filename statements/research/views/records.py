"""One statement (with its citations) and one article."""

from __future__ import annotations

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from statements.research import citations
from statements.research.exports import error_response, statement_records
from statements.curation.history import public_history
from statements.marking import mark_statements, statement_in_paragraph
from statements.research.listing import other_reports, roles_held_on, web_url
from statements.models import Article, Statement

DETAIL_FORMATS = ("", "html", "json")


def statement_detail(request, pk: int):
    statement = get_object_or_404(Statement.objects.public().for_listing(), pk=pk)
    requested = request.GET.get("format", "")
    if requested not in DETAIL_FORMATS:
        return error_response([f"format={requested} is not available here; use format=json."], "text")
    others = other_reports(statement)
    if requested == "json":
        return JsonResponse(_statement_json(request, statement, others), json_dumps_params={"ensure_ascii": False})
    citation = citations.citation_of(statement, request.build_absolute_uri(statement.get_absolute_url()), timezone.localdate())
    context = {
        "statement": statement,
        "in_paragraph": statement_in_paragraph(statement),
        "article_url": web_url(statement.article.url),
        "roles": roles_held_on(statement.speaker, statement.said_on) if statement.speaker else [],
        "history": public_history(statement),
        "other_reports": others,
        "permalink": citation.permalink,
        "citation": citations.plain_text(citation),
    }
    return render(request, "statements/statement_detail.html", context)


def statement_citation(request, pk: int, citation_format: str):
    if citation_format not in citations.CITATION_FORMATS:
        raise Http404("No such citation format.")
    statement = get_object_or_404(Statement.objects.public().for_listing(), pk=pk)
    citation = citations.citation_of(statement, request.build_absolute_uri(statement.get_absolute_url()), timezone.localdate())
    write, content_type = citations.CITATION_FORMATS[citation_format]
    response = HttpResponse(write(citation), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="statement-{statement.pk}.{citation_format}"'
    return response


def _statement_json(request, statement: Statement, others) -> dict:
    absolute = request.build_absolute_uri
    data, *reports = statement_records([statement.pk, *(other.pk for other in others)], absolute)
    data["paragraph"] = statement.paragraph
    data["other_reports"] = reports
    data["citations"] = {
        name: absolute(statement.get_absolute_url() + f"cite.{name}") for name in citations.CITATION_FORMATS
    }
    return data


def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    statements = list(article.statements.public().select_related("speaker").order_by("start", "end"))
    context = {
        "article": article,
        "article_url": web_url(article.url),
        "statements": statements,
        "marked_body": mark_statements(article.body, statements, href=lambda s: s.get_absolute_url()),
    }
    return render(request, "statements/article_detail.html", context)
