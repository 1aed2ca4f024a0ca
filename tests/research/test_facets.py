"""Facets: counted by the database over the filtered list, every value a link that toggles it, the same
definition on the list, speaker and conflict pages; and the filters in use said in words."""

from datetime import date

import pytest
from django.http import QueryDict
from hypothesis import given, settings as hyp_settings, strategies as st

from statements.research.canonical import list_query, toggled
from statements.research.describe import describe
from statements.research.filters import StatementFilter
from statements.search import process_index_queue
from tests.factories import make_article, make_conflict, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    kosovo = make_conflict(name="Kosovo–Serbia", slug="kosovo-serbia")
    karabakh = make_conflict(name="Armenia–Azerbaijan", slug="armenia-azerbaijan")
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov", country="Russia")
    vucic = make_speaker(name="Aleksandar Vucic", slug="aleksandar-vucic", country="Serbia")
    tass = make_outlet(name="TASS", slug="tass")
    reuters = make_outlet(name="Reuters", slug="reuters")

    def statement(text, speaker, conflicts, outlet, said_on, kind="direct"):
        article = make_article(outlet=outlet, body=f"Someone said “{text}” today.", published_on=said_on)
        return make_statement(text=text, article=article, speaker=speaker, conflicts=conflicts, kind=kind, said_on=said_on)

    rows = [
        statement("Peacekeepers stay in Kosovo", peskov, [kosovo], tass, date(2023, 9, 20)),
        statement("Peacekeepers leave Karabakh", peskov, [karabakh], tass, date(2023, 9, 25), kind="indirect"),
        statement("Both conflicts need peacekeepers", peskov, [kosovo, karabakh], reuters, date(2024, 2, 1)),
        statement("Serbia wants talks", vucic, [kosovo], reuters, date(2023, 10, 2)),
        statement("Undated words on talks", vucic, [], reuters, None),
    ]
    process_index_queue(wait=True)
    return rows


def facets(client, params):
    response = client.get("/statements/", params, follow=True)
    assert response.status_code == 200, response.content.decode()
    return {facet.key: facet for facet in response.context["listing"].facets}


def counts(facet):
    return {value.value: value.count for value in facet.values}


def test_it_counts_each_facet_over_the_whole_filtered_list(client, corpus):
    found = facets(client, {"conflict": "kosovo-serbia"})

    assert counts(found["speaker"]) == {"dmitry-peskov": 2, "aleksandar-vucic": 1}
    assert counts(found["outlet"]) == {"reuters": 2, "tass": 1}
    assert counts(found["kind"]) == {"direct": 3}
    assert counts(found["country"]) == {"Russia": 2, "Serbia": 1}
    assert counts(found["year"]) == {"2023": 2, "2024": 1}


def test_a_statement_about_two_conflicts_counts_once_under_each(client, corpus):
    found = facets(client, {})

    assert counts(found["conflict"]) == {"kosovo-serbia": 3, "armenia-azerbaijan": 2}
    assert counts(found["speaker"]) == {"dmitry-peskov": 3, "aleksandar-vucic": 2}


def test_facets_count_only_what_the_search_matched(client, corpus):
    found = facets(client, {"q": "peacekeepers"})

    assert counts(found["speaker"]) == {"dmitry-peskov": 3}
    assert counts(found["conflict"]) == {"kosovo-serbia": 2, "armenia-azerbaijan": 2}


def test_a_facet_value_links_to_the_list_with_it_added_in_canonical_form(client, corpus):
    found = facets(client, {"q": "talks"})

    vucic = next(v for v in found["speaker"].values if v.value == "aleksandar-vucic")
    assert not vucic.selected
    assert vucic.toggle_url == "/statements/?q=talks&speaker=aleksandar-vucic"


def test_a_selected_value_links_to_the_list_without_it_and_its_siblings_keep_their_counts(client, corpus):
    found = facets(client, {"speaker": "aleksandar-vucic"})

    speaker = {v.value: v for v in found["speaker"].values}
    assert speaker["aleksandar-vucic"].selected
    assert speaker["aleksandar-vucic"].toggle_url == "/statements/"
    # Counted without the speaker filter, so Peskov can be added ("either of them").
    assert speaker["dmitry-peskov"].count == 3
    assert speaker["dmitry-peskov"].toggle_url == "/statements/?speaker=aleksandar-vucic&speaker=dmitry-peskov"
    # Other facets count the filtered list.
    assert counts(found["conflict"]) == {"kosovo-serbia": 1}


def test_toggling_two_facets_narrows_the_list_to_both(client, corpus):
    first = facets(client, {})
    url = next(v for v in first["conflict"].values if v.value == "kosovo-serbia").toggle_url
    second = client.get(url)
    outlet = next(v for v in second.context["listing"].facets if v.key == "outlet")
    url = next(v for v in outlet.values if v.value == "tass").toggle_url

    response = client.get(url)

    assert url == "/statements/?conflict=kosovo-serbia&outlet=tass"
    assert [s.text for s in response.context["listing"].statements] == ["Peacekeepers stay in Kosovo"]


def test_a_chosen_year_shows_its_months_and_a_month_can_be_chosen(client, corpus):
    found = facets(client, {"date_after": "2023-01-01", "date_before": "2023-12-31"})

    year = {v.value: v for v in found["year"].values}
    assert year["2023"].selected and year["2023"].toggle_url == "/statements/"
    assert year["2024"].toggle_url == "/statements/?date_after=2024-01-01&date_before=2024-12-31"
    months = {v.value: v for v in found["month"].values}
    assert {key: v.count for key, v in months.items()} == {"2023-09": 2, "2023-10": 1}
    assert months["2023-09"].label == "September"
    assert months["2023-09"].toggle_url == "/statements/?date_after=2023-09-01&date_before=2023-09-30"


