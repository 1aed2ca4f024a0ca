"""Researchers narrow by review status: approved, unreviewed, corrected by a curator. Rejected statements
are never public, so asking for them is an invalid value like any other."""

import json

import pytest
from django.contrib.auth.models import User

from statements.curation import decisions as curation
from statements.models import ReviewStatus, Statement
from tests.factories import make_conflict, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    curator = User.objects.create_user("curator", is_staff=True)
    rows = {
        "approved": make_statement(text="Approved words on the border", status=ReviewStatus.APPROVED),
        "unreviewed": make_statement(text="Unreviewed words on the border"),
        "corrected": make_statement(text="Corrected words on the border", speaker=make_speaker(name="Wrong")),
        "rejected": make_statement(text="Rejected words on the border", status=ReviewStatus.REJECTED),
        "retagged": make_statement(text="Retagged words on the border"),
    }
    only = Statement.objects.filter
    curation.edit_statements(only(pk=rows["corrected"].pk), user=curator, speaker=make_speaker(name="Right"))
    # Automatic changes (re-tagging by rule) and the rejected statement's correction do not make it public.
    curation.edit_statements(only(pk=rows["retagged"].pk), user=None, add_conflicts=[])
    through = Statement.conflicts.through
    through.objects.create(statement=rows["retagged"], conflict=make_conflict())
    curation.retag_conflicts(only(pk=rows["retagged"].pk), user=curator)
    curation.edit_statements(only(pk=rows["rejected"].pk), user=curator, kind="indirect")
    return rows


def listed(client, params) -> list[int]:
    response = client.get("/statements/", params, follow=True)
    assert response.status_code == 200, response.content.decode()
    return sorted(s.pk for s in response.context["page_obj"].object_list)


def pks(corpus, *keys) -> list[int]:
    return sorted(corpus[key].pk for key in keys)


@pytest.mark.parametrize(
    "status, expected",
    [
        ("approved", ["approved"]),
        ("unreviewed", ["unreviewed", "corrected", "retagged"]),
        ("corrected", ["corrected"]),
    ],
)
def test_each_status_narrows_the_list_and_never_shows_rejected_statements(client, corpus, status, expected):
    assert listed(client, {"status": status}) == pks(corpus, *expected)


def test_the_retagged_statement_really_changed_so_only_the_rule_keeps_it_out_of_corrected(corpus):
    from statements.models import ChangeRecord

    assert ChangeRecord.objects.filter(object_id=corpus["retagged"].pk, action="re-tagged").exists()


def test_a_repeated_status_means_any_of_them(client, corpus):
    assert listed(client, {"status": ["approved", "corrected"]}) == pks(corpus, "approved", "corrected")


def test_a_status_combines_with_other_filters(client, corpus):
    right = Statement.objects.get(pk=corpus["corrected"].pk).speaker

    assert listed(client, {"status": "unreviewed", "speaker": right.slug}) == pks(corpus, "corrected")
    assert listed(client, {"status": "approved", "speaker": right.slug}) == []


@pytest.mark.parametrize("value", ["rejected", "extracted", "APPROVED"])
def test_asking_for_rejected_or_an_unknown_status_gives_a_message_and_no_list(client, corpus, value):
    response = client.get("/statements/", {"status": value}, follow=True)

    assert response.status_code == 400
    html = response.content.decode()
    assert f"“{value}” is not a review status you can list" in html
    assert "rejected statements are not public" in html
    assert corpus["rejected"].get_absolute_url() not in html


def test_asking_for_rejected_statements_as_json_gives_400_and_a_json_error(client, corpus):
    response = client.get("/statements/", {"status": "rejected", "format": "json"})

    assert response.status_code == 400
    assert any("rejected statements are not public" in e for e in json.loads(response.content)["errors"])


def test_the_json_export_lists_the_same_statements_and_keeps_the_status_in_its_query(client, corpus):
    response = client.get("/statements/", {"status": ["approved", "corrected"], "format": "json"})

    assert response.status_code == 200
    data = json.loads(b"".join(response.streaming_content))
    assert sorted(row["id"] for row in data["statements"]) == pks(corpus, "approved", "corrected")
    assert data["query"] == "status=approved&status=corrected"


def test_the_status_takes_its_place_in_the_canonical_query(client, corpus):
    response = client.get("/statements/", {"sort": "oldest", "status": ["corrected", "approved"], "kind": "direct"})

    assert response.status_code == 301
    assert response["Location"] == "/statements/?kind=direct&status=approved&status=corrected&sort=oldest"


def test_the_list_says_its_status_in_words_and_the_form_keeps_it_checked(client, corpus):
    response = client.get("/statements/", {"status": ["approved", "corrected"]})

    assert response.context["listing"].description == "Statements, approved by a curator or corrected by a curator"
    html = response.content.decode()
    assert '<input type="checkbox" name="status" value="approved" checked>' in html
    assert '<input type="checkbox" name="status" value="unreviewed">' in html
    assert html.count('type="hidden" name="status"') == 0  # the checkboxes carry it, once


def test_each_chosen_status_is_summarised_with_a_link_that_removes_only_it(client, corpus):
    response = client.get("/statements/", {"status": ["approved", "corrected"], "kind": "direct"}, follow=True)

    active = {(a.label, a.value): a.remove_url for a in response.context["listing"].active_filters}
    assert active[("Review status", "corrected by a curator")] == "/statements/?kind=direct&status=approved"
