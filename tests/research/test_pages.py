"""The researcher's pages: each renders with its content, unknown things are 404s, rejected statements
never show, and nothing from the data reaches the HTML unescaped."""

from datetime import date

import pytest
from django.utils.html import escape

from statements.models import SavedSearch, SpeakerRedirect, SpeakerRole
from tests.factories import make_article, make_conflict, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"


@pytest.fixture
def peskov():
    speaker = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov", country="Russia")
    SpeakerRole.objects.create(speaker=speaker, title="Kremlin spokesman")
    speaker.aliases.create(name="Mr Peskov")
    return speaker


@pytest.fixture
def statement(peskov):
    conflict = make_conflict(name="Russia-Ukraine", slug="russia-ukraine")
    article = make_article(
        title="Kremlin comments on talks",
        outlet=make_outlet(name="TASS", slug="tass"),
        url="https://tass.example/1",
        body="Intro paragraph.\nPeskov said: “Talks will continue next week,” to reporters.\nLast paragraph.",
        published_on=date(2024, 3, 4),
    )
    return make_statement(
        text="Talks will continue next week", article=article, speaker=peskov, conflicts=[conflict], cue="said"
    )


def test_it_renders_the_home_page_with_counts_conflicts_speakers_and_latest(client, statement):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="q"' in html
    assert "Russia-Ukraine" in html
    assert "Dmitry Peskov" in html
    assert "Talks will continue next week" in html
    assert response.context["counts"]["statements"] == 1


def test_it_renders_an_empty_archive(client, db):
    assert client.get("/").status_code == 200
    assert client.get("/statements/").status_code == 200


def test_it_lists_statements(client, statement):
    response = client.get("/statements/")

    assert response.status_code == 200
    assert response.context["page_obj"].object_list == [statement]
    assert statement.get_absolute_url() in response.content.decode()


