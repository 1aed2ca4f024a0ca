"""unnamed=include|exclude|only: researchers keep or leave out the statements of unnamed sources in any list,
its facets and its canonical URL."""

import pytest
from django.http import QueryDict

from statements.research.canonical import canonical_params
from tests.factories import make_article, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    lavrov = make_speaker(name="Sergei Lavrov", slug="sergei-lavrov", country="Russia")
    first = make_article(body="A senior official said “one”. Lavrov said “two”.")
    second = make_article(body="A senior official said “three”.")
    official = make_speaker(name="senior official", kind="unnamed", article=first)
    return {
        "named": make_statement(text="two", article=first, speaker=lavrov),
        "unnamed": make_statement(text="one", article=first, speaker=official),
        "other": make_statement(text="three", article=second, speaker=make_speaker(
            name="senior official", kind="unnamed", article=second)),
    }


def listed(client, params):
    response = client.get("/statements/", params, follow=True)
    assert response.status_code == 200, response.content.decode()
    return response


def pks(response):
    return {s.pk for s in response.context["page_obj"].object_list}


@pytest.mark.parametrize("value, expected", [
    ("include", {"named", "unnamed", "other"}), ("exclude", {"named"}), ("only", {"unnamed", "other"}),
])
def test_unnamed_sources_can_be_kept_or_left_out(client, corpus, value, expected):
    assert pks(listed(client, {"unnamed": value})) == {corpus[key].pk for key in expected}


def test_the_facets_follow_the_choice(client, corpus):
    response = listed(client, {"unnamed": "exclude"})
    speakers = {facet.key: facet for facet in response.context["listing"].facets}["speaker"]
    assert {value.value for value in speakers.values} == {"sergei-lavrov"}


def test_an_unknown_choice_is_a_message_not_a_500(client, corpus):
    response = client.get("/statements/", {"unnamed": "sometimes"})
    assert response.status_code == 400
    assert "not a choice for unnamed sources" in response.content.decode()


def test_include_is_the_default_and_drops_out_of_the_canonical_query():
    assert canonical_params(QueryDict("unnamed=include&q=talks")).urlencode() == "q=talks"
    assert canonical_params(QueryDict("sort=oldest&unnamed=exclude&q=talks")).urlencode() == (
        "q=talks&unnamed=exclude&sort=oldest"
    )
