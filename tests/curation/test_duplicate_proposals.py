"""The admin proposes likely duplicate speakers (same identity, or one name inside another of the same kind
and country) with a one-click merge, and lists speakers by their number of statements."""

import pytest

from statements.curation.duplicates import duplicate_proposals
from statements.models import Speaker, SpeakerRedirect
from tests.factories import make_article, make_speaker, make_statement

pytestmark = pytest.mark.django_db

DUPLICATES = "/admin/statements/speaker/duplicates/"


def speaker(name, **fields):
    made = make_speaker(name=name, **fields)
    made.aliases.create(name=name)
    return made


def test_spellings_of_one_name_are_proposed_for_a_merge_into_the_gazetteer_row():
    known = speaker("Volodymyr Zelensky", from_gazetteer=True)
    minted = speaker("Volodymyr Zelenskyy")
    speaker("Olena Zelenska")

    proposals = duplicate_proposals()

    assert [(p.merge, p.into) for p in proposals] == [(minted, known)]


def test_a_name_inside_another_of_the_same_country_is_proposed_but_not_across_countries():
    ministry = speaker("Foreign Ministry", kind="organisation", country="Russia")
    full = speaker("Russian Foreign Ministry", kind="organisation", country="Russia")
    speaker("Foreign Ministry", kind="organisation", country="Armenia")

    proposals = duplicate_proposals()

    assert [(p.merge, p.into) for p in proposals] == [(ministry, full)]


def test_unnamed_sources_are_never_proposed():
    for _ in range(2):
        speaker("senior official", kind="unnamed", article=make_article())
    assert duplicate_proposals() == []


def test_the_admin_lists_proposals_and_merges_with_one_click(admin_client):
    known = speaker("Volodymyr Zelensky", from_gazetteer=True)
    minted = speaker("Volodymyr Zelenskyy")
    statement = make_statement(speaker=minted)

    page = admin_client.get(DUPLICATES)
    assert page.status_code == 200
    assert "Volodymyr Zelenskyy" in page.content.decode()

    response = admin_client.post(DUPLICATES, {"merge": minted.pk, "into": known.pk})

    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.speaker == known
    assert not Speaker.objects.filter(pk=minted.pk).exists()
    assert SpeakerRedirect.objects.get(old_slug=minted.slug).speaker == known


def test_only_curators_who_may_merge_can_merge(client, django_user_model):
    staff = django_user_model.objects.create_user("reader", password="x", is_staff=True)
    staff.user_permissions.add(*__import__("django.contrib.auth.models", fromlist=["Permission"]).Permission.objects.filter(
        codename="view_speaker"))
    client.force_login(staff)
    known, minted = speaker("Volodymyr Zelensky"), speaker("Volodymyr Zelenskyy")

    response = client.post(DUPLICATES, {"merge": minted.pk, "into": known.pk})

    assert response.status_code == 403
    assert Speaker.objects.filter(pk=minted.pk).exists()


def test_the_speaker_list_shows_and_sorts_by_number_of_statements(admin_client):
    busy, quiet = speaker("Anna Varga"), speaker("Tomas Nowak")
    for _ in range(3):
        make_statement(speaker=busy)
    make_statement(speaker=quiet)

    page = admin_client.get("/admin/statements/speaker/", {"from_gazetteer__exact": "0", "o": "-6"})

    assert page.status_code == 200
    names = [row.name for row in page.context["cl"].result_list]
    assert names == ["Anna Varga", "Tomas Nowak"]
    assert "Likely duplicates" in page.content.decode()
