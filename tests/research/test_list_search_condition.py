"""The list page with the PostgreSQL search backend takes the search as a condition of its own query
(statements.search.conditions) instead of the search's ids: the same rows, counts and facets as the id
path, the same ranking rule (the newest RANK_CANDIDATES matches of the list ranked, then the rest newest
first) and the search's time budget over the queries that carry it. Its counts and facets come from the
index table when it holds the whole list (statements.research.index_counts): the same as counted from
the statements, before and after curators' edits."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from statements.curation.decisions import edit_statements, merge_speakers, reject
from statements.models import Speaker, Statement
from statements.research import index_counts
from statements.research.listing import build_listing
from statements.search import QueryError, index_in_step, postgres_backend
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
    for speaker, country in zip(speakers, ("Russia", "United States", "")):
        speaker.country = country
        speaker.save()
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


# Index counts: the list's count and facets from the index table, against the same from the statements.

def from_table_and_rows(monkeypatch, query: str) -> tuple[dict, dict, bool]:
    """What the page shows with its counts from the index table where it may, and from the statements
    (as while a change waits to be indexed); and whether the table was read for them."""
    with CaptureQueriesContext(connection) as queries:
        table = seen(build_listing(QueryDict(query), page_size=7))
    used = any("GROUPING SETS" in query["sql"] for query in queries.captured_queries)
    with monkeypatch.context() as patched:
        patched.setattr(index_counts, "index_in_step", lambda: False)
        with CaptureQueriesContext(connection) as queries:
            rows = seen(build_listing(QueryDict(query), page_size=7))
        assert not any("GROUPING SETS" in query["sql"] for query in queries.captured_queries)
    return table, rows, used


LISTS = [
    "q=ceasefire&conflict=ukraine",
    "q=ceasefire&conflict=karabakh&sort=newest",
    "q=ceasefire+OR+talks&speaker=maria-zakharova&kind=direct&kind=mixed&sort=newest",
    "q=talks&outlet=tass&country=Russia&country=United+States&sort=oldest",
    "q=ceasefire&date_after=2024-01-01&date_before=2024-12-31&sort=newest",  # a year: its months too
    "q=ceasefire+OR+talks&date_after=2024-02-01&date_before=2024-02-29&conflict=ukraine",  # a month
    "q=talks&date_after=2023-09-01&date_before=2024-03-31&sort=newest",
    "q=ceasefire",
]


@pytest.mark.parametrize("query", LISTS)
def test_a_searched_list_counts_and_facets_in_the_index_table_as_from_the_statements(archive, monkeypatch, query):
    table, rows, used = from_table_and_rows(monkeypatch, query)
    assert used, "the index table counted the facets"
    assert table["rows"] and any(values for _, _, values in table["facets"]), "the case lists something"
    assert table == rows


@pytest.mark.parametrize("query", [
    "q=ceasefire+OR+talks&conflict=ukraine&sort=newest",
    "q=ceasefire+OR+talks&speaker=antony-blinken&speaker=josep-borrell&sort=newest",
    "q=ceasefire+OR+talks&date_after=2024-01-01&date_before=2024-12-31",
])
def test_past_the_exact_limit_the_index_table_estimates_from_the_same_share(archive, monkeypatch, settings, query):
    settings.ARCHIVE_FACET_EXACT_LIMIT = 8
    table, rows, used = from_table_and_rows(monkeypatch, query)
    assert used
    assert any(estimated for _, estimated, _ in table["facets"]), "counted over a share and scaled: About"
    assert table == rows


@pytest.mark.parametrize("query", [
    "q=ceasefire&status=unreviewed&sort=newest",  # review status: not in the index table
    "q=ceasefire+OR+talks&unnamed=exclude&conflict=ukraine",  # unnamed sources: nor is this
])
def test_a_list_with_a_filter_the_index_table_does_not_hold_is_counted_from_the_statements(archive, monkeypatch, query):
    table, rows, used = from_table_and_rows(monkeypatch, query)
    assert not used
    assert table["rows"] and table == rows


def test_after_curators_edits_the_index_table_counts_as_the_statements_do(archive, monkeypatch, settings):
    """Rejected statements, a speaker moved, merged and given another country, conflicts retagged: while
    the changes wait to be indexed the list is counted from the statements, then from the table again,
    each time to the same numbers, and the numbers follow the edits."""
    curator = User.objects.create_user("curator", is_staff=True)
    zakharova, blinken, borrell = (Speaker.objects.get(slug=slug) for slug in ("maria-zakharova", "antony-blinken", "josep-borrell"))
    query = "q=ceasefire+OR+talks&conflict=ukraine&sort=newest"
    before = from_table_and_rows(monkeypatch, query)[0]
    ceasefire = Statement.objects.filter(text__contains="ceasefire")
    reject(ceasefire.filter(speaker=zakharova)[:3], user=curator)
    edit_statements(Statement.objects.filter(speaker=blinken, kind="direct"), user=curator, speaker=zakharova)
    merge_speakers(borrell, blinken, user=curator)
    blinken.refresh_from_db()
    blinken.country = "Canada"
    blinken.save()
    edit_statements(ceasefire.filter(kind="mixed"), user=curator, remove_conflicts=[make_conflict("ukraine")])
    for listed in [query, "q=ceasefire&country=Canada", "q=ceasefire+OR+talks&speaker=antony-blinken&sort=newest"]:
        assert not index_in_step()
        table, rows, used = from_table_and_rows(monkeypatch, listed)
        assert not used, "a change waits to be indexed: the statements are counted"
        assert table == rows
    index_now()
    after = {}
    for listed in [query, "q=ceasefire&country=Canada", "q=ceasefire+OR+talks&speaker=antony-blinken&sort=newest"]:
        table, rows, used = from_table_and_rows(monkeypatch, listed)
        assert used and table["rows"]
        assert table == rows
        after[listed] = table
    facets = {key: dict((value, count) for value, count, _ in values) for key, _, values in after[query]["facets"]}
    assert "josep-borrell" not in facets["speaker"] and "Canada" in facets["country"]
    assert after[query]["count"][0] < before["count"][0]  # rejected and untagged statements left the list


def test_a_page_asks_once_whether_the_index_is_in_step(archive):
    """Its count, its ranked ids and each facet group must come from one source, and one question does."""
    with CaptureQueriesContext(connection) as queries:
        listing = build_listing(QueryDict("q=ceasefire&conflict=ukraine"), page_size=7)
        seen(listing)
    asked = [q["sql"] for q in queries.captured_queries if "indexqueueentry" in q["sql"].lower()]
    assert listing.filterset.index_was_in_step is True
    assert len(asked) == 1, asked
