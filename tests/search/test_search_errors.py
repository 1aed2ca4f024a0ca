"""Queries the archive refuses, each with a message that says what to change."""

import pytest

from statements.search import QueryError, highlight, search_ids, whoosh_backend
from tests.search.support import index_now, make_statement, only_on

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("*", "everything"),
        ("speaker:*", "everything"),
        ("*ation", "cannot start with a wildcard"),
        ("?eace", "cannot start with a wildcard"),
        ("d*", "at least 2 letters"),
        ("zakharova~3", "at most 2 edits"),
        ("ab~", "at least 3 letters"),
        (">~", "~"),
        ("[a to z]", "Ranges work on dates only"),
        ("date:garbage", "not a date"),
        ("date:[soon to later]", "not a date range"),
        ("date:2023-13", "not a date"),
        ("date:ab*", "date"),  # a wildcard on the date field crashed Whoosh's reader (found by fuzzing)
        ("date:}ab*", "date"),
        ("x" * 501, "too long"),
        ("(" * 1000 + "peace" + ")" * 1000, "too long"),
        ("(" * 9 + "peace" + ")" * 9, "nests brackets too deeply"),
        (" ".join(f"word{i}" for i in range(40)), "too many words"),
    ],
)
def test_it_refuses_queries_it_cannot_understand_or_afford(query, message):
    make_statement("Peace is possible.")
    index_now()
    with pytest.raises(QueryError, match=message):
        search_ids(query)


def test_it_refuses_a_thousand_nested_brackets_within_the_length_limit():
    with pytest.raises(QueryError, match="nests brackets too deeply"):
        search_ids("(" * 240 + "peace" + ")" * 240)


def test_it_refuses_the_same_queries_when_highlighting():
    statement = make_statement("Peace is possible.")
    with pytest.raises(QueryError):
        highlight("*ation", [statement])


def test_quoted_brackets_do_not_count_as_nesting():
    statement = make_statement("Peace (((now))) please.")
    index_now()
    assert search_ids('"peace ((((((((( now"') == [statement.pk]


def test_it_reports_a_search_that_runs_out_of_time(monkeypatch, search_backend):
    only_on(search_backend, "whoosh", "postgres", reason="Tantivy cannot stop a running search; costly queries "
            "are refused before they run, and benchmarks/search.py records the slowest")
    for n in range(30):
        make_statement(f"Security talks number {n}.")
    index_now()
    if search_backend == "postgres":
        from statements.search import postgres_backend

        # A statement that outlasts the budget stands in for an expensive search.
        monkeypatch.setattr(postgres_backend, "SEARCH_TIME_LIMIT_MS", 10)
        monkeypatch.setattr(postgres_backend, "_page_ids", lambda budget, *args: budget.execute("SELECT pg_sleep(1)", []))
    else:
        monkeypatch.setattr(whoosh_backend, "SEARCH_TIME_LIMIT", 0.0)
    with pytest.raises(QueryError, match="took too long"):
        search_ids("security")


def test_query_errors_are_value_errors_with_a_plain_message():
    with pytest.raises(ValueError) as caught:
        search_ids("*")
    assert str(caught.value).startswith("A search for everything")
