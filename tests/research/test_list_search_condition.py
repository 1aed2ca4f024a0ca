"""The list page with the PostgreSQL search backend takes the search as a condition of its own query
(statements.search.conditions) instead of the search's ids: the same rows, counts and facets as the id
path, the same ranking rule (the newest RANK_CANDIDATES matches of the list ranked, then the rest newest
first) and the search's time budget over the queries that carry it."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.http import QueryDict

from statements.research.listing import build_listing
from statements.search import QueryError, postgres_backend
from statements.search.postgres_backend import PostgresBackend
from tests.search.support import index_now, make_article, make_conflict, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgres(settings):
    if connection.vendor != "postgresql":
        pytest.skip("postgres search backend: needs the PostgreSQL test database (scripts/test.sh runs it)")
    settings.ARCHIVE_SEARCH_BACKEND = "postgres"
    settings.ARCHIVE_COUNT_CACHE_SECONDS = 0  # each path counts for itself


@pytest.fixture
def archive(postgres):
    """60 statements over three speakers, two conflicts, two outlets, three kinds and two years; some say
    "ceasefire", some "talks", a few both; two are rejected."""
    speakers = [make_speaker(name, slug) for name, slug in
                (("Maria Zakharova", "maria-zakharova"), ("Antony Blinken", "antony-blinken"), ("Josep Borrell", "josep-borrell"))]
    conflicts = [make_conflict("ukraine"), make_conflict("karabakh")]
    outlets = [make_outlet("reuters"), make_outlet("tass")]
    for n in range(60):
        words = ["The ceasefire must hold." if n % 2 else "Talks go on.", "Ceasefire talks resume." if n % 7 == 0 else ""]
        make_statement(
            f"{' '.join(words)} Day {n}.", speaker=speakers[n % 3], article=make_article(outlet=outlets[n % 2]),
            said_on=date(2023, 6, 1) + timedelta(days=5 * n), kind=("direct", "indirect", "mixed")[n % 3],
            conflicts=tuple(conflicts[: 1 + n % 2]) if n % 5 else (conflicts[1],),
            status="rejected" if n in (3, 14) else "extracted",
        )
    index_now()


def seen(listing) -> dict:
    """What the page shows: its rows in order, its count, whether estimated, every facet's values."""
    assert not listing.errors, listing.errors
    return {
        "rows": [statement.pk for statement in listing.statements],
        "count": (listing.page.count, listing.page.estimated),
        "facets": [(f.key, f.estimated, [(v.value, v.count, v.selected) for v in f.values]) for f in listing.facets],
    }


def both_paths(monkeypatch, query: str) -> tuple[dict, dict]:
    condition = build_listing(QueryDict(query), page_size=7)
    assert condition.filterset.search_condition is not None  # the search was a condition of the list's query
    with monkeypatch.context() as patched:
        patched.setattr(PostgresBackend, "search_condition", lambda self, q: None)  # the id path
        ids = build_listing(QueryDict(query), page_size=7)
    assert ids.filterset.search_condition is None
    return seen(condition), seen(ids)


@pytest.mark.parametrize("query", [
    "q=ceasefire&conflict=ukraine",
    "q=ceasefire&conflict=karabakh&sort=newest",
    "q=talks&conflict=ukraine&sort=oldest&page=2",
    "q=ceasefire+OR+talks&speaker=maria-zakharova&kind=direct&kind=mixed",
    "q=%22ceasefire+talks%22&outlet=tass",
    "q=talks+-ceasefire&date_after=2023-09-01&date_before=2024-03-31",
    "q=ceasefire",
])
def test_a_search_list_as_a_condition_shows_what_the_id_path_shows(archive, monkeypatch, query):
    condition, ids = both_paths(monkeypatch, query)
    assert condition["rows"], "the case lists something"
    assert condition == ids


def test_past_the_exact_limit_both_paths_estimate_alike_and_say_about(archive, monkeypatch, settings):
    settings.ARCHIVE_FACET_EXACT_LIMIT = 8
    condition, ids = both_paths(monkeypatch, "q=ceasefire+OR+talks&conflict=ukraine&sort=newest")
    assert condition["count"][1] is True  # "About": estimated from a share of the list
    assert any(estimated for _, estimated, _ in condition["facets"])
    assert condition == ids


def test_relevance_ranks_the_newest_candidates_the_filters_keep_then_lists_the_rest_newest_first(postgres, monkeypatch):
    monkeypatch.setattr(postgres_backend, "RANK_CANDIDATES", 3)
    ukraine, karabakh = make_conflict("ukraine"), make_conflict("karabakh")
    day = date(2024, 1, 31)
    newest = [
        make_statement("A ceasefire, the envoy said.", said_on=day, conflicts=(ukraine,)),
        make_statement("Ceasefire, ceasefire now.", said_on=day - timedelta(days=1), conflicts=(ukraine,)),
        make_statement("The ceasefire talks.", said_on=day - timedelta(days=2), conflicts=(ukraine,)),
    ]
    make_statement("Ceasefire ceasefire ceasefire ceasefire.", said_on=day, conflicts=(karabakh,))  # filtered out
    older = [make_statement(f"Ceasefire ceasefire ceasefire, day {n}.", said_on=day - timedelta(days=10 + n),
                            conflicts=(ukraine,)) for n in range(2)]
    index_now()
    listing = build_listing(QueryDict("q=ceasefire&conflict=ukraine"))
    rows = [statement.pk for statement in listing.statements]
    assert rows[0] == newest[1].pk and set(rows[:3]) == {s.pk for s in newest}
    assert rows[3:] == [s.pk for s in older]  # better ranked, but not among the 3 newest: in date order


def test_the_list_queries_carrying_the_search_run_under_its_time_budget(archive):
    listing = build_listing(QueryDict("q=ceasefire&conflict=ukraine"))
    condition = listing.filterset.search_condition
    with condition.budget(), connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == f"{postgres_backend.SEARCH_TIME_LIMIT_MS}ms"
    with pytest.raises(QueryError, match="took too long"):
        with condition.budget(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(1)")
    with connection.cursor() as cursor:  # and the setting is back as it was after it
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] != f"{postgres_backend.SEARCH_TIME_LIMIT_MS}ms"
