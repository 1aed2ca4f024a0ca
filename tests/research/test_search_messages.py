"""The list page explains a search that cannot match: what was not understood, and what was meant."""

import pytest
from django.urls import reverse

from statements.models import Conflict, SpeakerRole
from tests.search.support import index_now, make_speaker, make_statement

pytestmark = pytest.mark.django_db

LIST = reverse("statement-list")


@pytest.fixture
def archive():
    kosovo = Conflict.objects.create(slug="kosovo-serbia", name="Kosovo–Serbia", places="Kosovo\nMitrovica")
    karabakh = Conflict.objects.create(slug="armenia-azerbaijan", name="Armenia–Azerbaijan", places="Karabakh")
    peskov = make_speaker("Dmitry Peskov", "dmitry-peskov", aliases=("Peskov",))
    SpeakerRole.objects.create(speaker=peskov, title="Kremlin spokesman")
    about_kosovo = make_statement("it is up to the parties to find a solution", speaker=peskov)
    about_kosovo.paragraph = "Turning to the situation in Kosovo, Peskov said it is up to the parties to find a solution."
    about_kosovo.save()
    about_kosovo.conflicts.add(kosovo)
    about_karabakh = make_statement("the corridor stays open", speaker=peskov, conflicts=(karabakh,))
    make_statement("peacekeepers will stay in the region")
    index_now()
    return {"kosovo": about_kosovo, "karabakh": about_karabakh}


def _ids(response) -> set[int]:
    return {statement.pk for statement in response.context["listing"].statements}


def test_a_conflicts_name_finds_the_statements_whose_paragraph_says_it(client, archive):
    response = client.get(LIST, {"q": "kosovo"})
    assert response.status_code == 200
    assert _ids(response) == {archive["kosovo"].pk}
    assert "Did you mean" not in response.content.decode()


def test_a_speaker_prefix_lists_what_the_speaker_filter_lists(client, archive):
    prefixed = client.get(LIST, {"q": "speaker:peskov karabakh"})
    filtered = client.get(LIST, {"q": "karabakh", "speaker": "dmitry-peskov"})
    assert _ids(prefixed) == _ids(filtered) == {archive["karabakh"].pk}


def test_an_empty_result_is_a_sentence_not_a_list_item_numbered_zero(client, archive):
    html = client.get(LIST, {"q": "harvest"}).content.decode()
    assert 'id="no-results"' in html
    assert 'start="0"' not in html
    assert '<li class="empty"' not in html
    assert "Narrow down" not in html  # no facet has a value to offer


@pytest.mark.parametrize(
    ("query", "explained"),
    [
        ("speaker:nobody", "speaker:nobody matches nothing: no speaker’s slug, name, alias or role is “nobody”"),
        ("conflict:narnia", "conflict:narnia matches nothing: no conflict has the slug “narnia”"),
        ("conflict:kosovo", "Did you mean conflict:kosovo-serbia (Kosovo–Serbia)?"),
        ("-peacekeepers", "only says what to leave out (peacekeepers)"),
        ("peacekeepers AND", "“AND” needs a word on each side"),
        ("(((((", "a “(” without a matching “)”"),
    ],
)
def test_a_search_that_cannot_match_says_why_on_the_page(client, archive, query, explained):
    response = client.get(LIST, {"q": query})
    html = response.content.decode().replace("&#x27;", "’").replace("'", "’")
    assert explained.replace("'", "’") in html
    assert response.context["listing"].statements == []


def test_a_speaker_filter_that_is_no_slug_suggests_the_speaker_it_names(client, archive):
    response = client.get(LIST, {"speaker": "peskov"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "no speaker has the slug “peskov”" in html
    assert 'href="?speaker=dmitry-peskov"' in html
    assert client.get(LIST, {"speaker": "dmitry-peskov"}).status_code == 200


def test_the_json_list_keeps_a_400_with_the_suggestion(client, archive):
    response = client.get(LIST, {"speaker": "peskov", "format": "json"})
    assert response.status_code == 400
    assert response.json()["errors"] == [
        "Speaker: no speaker has the slug “peskov”. Did you mean dmitry-peskov (Dmitry Peskov)?"
    ]


def test_a_slug_nothing_resembles_stays_a_400(client, archive):
    response = client.get(LIST, {"speaker": "zzz"})
    assert response.status_code == 400
    assert "no speaker has the slug “zzz”" in response.content.decode()
