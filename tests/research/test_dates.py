"""Dates as a reader meets them: an undated statement says so and gives the bound the archive knows (its
article's publication, else the day the article was fetched); charts say how many statements they could
not draw for want of a date; feed entries are dated by when the statement was said."""

from datetime import date, datetime, timezone
from xml.etree import ElementTree

import pytest

from statements.models import Article
from tests.factories import make_article, make_conflict, make_speaker, make_statement

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def undated_article(fetched: datetime) -> Article:
    article = make_article(published_on=None, body="“Talks will go on,” the minister said.", title="Undated")
    Article.objects.filter(pk=article.pk).update(ingested_at=fetched)  # auto_now_add: set after the insert
    article.refresh_from_db()
    return article


def quoted_in(article: Article, **fields):
    return make_statement(text="Talks will go on", article=article, said_on=None, **fields)


def test_an_undated_statement_says_so_and_gives_the_fetch_date_as_a_bound(client):
    statement = make_statement(text="Talks will go on", article=undated_article(datetime(2024, 6, 7, 9, tzinfo=timezone.utc)),
                               said_on=None)

    page = client.get(statement.get_absolute_url()).content.decode()
    listed = client.get("/statements/").content.decode()

    assert "undated: the article gives no date. It was fetched on <time datetime=\"2024-06-07\">7 June 2024</time>" in page
    assert "so this was said on or before that day" in page
    assert 'undated (fetched <time datetime="2024-06-07">7 Jun 2024</time>)' in listed


def test_a_statement_without_its_own_date_in_a_dated_article_is_bounded_by_publication(client):
    article = make_article(published_on=date(2023, 3, 1), body="“Talks will go on,” the minister said.")
    statement = make_statement(text="Talks will go on", article=article, said_on=None)

    page = client.get(statement.get_absolute_url()).content.decode()

    assert 'undated: said on or before <time datetime="2023-03-01">1 March 2023</time>, when the article was published' in page


def test_a_dated_statement_shows_its_day(client):
    statement = make_statement(said_on=date(2023, 9, 25))

    page = client.get(statement.get_absolute_url()).content.decode()

    assert '<time datetime="2023-09-25">25 September 2023</time>' in page
    assert "undated" not in page


def test_a_speakers_chart_counts_the_undated_statements_it_cannot_draw(client):
    speaker = make_speaker(name="Dmitry Peskov")
    make_statement(speaker=speaker, said_on=date(2023, 9, 25))
    for _ in range(2):
        quoted_in(undated_article(datetime(2024, 6, 7, tzinfo=timezone.utc)), speaker=speaker)
    quoted_in(undated_article(datetime(2024, 6, 7, tzinfo=timezone.utc)), speaker=speaker, status="rejected")

    response = client.get(speaker.get_absolute_url())

    assert response.context["timeline"].undated == 2
    assert "Undated: 2 statements with no known date" in response.content.decode()


def test_a_conflict_with_only_undated_statements_says_how_many(client):
    conflict = make_conflict(name="Karabakh")
    quoted_in(undated_article(datetime(2024, 6, 7, tzinfo=timezone.utc)), conflicts=[conflict])

    html = client.get(conflict.get_absolute_url()).content.decode()

    assert "No dated statements yet." in html
    assert "Undated: 1 statement with no known date" in html


def test_feed_entries_are_dated_by_when_the_statement_was_said(client):
    said = make_statement(said_on=date(2021, 4, 5))
    published_only = quoted_in(make_article(published_on=date(2022, 2, 3), body="“Talks will go on,” he said."))
    neither = quoted_in(undated_article(datetime(2024, 6, 7, 9, tzinfo=timezone.utc)))

    feed = ElementTree.fromstring(client.get("/statements/feed/").content)

    dates = {
        entry.find(f"{ATOM}id").text.rstrip("/").rsplit("/", 1)[-1]: (
            entry.find(f"{ATOM}published").text, entry.find(f"{ATOM}updated").text
        )
        for entry in feed.iter(f"{ATOM}entry")
    }
    assert dates[str(said.pk)] == ("2021-04-05T00:00:00+00:00", "2021-04-05T00:00:00+00:00")
    assert dates[str(published_only.pk)][0] == "2022-02-03T00:00:00+00:00"
    assert dates[str(neither.pk)][0] == "2024-06-07T09:00:00+00:00"
