"""Full-text search over public statements: the index is derived data, the database the truth.

Changes reach the index through an outbox (statements.models.IndexQueueEntry) drained by one writer
after commit; searches return ids, rows come from the database. The only package that imports whoosh.
"""

from statements.search.errors import QueryError
from statements.search.maintenance import IndexReport, reindex, verify_index
from statements.search.queue import process_index_queue, queue_statements, schedule_index_update
from statements.search.searching import highlight, search_ids

__all__ = [
    "IndexReport",
    "QueryError",
    "highlight",
    "process_index_queue",
    "queue_statements",
    "reindex",
    "schedule_index_update",
    "search_ids",
    "verify_index",
]
