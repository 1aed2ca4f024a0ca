"""Statements as rows for CSV and JSON, streamed: an export of 100,000 statements never sits in memory.

Rows are read as plain values (`.values_list()` with the speaker, article and outlet joined in the same
query), in chunks: `.iterator(chunk_size=...)` for a date-sorted list, slices of the id list for a ranked
search. Each chunk's conflicts come from one query, and each chunk is written as one piece of the
response (a CSV writer onto one reused buffer), so the cost per row is a tuple and a dict, not model
instances. CSV has a header row; JSON is one object whose last key, "statements", is an array written
chunk by chunk, so it parses as one document.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from operator import itemgetter

from django.db import connection
from django.db.models import QuerySet
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse

from statements.models import Conflict, Speaker, Statement

CHUNK_SIZE = 2000

COLUMNS = [
    "id", "url", "said_on", "speaker", "speaker_slug", "speaker_mention", "kind", "cue", "text",
    "conflicts", "article_id", "article_title", "article_url", "source_url", "outlet", "outlet_slug",
    "published_on", "start", "end", "fingerprint",
]
# What one query reads per statement, in this order (see _record).
VALUES = (
    "id", "said_on", "speaker__name", "speaker__slug", "speaker_mention", "kind", "cue", "text",
    "article_id", "article__title", "article__url", "article__outlet__name", "article__outlet__slug",
    "article__published_on", "start", "end", "fingerprint",
)
# A spreadsheet runs a cell starting with one of these as a formula ("=HYPERLINK(...)" in a quote).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
_csv_values = itemgetter(*COLUMNS)

Absolute = Callable[[str], str]  # path -> absolute URL (request.build_absolute_uri)

_SENTINEL = 9876543210


def _url_of(url_name: str, absolute: Absolute) -> Callable[[int], str]:
    """pk -> absolute URL of `url_name`, reversed and made absolute once, not twice per exported row."""
    head, tail = reverse(url_name, args=[_SENTINEL]).split(str(_SENTINEL))
    head = absolute(head)
    return lambda pk: f"{head}{pk}{tail}"


def _chunks_of(rows: QuerySet | list[int], chunk_size: int) -> Iterator[list[tuple]]:
    """The statements of a list in its order as tuples of VALUES, `chunk_size` at a time."""
    if isinstance(rows, list):
        for start in range(0, len(rows), chunk_size):
            ids = rows[start : start + chunk_size]
            by_id = {values[0]: values for values in Statement.objects.filter(pk__among=ids).values_list(*VALUES)}
            yield [by_id[pk] for pk in ids if pk in by_id]
        return
    values = rows.values_list(*VALUES).iterator(chunk_size=chunk_size)
    while chunk := list(islice(values, chunk_size)):
        yield chunk


def _conflicts_of(ids: list[int]) -> dict[int, list[str]]:
    """Conflict slugs per statement id, in the conflicts' own order (by name): one query per chunk.

    Plain SQL: the ORM prepares each of the chunk's 2,000 ids as a lookup value, which took half the
    time of the query itself.
    """
    if not ids:
        return {}
    tags, conflicts = Statement.conflicts.through._meta.db_table, Conflict._meta.db_table
    quote = connection.ops.quote_name
    sql = (
        f"SELECT t.statement_id, c.slug FROM {quote(tags)} t JOIN {quote(conflicts)} c ON c.id = t.conflict_id "
        f"WHERE t.statement_id IN ({', '.join(['%s'] * len(ids))}) ORDER BY c.name, c.id"
    )
    found: dict[int, list[str]] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [int(pk) for pk in ids])
        for statement_id, slug in cursor.fetchall():
            found.setdefault(statement_id, []).append(slug)
    return found


def _record(values: tuple, conflicts: list[str], statement_url, article_url) -> dict:
    (pk, said_on, speaker, speaker_slug, mention, kind, cue, text, article_id, title, source_url,
     outlet, outlet_slug, published_on, start, end, fingerprint) = values
    return {
        "id": pk,
        "url": statement_url(pk),
        "said_on": said_on.isoformat() if said_on else None,
        "speaker": speaker,
        "speaker_slug": speaker_slug,
        "speaker_mention": mention,
        "kind": kind,
        "cue": cue,
        "text": text,
        "conflicts": conflicts,
        "article_id": article_id,
        "article_title": title,
        "article_url": article_url(article_id),
        "source_url": source_url or None,
        "outlet": outlet,
        "outlet_slug": outlet_slug,
        "published_on": published_on.isoformat() if published_on else None,
        "start": start,
        "end": end,
        "fingerprint": fingerprint,
    }


def record_chunks(rows: QuerySet | list[int], absolute: Absolute, chunk_size: int = CHUNK_SIZE) -> Iterator[list[dict]]:
    """Every statement of a list, in its order, as plain data (what a CSV row and a JSON statement hold),
    `chunk_size` at a time."""
    statement_url, article_url = _url_of("statement-detail", absolute), _url_of("article-detail", absolute)
    for chunk in _chunks_of(rows, chunk_size):
        conflicts = _conflicts_of([values[0] for values in chunk])
        yield [_record(values, conflicts.get(values[0], []), statement_url, article_url) for values in chunk]


def statement_records(ids: list[int], absolute: Absolute) -> list[dict]:
    """The records of a few statements, in the order of `ids`."""
    return [record for chunk in record_chunks(ids, absolute) for record in chunk]


def csv_cell(value):
    """A value as the csv writer should get it: text a spreadsheet would run as a formula gets a leading '."""
    if type(value) is list:
        value = "; ".join(value)
    elif type(value) is not str:
        return value  # None is written as an empty cell, a number as its digits: neither starts a formula
    return "'" + value if value[:1] in _FORMULA_FIRST else value


