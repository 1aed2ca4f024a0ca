"""How lists read their rows. A date-ordered page reads its ids first through a narrow query, then those
rows by id: selecting whole rows with their joins in the ordered query led SQLite's planner, on a 1M
archive, to sort every statement (2.2 s) instead of reading the date index (under 80 ms). A conflict
beside a narrower filter is tested on the ids that filter's index gives."""

import re
from datetime import date

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from statements.research.listing import Listing, narrow_statements
from statements.research.plans import COUNTING
from tests.factories import make_article, make_conflict, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/statements/", "/statements/?sort=oldest", "/speakers/dmitry-peskov/"])
def test_the_ordered_page_query_reads_ids_and_dates_only(client, path):
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    made = [make_statement(text=f"Statement number {n}", speaker=peskov, said_on=date(2023, 1, n + 1)) for n in range(3)]

    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)

    assert response.status_code == 200
    assert all(f"/statements/{s.pk}/" in response.content.decode() for s in made)
    ordered = [q["sql"] for q in queries if re.search(r"ORDER BY .*said_on.* LIMIT", q["sql"])]
    assert ordered, "the page is read in date order"
    for sql in ordered:
        selected = sql.split(" FROM ")[0]
        assert '"text"' not in selected and "statements_article" not in sql


@pytest.mark.parametrize(
    ("params", "tested_by_id"),
    [
        ("conflict=karabakh", False),  # the conflict's tags are the narrowest index: its statements by id
        ("conflict=karabakh&speaker=dmitry-peskov", True),
        ("conflict=karabakh&date_after=2023-01-02", True),
        ("conflict=karabakh&kind=direct", False),
    ],
)
def test_a_conflict_beside_a_speaker_or_dates_is_tested_on_each_id_the_narrower_index_gives(params, tested_by_id):
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    karabakh = make_conflict(name="Karabakh", slug="karabakh")
    tagged = [make_statement(text=f"On Karabakh {n}", speaker=peskov, said_on=date(2023, 1, n + 1), conflicts=[karabakh])
              for n in range(3)]
    make_statement(text="On nothing in particular", speaker=peskov, said_on=date(2023, 1, 9))
    listing = narrow_statements(QueryDict(params))

    sql = str(listing.rows.query)
    found = set(listing.rows.values_list("pk", flat=True))

    # "id + 0" has no index: the database reads the speaker's or the dates' index and tests each id
    # against the conflict's tags, rather than fetching every statement of the conflict to test it.
    assert ('"statements_statement"."id" + 0) IN (SELECT' in sql) is tested_by_id
    expected = {s.pk for s in tagged if "date_after" not in params or s.said_on >= date(2023, 1, 2)}
    assert found == expected


@pytest.mark.parametrize("params", ["outlet=tass", "conflict=karabakh&conflict=kosovo", "conflict=kosovo&outlet=tass"])
def test_a_big_lists_page_is_read_in_date_order_looking_up_each_statement_it_meets(client, settings, monkeypatch, params):
    # Not "id IN (every tag of the conflicts)" nor "article_id IN (every article of the outlet)": gathering
    # those first took 65 ms at 1M for two conflicts, where a page needs a few hundred lookups (1 ms).
    # Every list here is "big": its count is an estimate. Said outright, not left to the sample: which
    # sample buckets hold a few dozen rows depends on their ids, and PostgreSQL's sequences do not go back
    # with a rolled-back test, so the same rows would be "big" in one run and not in another.
    monkeypatch.setattr(Listing, "shown_count", lambda listing: (listing.filterset.qs.count(), True))
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    tass, other = make_outlet(name="TASS", slug="tass"), make_outlet(name="Other", slug="other")
    karabakh, kosovo = make_conflict(name="Karabakh", slug="karabakh"), make_conflict(name="Kosovo", slug="kosovo")
    days = [date(2023, 1, n) for n in range(1, 29)]
    made = [
        make_statement(
            text=f"Said on {day}", speaker=peskov, said_on=day,
            article=make_article(body=f"“Said on {day}”, he said.", outlet=tass if n % 3 else other),
            conflicts=[[karabakh], [kosovo], [karabakh, kosovo], []][n % 4],
        )
        for n, day in enumerate(days)
    ]
    query = QueryDict(params)

    def listed(statement):
        outlets, conflicts = query.getlist("outlet"), query.getlist("conflict")
        return (not outlets or statement.article.outlet.slug in outlets) and (
            not conflicts or any(c.slug in conflicts for c in statement.conflicts.all()))

    newest = [s.pk for s in sorted(made, key=lambda s: s.said_on, reverse=True) if listed(s)]

    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/statements/?{params}")

    assert response.status_code == 200
    assert [s.pk for s in response.context["listing"].statements] == newest[: settings.ARCHIVE_PAGE_SIZE]
    ordered = [q["sql"] for q in queries if re.search(r"ORDER BY .*said_on.* LIMIT", q["sql"])]
    assert ordered and ordered[0].count("EXISTS(SELECT") == len(query)
    assert "+ 0) IN (SELECT" not in ordered[0]


