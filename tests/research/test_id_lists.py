"""pk__among: a search's matches sent to the database as one value, on SQLite and PostgreSQL alike."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from statements.models import Statement
from tests.factories import make_article, make_speaker, make_statement

pytestmark = pytest.mark.django_db


def test_among_keeps_exactly_the_listed_rows_with_their_joins():
    article = make_article(body=" ".join(f"Statement {n}." for n in range(6)))
    speaker = make_speaker(name="Maria Zakharova")
    rows = [make_statement(text=f"Statement {n}.", article=article, speaker=speaker) for n in range(6)]
    wanted = [rows[4].pk, rows[1].pk, rows[2].pk, 10**9]  # any order, an id that does not exist

    found = Statement.objects.for_listing().filter(pk__among=wanted).order_by("id")

    assert [s.pk for s in found] == sorted([rows[1].pk, rows[2].pk, rows[4].pk])
    assert {s.speaker.name for s in found} == {"Maria Zakharova"}
    assert Statement.objects.exclude(pk__among=wanted).count() == 3


def test_an_empty_list_matches_nothing_without_a_query():
    make_statement(text="Anything.")
    with CaptureQueriesContext(connection) as queries:
        assert list(Statement.objects.filter(pk__among=[])) == []
    assert len(queries) == 0


def test_many_ids_are_one_parameter():
    statement = make_statement(text="The one that exists.")
    ids = list(range(10**6, 10**6 + 20_000)) + [statement.pk]
    sent = []

    def record(execute, sql, params, many, context):
        sent.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert list(Statement.objects.filter(pk__among=ids).values_list("pk", flat=True)) == [statement.pk]
    sql, params = sent[-1]
    assert len(params) == 1  # not one placeholder per id
    assert ("json_each" in sql) if connection.vendor == "sqlite" else ("ANY(" in sql)
