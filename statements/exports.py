"""Statements as rows for CSV and JSON, streamed: an export of 100,000 statements never sits in memory.

Rows are read in chunks (`.iterator(chunk_size=...)` for a date-sorted list, slices of the id list for a
ranked search) and written as they come. CSV has a header row; JSON is one object whose last key,
"statements", is an array written row by row, so it parses as one document.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator

from django.db.models import QuerySet
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse

from statements.models import Speaker, Statement

CHUNK_SIZE = 2000
UNEXPORTED = ("article__body", "article__raw_text", "paragraph")

COLUMNS = [
    "id", "url", "said_on", "speaker", "speaker_slug", "speaker_mention", "kind", "cue", "text",
    "conflicts", "article_id", "article_title", "article_url", "source_url", "outlet", "outlet_slug",
    "published_on", "start", "end", "fingerprint",
]
# A spreadsheet runs a cell starting with one of these as a formula ("=HYPERLINK(...)" in a quote).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Absolute = Callable[[str], str]  # path -> absolute URL (request.build_absolute_uri)


_SENTINEL = 9876543210


def _path_of(url_name: str):
    """pk -> path of `url_name`, reversed once: an export of 100,000 rows would otherwise reverse
    two URLs per row, a fifth of its time."""
    head, tail = reverse(url_name, args=[_SENTINEL]).split(str(_SENTINEL))
    return lambda pk: f"{head}{pk}{tail}"


def statement_row(statement: Statement, absolute: Absolute, paths: tuple | None = None) -> dict:
    """A statement as plain data: what the CSV columns and a JSON statement hold."""
    article, speaker = statement.article, statement.speaker
    outlet = article.outlet
    statement_path, article_path = paths or (_path_of("statement-detail"), _path_of("article-detail"))
    return {
        "id": statement.pk,
        "url": absolute(statement_path(statement.pk)),
        "said_on": statement.said_on.isoformat() if statement.said_on else None,
        "speaker": speaker.name if speaker else None,
        "speaker_slug": speaker.slug if speaker else None,
        "speaker_mention": statement.speaker_mention,
        "kind": statement.kind,
        "cue": statement.cue,
        "text": statement.text,
        "conflicts": [conflict.slug for conflict in statement.conflicts.all()],
        "article_id": article.pk,
        "article_title": article.title,
        "article_url": absolute(article_path(article.pk)),
        "source_url": article.url or None,
        "outlet": outlet.name if outlet else None,
        "outlet_slug": outlet.slug if outlet else None,
        "published_on": article.published_on.isoformat() if article.published_on else None,
        "start": statement.start,
        "end": statement.end,
        "fingerprint": statement.fingerprint,
    }


def iter_statements(rows: QuerySet | list[int], chunk_size: int = CHUNK_SIZE) -> Iterator[Statement]:
    """Every statement of a list in its order, loaded `chunk_size` at a time."""
    if isinstance(rows, list):
        for start in range(0, len(rows), chunk_size):
            ids = rows[start : start + chunk_size]
            by_id = Statement.objects.for_listing().defer(*UNEXPORTED).in_bulk(ids)
            yield from (by_id[pk] for pk in ids if pk in by_id)
        return
    # The article's text is not exported and is by far the largest column read.
    yield from rows.for_listing().defer(*UNEXPORTED).iterator(chunk_size=chunk_size)


class _Echo:
    """A file-like object for csv.writer that hands each written line back instead of storing it."""

    def write(self, value: str) -> str:
        return value


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(value)
    value = str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_lines(statements: Iterable[Statement], absolute: Absolute) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    paths = (_path_of("statement-detail"), _path_of("article-detail"))
    for statement in statements:
        row = statement_row(statement, absolute, paths)
        yield writer.writerow([csv_cell(row[column]) for column in COLUMNS])


def json_chunks(head: dict, statements: Iterable[Statement], absolute: Absolute) -> Iterator[str]:
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    yield opening + (", " if head else "") + '"statements": ['
    separator = "\n"
    paths = (_path_of("statement-detail"), _path_of("article-detail"))
    for statement in statements:
        yield separator + json.dumps(statement_row(statement, absolute, paths), ensure_ascii=False)
        separator = ",\n"
    yield "\n]}\n"


def csv_response(rows: QuerySet | list[int], absolute: Absolute, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(iter_statements(rows), absolute), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def json_response(head: dict, rows: QuerySet | list[int], absolute: Absolute) -> StreamingHttpResponse:
    return StreamingHttpResponse(
        json_chunks(head, iter_statements(rows), absolute), content_type="application/json; charset=utf-8"
    )


def error_response(errors: list[str], export_format: str) -> HttpResponse:
    """HTTP 400 in the format asked for: a JSON body for JSON clients, plain text otherwise."""
    if export_format == "json":
        return JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    return HttpResponse("\n".join(errors) + "\n", status=400, content_type="text/plain; charset=utf-8")


def speaker_data(speaker: Speaker, absolute: Absolute) -> dict:
    return {
        "slug": speaker.slug,
        "name": speaker.name,
        "url": absolute(speaker.get_absolute_url()),
        "kind": speaker.kind,
        "country": speaker.country,
        "description": speaker.description,
        "aliases": [alias.name for alias in speaker.aliases.all()],
        "roles": [
            {
                "title": role.title,
                "started_on": role.started_on.isoformat() if role.started_on else None,
                "ended_on": role.ended_on.isoformat() if role.ended_on else None,
            }
            for role in speaker.roles.all()
        ],
    }


def conflict_data(conflict, absolute: Absolute) -> dict:
    parent = conflict.parent
    return {
        "slug": conflict.slug,
        "name": conflict.name,
        "url": absolute(conflict.get_absolute_url()),
        "parent": parent.slug if parent else None,
        "description": conflict.description,
        "keywords": conflict.keyword_list(),
        "places": conflict.place_list(),
    }


def facet_data(facets) -> dict:
    return {facet.key: [{"value": v.value, "label": v.label, "count": v.count} for v in facet.values] for facet in facets}
