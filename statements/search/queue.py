"""The index outbox: changes queue their statements in their own transaction; one writer drains them.

A web request never waits on the index for long: after its commit it tries the writer lock briefly,
and if another process holds it, leaves its entries queued. Whoever holds the lock drains until the
queue is empty and checks once more after releasing it, so entries queued meanwhile are not stranded;
`manage.py process_index_queue` drains whatever is left (after a crash, say).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import transaction

from statements.devtools.faults import checkpoint
from statements.web.generation import data_changed
from statements.models import IndexQueueEntry
from statements.search.backend import SearchBackend, get_backend
from statements.search.documents import documents_for

logger = logging.getLogger(__name__)

# Statements per index commit: each commit writes a segment and may merge small ones, so larger batches
# index faster (measured at 10k statements: 1,000 per batch 457/s, 5,000 per batch 657/s); 5,000 ids
# stay well under SQLite's bound-parameter limit.
BATCH_SIZE = 5000


def queue_statements(statement_ids: Iterable[int]) -> None:
    """Queue statements for re-indexing; call inside the transaction that changes them."""
    entries = [IndexQueueEntry(statement_id=statement_id) for statement_id in set(statement_ids)]
    IndexQueueEntry.objects.bulk_create(entries, batch_size=BATCH_SIZE)
    data_changed()  # bulk writes send no signals, but every one queues its statements here


def index_in_step() -> bool:
    """Whether the index holds every committed change: no statement waits in the outbox. (A change queues
    its statements in its own transaction, and they leave the queue after the index has them.)"""
    return not IndexQueueEntry.objects.exists()


def schedule_index_update() -> None:
    """Drain the queue once the current transaction commits (at once outside a transaction)."""
    # robust: the change is committed whatever happens to the index; its entries stay queued on failure.
    transaction.on_commit(_drain_after_commit, robust=True)


def _drain_after_commit() -> None:
    process_index_queue(wait=False)


def process_index_queue(*, wait: bool = False) -> int:
    """Index every queued statement now; returns how many were processed (0 if the writer was busy and
    `wait` is false: the holder picks the entries up)."""
    backend = get_backend()
    processed = 0
    while True:
        with backend.writer_lock(wait=wait) as held:
            if not held:
                logger.info("search index writer busy; entries left queued for the holder")
                return processed
            processed += drain_queue(backend)
        # Entries committed while the lock was held had their own drain turned away: take them unless
        # another process has the lock by now (it will drain them itself).
        if not IndexQueueEntry.objects.exists():
            return processed
        wait = False


def drain_queue(backend: SearchBackend) -> int:
    """Index queued statements batch by batch until the queue is empty. Caller holds the writer lock."""
    processed = 0
    while True:
        entries = list(IndexQueueEntry.objects.order_by("id").values_list("id", "statement_id")[:BATCH_SIZE])
        if not entries:
            return processed
        statement_ids = sorted({statement_id for _, statement_id in entries})
        # Deleted and rejected statements have no document: replacing removes them from the index.
        backend.replace_documents(statement_ids, documents_for(statement_ids))
        data_changed()  # what was searched and kept before this commit must not be served again
        checkpoint("index.after_index_commit")
        # By id, not by range: an entry with a lower id may commit after this batch was read.
        IndexQueueEntry.objects.filter(id__in=[entry_id for entry_id, _ in entries]).delete()
        checkpoint("index.after_dequeue")
        processed += len(statement_ids)
