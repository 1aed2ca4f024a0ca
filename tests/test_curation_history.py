"""Every curated change is recorded (who, when, before and after) and the public statement page shows
a statement's corrections."""

import pytest
from django.contrib.auth.models import User

from statements import curation, history
from statements.models import ChangeRecord, Statement
from tests.factories import make_conflict, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator():
    return User.objects.create_user("ccurator", first_name="Ada", last_name="Lovelace", is_staff=True)


def test_a_bulk_edit_records_who_changed_what_from_what_to_what(curator):
    statement = make_statement(speaker=make_speaker(name="Old Name"))
    new = make_speaker(name="New Name")

    curation.edit_statements(Statement.objects.filter(pk=statement.pk), user=curator, speaker=new)

    record = ChangeRecord.objects.get()
    assert (record.user, record.action, record.object_id) == (curator, history.EDITED, statement.pk)
    assert record.changes == {"speaker": ["Old Name", "New Name"]}


def test_an_action_that_changes_nothing_records_nothing(curator):
    statement = make_statement(status="approved")

    outcome = curation.approve(Statement.objects.filter(pk=statement.pk), user=curator)

    assert outcome.changed == 0
    assert not ChangeRecord.objects.exists()


def test_the_public_history_names_the_curator_by_full_name_only(curator):
    statement = make_statement(speaker=make_speaker(name="Old Name"), conflicts=[make_conflict(name="Kosovo")])
    curation.edit_statements(Statement.objects.filter(pk=statement.pk), user=curator, speaker=make_speaker(name="B"))
    curation.approve(Statement.objects.filter(pk=statement.pk), user=curator)

    entries = history.public_history(statement)

    assert [e.what for e in entries] == ["corrected", "approved"]
    assert entries[0].by == "Ada Lovelace"
    assert entries[0].fields == [history.FieldChange("speaker", "Old Name", "B")]
    assert entries[1].fields == [history.FieldChange("review status", "extracted", "approved")]


def test_the_statement_page_shows_its_corrections(client, curator):
    statement = make_statement(speaker=make_speaker(name="Old Name"))
    curation.edit_statements(Statement.objects.filter(pk=statement.pk), user=curator, speaker=make_speaker(name="B"))

    page = client.get(statement.get_absolute_url()).content.decode()

    assert "Corrections" in page
    assert "<del>Old Name</del> → <ins>B</ins>" in page
    assert "ccurator" not in page  # account names stay private


def test_an_uncorrected_statement_page_has_no_corrections_section(client):
    statement = make_statement()

    assert "Corrections" not in client.get(statement.get_absolute_url()).content.decode()
