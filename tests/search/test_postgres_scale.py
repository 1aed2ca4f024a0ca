"""The PostgreSQL backend at scale: relevance ranks the RANK_CANDIDATES newest matches and lists the rest
newest first; a rebuilt table has its planner statistics. (Its estimated totals and facets past the exact
limit: test_search_estimates.py, with Whoosh's.)"""

from datetime import date, timedelta

import pytest
from django.db import connection

from statements.search import SearchRequest, postgres_backend, reindex, search_ids, search_page
from statements.search.postgres_schema import TABLE
from tests.search.support import index_now, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgres(settings):
    if connection.vendor != "postgresql":
        pytest.skip("postgres search backend: needs the PostgreSQL test database (scripts/test.sh runs it)")
    settings.ARCHIVE_SEARCH_BACKEND = "postgres"


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
