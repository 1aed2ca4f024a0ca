"""Rebuilding the index beside the live one, and checking the index against the database."""

import pytest

from statements.models import IndexQueueEntry, Statement
from statements.search import maintenance, reindex, search_ids, verify_index
from statements.search.backend import get_backend
from statements.search.documents import documents_for
from statements.search.generations import GENERATIONS, current_generation, new_generation
from tests.search.support import index_now, only_on, make_statement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def test_reindex_rebuilds_every_public_statement_into_a_new_generation(private_search_index, search_backend):
    only_on(search_backend, "whoosh", reason="generations are how the Whoosh index swaps")
    kept = [make_statement(f"Sanctions statement {n}.") for n in range(3)]
    make_statement("Sanctions rejected.", status="rejected")
    index_now()
    before = current_generation(private_search_index)
    assert reindex() == 3
    assert current_generation(private_search_index) != before
    assert set(search_ids("sanctions")) == {s.pk for s in kept}


def test_searches_keep_working_while_the_new_index_is_built(monkeypatch):
    statement = make_statement("The ceasefire must hold.")
    index_now()
    seen_during_rebuild = []
    real_documents = maintenance.iter_public_documents

    def documents_while_searching():
        for document in real_documents():
            seen_during_rebuild.append(search_ids("ceasefire"))
            yield document

    monkeypatch.setattr(maintenance, "iter_public_documents", documents_while_searching)
    reindex()
    assert seen_during_rebuild == [[statement.pk]]
    assert search_ids("ceasefire") == [statement.pk]


def test_changes_committed_during_a_rebuild_reach_the_new_index(monkeypatch):
    make_statement("The ceasefire must hold.")
    index_now()
    added = []
    real_documents = maintenance.iter_public_documents

    def documents_while_someone_edits():
        yield from real_documents()
        added.append(make_statement("A truce was agreed."))  # queued; its drain would find the lock busy

    monkeypatch.setattr(maintenance, "iter_public_documents", documents_while_someone_edits)
    reindex()
    assert search_ids("truce") == [added[0].pk]
    assert not IndexQueueEntry.objects.exists()


def test_reindex_rebuilds_every_public_statement(search_backend):
    kept = [make_statement(f"Sanctions statement {n}.") for n in range(3)]
    make_statement("Sanctions rejected.", status="rejected")
    index_now()
    assert reindex() == 3
    assert set(search_ids("sanctions")) == {s.pk for s in kept}
    assert verify_index().differences == 0


def test_reindex_keeps_only_the_previous_generation(private_search_index, search_backend):
    only_on(search_backend, "whoosh", reason="generations are how the Whoosh index swaps")
    make_statement("The ceasefire must hold.")
    index_now()
    for _ in range(3):
        reindex()
    generations = {path.name for path in (private_search_index / GENERATIONS).iterdir()}
    assert len(generations) == 2
    assert current_generation(private_search_index) in generations


def test_a_rebuild_that_crashed_half_way_is_cleaned_up_by_the_next_one(private_search_index, search_backend):
    only_on(search_backend, "whoosh", reason="generations are how the Whoosh index swaps")
    make_statement("The ceasefire must hold.")
    index_now()
    replaced = current_generation(private_search_index)
    # What a rebuild killed before its swap leaves: a newer generation directory that CURRENT never named.
    half_built, path = new_generation(private_search_index)
    (path / "_MAIN_1.toc").write_bytes(b"truncated")
    reindex()
    remaining = {p.name for p in (private_search_index / GENERATIONS).iterdir()}
    assert remaining == {current_generation(private_search_index), replaced}
    assert half_built not in remaining
    assert search_ids("ceasefire")


def test_verify_finds_nothing_wrong_with_an_up_to_date_index():
    make_statement("The ceasefire must hold.")
    index_now()
    report = verify_index()
    assert (report.missing, report.extra, report.stale, report.differences) == ([], [], [], 0)


def test_verify_finds_missing_extra_and_stale_entries_and_fix_repairs_them():
    missing = make_statement("Missing from the index.")
    extra = make_statement("Deleted from the database.")
    stale = make_statement("Changed behind the index's back.")
    index_now()
    get_backend().replace_documents([missing.pk], [])
    Statement.objects.filter(pk=extra.pk).delete()
    IndexQueueEntry.objects.all().delete()  # as if the drain after that commit never ran
    Statement.objects.filter(pk=stale.pk).update(text="Edited with a bulk update.")  # sends no signal

    report = verify_index()
    assert (report.missing, report.extra, report.stale) == ([missing.pk], [extra.pk], [stale.pk])
    assert not report.fixed

    fixed = verify_index(fix=True)
    assert fixed.differences == 3 and fixed.fixed
    assert verify_index().differences == 0
    assert search_ids("edited bulk update") == [stale.pk]
    assert search_ids("missing") == [missing.pk]
    assert search_ids("deleted") == []


def test_verify_reports_how_many_changes_are_still_queued():
    make_statement("Waiting in the queue.")
    report = verify_index()
    assert report.queued == 1
    assert report.missing and not report.fixed


def test_verify_counts_a_statement_indexed_twice_as_stale(search_backend):
    only_on(search_backend, "whoosh", reason="the postgres table's primary key makes a double entry impossible")
    statement = make_statement("The ceasefire must hold.")
    index_now()
    get_backend().replace_documents([], documents_for([statement.pk]))
    assert verify_index().stale == [statement.pk]
    verify_index(fix=True)
    assert search_ids("ceasefire") == [statement.pk]
