"""The saved-search contract: every list URL has one canonical spelling (others redirect to it), old
speaker slugs resolve, a saved search reproduces its list under a short key, and every list has an
Atom feed that escapes whatever the data holds."""

from datetime import date
from xml.etree import ElementTree

import pytest
from django.test import Client

from statements.models import SavedSearch, SpeakerRedirect
from statements.search import process_index_queue
from tests.factories import make_article, make_conflict, make_speaker, make_statement

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def corpus():
    kosovo = make_conflict(name="Kosovo–Serbia", slug="kosovo-serbia")
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    vucic = make_speaker(name="Aleksandar Vucic", slug="aleksandar-vucic")
    rows = [
        make_statement(text="Peacekeepers must stay", speaker=peskov, conflicts=[kosovo], said_on=date(2023, 9, 20)),
        make_statement(text="Talks on peacekeepers", speaker=vucic, conflicts=[kosovo], said_on=date(2023, 9, 21)),
        make_statement(text="Nothing about that", speaker=vucic, said_on=date(2023, 9, 22)),
    ]
    process_index_queue(wait=True)
    return rows


@pytest.mark.parametrize(
    "given, canonical",
    [
        ("sort=oldest&conflict=kosovo-serbia", "conflict=kosovo-serbia&sort=oldest"),
        ("speaker=dmitry-peskov&speaker=aleksandar-vucic", "speaker=aleksandar-vucic&speaker=dmitry-peskov"),
        ("speaker=dmitry-peskov&speaker=dmitry-peskov", "speaker=dmitry-peskov"),
        ("q=&speaker=&kind=direct&date_after=&sort=", "kind=direct"),
        ("q=+peacekeepers+", "q=peacekeepers"),
        ("sort=newest", ""),
        ("q=peacekeepers&sort=relevance", "q=peacekeepers"),
        ("page=2&conflict=kosovo-serbia", "conflict=kosovo-serbia&page=2"),
        ("format=csv&kind=direct", "kind=direct&format=csv"),
    ],
)
def test_a_list_url_spelled_otherwise_redirects_permanently_to_its_canonical_form(client, corpus, given, canonical):
    response = client.get(f"/statements/?{given}")

    assert response.status_code == 301
    assert response["Location"] == ("/statements/?" + canonical if canonical else "/statements/")
    assert client.get(response["Location"]).status_code in (200, 400)  # and that one does not redirect again


def test_a_canonical_list_url_does_not_redirect(client, corpus):
    for url in ["/statements/", "/statements/?q=peacekeepers&speaker=dmitry-peskov&sort=oldest&page=1"]:
        assert client.get(url).status_code == 200, url


def test_percent_encoding_does_not_make_a_url_non_canonical(client, corpus):
    assert client.get("/statements/?q=%22must%20stay%22").status_code == 200
    assert client.get("/statements/?q=%22must+stay%22").status_code == 200


def test_an_old_speaker_slug_redirects_to_the_current_one_after_a_merge(client, corpus):
    SpeakerRedirect.objects.create(old_slug="dmitri-peskov", speaker=corpus[0].speaker)

    response = client.get("/statements/?speaker=dmitri-peskov&sort=oldest")

    assert response.status_code == 301
    assert response["Location"] == "/statements/?speaker=dmitry-peskov&sort=oldest"


def test_a_speaker_or_conflict_page_redirects_to_its_canonical_query_too(client, corpus):
    response = client.get("/speakers/dmitry-peskov/?sort=oldest&kind=direct&speaker=someone-else")

    assert response.status_code == 301
    assert response["Location"] == "/speakers/dmitry-peskov/?kind=direct&sort=oldest"


def save(client, name, query):
    return client.post("/s/", {"name": name, "query": query})


def test_saving_a_search_stores_its_canonical_query_under_a_short_random_key(client, corpus):
    response = save(client, "Peacekeepers in Kosovo", "sort=oldest&q=peacekeepers&conflict=kosovo-serbia")

    search = SavedSearch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/s/{search.key}/"
    assert search.name == "Peacekeepers in Kosovo"
    assert search.query_string == "q=peacekeepers&conflict=kosovo-serbia&sort=oldest"
    assert 6 <= len(search.key) <= 16
    save(client, "Again", "q=peacekeepers")
    assert SavedSearch.objects.count() == 2
    assert len(set(SavedSearch.objects.values_list("key", flat=True))) == 2


def test_a_saved_search_reproduces_the_results_of_its_list(client, corpus):
    list_response = client.get("/statements/?q=peacekeepers&sort=oldest")
    save(client, "Peacekeepers", "q=peacekeepers&sort=oldest")
    key = SavedSearch.objects.get().key

    response = client.get(f"/s/{key}/")

    assert response.status_code == 200
    assert response.context["listing"].statements == list_response.context["listing"].statements
    assert [s.text for s in response.context["listing"].statements] == ["Peacekeepers must stay", "Talks on peacekeepers"]
    html = response.content.decode()
    assert "Peacekeepers" in html
    assert f'href="/s/{key}/feed/"' in html


