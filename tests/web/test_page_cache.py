"""Whole pages served from the cache: never stale after a write or an index commit, never an error page or
an export, and a cached page's CSRF token always the visitor's own."""

import re
from datetime import date

import pytest
from django.test import Client

from statements.models import SavedSearch, SpeakerRole
from statements.web.page_cache import HIT_HEADER
from statements.search import process_index_queue
from tests.factories import make_article, make_speaker, make_statement

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.ARCHIVE_PAGE_CACHE_SECONDS = 3600


@pytest.fixture
def peskov():
    speaker = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    make_statement(text="Peacekeepers must stay in the region", speaker=speaker, said_on=date(2023, 9, 20))
    process_index_queue(wait=True)
    return speaker


def served_twice(client, path):
    first, second = client.get(path), client.get(path)
    assert first.status_code == second.status_code == 200
    return first, second


@pytest.mark.parametrize(
    "path",
    ["/", "/statements/?q=peacekeepers", "/statements/feed/?q=peacekeepers", "/speakers/dmitry-peskov/", "/statements/"],
)
def test_a_page_seen_again_is_the_same_page_from_the_cache(client, peskov, path):
    first, second = served_twice(client, path)
    assert (first[HIT_HEADER], second[HIT_HEADER]) == ("miss", "hit")
    assert second["Content-Type"] == first["Content-Type"]
    assert TOKEN.sub("", second.content.decode()) == TOKEN.sub("", first.content.decode())
    assert "Content-Security-Policy" in second  # the middleware still answers for a cached page


def test_an_edit_is_shown_at_once(client, peskov):
    statement = peskov.statements.get()
    served_twice(client, f"/statements/{statement.pk}/")
    statement.article.body = statement.article.raw_text = "Peacekeepers must leave the region"
    statement.article.save()
    statement.text = "Peacekeepers must leave the region"
    statement.save()
    response = client.get(f"/statements/{statement.pk}/")
    assert response[HIT_HEADER] == "miss"
    assert "must leave" in response.content.decode()


def test_a_search_finds_what_was_indexed_after_it_was_kept(client, peskov):
    article = make_article(body="Demarcation talks will resume, he said.")
    new = make_statement(text="Demarcation talks will resume", article=article, speaker=peskov)
    # In the database, not yet in the index (its drain waits for a commit): the search page kept now
    # lacks it, as a page rendered between a real commit and its index update would.
    _, kept = served_twice(client, "/statements/?q=demarcation")
    assert kept[HIT_HEADER] == "hit" and f"/statements/{new.pk}/" not in kept.content.decode()

    process_index_queue(wait=True)  # the index commit renews the data generation
    response = client.get("/statements/?q=demarcation")
    assert response[HIT_HEADER] == "miss"
    assert f"/statements/{new.pk}/" in response.content.decode()


def test_roles_and_saved_search_names_are_not_kept_past_their_edit(client, peskov):
    served_twice(client, "/speakers/dmitry-peskov/")
    SpeakerRole.objects.create(speaker=peskov, title="Kremlin spokesman")
    assert "Kremlin spokesman" in client.get("/speakers/dmitry-peskov/").content.decode()

    search = SavedSearch.objects.create(key="abc123", name="First name", query_string="q=peacekeepers")
    served_twice(client, "/s/abc123/")
    search.name = "Second name"
    search.save()
    assert "Second name" in client.get("/s/abc123/").content.decode()


@pytest.mark.parametrize(
    "path",
    ["/statements/?q=*peace", "/statements/?date_after=yesterday", "/statements/?format=csv",
     "/statements/?format=json", "/speakers/nobody/", "/statements/?sort=newest"],
)
def test_errors_exports_and_redirects_are_never_served_from_the_cache(client, peskov, path):
    first, second = client.get(path), client.get(path)
    assert first.status_code == second.status_code
    assert second.get(HIT_HEADER) != "hit"


def test_the_cache_can_be_turned_off(client, peskov, settings):
    settings.ARCHIVE_PAGE_CACHE_SECONDS = 0
    first, second = served_twice(client, "/statements/")
    assert HIT_HEADER not in second


def test_a_cached_page_carries_each_visitors_own_csrf_token_and_it_works(peskov):
    first_visitor, second_visitor = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    mine = first_visitor.get("/statements/?q=peacekeepers")
    theirs = second_visitor.get("/statements/?q=peacekeepers")
    assert (mine[HIT_HEADER], theirs[HIT_HEADER]) == ("miss", "hit")
    assert "csrftoken" in theirs.cookies  # the second visitor is given a cookie of their own
    assert theirs.cookies["csrftoken"].value != mine.cookies["csrftoken"].value
    (their_token,) = TOKEN.findall(theirs.content.decode())
    assert their_token not in mine.content.decode()

    saved = second_visitor.post(
        "/s/", {"name": "Peacekeepers", "query": "q=peacekeepers", "csrfmiddlewaretoken": their_token}
    )
    assert saved.status_code == 302
    refused = second_visitor.post(
        "/s/", {"name": "Peacekeepers", "query": "q=peacekeepers", "csrfmiddlewaretoken": TOKEN.findall(mine.content.decode())[0]}
    )
    assert refused.status_code == 403  # the first visitor's token is not the second's
