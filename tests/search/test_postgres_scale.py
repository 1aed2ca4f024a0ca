"""The PostgreSQL backend at scale: past the exact limit its total and facets are counted over an even share
of the matches, scaled and said to be estimates; relevance ranks the RANK_CANDIDATES newest matches and
lists the rest newest first; a rebuilt table has its planner statistics."""

from datetime import date, timedelta

import pytest
from django.db import connection

from statements.search import SearchRequest, postgres_backend, postgres_counts, reindex, search_ids, search_page
from statements.search.postgres_schema import TABLE
from tests.search.support import index_now, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgres(settings):
    if connection.vendor != "postgresql":
        pytest.skip("postgres search backend: needs the PostgreSQL test database (scripts/test.sh runs it)")
    settings.ARCHIVE_SEARCH_BACKEND = "postgres"


@pytest.fixture
def many(postgres, monkeypatch):
    # A pilot of 60 rows of the table's 241, so that they make a pilot and a share as 100k do with the real sizes.
    monkeypatch.setattr(postgres_counts, "PILOT_ROWS", 60)
    for n in range(240):
        make_statement(f"The ceasefire holds, day {n}.", kind="indirect" if n % 3 else "direct")
    make_statement("Nothing about it.")
    index_now()
    with connection.cursor() as cursor:  # the row count the pilot is sized from, as a rebuild leaves it
        cursor.execute(f"ANALYZE {TABLE}")


def test_below_the_exact_limit_every_match_is_counted(many, settings):
    settings.ARCHIVE_FACET_EXACT_LIMIT = 1000
    page = search_page(SearchRequest(q="ceasefire", facets=True))
    assert (page.total, page.estimated) == (240, False)
    assert dict(page.facets["kind"]) == {"indirect": 160, "direct": 80}


def test_a_limit_of_zero_always_counts_every_match(many, settings):
    settings.ARCHIVE_FACET_EXACT_LIMIT = 0
    page = search_page(SearchRequest(q="ceasefire", facets=True))
    assert (page.total, page.estimated) == (240, False)


def test_past_the_exact_limit_counts_are_scaled_from_a_sample_and_labelled(many, settings):
    settings.ARCHIVE_FACET_EXACT_LIMIT = 40
    page = search_page(SearchRequest(q="ceasefire", facets=True, limit=5))
    assert page.estimated
    assert 240 * 0.7 <= page.total <= 240 * 1.3
    kinds = dict(page.facets["kind"])
    assert 160 * 0.6 <= kinds["indirect"] <= 160 * 1.4 and 80 * 0.5 <= kinds["direct"] <= 80 * 1.5
    assert len(page.ids) == 5  # the page itself is never sampled
    # Without facets the total is estimated alike; a filtered facet over the sample of its own list too.
    assert search_page(SearchRequest(q="ceasefire")).estimated
    filtered = search_page(SearchRequest(q="ceasefire", kinds=["direct"], facets=True))
    assert filtered.estimated and dict(filtered.facets["kind"]).keys() == {"indirect", "direct"}
    # A list within the limit stays exact even on the big table.
    assert search_page(SearchRequest(q="nothing")).estimated is False


@pytest.fixture
def dated(postgres, monkeypatch):
    """Ten matches of "ceasefire", one a day, the newest first in `ids`; the oldest says it most."""
    monkeypatch.setattr(postgres_backend, "RANK_CANDIDATES", 4)
    ids = []
    for age in range(10):
        text = f"The ceasefire, said the envoy on day {age} of the talks."
        if age == 9:
            text = "Ceasefire, ceasefire, ceasefire."  # the best of all
        if age == 2:
            text = "Ceasefire now, the ceasefire."  # the best of the newest four
        ids.append(make_statement(text, said_on=date(2024, 1, 31) - timedelta(days=age)).pk)
    index_now()
    return ids


def test_a_huge_match_list_ranks_its_newest_candidates_then_lists_the_rest_newest_first(dated):
    ranked = search_ids("ceasefire")
    assert ranked[0] == dated[2]  # the best-ranked among the four newest matches
    assert set(ranked[:4]) == set(dated[:4])
    assert ranked[4:] == dated[4:]  # the oldest, best of all, was not a candidate: it comes in date order
    page = search_page(SearchRequest(q="ceasefire", limit=3))
    assert page.ids == ranked[:3] and page.total == 10
    # A page across the candidates' end, and one past it.
    assert search_page(SearchRequest(q="ceasefire", offset=2, limit=4)).ids == ranked[2:6]
    assert search_page(SearchRequest(q="ceasefire", offset=6, limit=4)).ids == ranked[6:10]
    assert search_ids("ceasefire", limit=6) == ranked[:6]


def test_a_match_list_within_the_candidates_is_ranked_whole(dated, monkeypatch):
    monkeypatch.setattr(postgres_backend, "RANK_CANDIDATES", 10)
    ranked = search_ids("ceasefire")
    assert ranked[0] == dated[9] and sorted(ranked) == sorted(dated)


@pytest.mark.django_db(transaction=True)
def test_a_rebuilt_table_has_its_planner_statistics(postgres):
    for n in range(30):
        make_statement(f"Talks resumed, round {n}.")
    reindex()
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)", [TABLE])
        assert cursor.fetchone()[0] == 30
    assert len(search_ids("talks")) == 30
