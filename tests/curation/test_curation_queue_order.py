"""The review queue's order is stored (Statement.review_priority, indexed) and kept right by every write
that changes what it depends on: the speaker, and whether that speaker is in the gazetteer."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from statements.curation import decisions as curation
from statements.ingest.gazetteer_loader import load_gazetteer
from statements.ingest.store import Overrides, ingest_paths
from statements.models import ReviewPriority, Speaker, Statement
from tests.factories import make_speaker, make_statement

pytestmark = pytest.mark.django_db

QUEUE = "/admin/statements/statementtoreview/"
SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"


@pytest.fixture
def curator():
    return User.objects.create_user("curator", is_staff=True)


def priority(statement: Statement) -> int:
    return Statement.objects.values_list("review_priority", flat=True).get(pk=statement.pk)


def assert_no_stale_priority():
    # Recomputing from the database changes nothing when every writer kept the stored value right.
    assert Statement.objects.refresh_review_priority() == 0


def test_ingested_statements_get_the_priority_of_their_speaker(gazetteer):
    list(ingest_paths([SEEDS], Overrides()))

    stored = dict(Statement.objects.values_list("pk", "review_priority"))
    assert set(stored.values()) >= {ReviewPriority.KNOWN_SPEAKER}
    assert_no_stale_priority()
    assert stored == dict(Statement.objects.values_list("pk", "review_priority"))


def test_a_saved_statement_takes_the_priority_of_its_speaker():
    assert priority(make_statement(speaker=None)) == ReviewPriority.UNATTRIBUTED
    assert priority(make_statement(speaker=make_speaker(from_gazetteer=False))) == ReviewPriority.NEW_SPEAKER
    assert priority(make_statement(speaker=make_speaker(from_gazetteer=True))) == ReviewPriority.KNOWN_SPEAKER


def test_a_bulk_speaker_change_moves_the_statements_in_the_queue(curator):
    statement = make_statement(speaker=make_speaker(from_gazetteer=True))

    curation.edit_statements(Statement.objects.filter(pk=statement.pk), user=curator, speaker=None)
    assert priority(statement) == ReviewPriority.UNATTRIBUTED

    curation.edit_statements(Statement.objects.filter(pk=statement.pk), user=curator,
                             speaker=make_speaker(from_gazetteer=False))
    assert priority(statement) == ReviewPriority.NEW_SPEAKER
    assert_no_stale_priority()


def test_deleting_a_speaker_puts_their_statements_first_as_unattributed(admin_client):
    speaker = make_speaker(from_gazetteer=True)
    statements = [make_statement(speaker=speaker) for _ in range(2)]
    other = make_statement(speaker=make_speaker(from_gazetteer=True))

    speaker.delete()

    assert [priority(s) for s in statements] == [ReviewPriority.UNATTRIBUTED] * 2
    assert priority(other) == ReviewPriority.KNOWN_SPEAKER
    assert Statement.objects.filter(speaker__isnull=True).count() == 2
    assert list(admin_client.get(QUEUE).context["cl"].result_list)[:2] == statements


def test_marking_a_speaker_known_in_the_admin_moves_their_statements_back(admin_client):
    speaker = make_speaker(from_gazetteer=False)
    statement = make_statement(speaker=speaker)
    data = {
        "name": speaker.name, "slug": speaker.slug, "kind": speaker.kind, "country": "", "description": "",
        "from_gazetteer": "on",
        "aliases-TOTAL_FORMS": 0, "aliases-INITIAL_FORMS": 0, "roles-TOTAL_FORMS": 0, "roles-INITIAL_FORMS": 0,
    }

    response = admin_client.post(f"/admin/statements/speaker/{speaker.pk}/change/", data)

    assert response.status_code == 302
    assert priority(statement) == ReviewPriority.KNOWN_SPEAKER


def test_merging_a_new_speaker_into_a_known_one_moves_the_statements(curator):
    new = make_speaker(from_gazetteer=False)
    known = make_speaker(from_gazetteer=True)
    statement = make_statement(speaker=new)

    curation.merge_speakers(new, known, user=curator)

    assert priority(statement) == ReviewPriority.KNOWN_SPEAKER
    assert_no_stale_priority()


def test_merging_a_known_speaker_into_a_new_one_makes_its_statements_known(curator):
    known = make_speaker(from_gazetteer=True)
    new = make_speaker(from_gazetteer=False)
    statement = make_statement(speaker=new)

    curation.merge_speakers(known, new, user=curator)  # the target inherits the gazetteer flag

    assert priority(statement) == ReviewPriority.KNOWN_SPEAKER
    assert_no_stale_priority()


def test_loading_the_gazetteer_moves_statements_of_a_speaker_it_now_knows(db):
    minted = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov", from_gazetteer=False)
    statement = make_statement(speaker=minted)
    assert priority(statement) == ReviewPriority.NEW_SPEAKER

    load_gazetteer()

    assert Speaker.objects.get(slug="dmitry-peskov").from_gazetteer
    assert priority(statement) == ReviewPriority.KNOWN_SPEAKER


def test_the_queue_reads_its_order_from_the_review_index(admin_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(5):
        make_statement(speaker=None, confidence=0.5 + n / 10)

    with CaptureQueriesContext(connection) as queries:
        admin_client.get(QUEUE)

    listing = [q["sql"] for q in queries.captured_queries if "ORDER BY" in q["sql"] and "review_priority" in q["sql"]]
    assert listing, "the queue is ordered by the stored review_priority"
    with connection.cursor() as cursor:
        cursor.execute(("EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ") + listing[0])
        plan = " ".join(str(row) for row in cursor.fetchall())
    if connection.vendor == "sqlite":  # PostgreSQL may rightly prefer a scan of a five-row table
        assert "statement_review_order" in plan
        assert "TEMP B-TREE" not in plan


def test_the_queue_is_counted_and_paged_from_the_review_index_alone(admin_client):
    """to_review() also tests origin and curated_fields: the index holds them, so that the queue's count
    and a deep page never read the table's rows (at 20k statements a deep page took twice as long)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(5):
        make_statement(speaker=None, confidence=0.5 + n / 10)

    with CaptureQueriesContext(connection) as queries:
        admin_client.get(QUEUE)

    counts = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"] and "curated_fields" in q["sql"]]
    assert counts, "the queue counts what to_review() keeps"
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL picks an index-only scan by its statistics, not by the query's shape")
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + counts[0])
        plan = " ".join(str(row) for row in cursor.fetchall())
    assert "COVERING INDEX statement_review_order" in plan
