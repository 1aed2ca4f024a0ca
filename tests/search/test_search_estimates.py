"""Whoosh's total and facets past the exact limit: counted over an even sample of the matches, scaled,
and said to be estimates; exact below it (and always with the limit at 0)."""

import pytest

from statements.search import SearchRequest, search_page, whoosh_sample
from tests.search.support import index_now, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(settings, monkeypatch):
    settings.ARCHIVE_SEARCH_BACKEND = "whoosh"
    # Small windows so that 240 statements make a pilot and a sample as 100k do with the real sizes.
    monkeypatch.setattr(whoosh_sample, "WINDOW", 2)
    monkeypatch.setattr(whoosh_sample, "MIN_PILOT_WINDOWS", 4)
    for n in range(240):
        make_statement(f"The ceasefire holds, day {n}.", kind="indirect" if n % 3 else "direct")
    make_statement("Nothing about it.")
    index_now()


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
    # A filtered facet is counted over the sample of its own list, estimated too.
    filtered = search_page(SearchRequest(q="ceasefire", kinds=["direct"], facets=True))
    assert filtered.estimated and dict(filtered.facets["kind"]).keys() == {"indirect", "direct"}
