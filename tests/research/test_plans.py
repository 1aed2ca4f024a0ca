"""Query plans (statements.research.plans): each plan writes a list's filters its own way, and keeps
the same rows. Query-shape and EXPLAIN checks of the tricks tests/research/test_list_queries.py and
tests/research/test_facet_estimates.py do not cover: the kind tested per row, the sample cut inside the
filters, counts of public statements as all minus the rejected."""

import json
from collections import Counter

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from statements.devtools.corpus import generate_corpus
from statements.models import Conflict, Outlet, ReviewStatus, Speaker, Statement, sample_of
from statements.research.listing import narrow_statements
from statements.research.plans import COUNTING, DATE_ORDER_PAGE, EVERY_STATUS, LIST, public_counts
from statements.search import process_index_queue, queue_statements

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    generate_corpus(600, seed=11)
    # Some rejected statements, which no list shows but EVERY_STATUS starts from.
    every_seventh = list(Statement.objects.order_by("pk").values_list("pk", flat=True))[::7]
    Statement.objects.filter(pk__in=every_seventh).update(status=ReviewStatus.REJECTED)
    queue_statements(Statement.objects.values_list("pk", flat=True))
    process_index_queue(wait=True)


def _lists() -> list[str]:
    speaker = Speaker.objects.filter(statements__isnull=False).order_by("pk").first()
    conflicts = Conflict.objects.filter(statements__isnull=False).order_by("pk")[:2]
    outlet = Outlet.objects.filter(articles__isnull=False).order_by("pk").first()
    return [
        "",
        "kind=direct",
        f"conflict={conflicts[0].slug}&conflict={conflicts[1].slug}",
        f"conflict={conflicts[0].slug}&speaker={speaker.slug}",
        f"conflict={conflicts[0].slug}&date_after=2015-01-01",
        f"outlet={outlet.slug}&kind=direct&kind=mixed",
        f"country={speaker.country}&kind=indirect&date_before=2020-12-31",
        "q=security",
        "q=peace&kind=direct&kind=indirect&kind=mixed",
    ]


def _ids(queryset) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


def test_every_plan_keeps_the_same_rows(corpus):
    rejected = _ids(Statement.objects.filter(status=ReviewStatus.REJECTED))
    for params in _lists():
        filterset = narrow_statements(QueryDict(params)).filterset
        listed = _ids(filterset.qs)
        assert listed, params  # a case that lists nothing proves little

        assert _ids(filterset.narrowed_without(plan=LIST)) == listed, params
        assert _ids(filterset.narrowed_without(plan=COUNTING)) == listed, params
        assert _ids(filterset.narrowed_without(plan=DATE_ORDER_PAGE)) == listed, params
        every = _ids(filterset.narrowed_without(plan=EVERY_STATUS))
        assert every - rejected == listed, params
        if not params:
            assert every == listed | rejected
        sampled = _ids(filterset.narrowed_without(plan=COUNTING.sampled(300)))
        assert sampled == {pk for pk in listed if sample_of(pk) < 300}, params


def test_counting_tests_the_kind_on_each_row_not_in_the_kind_index(corpus):
    outlet = Outlet.objects.filter(articles__isnull=False).order_by("pk").first()
    filterset = narrow_statements(QueryDict(f"outlet={outlet.slug}&kind=direct")).filterset

    counted = filterset.narrowed_without(plan=COUNTING).values_list("speaker_id", "kind")
    listed = filterset.narrowed_without(plan=LIST).values_list("speaker_id", "kind")

    assert Counter(counted) == Counter(listed)
    # The kind is compared as an expression (the column concatenated with ""), which no index holds.
    assert "||" in str(counted.query) or "CONCAT" in str(counted.query)
    assert '"kind" = direct' in str(listed.query)
    if connection.vendor == "sqlite":  # PostgreSQL chooses its own plans from its statistics
        sql, params = counted.query.sql_with_params()
        with connection.cursor() as cursor:
            plan = " ".join(str(row[-1]) for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "statement_kind_said_on" not in plan


def test_a_sample_is_cut_inside_the_conflict_and_search_filters(corpus):
    conflict = Conflict.objects.filter(statements__isnull=False).order_by("pk").first()
    filterset = narrow_statements(QueryDict(f"conflict={conflict.slug}&q=security")).filterset
    assert filterset.ranked_ids is not None

    sampled = filterset.narrowed_without(plan=COUNTING.sampled(400))
    sql, params = sampled.query.sql_with_params()

    # The tags are cut to the sample's buckets before any statement is read: the bucket of a tag's
    # statement_id, computed in the subquery.
    written = str(sampled.query)
    tags = written[written.index("statements_statement_conflicts"):]
    assert '"statement_id" * 617)' in tags
    # The search's ids are cut in Python: only those of the sample's buckets are sent.
    sent = next(value for value in params if isinstance(value, (str, list)) and value and str(value)[0] == "[")
    sent = json.loads(sent) if isinstance(sent, str) else sent
    assert sent and all(sample_of(pk) < 400 for pk in sent)
    assert len(sent) < len(filterset.ranked_ids)


def test_public_counts_are_every_statement_minus_the_rejected_ones(corpus):
    with CaptureQueriesContext(connection) as queries:
        counted = public_counts(Statement.objects.all(), "speaker_id")

    direct = Counter(Statement.objects.public().values_list("speaker_id", flat=True))
    assert counted == {(speaker,): n for speaker, n in direct.items()}
    grouped = [query["sql"] for query in queries]
    assert len(grouped) == 2  # every statement, then the rejected ones by id
    assert all("GROUP BY" in sql for sql in grouped)
    assert "rejected" not in grouped[0]
    assert "IN (SELECT" in grouped[1] and "rejected" in grouped[1]
    assert not any("<>" in sql or "NOT (" in sql for sql in grouped)  # never "status is not rejected" per row
