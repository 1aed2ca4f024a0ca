"""The total and facets past the exact limit, on Whoosh and on PostgreSQL: counted over an even sample of
the matches, scaled, and said to be estimates; exact below it (and always with the limit at 0)."""

import pytest
from django.db import connection

from statements.search import SearchRequest, postgres_counts, search_page, whoosh_sample
from statements.search.postgres_schema import TABLE
from tests.search.support import index_now, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["whoosh", "postgres"])
def many(request, settings, monkeypatch):
    if request.param == "postgres" and connection.vendor != "postgresql":
        pytest.skip("postgres search backend: needs the PostgreSQL test database (scripts/test.sh runs it)")
    settings.ARCHIVE_SEARCH_BACKEND = request.param
    # Small samples, so that 240 statements make a pilot and a sample as 100k do with the real sizes: Whoosh's
    # windows; a pilot of 60 rows of PostgreSQL's 241.
    monkeypatch.setattr(whoosh_sample, "WINDOW", 2)
    monkeypatch.setattr(whoosh_sample, "MIN_PILOT_WINDOWS", 4)
    monkeypatch.setattr(postgres_counts, "PILOT_ROWS", 60)
    for n in range(240):
        make_statement(f"The ceasefire holds, day {n}.", kind="indirect" if n % 3 else "direct")
    make_statement("Nothing about it.")
    index_now()
    if request.param == "postgres":
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
    # A list within the limit stays exact even beside a big one.
    assert search_page(SearchRequest(q="nothing")).estimated is False
