"""Speakers: merging duplicates (old links keep working), splitting an alias off, aliases and roles with
dates, autocomplete. The index agrees with the database after each."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from statements.curation import decisions as curation
from statements.models import ChangeRecord, Speaker, SpeakerAlias, SpeakerRedirect, SpeakerRole
from statements.search import search_ids, verify_index
from tests.factories import make_speaker, make_statement

pytestmark = pytest.mark.django_db

SPEAKERS = "/admin/statements/speaker/"


@pytest.fixture
def duplicates():
    target = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov", from_gazetteer=True)
    target.aliases.create(name="Dmitry Peskov")
    source = make_speaker(name="Peskov", slug="peskov", country="Russia")
    source.aliases.create(name="Peskov")
    source.aliases.create(name="Dmitry Peskov")  # the same name on both: kept once
    source.roles.create(title="Kremlin spokesman")
    SpeakerRedirect.objects.create(old_slug="d-peskov", speaker=source)
    return source, target


def test_merging_moves_statements_aliases_and_roles(admin_client, duplicates, index_on_commit):
    source, target = duplicates
    statement = make_statement(speaker=source)

    response = admin_client.post(SPEAKERS, {
        "action": "merge_selected", ACTION_CHECKBOX_NAME: [source.pk, target.pk], "apply": "Apply",
        "target": target.pk,
    })

    assert response.status_code == 302
    assert not Speaker.objects.filter(pk=source.pk).exists()
    statement.refresh_from_db()
    assert statement.speaker == target
    assert sorted(target.aliases.values_list("name", flat=True)) == ["Dmitry Peskov", "Peskov"]
    assert list(target.roles.values_list("title", flat=True)) == ["Kremlin spokesman"]
    target.refresh_from_db()
    assert target.country == "Russia"
    assert ChangeRecord.objects.filter(action="merged", object_id=statement.pk).exists()


def test_the_merged_speakers_old_links_redirect_permanently(client, duplicates):
    source, target = duplicates
    curation.merge_speakers(source, target, user=None)

    for old in ("peskov", "d-peskov"):
        response = client.get(f"/speakers/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/speakers/dmitry-peskov/"


def test_the_merged_speakers_statements_are_found_under_the_old_name(duplicates, django_capture_on_commit_callbacks):
    source, target = duplicates
    source.aliases.create(name="Press Secretary Peskov")
    statement = make_statement(speaker=target)
    with django_capture_on_commit_callbacks(execute=True):
        curation.merge_speakers(source, target, user=None)

    assert statement.pk in search_ids('"press secretary"')
    assert verify_index().differences == 0


def test_a_speaker_cannot_be_merged_into_itself(duplicates):
    _, target = duplicates
    with pytest.raises(curation.CurationError):
        curation.merge_speakers(target, target, user=None)


def test_the_merge_form_asks_for_the_speaker_who_remains(admin_client, duplicates):
    source, target = duplicates

    response = admin_client.post(SPEAKERS, {"action": "merge_selected", ACTION_CHECKBOX_NAME: [source.pk]})

    assert response.status_code == 200
    assert b"Merge into" in response.content


def test_splitting_an_alias_makes_a_speaker_with_the_statements_that_used_it(admin_client, index_on_commit):
    speaker = make_speaker(name="Ilham Aliyev")
    speaker.aliases.create(name="Ilham Aliyev")
    alias = speaker.aliases.create(name="Mehriban Aliyeva")
    hers = make_statement(speaker=speaker, speaker_mention="Mehriban Aliyeva")
    his = make_statement(speaker=speaker, speaker_mention="Aliyev")

    page = admin_client.get(f"{SPEAKERS}{speaker.pk}/aliases/{alias.pk}/split/")
    assert page.status_code == 200
    response = admin_client.post(f"{SPEAKERS}{speaker.pk}/aliases/{alias.pk}/split/", {"name": "Mehriban Aliyeva"})

    assert response.status_code == 302
    new = Speaker.objects.get(name="Mehriban Aliyeva")
    hers.refresh_from_db()
    his.refresh_from_db()
    assert (hers.speaker, his.speaker) == (new, speaker)
    assert hers.curated_fields == ["speaker"]
    assert list(new.aliases.values_list("name", flat=True)) == ["Mehriban Aliyeva"]


def test_the_speakers_own_name_cannot_be_split_off():
    speaker = make_speaker(name="Ilham Aliyev")
    alias = speaker.aliases.create(name="Ilham Aliyev")

    with pytest.raises(curation.CurationError, match="rename the speaker"):
        curation.split_alias(alias, user=None)


def test_aliases_and_roles_with_dates_are_added_on_the_speaker_page(admin_client, index_on_commit):
    speaker = make_speaker(name="Nikol Pashinyan")
    data = {
        "name": speaker.name, "slug": speaker.slug, "kind": "person", "country": "Armenia", "description": "",
        "aliases-TOTAL_FORMS": 1, "aliases-INITIAL_FORMS": 0, "aliases-0-name": "Pashinyan",
        "roles-TOTAL_FORMS": 1, "roles-INITIAL_FORMS": 0, "roles-0-title": "Acting Prime Minister",
        "roles-0-started_on": "2021-04-25", "roles-0-ended_on": "2021-08-02",
    }

    response = admin_client.post(f"{SPEAKERS}{speaker.pk}/change/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert SpeakerAlias.objects.get(speaker=speaker).name == "Pashinyan"
    role = SpeakerRole.objects.get(speaker=speaker)
    assert (str(role.started_on), str(role.ended_on)) == ("2021-04-25", "2021-08-02")


def test_speakers_autocomplete_by_alias(admin_client):
    speaker = make_speaker(name="Maria Zakharova")
    speaker.aliases.create(name="Zakharova")

    response = admin_client.get("/admin/autocomplete/", {
        "term": "zakhar", "app_label": "statements", "model_name": "statement", "field_name": "speaker",
    })

    assert [r["text"] for r in response.json()["results"]] == ["Maria Zakharova"]
