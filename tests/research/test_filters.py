"""The statement list's query string: every filter narrows, repeated keys widen, invalid values are
reported on the page (never a 500, never the unfiltered list), pages and sorts behave."""

from datetime import date

import pytest
from django.http import QueryDict

from statements.research.filters import StatementFilter
from statements.search import QueryError, process_index_queue
from tests.factories import make_article, make_conflict, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    """Four statements that differ in every filtered attribute."""
    kosovo = make_conflict(name="Kosovo-Serbia", slug="kosovo-serbia")
    karabakh = make_conflict(name="Armenia-Azerbaijan", slug="armenia-azerbaijan")
    vucic = make_speaker(name="Aleksandar Vucic", slug="aleksandar-vucic", country="Serbia")
    kurti = make_speaker(name="Albin Kurti", slug="albin-kurti", country="Kosovo")
    pashinyan = make_speaker(name="Nikol Pashinyan", slug="nikol-pashinyan", country="Armenia")
    reuters = make_outlet(name="Reuters", slug="reuters")
    armenpress = make_outlet(name="Armenpress", slug="armenpress")

    def statement(key, speaker, conflict, outlet, said_on, kind="direct"):
        text = f"Statement {key} on the border talks"
        article = make_article(outlet=outlet, body=f"Someone said “{text}” today.", published_on=said_on)
        return make_statement(text=text, article=article, speaker=speaker, conflicts=[conflict], kind=kind)

    return {
        "vucic": statement("vucic", vucic, kosovo, reuters, date(2024, 1, 10)),
        "kurti": statement("kurti", kurti, kosovo, reuters, date(2024, 2, 10), kind="indirect"),
        "pashinyan": statement("pashinyan", pashinyan, karabakh, armenpress, date(2024, 3, 10)),
        "pashinyan_old": statement("pashinyan-old", pashinyan, karabakh, reuters, date(2023, 6, 1), kind="mixed"),
    }


def listed(client, params):
    response = client.get("/statements/", params, follow=True)  # to the canonical URL, when spelled otherwise
    assert response.status_code == 200, response.content.decode()
    return [s.pk for s in response.context["page_obj"].object_list]


def ids(corpus, *keys):
    return [corpus[key].pk for key in keys]


def test_it_lists_everything_newest_first_without_filters(client, corpus):
    assert listed(client, {}) == ids(corpus, "pashinyan", "kurti", "vucic", "pashinyan_old")


def test_the_kosovo_filter_returns_only_kosovo_statements(client, corpus):
    assert listed(client, {"conflict": "kosovo-serbia"}) == ids(corpus, "kurti", "vucic")


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"speaker": "nikol-pashinyan"}, ["pashinyan", "pashinyan_old"]),
        ({"kind": "indirect"}, ["kurti"]),
        ({"outlet": "armenpress"}, ["pashinyan"]),
        ({"country": "Serbia"}, ["vucic"]),
        ({"date_after": "2024-01-10", "date_before": "2024-02-10"}, ["kurti", "vucic"]),
        ({"date_after": "2024-02-11"}, ["pashinyan"]),
        ({"date_before": "2023-12-31"}, ["pashinyan_old"]),
    ],
)
def test_each_filter_narrows_the_list(client, corpus, params, expected):
    assert listed(client, params) == ids(corpus, *expected)


def test_a_repeated_key_means_any_of_its_values(client, corpus):
    speakers = {"speaker": ["aleksandar-vucic", "albin-kurti"]}
    assert listed(client, speakers) == ids(corpus, "kurti", "vucic")
    assert listed(client, {"kind": ["direct", "mixed"]}) == ids(corpus, "pashinyan", "vucic", "pashinyan_old")
    assert listed(client, {"country": ["Serbia", "Kosovo"]}) == ids(corpus, "kurti", "vucic")


def test_different_keys_must_all_match(client, corpus):
    assert listed(client, {"speaker": "nikol-pashinyan", "outlet": "reuters"}) == ids(corpus, "pashinyan_old")
    assert listed(client, {"conflict": "kosovo-serbia", "kind": "mixed"}) == []


def test_the_filterset_narrows_a_queryset_for_any_caller(corpus):
    filterset = StatementFilter(QueryDict("conflict=kosovo-serbia&sort=oldest"))

    assert filterset.is_valid()
    assert list(filterset.qs.values_list("pk", flat=True)) == ids(corpus, "vucic", "kurti")


def test_it_sorts_oldest_first_on_request(client, corpus):
    assert listed(client, {"sort": "oldest"}) == ids(corpus, "pashinyan_old", "vucic", "kurti", "pashinyan")


