"""One statement (with its citations) and one article."""

from __future__ import annotations

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from statements.research import citation_styles, citations
from statements.research.exports import error_response, statement_records
from statements.curation.history import public_history, removal_of, withdrawal_of
from statements.marking import mark_statements, statement_in_paragraph, statement_in_sentence
from statements.research.listing import other_reports, roles_held_on, syndication_group, web_url
from statements.research.return_to import list_to_return_to
from statements.models import Article, ReviewStatus, Statement

DETAIL_FORMATS = ("", "html", "json")


def statement_detail(request, pk: int):
    statement = Statement.objects.for_listing().filter(pk=pk).first()
    if statement is None or statement.status == ReviewStatus.REJECTED:
        return _gone(request, statement, pk)
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
        "in_sentence": statement_in_sentence(statement),
        "article_url": web_url(statement.article.url),
        "roles": roles_held_on(statement.speaker, statement.said_on) if statement.speaker else [],
        "history": public_history(statement),
        "other_reports": others,
        "syndicated": syndication_group(statement.article),
        "permalink": citation.permalink,
        "citation": citations.plain_text(citation),
        "styled_citations": citation_styles.all_styles(citation),
        "back": list_to_return_to(request.GET.get("from", "")),
    }
    return render(request, "statements/statement_detail.html", context)


def _gone(request, statement: Statement | None, pk: int) -> HttpResponse:
    """A statement no longer public: withdrawn by a curator (410, when and why), removed by re-extraction
    (its words now under another record: a permanent redirect there; else 410), or never there (404)."""
    if statement is not None:
        withdrawn = withdrawal_of(statement)
    else:
        withdrawn = removal_of(pk)
        if withdrawn is None:
            raise Http404("No statement has this number.")
        successor = Statement.objects.successor_of(withdrawn.text, withdrawn.article_id)
        if successor is not None:
            return HttpResponsePermanentRedirect(successor.get_absolute_url())
    article = Article.objects.select_related("outlet").filter(pk=withdrawn.article_id).first() if withdrawn.article_id else None
    if request.GET.get("format") == "json":
        return JsonResponse({
            "id": pk, "withdrawn": withdrawn.at.isoformat() if withdrawn.at else True, "reason": withdrawn.why,
            "article_url": request.build_absolute_uri(article.get_absolute_url()) if article else None,
        }, status=410, json_dumps_params={"ensure_ascii": False})
    context = {"pk": pk, "withdrawn": withdrawn, "rejected": statement is not None, "article": article}
    return render(request, "statements/statement_withdrawn.html", context, status=410)


def statement_citation(request, pk: int, citation_format: str):
    if citation_format not in citation_styles.CITATION_DOWNLOADS:
        raise Http404("No such citation format.")
    statement = get_object_or_404(Statement.objects.public().for_listing(), pk=pk)
    citation = citations.citation_of(statement, request.build_absolute_uri(statement.get_absolute_url()), timezone.localdate())
    write, content_type = citation_styles.CITATION_DOWNLOADS[citation_format]
    response = HttpResponse(write(citation), content_type=content_type)
    # A style's citation is text: statement-7.apa.txt opens in any editor.
    extension = citation_format if citation_format in citations.CITATION_FORMATS else f"{citation_format}.txt"
    response["Content-Disposition"] = f'attachment; filename="statement-{statement.pk}.{extension}"'
    return response


def _statement_json(request, statement: Statement, others) -> dict:
    absolute = request.build_absolute_uri
    data, *reports = statement_records([statement.pk, *(other.pk for other in others)], absolute)
    data["paragraph"] = statement.paragraph
    data["other_reports"] = reports
    data["citations"] = {
        name: absolute(statement.get_absolute_url() + f"cite.{name}") for name in citation_styles.CITATION_DOWNLOADS
    }
    return data


def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("outlet", "copy_of__outlet"), pk=pk)
    statements = list(article.statements.public().select_related("speaker").order_by("start", "end"))
    context = {
        "article": article,
        "syndicated": syndication_group(article),
        "article_url": web_url(article.url),
        "statements": statements,
        "marked_body": mark_statements(article.body, statements, href=lambda s: s.get_absolute_url()),
    }
    return render(request, "statements/article_detail.html", context)