def test_a_conflict_is_read_by_id_when_the_narrower_filter_is_left_out_for_its_own_facet():
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    karabakh = make_conflict(name="Karabakh", slug="karabakh")
    tagged = make_statement(text="On Karabakh", speaker=peskov, said_on=date(2023, 1, 1), conflicts=[karabakh])
    make_statement(text="On Karabakh, from elsewhere", said_on=date(2023, 1, 2), conflicts=[karabakh])
    filterset = narrow_statements(QueryDict("conflict=karabakh&speaker=dmitry-peskov")).filterset

    without_speaker = filterset.narrowed_without("speaker")

    # No speaker's index narrows this list: "id + 0" would make the database read every statement.
    assert '"statements_statement"."id" + 0) IN (SELECT' not in str(without_speaker.query)
    assert without_speaker.count() == 2
    assert '"statements_statement"."id" + 0) IN (SELECT' in str(filterset.narrowed_without().query)
    assert list(filterset.narrowed_without().values_list("pk", flat=True)) == [tagged.pk]


@pytest.mark.parametrize(
    ("params", "index"),
    [
        ("speaker=dmitry-peskov&date_after=2023-01-02&date_before=2023-01-20", "statement_speaker_rows"),
        ("date_after=2023-01-02&date_before=2023-01-20", "statement_date_rows"),
    ],
)
def test_a_speakers_or_a_date_ranges_list_is_counted_from_its_index_alone(params, index):
    # Each entry of these indexes holds every column facets read of a statement and every column its own
    # filters test, so counting such a list fetches no row from the table (whose pages hold the texts).
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    for n in range(1, 29):
        make_statement(text=f"On day {n}", speaker=peskov, said_on=date(2023, 1, n), kind="direct" if n % 2 else "indirect")
    make_statement(text="Someone else", said_on=date(2023, 1, 5), kind="direct")
    filterset = narrow_statements(QueryDict(f"{params}&kind=direct")).filterset
    rows = filterset.narrowed_without(plan=COUNTING).values_list("id", "speaker_id", "kind", "said_on", "sample")

    assert len(rows) == (9 if "speaker" in params else 10)  # the odd days from the 3rd to the 19th, and one more
    if connection.vendor == "sqlite":  # PostgreSQL chooses its own plans from its statistics
        sql, query_params = rows.query.sql_with_params()
        with connection.cursor() as cursor:
            plan = " ".join(str(row[-1]) for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}", query_params))
            program = [row[1:4] for row in cursor.execute(f"EXPLAIN {sql}", query_params)]
            cursor.execute("SELECT rootpage FROM sqlite_master WHERE name = 'statements_statement'")
            (table_page,) = cursor.fetchone()
        assert f"INDEX {index}" in plan
        # SQLite 3.40 does not say "COVERING" when a generated column (sample) is read from an index, but
        # it reads no column from the table: no Column opcode reads the cursor opened on its pages.
        table_cursors = {p1 for opcode, p1, p2 in program if opcode == "OpenRead" and p2 == table_page}
        assert table_cursors and not any(opcode == "Column" and p1 in table_cursors for opcode, p1, _ in program)