def test_it_paginates(client, corpus, settings):
    settings.ARCHIVE_PAGE_SIZE = 3

    first = client.get("/statements/")
    second = client.get("/statements/", {"conflict": ["armenia-azerbaijan", "kosovo-serbia"], "page": 2})

    assert first.context["page_obj"].num_pages == 2
    assert [s.pk for s in second.context["page_obj"].object_list] == ids(corpus, "pashinyan_old")
    assert first.context["page_obj"].next_query.startswith("?page=2&cursor=after.")
    assert f'href="{first.context["page_obj"].next_query.replace("&", "&amp;")}"' in first.content.decode()


def test_page_links_keep_the_filters(client, corpus, settings):
    settings.ARCHIVE_PAGE_SIZE = 1

    html = client.get("/statements/", {"conflict": "kosovo-serbia"}).content.decode()

    assert 'href="?conflict=kosovo-serbia&amp;page=2&amp;cursor=after.' in html


@pytest.mark.parametrize(
    "params, message",
    [
        ({"speaker": "nobody-at-all"}, "no speaker has the slug “nobody-at-all”"),
        ({"speaker": ["aleksandar-vucic", "nobody-at-all"]}, "no speaker has the slug “nobody-at-all”"),
        ({"conflict": "atlantis"}, "no conflict has the slug “atlantis”"),
        ({"outlet": "pravda"}, "no outlet has the slug “pravda”"),
        ({"kind": "rumour"}, "“rumour” is not a kind"),
        ({"country": "Narnia"}, "no speaker is from “Narnia”"),
        ({"date_after": "10/01/2024"}, "use an ISO date such as 2024-03-01"),
        ({"date_before": "yesterday"}, "use an ISO date such as 2024-03-01"),
        ({"date_after": "2024-05-01", "date_before": "2024-01-01"}, "is after the end date"),
        ({"sort": "random"}, "“random” is not a sort"),
        ({"page": "abc"}, "page=abc is not a page number"),
        ({"page": "0"}, "There is no page 0"),
        ({"page": "99"}, "There is no page 99: this list has 1 page"),
        ({"format": "xml"}, "format=xml is not available"),
        ({"q": "border " * 100}, "The search is too long"),
        ({"q": "border\x00"}, "Null characters are not allowed"),
    ],
)
def test_an_invalid_value_gives_a_message_and_no_list(client, corpus, params, message):
    response = client.get("/statements/", params, follow=True)

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'role="alert"' in html
    for statement in corpus.values():
        assert statement.get_absolute_url() not in html


def test_an_unknown_parameter_is_named_and_the_rest_still_applies(client, corpus):
    response = client.get("/statements/", {"conflict": "kosovo-serbia", "speakr": "albin-kurti"})

    assert response.status_code == 200
    assert "Ignored unknown parameter(s): speakr" in response.content.decode()
    assert [s.pk for s in response.context["page_obj"].object_list] == ids(corpus, "kurti", "vucic")


def test_each_active_filter_has_a_link_that_removes_only_it(client, corpus):
    response = client.get("/statements/", {"speaker": ["albin-kurti", "aleksandar-vucic"], "kind": "direct"})

    active = {(a.label, a.value): a.remove_url for a in response.context["listing"].active_filters}
    assert active[("Speaker", "Aleksandar Vucic")] == "/statements/?speaker=albin-kurti&kind=direct"
    assert active[("Kind", "direct quote")] == "/statements/?speaker=albin-kurti&speaker=aleksandar-vucic"


def test_a_search_narrows_the_filtered_list_and_highlights_the_words(client, corpus):
    corpus["kurti"].text = "Statement kurti on the border talks and a ceasefire"
    corpus["kurti"].save()
    corpus["pashinyan"].text = "Statement pashinyan on the ceasefire"
    corpus["pashinyan"].save()
    reindex_all()

    response = client.get("/statements/", {"q": "ceasefire", "conflict": "kosovo-serbia"})

    assert response.status_code == 200
    assert [s.pk for s in response.context["page_obj"].object_list] == ids(corpus, "kurti")
    assert response.context["listing"].sort == "relevance"
    assert "<mark>ceasefire</mark>" in response.content.decode().lower()


def test_a_search_can_be_sorted_by_date(client, corpus):
    reindex_all()

    newest = listed(client, {"q": "border", "sort": "newest"})
    oldest = listed(client, {"q": "border", "sort": "oldest", "speaker": "nikol-pashinyan"})

    assert newest == ids(corpus, "pashinyan", "kurti", "vucic", "pashinyan_old")
    assert oldest == ids(corpus, "pashinyan_old", "pashinyan")


