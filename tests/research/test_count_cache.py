"""Cached list counts: read from the cache while the data stays the same, never once it has changed."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from statements.devtools.corpus import generate_corpus
from statements.curation.decisions import edit_statements, reject
from statements.web.generation import cached, current_generation, data_changed
from statements.models import Statement
from statements.search import process_index_queue
from tests.factories import make_article, make_conflict, make_speaker, make_statement
from tests.factories import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed():
    kosovo = make_conflict(name="Kosovo–Serbia", slug="kosovo-serbia")
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov", country="Russia")
    vucic = make_speaker(name="Aleksandar Vucic", slug="aleksandar-vucic", country="Serbia")
    rows = [
        make_statement(text=text, article=make_article(body=f"“{text}” he said."), speaker=speaker,
                       conflicts=[kosovo], said_on=date(2023, 9, day))
        for text, speaker, day in [("Peacekeepers stay", peskov, 1), ("Talks go on", peskov, 2), ("Serbia waits", vucic, 3)]
    ]
    process_index_queue(wait=True)
    return rows


def counts_of(client, url="/statements/", params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    listing = response.context["listing"]
    facets = {facet.key: {value.value: (value.label, value.count) for value in facet.values} for facet in listing.facets}
    return listing.page.count, facets


def test_the_second_request_for_a_list_reads_its_counts_from_the_cache(client, listed):
    with CaptureQueriesContext(connection) as first:
        cold = counts_of(client)
    with CaptureQueriesContext(connection) as second:
        warm = counts_of(client)

    assert warm == cold
    # Every facet count and the result count came from the cache: what is left reads the page itself.
    assert len(second.captured_queries) <= len(first.captured_queries) - 6


def test_an_admin_edit_of_a_statements_speaker_changes_the_facets_at_once(admin_client, listed):
    _, before = counts_of(admin_client)
    assert before["speaker"]["dmitry-peskov"][1] == 2

    response = admin_client.post(
        f"/admin/statements/statement/{listed[0].pk}/change/",
        change_form_data(listed[0], speaker=listed[2].speaker_id),
    )
    assert response.status_code == 302

    _, after = counts_of(admin_client)
    assert after["speaker"] == {"aleksandar-vucic": ("Aleksandar Vucic", 2), "dmitry-peskov": ("Dmitry Peskov", 1)}
    assert after["country"] == {"Serbia": ("Serbia", 2), "Russia": ("Russia", 1)}


def test_a_curators_bulk_edit_and_rejection_change_counts_at_once(client, listed, admin_user):
    count, before = counts_of(client, params={"speaker": "dmitry-peskov"})
    assert count == 2

    # Bulk curation writes with UPDATE (no per-row signals): it still renews the generation.
    edit_statements(Statement.objects.filter(pk=listed[1].pk), user=admin_user, speaker=listed[2].speaker)
    count, after = counts_of(client, params={"speaker": "dmitry-peskov"})
    assert count == 1
    assert after["speaker"]["aleksandar-vucic"][1] == 2

    reject(Statement.objects.filter(pk=listed[0].pk), user=admin_user)
    count, after = counts_of(client)
    assert count == 2
    assert "dmitry-peskov" not in after["speaker"]


def test_renaming_a_conflict_relabels_its_facet_value_on_the_speakers_page(client, listed):
    counts_of(client, "/speakers/dmitry-peskov/")
    conflict = listed[0].conflicts.get()
    conflict.name = "Serbia–Kosovo"
    conflict.save()

    _, after = counts_of(client, "/speakers/dmitry-peskov/")

    assert after["conflict"] == {"kosovo-serbia": ("Serbia–Kosovo", 2)}


def test_a_new_statement_that_a_search_matches_is_counted_at_once(client, listed):
    count, _ = counts_of(client, params={"q": "peacekeepers"})
    assert count == 1

    make_statement(text="Peacekeepers leave", article=make_article(body="“Peacekeepers leave” he said."),
                   speaker=listed[2].speaker, said_on=date(2023, 9, 4))
    process_index_queue(wait=True)
    count, after = counts_of(client, params={"q": "peacekeepers", "sort": "newest"})

    assert count == 2
    assert after["speaker"]["aleksandar-vucic"][1] == 1


def test_the_generation_changes_at_the_write_and_again_when_it_commits(db, django_capture_on_commit_callbacks):
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        data_changed()
        during = current_generation()
    after = current_generation()

    assert len({before, during, after}) == 3


def test_a_value_computed_while_the_data_changed_is_not_kept(db):
    calls = []

    def compute():
        calls.append(1)
        data_changed()  # another process wrote meanwhile
        return len(calls)

    assert cached("test", ("x",), compute) == 1
    assert cached("test", ("x",), compute) == 2  # computed again: the first value was never stored


def test_bulk_generated_statements_are_counted_at_once(client, listed):
    count, _ = counts_of(client)

    generate_corpus(5, seed=3)

    assert counts_of(client)[0] == count + 5


def test_counts_are_not_cached_when_the_setting_is_zero(client, listed, settings):
    settings.ARCHIVE_COUNT_CACHE_SECONDS = 0
    counts_of(client)
    with CaptureQueriesContext(connection) as again:
        counts_of(client)

    assert any("GROUP BY" in query["sql"] for query in again.captured_queries)
