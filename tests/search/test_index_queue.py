"""The outbox: every committed change reaches the index after commit, and a busy writer loses nothing."""

from datetime import date

import pytest
from django.db import transaction

from statements.models import IndexQueueEntry, SpeakerAlias, Statement
from statements.search import process_index_queue, queue_statements, schedule_index_update, search_ids
from statements.search.backend import get_backend
from tests.search.support import (
    only_on,
    index_now, make_article, make_conflict, make_outlet, make_speaker, make_statement,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def test_it_indexes_a_new_statement_when_its_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            statement = make_statement("The ceasefire must hold.")
            assert IndexQueueEntry.objects.filter(statement_id=statement.pk).exists()
            assert search_ids("ceasefire") == []  # nothing reaches the index before commit
    assert search_ids("ceasefire") == [statement.pk]
    assert not IndexQueueEntry.objects.exists()


def test_it_reindexes_an_edited_statement_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        statement = make_statement("The ceasefire must hold.")
    with django_capture_on_commit_callbacks(execute=True):
        statement.text = "The truce must hold."
        statement.save()
    assert search_ids("ceasefire") == []
    assert search_ids("truce") == [statement.pk]


def test_it_removes_a_deleted_statement_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        statement = make_statement("The ceasefire must hold.")
    with django_capture_on_commit_callbacks(execute=True):
        statement.delete()
    assert search_ids("ceasefire") == []


def test_it_removes_statements_of_a_deleted_article(django_capture_on_commit_callbacks):
    article = make_article()
    with django_capture_on_commit_callbacks(execute=True):
        make_statement("The ceasefire must hold.", article=article)
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert search_ids("ceasefire") == []


def test_rejected_statements_vanish_from_search_and_return_when_approved(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        statement = make_statement("The ceasefire must hold.")
    with django_capture_on_commit_callbacks(execute=True):
        statement.status = "rejected"
        statement.save()
    assert search_ids("ceasefire") == []
    with django_capture_on_commit_callbacks(execute=True):
        statement.status = "approved"
        statement.save()
    assert search_ids("ceasefire") == [statement.pk]


def test_a_statement_rejected_from_the_start_is_never_indexed():
    make_statement("The ceasefire must hold.", status="rejected")
    index_now()
    assert search_ids("ceasefire") == []


def test_nothing_is_indexed_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            make_statement("The ceasefire must hold.")
            raise RuntimeError("ingest failed")
    assert callbacks == []
    assert not IndexQueueEntry.objects.exists()
    assert search_ids("ceasefire") == []


def test_it_follows_a_speaker_rename_and_new_aliases():
    speaker = make_speaker("Maria Zakharova", "maria-zakharova")
    statement = make_statement("Provocations must stop.", speaker=speaker)
    index_now()
    speaker.name = "Maria Vladimirovna Zakharova"
    speaker.save()
    index_now()
    assert search_ids("speaker:vladimirovna") == [statement.pk]
    SpeakerAlias.objects.create(speaker=speaker, name="Мария Захарова")
    index_now()
    assert search_ids("speaker:захарова") == [statement.pk]
    SpeakerAlias.objects.get(name="Мария Захарова").delete()
    index_now()
    assert search_ids("speaker:захарова") == []


def test_saving_a_speaker_without_renaming_queues_nothing():
    speaker = make_speaker("Maria Zakharova", "maria-zakharova")
    make_statement("Provocations must stop.", speaker=speaker)
    index_now()
    speaker.description = "Spokeswoman of the foreign ministry."
    speaker.save()
    assert not IndexQueueEntry.objects.exists()


def test_deleting_a_speaker_reindexes_their_statements_as_unattributed():
    speaker = make_speaker("Maria Zakharova", "maria-zakharova")
    statement = make_statement("Provocations must stop.", speaker=speaker)
    index_now()
    speaker.delete()
    index_now()
    assert search_ids("speaker:zakharova") == []
    assert search_ids("provocations") == [statement.pk]


def test_it_follows_article_title_and_outlet_changes():
    article = make_article("Summit in Brussels")
    statement = make_statement("Dialogue continues.", article=article)
    index_now()
    article.title = "Meeting in Geneva"
    article.outlet = make_outlet("tass")
    article.save()
    index_now()
    assert search_ids("title:geneva outlet:tass") == [statement.pk]
    assert search_ids("title:brussels") == []


def test_it_follows_conflict_tags_added_removed_and_cleared_from_either_side():
    kosovo = make_conflict("kosovo-serbia")
    statement = make_statement("Dialogue continues.")
    index_now()
    statement.conflicts.add(kosovo)
    index_now()
    assert search_ids("conflict:kosovo-serbia") == [statement.pk]
    statement.conflicts.remove(kosovo)
    index_now()
    assert search_ids("conflict:kosovo-serbia") == []
    kosovo.statements.add(statement)
    index_now()
    assert search_ids("conflict:kosovo-serbia") == [statement.pk]
    kosovo.statements.clear()
    index_now()
    assert search_ids("conflict:kosovo-serbia") == []


def test_it_follows_a_conflict_slug_change():
    conflict = make_conflict("kosovo")
    statement = make_statement("Dialogue continues.", conflicts=(conflict,))
    index_now()
    conflict.slug = "kosovo-serbia"
    conflict.save()
    index_now()
    assert search_ids("conflict:kosovo-serbia") == [statement.pk]


def test_bulk_writers_queue_explicitly(django_capture_on_commit_callbacks):
    article = make_article()
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            rows = Statement.objects.bulk_create([
                Statement(article=article, text=f"Bulk statement {n} on sanctions.", start=n * 100, end=n * 100 + 30,
                          said_on=date(2023, 1, 1))
                for n in range(5)
            ])
            queue_statements(row.id for row in rows)
            schedule_index_update()
    assert set(search_ids("sanctions")) == {row.id for row in rows}


def test_a_busy_writer_leaves_entries_queued_and_a_later_drain_indexes_them(
    django_capture_on_commit_callbacks, search_backend
):
    # PostgreSQL advisory locks are re-entrant within a connection, and a test has only one.
    only_on(search_backend, "whoosh", "tantivy", reason="needs a second process to see the lock busy")
    with get_backend().writer_lock(wait=True) as held:
        assert held
        with django_capture_on_commit_callbacks(execute=True):
            statement = make_statement("The ceasefire must hold.")
        # The web request's drain found the lock busy and returned at once, leaving the entry queued.
        assert IndexQueueEntry.objects.filter(statement_id=statement.pk).exists()
        assert process_index_queue() == 0
    assert search_ids("ceasefire") == []
    assert process_index_queue() == 1
    assert search_ids("ceasefire") == [statement.pk]
    assert not IndexQueueEntry.objects.exists()


def test_the_busy_path_does_not_wait_for_the_lock(monkeypatch, search_backend):
    only_on(search_backend, "whoosh", "tantivy", reason="needs a second process to see the lock busy")
    import time

    from statements.search import whoosh_backend

    monkeypatch.setattr(whoosh_backend, "LOCK_TIMEOUT", 0.05)
    make_statement("The ceasefire must hold.")
    with get_backend().writer_lock(wait=True):
        started = time.perf_counter()
        assert process_index_queue() == 0
        assert time.perf_counter() - started < 1.0


def test_it_drains_more_than_one_batch(monkeypatch):
    from statements.search import queue

    monkeypatch.setattr(queue, "BATCH_SIZE", 3)
    article = make_article()
    statements = [make_statement(f"Statement {n} about sanctions.", article=article) for n in range(7)]
    assert index_now() == 7
    assert set(search_ids("sanctions")) == {s.pk for s in statements}
    assert len(search_ids("sanctions")) == 7  # deletes before adds: no statement indexed twice


def test_queueing_the_same_statement_twice_indexes_it_once():
    statement = make_statement("The ceasefire must hold.")
    queue_statements([statement.pk, statement.pk])
    index_now()
    index_now()
    assert search_ids("ceasefire") == [statement.pk]