def test_a_query_the_search_cannot_run_gives_a_message(client, corpus, monkeypatch):
    def refuse(q, **kwargs):
        raise QueryError("Close the quotation mark you opened.")

    monkeypatch.setattr("statements.research.filters.search_ids", refuse)
    monkeypatch.setattr("statements.research.filters.search_condition", refuse)  # the postgres backend's way

    response = client.get("/statements/", {"q": '"border'})

    assert response.status_code == 400
    assert "Close the quotation mark you opened." in response.content.decode()
    assert corpus["vucic"].get_absolute_url() not in response.content.decode()


def reindex_all():
    """Index what the factories queued; in production the drain runs after each commit."""
    process_index_queue(wait=True)


@pytest.fixture
def dated_rows():
    """Eleven statements: several on the same day, two undated, so the keyset must order ties by id."""
    speaker = make_speaker(name="Pager", slug="pager")
    days = [date(2024, 1, 1)] * 3 + [date(2024, 1, 2), date(2024, 1, 3)] * 2 + [date(2024, 1, 5)] * 2 + [None, None]
    return [make_statement(speaker=speaker, said_on=day) for day in days]


def walk(client, first_params, direction="next"):
    response = client.get("/statements/", first_params)
    pages = []
    while True:
        assert response.status_code == 200, response.content.decode()
        page = response.context["page_obj"]
        pages.append((page.number, [s.pk for s in page.object_list]))
        query = page.next_query if direction == "next" else page.previous_query
        if not query:
            return pages, response
        response = client.get("/statements/" + query)


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_following_next_links_visits_every_statement_once_in_order(client, dated_rows, settings, sort):
    settings.ARCHIVE_PAGE_SIZE = 3
    expected = listed_all(client, sort)

    pages, _ = walk(client, {"sort": sort} if sort != "newest" else {})

    assert [number for number, _ in pages] == [1, 2, 3, 4]
    assert [pk for _, ids in pages for pk in ids] == expected


def listed_all(client, sort):
    from statements.models import Statement

    queryset = Statement.objects.public()
    ordered = queryset.newest_first() if sort == "newest" else queryset.oldest_first()
    return list(ordered.values_list("pk", flat=True))


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_previous_links_walk_back_through_the_same_pages(client, dated_rows, settings, sort):
    settings.ARCHIVE_PAGE_SIZE = 3
    forward, last = walk(client, {"sort": sort} if sort != "newest" else {})
    last_query = last.context["page_obj"].previous_query

    backward, _ = walk(client, dict(QueryDict(last_query.lstrip("?")).items()), direction="previous")

    assert list(reversed(backward)) == forward[:-1]


def test_a_deep_page_is_read_by_keyset_not_offset(client, dated_rows, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.ARCHIVE_PAGE_SIZE = 3
    _, last = walk(client, {"sort": "oldest"})
    deep = last.request["QUERY_STRING"]

    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/statements/?{deep}")

    assert response.status_code == 200
    assert "cursor=" in deep
    assert not [q["sql"] for q in queries if "OFFSET" in q["sql"].upper()]


def test_a_cursor_without_a_page_number_still_shows_where_it_is(client, dated_rows, settings):
    settings.ARCHIVE_PAGE_SIZE = 3
    pages, last = walk(client, {})
    query = QueryDict(last.request["QUERY_STRING"], mutable=True)
    del query["page"]

    response = client.get(f"/statements/?{query.urlencode()}")

    assert response.context["page_obj"].number == pages[-1][0]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"cursor": "sideways.2024-01-01.3"}, "is not a position in this list"),
        ({"cursor": "after.2024-13-01.3"}, "is not a position in this list"),
        ({"cursor": "after.2024-01-01"}, "is not a position in this list"),
        ({"q": "statement", "cursor": "after.2024-01-01.3"}, "cursor= only works with a date sort"),
    ],
)
def test_an_invalid_cursor_gives_a_message(client, dated_rows, params, message):
    response = client.get("/statements/", params)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_search_that_finds_nothing_offers_a_corrected_one(client, corpus, monkeypatch):
    monkeypatch.setattr("statements.research.listing.suggest", lambda q: "border" if q == "bordre" else None)
    reindex_all()

    response = client.get("/statements/", {"q": "bordre", "speaker": "albin-kurti"})

    assert response.context["listing"].suggestion == "border"
    assert 'Did you mean <a href="?q=border&amp;speaker=albin-kurti">border</a>?' in response.content.decode()