def test_a_chosen_month_is_marked_and_unchoosing_it_goes_back_to_its_year(client, corpus):
    found = facets(client, {"date_after": "2023-09-01", "date_before": "2023-09-30"})

    september = next(v for v in found["month"].values if v.value == "2023-09")
    assert september.selected
    assert september.toggle_url == "/statements/?date_after=2023-01-01&date_before=2023-12-31"


def test_the_facets_of_the_page_are_rendered_as_toggle_links(client, corpus):
    html = client.get("/statements/", {"speaker": "aleksandar-vucic"}).content.decode()

    assert 'href="/statements/?speaker=aleksandar-vucic&amp;speaker=dmitry-peskov"' in html
    assert "(selected: remove this filter)" in html


def test_a_speakers_page_uses_the_same_facets_without_the_speaker_and_links_to_the_list(client, corpus):
    response = client.get("/speakers/dmitry-peskov/")

    found = {facet.key: facet for facet in response.context["listing"].facets}
    assert "speaker" not in found and "country" not in found
    assert counts(found["conflict"]) == {"kosovo-serbia": 2, "armenia-azerbaijan": 2}
    kosovo = next(v for v in found["conflict"].values if v.value == "kosovo-serbia")
    assert kosovo.toggle_url == "/statements/?speaker=dmitry-peskov&conflict=kosovo-serbia"


def test_a_conflicts_page_counts_who_speaks_about_it(client, corpus):
    response = client.get("/conflicts/kosovo-serbia/")

    found = {facet.key: facet for facet in response.context["listing"].facets}
    assert "conflict" not in found
    assert [(v.label, v.count) for v in found["speaker"].values] == [("Dmitry Peskov", 2), ("Aleksandar Vucic", 1)]


@pytest.mark.parametrize(
    "query, words",
    [
        ("", "Statements"),
        ("speaker=dmitry-peskov&conflict=kosovo-serbia&q=peacekeepers&date_after=2023-01-01&date_before=2023-12-31",
         "Statements by Dmitry Peskov about Kosovo–Serbia, matching ‘peacekeepers’, 2023"),
        ("kind=direct&kind=indirect&speaker=dmitry-peskov&speaker=aleksandar-vucic",
         "Direct quotes or reported speech by Aleksandar Vucic or Dmitry Peskov"),
        ("country=Serbia&outlet=reuters&date_after=2023-09-01&date_before=2023-09-30",
         "Statements by speakers from Serbia reported by Reuters, September 2023"),
        ("date_after=2023-09-19", "Statements, since 19 September 2023"),
        ("date_after=2023-09-19&date_before=2023-10-02", "Statements, from 19 September 2023 to 2 October 2023"),
    ],
)
def test_it_says_the_filters_in_use_in_words(corpus, query, words):
    filterset = StatementFilter(QueryDict(query))
    assert filterset.is_valid(), filterset.form.errors

    assert describe(filterset.form.cleaned_data) == words


def test_the_list_page_is_headed_by_its_filters_in_words(client, corpus):
    html = client.get("/statements/", {"speaker": "dmitry-peskov", "conflict": "kosovo-serbia"}).content.decode()

    assert "<h1>Statements by Dmitry Peskov about Kosovo–Serbia</h1>" in html


def test_counts_stay_right_when_a_statement_matches_two_chosen_conflicts(client, corpus):
    found = facets(client, {"conflict": ["armenia-azerbaijan", "kosovo-serbia"]})

    assert counts(found["speaker"]) == {"dmitry-peskov": 3, "aleksandar-vucic": 1}
    assert counts(found["year"]) == {"2023": 3, "2024": 1}


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"kind": "direct"},
        {"conflict": ["synthetic-5-kosovo-serbia", "synthetic-5-syria"]},
        {"date_after": "2015-01-01", "date_before": "2015-12-31"},
        {"country": "Russia", "kind": ["direct", "mixed"]},
    ],
)
def test_every_facet_count_is_the_count_of_the_list_its_link_opens(client, db, params):
    from statements.devtools.corpus import generate_corpus

    generate_corpus(400, seed=5)
    listing = client.get("/statements/", params, follow=True).context["listing"]
    checked = 0
    for facet in listing.facets:
        if facet.active and facet.key not in ("year", "month"):
            continue  # another value of an active key widens the list ("any of"), it does not narrow it
        for value in facet.values[:4]:
            if value.selected:
                continue
            opened = client.get(value.toggle_url).context["listing"]
            assert opened.page.count == value.count, (facet.key, value.value, value.toggle_url)
            checked += 1
    assert checked >= 10


_slugs = st.text(alphabet="ab-é&= +", min_size=1, max_size=4).map(str.strip).filter(bool)
_keys = st.sampled_from(["q", "speaker", "conflict", "kind", "outlet", "country", "date_after", "sort", "zz", "a"])


@hyp_settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(_keys, _slugs), max_size=8),
       key=st.sampled_from(["speaker", "conflict", "kind", "outlet", "country"]), value=_slugs)
def test_a_facet_link_spells_the_toggled_query_as_list_query_would(pairs, key, value):
    # The quick spelling of a facet's link against the whole canonical form: add or remove one value.
    given_query = QueryDict(mutable=True)
    for name, text in pairs:
        given_query.appendlist(name, text)
    query = list_query(given_query)
    changed = query.copy()
    values = changed.getlist(key)
    changed.setlist(key, [v for v in values if v != value] if value in values else [*values, value])

    assert toggled(query, key, value) == list_query(changed).urlencode()