def test_it_shows_a_statement_with_its_speaker_conflicts_and_source_marked_in_place(client, statement):
    response = client.get(statement.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "Dmitry Peskov" in html and "Kremlin spokesman" in html
    assert statement.speaker.get_absolute_url() in html
    assert "/conflicts/russia-ukraine/" in html
    assert 'datetime="2024-03-04"' in html
    assert "Peskov said: “<mark>Talks will continue next week</mark>,” to reporters." in html
    assert "Intro paragraph" not in html  # only the statement's own paragraph
    assert '<a href="https://tass.example/1"' in html
    assert statement.article.get_absolute_url() in html


def test_a_statement_shows_the_roles_its_speaker_held_on_the_day(client, peskov):
    SpeakerRole.objects.create(
        speaker=peskov, title="Former envoy", started_on=date(2000, 1, 1), ended_on=date(2010, 1, 1)
    )
    SpeakerRole.objects.create(speaker=peskov, title="Future minister", started_on=date(2030, 1, 1))
    statement = make_statement(speaker=peskov, said_on=date(2024, 3, 4))

    html = client.get(statement.get_absolute_url()).content.decode()

    assert "Kremlin spokesman" in html
    assert "Former envoy" not in html and "Future minister" not in html


def test_it_does_not_link_an_article_url_that_is_not_http(client, peskov):
    article = make_article(url="javascript:alert(1)", body="He said “we agree” today.")
    statement = make_statement(text="we agree", article=article, speaker=peskov)

    for url in [statement.get_absolute_url(), article.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert 'href="javascript:' not in html
        assert "javascript:alert(1)" in html  # still shown, as text


def test_it_marks_every_statement_in_its_article_with_a_link_to_it(client, peskov):
    article = make_article(title="Two quotes", body="A said “first words” and B said “second words” later.")
    first = make_statement(text="first words", article=article, speaker=peskov)
    second = make_statement(text="second words", article=article, speaker=make_speaker(name="Other"))

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    for statement in [first, second]:
        link = f'<a href="{statement.get_absolute_url()}">{statement.text}</a>'
        assert f'<mark id="s{statement.pk}">{link}</mark>' in html
    assert html.count("<mark") == 2
    assert "Other" in html and article.outlet.name in html


def test_it_shows_a_speaker_with_roles_aliases_and_statements(client, statement, peskov):
    response = client.get("/speakers/dmitry-peskov/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Kremlin spokesman" in html and "Mr Peskov" in html and "Russia" in html
    assert list(response.context["page_obj"].object_list) == [statement]


def test_it_paginates_a_speakers_statements(client, peskov, settings):
    settings.ARCHIVE_PAGE_SIZE = 2
    for day in range(1, 6):
        make_statement(speaker=peskov, said_on=date(2024, 1, day))

    second = client.get("/speakers/dmitry-peskov/", {"page": 2})
    beyond = client.get("/speakers/dmitry-peskov/", {"page": 9})

    assert [s.said_on.day for s in second.context["page_obj"].object_list] == [3, 2]
    assert beyond.status_code == 400
    assert "There is no page 9" in beyond.content.decode()


def test_it_redirects_an_old_speaker_slug_permanently(client, peskov):
    SpeakerRedirect.objects.create(old_slug="dmitri-peskov", speaker=peskov)

    response = client.get("/speakers/dmitri-peskov/")

    assert response.status_code == 301
    assert response["Location"] == "/speakers/dmitry-peskov/"


def test_it_shows_a_conflict_with_latest_statements_and_top_speakers(client, statement):
    kosovo = make_conflict(name="Kosovo-Serbia", slug="kosovo-serbia")
    make_statement(text="Kosovo talks stall", speaker=make_speaker(name="Vucic"), conflicts=[kosovo])

    response = client.get("/conflicts/russia-ukraine/")

    assert response.status_code == 200
    assert response.context["listing"].statements == [statement]
    speakers = next(facet for facet in response.context["listing"].facets if facet.key == "speaker")
    assert [(value.label, value.count) for value in speakers.values] == [("Dmitry Peskov", 1)]
    assert "Kosovo talks stall" not in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/statements/999999/", "/speakers/nobody/", "/conflicts/nowhere/", "/articles/999999/", "/s/nokey/"]
)
def test_it_answers_404_for_unknown_things(client, db, url):
    assert client.get(url).status_code == 404


def test_it_never_shows_a_rejected_statement(client, statement, peskov):
    rejected = make_statement(text="Rejected words here", article=None, speaker=peskov, status="rejected")
    article = rejected.article

    assert client.get(rejected.get_absolute_url()).status_code == 404
    for url in ["/", "/statements/", "/speakers/dmitry-peskov/", article.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert f'id="s{rejected.pk}"' not in html
        assert rejected.get_absolute_url() not in html
    assert client.get("/").context["counts"]["statements"] == 1
    assert client.get(article.get_absolute_url()).content.decode().count("<mark") == 0


def test_it_escapes_markup_from_the_data_on_every_page(client):
    speaker = make_speaker(name=f"Evil {SCRIPT}")
    conflict = make_conflict(name=f"War {SCRIPT}")
    text = f"We say {SCRIPT} loudly"
    article = make_article(title=f"Title {SCRIPT}", author=SCRIPT, body=f"He said “{text}”.\nMore {SCRIPT}.")
    statement = make_statement(text=text, article=article, speaker=speaker, conflicts=[conflict], cue=SCRIPT)

    urls = [
        "/",
        "/statements/",
        statement.get_absolute_url(),
        article.get_absolute_url(),
        speaker.get_absolute_url(),
        conflict.get_absolute_url(),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert SCRIPT not in html, url
        assert escape(SCRIPT) in html, url


def test_a_saved_search_lists_its_statements_under_its_name(client, statement):
    SavedSearch.objects.create(key="abc123", name="Kremlin on talks", query_string="conflict=russia-ukraine&sort=oldest")

    response = client.get("/s/abc123/")

    assert response.status_code == 200
    assert response.context["listing"].statements == [statement]
    html = response.content.decode()
    assert "Kremlin on talks" in html
    assert 'href="/statements/?conflict=russia-ukraine&amp;sort=oldest"' in html


def test_every_list_page_advertises_its_atom_feed(client, statement):
    pages = {
        "/": "/statements/feed/",
        "/statements/?conflict=russia-ukraine&page=1": "/statements/feed/?conflict=russia-ukraine",
        "/speakers/dmitry-peskov/": "/statements/feed/?speaker=dmitry-peskov",
        "/conflicts/russia-ukraine/": "/statements/feed/?conflict=russia-ukraine",
    }
    for url, feed in pages.items():
        html = client.get(url).content.decode()
        assert f'<link rel="alternate" type="application/atom+xml"' in html, url
        assert f'href="{feed}"' in html, url


def test_the_feed_of_a_list_is_atom_with_its_statements(client, statement):
    other = make_statement(text="Unrelated words", conflicts=[make_conflict()])

    response = client.get("/statements/feed/", {"conflict": "russia-ukraine"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    xml = response.content.decode()
    assert f"http://testserver{statement.get_absolute_url()}" in xml
    assert other.get_absolute_url() not in xml
    assert client.get("/statements/feed/", {"conflict": "atlantis"}).status_code == 400


@pytest.fixture
def seeded(gazetteer):
    from django.conf import settings
    from django.core.management import call_command

    from statements.search import process_index_queue

    call_command("ingest", str(settings.BASE_DIR / "fixtures" / "seeds"))
    process_index_queue(wait=True)


def seed_pages():
    from statements.models import Article, Statement

    statement = Statement.objects.filter(speaker__slug="dmitry-peskov", said_on__isnull=False).first()
    # Cold (nothing cached yet). The home page's and the timelines' counts are each every statement minus
    # the rejected ones: two cheap grouped queries where one slow one was.
    return {
        "/": 11,
        "/statements/": 12,
        "/statements/?q=peacekeepers": 12,
        "/statements/?q=talks&speaker=dmitry-peskov&conflict=armenia-azerbaijan&date_after=2023-01-01&date_before=2023-12-31": 20,
        "/statements/?conflict=armenia-azerbaijan&sort=oldest&page=2": 14,
        statement.get_absolute_url(): 9,
        "/speakers/dmitry-peskov/": 17,
        "/conflicts/armenia-azerbaijan/": 17,
        Article.objects.first().get_absolute_url(): 4,
        # The choices counted as every statement minus the rejected ones; each speaker's latest ids, then rows.
        "/compare/?speaker=dmitry-peskov&speaker=maria-zakharova": 15,
        "/statements/feed/?conflict=armenia-azerbaijan": 6,
        "/help/search/": 0,
    }


def test_the_main_pages_render_the_seed_corpus_with_a_bounded_number_of_queries(
    client, seeded, django_assert_max_num_queries
):
    import time

    for url, most in seed_pages().items():
        started = time.perf_counter()
        with django_assert_max_num_queries(most):
            response = client.get(url)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, url
        assert elapsed < 2.0, f"{url} took {elapsed:.2f} s"  # generous: catches a page gone quadratic, not a slow CI


def test_the_number_of_queries_does_not_grow_with_the_page_size(client, seeded, settings, django_assert_max_num_queries):
    settings.ARCHIVE_PAGE_SIZE = 50  # every seed statement on one page

    for url in ["/statements/", "/speakers/dmitry-peskov/", "/conflicts/armenia-azerbaijan/"]:
        with django_assert_max_num_queries(17):
            assert client.get(url).status_code == 200
