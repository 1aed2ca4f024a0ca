"""Every curated change is recorded (who, when, before and after) and the public statement page shows
a statement's corrections."""

from datetime import date

import pytest
from django.contrib.auth.models import Permission, User
from django.utils import timezone

from statements.curation import decisions as curation
from statements.curation import history
from statements.models import ChangeRecord, Statement
from tests.factories import make_article, make_conflict, make_speaker, make_statement
from tests.factories import change_form_data

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


def test_an_edit_in_the_statement_form_records_who_when_and_every_field_before_and_after(client, curator):
    curator.user_permissions.add(*Permission.objects.filter(codename__in=["view_statement", "change_statement"]))
    client.force_login(curator)
    article = make_article(body="He said “we remain ready for talks about the border” on Monday.",
                           published_on=date(2024, 3, 4))
    statement = make_statement(
        text="we remain ready for talks", article=article, speaker=make_speaker(name="Old Name"),
        conflicts=[make_conflict(name="Kosovo")], kind="direct", said_on=date(2024, 3, 4),
    )
    new_speaker, new_conflict = make_speaker(name="New Name"), make_conflict(name="Karabakh")
    started = timezone.now()

    response = client.post(
        f"/admin/statements/statement/{statement.pk}/change/",
        change_form_data(
            statement, text="we remain ready for talks about the border", speaker=new_speaker.pk,
            conflicts=[new_conflict.pk], kind="indirect", said_on="2024-03-01",
        ),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    record = ChangeRecord.objects.get(object_id=statement.pk)
    assert (record.user, record.username, record.action) == (curator, "ccurator", history.EDITED)
    assert started <= record.at <= timezone.now()
    assert record.changes["text"] == ["we remain ready for talks", "we remain ready for talks about the border"]
    assert record.changes["speaker"] == ["Old Name", "New Name"]
    assert record.changes["conflicts"] == [["Kosovo"], ["Karabakh"]]
    assert record.changes["kind"] == ["direct", "indirect"]
    assert record.changes["said_on"] == ["2024-03-04", "2024-03-01"]
    assert record.changes["end"][0] < record.changes["end"][1]
    page = client.get(statement.get_absolute_url()).content.decode()
    assert "<del>Old Name</del> → <ins>New Name</ins>" in page
    assert "<del>Kosovo</del> → <ins>Karabakh</ins>" in page


def test_saving_the_statement_form_unchanged_records_nothing(admin_client):
    statement = make_statement(speaker=make_speaker(name="Same"), conflicts=[make_conflict()])

    response = admin_client.post(f"/admin/statements/statement/{statement.pk}/change/", change_form_data(statement))

    assert response.status_code == 302
    assert not ChangeRecord.objects.exists()
