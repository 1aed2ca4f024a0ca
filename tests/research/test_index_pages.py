"""The index pages: /speakers/ (A to Z, filters, counts), /conflicts/, /outlets/, /articles/ (newest
first, filterable), and the home page's counts linking to them. Rejected statements never count."""

from datetime import date

import pytest
from django.utils.html import escape

from statements.models import SpeakerRole
from tests.factories import make_article, make_conflict, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db


def test_the_home_page_counts_link_to_the_indexes(client):
    html = client.get("/").content.decode()

    for path in ("/statements/", "/speakers/", "/articles/", "/conflicts/"):
        assert f'href="{path}"' in html


def test_speakers_are_listed_a_to_z_with_public_counts(client):
    zelensky = make_speaker(name="Volodymyr Zelensky", country="Ukraine")
    erdogan = make_speaker(name="Recep Tayyip Erdoğan", country="Türkiye")
    make_speaker(name="ada quiet")  # lower case: sorted by letter, not by code point
    make_statement(speaker=zelensky)
    make_statement(speaker=zelensky)
    make_statement(speaker=zelensky, status="rejected")
    make_statement(speaker=erdogan)

    response = client.get("/speakers/")

    assert response.status_code == 200
    names = [speaker.name for speaker in response.context["index"].page]
    assert names == ["ada quiet", "Recep Tayyip Erdoğan", "Volodymyr Zelensky"]
    counts = {speaker.name: speaker.statement_count for speaker in response.context["index"].page}
    assert counts == {"ada quiet": 0, "Recep Tayyip Erdoğan": 1, "Volodymyr Zelensky": 2}
    assert "Erdoğan" in response.content.decode()


def test_speakers_filter_by_name_alias_letter_country_kind_and_role(client):
    peskov = make_speaker(name="Dmitry Peskov", country="Russia")
    peskov.aliases.create(name="Kremlin spokesman Peskov")
    SpeakerRole.objects.create(speaker=peskov, title="Kremlin spokesman")
    make_speaker(name="Maria Zakharova", country="Russia")
    make_speaker(name="NATO", kind="organisation", country="")

    def names(query):
        return [s.name for s in client.get("/speakers/?" + query).context["index"].page]

    assert names("name=pesk") == ["Dmitry Peskov"]
    assert names("name=kremlin+spokesman") == ["Dmitry Peskov"]  # by alias
    assert names("letter=m") == ["Maria Zakharova"]
    assert names("country=Russia") == ["Dmitry Peskov", "Maria Zakharova"]
    assert names("kind=organisation") == ["NATO"]
    assert names("role=spokesman") == ["Dmitry Peskov"]
    assert names("country=Russia&role=foreign+minister") == []


def test_a_bad_filter_value_is_reported_and_left_out_not_a_500(client):
    make_speaker(name="Dmitry Peskov")

    response = client.get("/speakers/?kind=alien&page=99")

    assert response.status_code == 200
    assert [s.name for s in response.context["index"].page] == ["Dmitry Peskov"]
    assert "Kind:" in response.content.decode()


def test_speakers_are_paged_and_the_pager_keeps_the_filter(client, monkeypatch):
    monkeypatch.setattr("statements.research.views.indexes.SPEAKERS_PER_PAGE", 2)
    for name in ("Anna A", "Anna B", "Anna C", "Boris"):
        make_speaker(name=name)

    first = client.get("/speakers/?name=anna")
    second = client.get("/speakers/?name=anna&page=2")

    assert [s.name for s in first.context["index"].page] == ["Anna A", "Anna B"]
    assert 'href="?name=anna&amp;page=2"' in first.content.decode()
    assert [s.name for s in second.context["index"].page] == ["Anna C"]


def test_conflicts_are_listed_with_parent_and_public_counts(client):
    war = make_conflict(name="Russia-Ukraine war")
    grain = make_conflict(name="Black Sea grain deal", parent=war)
    make_statement(conflicts=[grain])
    make_statement(conflicts=[grain], status="rejected")

    response = client.get("/conflicts/")

    html = response.content.decode()
    assert response.status_code == 200
    assert {c.name: c.statement_count for c in response.context["conflicts"]} == {
        "Black Sea grain deal": 1, "Russia-Ukraine war": 0,
    }
    assert f'part of <a href="{war.get_absolute_url()}">' in html


def test_outlets_are_listed_with_article_and_statement_counts_and_links(client):
    tass = make_outlet(name="TASS", slug="tass", country="Russia")
    article = make_article(outlet=tass)
    make_article(outlet=tass)
    make_statement(article=make_article(outlet=tass, body="“We want peace,” he said."), text="We want peace")

    response = client.get("/outlets/")

    (row,) = [o for o in response.context["outlets"] if o.slug == "tass"]
    assert (row.article_count, row.statement_count) == (3, 1)
    html = response.content.decode()
    assert 'href="/articles/?outlet=tass"' in html
    assert 'href="/statements/?outlet=tass"' in html
    assert article.pk  # made to be counted


def test_articles_are_newest_first_undated_last_and_filterable(client):
    tass = make_outlet(name="TASS", slug="tass")
    old = make_article(title="Old talks", published_on=date(2022, 5, 1), outlet=tass)
    new = make_article(title="New talks", published_on=date(2024, 5, 1))
    undated = make_article(title="Undated <b>talks</b>", published_on=None)

    def titles(query=""):
        return [a.title for a in client.get("/articles/?" + query).context["index"].page]

    assert titles() == [new.title, old.title, undated.title]
    assert titles("outlet=tass") == [old.title]
    assert titles("title=undated") == [undated.title]
    assert titles("published_after=2023-01-01") == [new.title]
    assert titles("published_before=2023-01-01") == [old.title]
    assert titles("undated=on") == [undated.title]
    html = client.get("/articles/").content.decode()
    assert escape("Undated <b>talks</b>") in html
    assert "undated (fetched" in html


def test_articles_with_a_bad_date_are_not_a_500(client):
    make_article(title="Talks")

    response = client.get("/articles/?published_after=yesterday")

    assert response.status_code == 200
    assert [a.title for a in response.context["index"].page] == ["Talks"]
    assert "Published from:" in response.content.decode()


def test_articles_count_their_public_statements(client):
    article = make_article(body="“We want peace,” he said. “We want talks,” he added.")
    make_statement(text="We want peace", article=article)
    make_statement(text="We want talks", article=article, status="rejected")
    make_article()

    counts = {a.pk: a.statement_count for a in client.get("/articles/").context["index"].page}

    assert counts[article.pk] == 1
    assert sorted(counts.values()) == [0, 1]