def csv_chunks(chunks: Iterable[list[dict]]) -> Iterator[str]:
    """The header, then one string per chunk of records: every row of it written onto one reused buffer."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for chunk in chunks:
        writer.writerows([csv_cell(value) for value in _csv_values(record)] for record in chunk)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():  # no rows at all: the header alone
        yield buffer.getvalue()


def json_chunks(head: dict, chunks: Iterable[list[dict]]) -> Iterator[str]:
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    separator = "\n"
    pieces = [opening + (", " if head else "") + '"statements": [']
    for chunk in chunks:
        for record in chunk:
            pieces.append(separator + json.dumps(record, ensure_ascii=False))
            separator = ",\n"
        yield "".join(pieces)
        pieces = []
    pieces.append("\n]}\n")
    yield "".join(pieces)


def _started(chunks: Iterator[list[dict]]) -> Iterator[list[dict]]:
    """`chunks` with its first chunk already read: a failing query fails in the view, before any byte is
    sent, instead of cutting a file short after a 200."""
    first = next(chunks, None)
    return chunks if first is None else chain([first], chunks)


def csv_response(rows: QuerySet | list[int], absolute: Absolute, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        csv_chunks(_started(record_chunks(rows, absolute))), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def json_response(head: dict, rows: QuerySet | list[int], absolute: Absolute) -> StreamingHttpResponse:
    return StreamingHttpResponse(
        json_chunks(head, _started(record_chunks(rows, absolute))), content_type="application/json; charset=utf-8"
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


COMPARE_COLUMNS = ["speaker_slug", "speaker", "month", "statements"]


def comparison_data(comparison, absolute: Absolute) -> dict:
    """What the compare page shows, as data: per speaker the count, the statements per month (undated
    ones counted apart), the list URL and the latest statements."""
    latest = statement_records([s.pk for column in comparison.columns for s in column.latest], absolute)
    by_id = {record["id"]: record for record in latest}
    return {
        "description": comparison.description,
        "query": comparison.query.urlencode(),
        "speakers": [
            {
                "slug": column.speaker.slug,
                "name": column.speaker.name,
                "url": absolute(column.speaker.get_absolute_url()),
                "count": column.count,
                "undated": column.undated,
                "list_url": absolute(column.list_url),
                "months": [{"month": month.strftime("%Y-%m"), "count": n} for month, n in column.months],
                "latest": [by_id[s.pk] for s in column.latest if s.pk in by_id],
            }
            for column in comparison.columns
        ],
    }


def comparison_csv_response(comparison, filename: str) -> HttpResponse:
    """The compare page's charts as a table: one row per speaker and month (an empty month for the
    statements without a date), so each speaker's rows add up to the count the page shows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COMPARE_COLUMNS)
    for column in comparison.columns:
        speaker = [csv_cell(column.speaker.slug), csv_cell(column.speaker.name)]
        writer.writerows([*speaker, month.strftime("%Y-%m"), n] for month, n in column.months)
        if column.undated:
            writer.writerow([*speaker, "", column.undated])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response
