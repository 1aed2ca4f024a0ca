"""Rebuilding the index from the database, and checking it against the database."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction

from statements.models import IndexQueueEntry
from statements.search.backend import SearchBackend, get_backend
from statements.search.documents import IndexedDocument, iter_public_documents
from statements.search.queue import drain_queue, process_index_queue, queue_statements


@dataclass
class IndexReport:
    missing: list[int]  # public statements the index lacks
    extra: list[int]  # index entries with no public statement (deleted or rejected)
    stale: list[int]  # entries whose indexed fields differ from the database
    queued: int  # entries waiting in the queue when checked (a difference there may just be lag)
    fixed: bool = False  # differences found, repaired, and a second check came out clean

    @property
    def differences(self) -> int:
        return len(self.missing) + len(self.extra) + len(self.stale)

    def id_lines(self, shown: int = 20) -> list[str]:
        """One line per kind of difference, naming the first `shown` statement ids."""
        lines = []
        for label, ids in (("missing", self.missing), ("extra", self.extra), ("stale", self.stale)):
            if ids:
                lines.append(f"  {label}: " + ", ".join(map(str, ids[:shown])) + (" ..." if len(ids) > shown else ""))
        return lines


def reindex(*, track: Callable[[Iterable[IndexedDocument]], Iterable[IndexedDocument]] | None = None) -> int:
    """Rebuild the whole index into a new generation and swap it in; returns the statements indexed.
    `track` sees every document on its way to the index (a command's progress)."""
    backend = get_backend()
    documents = iter_public_documents()
    with backend.writer_lock(wait=True):
        count = backend.rebuild(track(documents) if track else documents)
        # Changes committed during the rebuild were queued and not drained (we held the lock).
        drain_queue(backend)
    process_index_queue()
    return count


def verify_index(*, fix: bool = False) -> IndexReport:
    backend = get_backend()
    report = compare(backend)
    if fix and report.differences:
        with transaction.atomic():
            queue_statements(report.missing + report.extra + report.stale)
        process_index_queue(wait=True)
        report.fixed = compare(backend).differences == 0
    return report


def compare(backend: SearchBackend) -> IndexReport:
    queued = IndexQueueEntry.objects.count()
    indexed = backend.indexed_hashes()
    expected = {document.id: document.content_hash() for document in iter_public_documents()}
    return IndexReport(
        missing=sorted(expected.keys() - indexed.keys()),
        extra=sorted(indexed.keys() - expected.keys()),
        stale=sorted(i for i in expected.keys() & indexed.keys() if expected[i] != indexed[i]),
        queued=queued,
    )
