"""The statement page has its <h1> and a way back to the list it was opened from (?from=, only a list page
of this site), besides links to all statements and the speaker's."""

import pytest
from django.utils.html import escape

from tests.factories import make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement():
    return make_statement(speaker=make_speaker(name="Dmitry Peskov"))


def test_the_page_has_one_h1_naming_the_speaker(client, statement):
    html = client.get(statement.get_absolute_url()).content.decode()

    assert html.count("<h1") == 1
    assert '<h1 id="statement-heading">Statement by Dmitry Peskov</h1>' in html


def test_an_unattributed_statement_says_so_in_its_h1(client):
    statement = make_statement(speaker=None, speaker_mention="he")

    assert '<h1 id="statement-heading">Unattributed statement</h1>' in client.get(statement.get_absolute_url()).content.decode()


def test_a_list_links_its_statements_with_the_way_back(client, statement):
    html = client.get("/statements/?sort=oldest").content.decode()

    assert f'href="{statement.get_absolute_url()}?from=%2Fstatements%2F%3Fsort%3Doldest"' in html


def test_the_statement_page_leads_back_to_the_list_it_came_from(client, statement):
    back = f"/speakers/{statement.speaker.slug}/?kind=direct&page=2"

    html = client.get(statement.get_absolute_url(), {"from": back}).content.decode()

    assert f'<a href="{escape(back)}">← Back to the speaker’s statements</a>' in html
    assert f'href="{statement.speaker.get_absolute_url()}">All by Dmitry Peskov</a>' in html
    assert 'href="/statements/">All statements</a>' in html


@pytest.mark.parametrize("elsewhere", [
    "https://evil.example/statements/", "//evil.example/statements/", "/\\evil.example", "javascript:alert(1)",
    "/admin/", "/statements/1/cite.bib", "/nowhere/", "/statements/\n",
])
def test_a_way_back_only_to_this_sites_lists(client, statement, elsewhere):
    html = client.get(statement.get_absolute_url(), {"from": elsewhere}).content.decode()

    assert "← Back" not in html
    assert "evil.example" not in html and "javascript:" not in html
    assert 'href="/statements/">All statements</a>' in html


def test_the_home_page_leads_back_home(client, statement):
    html = client.get(statement.get_absolute_url(), {"from": "/"}).content.decode()

    assert '<a href="/">← Back to the home page</a>' in html