def test_saving_needs_a_csrf_token(corpus):
    strict = Client(enforce_csrf_checks=True)

    assert strict.post("/s/", {"name": "x", "query": "q=peacekeepers"}).status_code == 403
    page = strict.get("/statements/?q=peacekeepers")
    token = page.cookies["csrftoken"].value
    html = page.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html and 'action="/s/"' in html
    assert strict.post("/s/", {"name": "x", "query": "q=peacekeepers", "csrfmiddlewaretoken": token}).status_code == 302


@pytest.mark.parametrize(
    "name, query, message",
    [
        ("", "q=peacekeepers", "This field is required"),
        ("   ", "q=peacekeepers", "This field is required"),
        ("Bad", "speaker=nobody", "no speaker has the slug “nobody”"),
    ],
)
def test_a_search_that_cannot_be_saved_says_why(client, corpus, name, query, message):
    response = save(client, name, query)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_saving_is_a_post_only(client, corpus):
    assert client.get("/s/").status_code == 405


def test_a_saved_search_keeps_working_after_its_speaker_is_merged(client, corpus):
    old = make_speaker(name="Dmitri Peskov", slug="dmitri-peskov")
    make_statement(text="Old words of peacekeepers", speaker=old)
    search = SavedSearch.objects.create(key="merged1", name="Old", query_string="speaker=dmitri-peskov")
    # The merge: the old speaker's statements move, the old slug keeps resolving.
    old.statements.update(speaker=corpus[0].speaker)
    old.delete()
    SpeakerRedirect.objects.create(old_slug="dmitri-peskov", speaker=corpus[0].speaker)

    response = client.get(search.get_absolute_url())

    assert response.status_code == 200
    assert {s.speaker.slug for s in response.context["listing"].statements} == {"dmitry-peskov"}


def test_a_saved_search_can_be_paged_and_exported(client, corpus, settings):
    settings.ARCHIVE_PAGE_SIZE = 1
    search = SavedSearch.objects.create(key="paged1", name="All", query_string="sort=oldest")

    second = client.get(search.get_absolute_url(), {"page": 2})
    exported = client.get(search.get_absolute_url(), {"format": "csv"})

    assert [s.pk for s in second.context["listing"].statements] == [corpus[1].pk]
    assert b"".join(exported.streaming_content).decode().count("\n") == 4  # header + 3 rows


def entries(response) -> list[ElementTree.Element]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content).findall(f"{ATOM}entry")


def test_a_saved_search_has_a_feed_of_its_newest_statements(client, corpus):
    search = SavedSearch.objects.create(key="feed1", name="Kosovo", query_string="conflict=kosovo-serbia&sort=oldest")

    response = client.get(f"/s/{search.key}/feed/")

    feed = ElementTree.fromstring(response.content)
    assert feed.find(f"{ATOM}title").text == "Kosovo"
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries(response)]
    # A feed follows what is new: newest first, whatever the saved sort.
    assert links == [f"http://testserver{corpus[1].get_absolute_url()}", f"http://testserver{corpus[0].get_absolute_url()}"]
    assert client.get("/s/nokey/feed/").status_code == 404


def test_the_feed_of_a_list_url_follows_its_filters(client, corpus):
    response = client.get("/statements/feed/?q=peacekeepers")

    titles = [entry.find(f"{ATOM}title").text for entry in entries(response)]
    assert titles == ["Aleksandar Vucic: Talks on peacekeepers", "Dmitry Peskov: Peacekeepers must stay"]
    assert ElementTree.fromstring(response.content).find(f"{ATOM}title").text == "Statements, matching ‘peacekeepers’"


# Controls XML 1.0 cannot carry (NUL is left out: PostgreSQL cannot store it, and ingest removes it).
PAYLOAD = "<script>alert('x')</script> & \x01\x08\x0b\x1b\x7f ]]> \u0085"


def test_feeds_never_break_on_control_characters_and_escape_everything(client, db):
    speaker = make_speaker(name=f"Evil {PAYLOAD}", slug="evil")
    conflict = make_conflict(name=f"War {PAYLOAD}", slug="war")
    text = f"We say {PAYLOAD} loudly"
    article = make_article(title=f"Title {PAYLOAD}", body=f"He said “{text}”.")
    make_statement(text=text, article=article, speaker=speaker, conflicts=[conflict], said_on=date(2024, 1, 1))
    search = SavedSearch.objects.create(key="evil1", name=f"Saved {PAYLOAD}", query_string="conflict=war")

    for url in ["/statements/feed/", "/statements/feed/?speaker=evil", f"/s/{search.key}/feed/"]:
        response = client.get(url)
        xml = response.content.decode()
        assert "<script>" not in xml, url
        assert "&lt;script&gt;" in xml, url
        (entry,) = entries(response)  # parses: well-formed XML 1.0
        summary = entry.find(f"{ATOM}summary")
        # The summary is declared HTML, so the quote's markup arrives escaped for the reader too.
        assert summary.get("type") == "html"
        assert "We say &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp;" in summary.text


def test_a_feed_of_an_invalid_list_is_a_400_not_an_error_page(client, corpus):
    response = client.get("/statements/feed/?speaker=nobody")

    assert response.status_code == 400
    assert "no speaker has the slug" in response.content.decode()
