"""Read replicas: the public pages read from a streaming replica (the "replica" database, set by
DATABASE_REPLICA_URL), every write and every other read from the primary ("default").

A request reads from the replica only when all of these hold:
- it is a GET or HEAD outside the admin (curators read what they just wrote; the admin is small traffic);
- its client did not write in the last ARCHIVE_READ_PRIMARY_AFTER_WRITE seconds: every other method
  (a save, a curator's form, a login) answers with a short-lived cookie that pins the client's reads
  to the primary, so it sees its own write even when the replica lags;
- the replica has replayed the write that last renewed the data generation (with Redis unreachable there
  is no generation to check against, and the primary answers). Cached counts and pages are
  keyed by the generation (statements.web.generation), and each generation carries the primary's WAL position
  when it was drawn; a page computed from a replica behind it would be cached as the new state's and
  served to everyone until the next write. So, at the request's first read, the replica's replay position
  is compared with the generation's: behind, the request reads from the primary. A value is kept under a
  generation only if the request's reads were checked against that generation's position (`covers`).

Management commands, the index worker and streamed exports (which read after the view returned) use the
primary. An unreachable replica sends reads to the primary for REPLICA_RETRY_SECONDS.
"""

from __future__ import annotations

import contextvars
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connections
from django.urls import reverse

logger = logging.getLogger(__name__)

PRIMARY = "default"
REPLICA = "replica"
PIN_COOKIE = "archive_primary"
READ_ONLY_METHODS = ("GET", "HEAD")
REPLICA_RETRY_SECONDS = 5.0

_replica_down_until = 0.0


@dataclass
class _Reads:
    may_use_replica: bool
    on_replica: bool | None = None  # decided at the first read
    replayed: int | None = None  # a WAL position the replica had replayed before that read


_reads: contextvars.ContextVar[_Reads | None] = contextvars.ContextVar("archive_reads", default=None)


def configured() -> bool:
    return REPLICA in settings.DATABASES


def lsn_value(lsn: str) -> int:
    high, low = lsn.split("/")
    return (int(high, 16) << 32) + int(low, 16)


def primary_position() -> str | None:
    """The primary's current WAL position ("16/B374D848"), or None on SQLite. The insert position: past
    every commit made so far even when it is not yet written out (synchronous_commit=off), where
    pg_current_wal_lsn() can still be behind it. Taken on PostgreSQL with or without a replica configured,
    so that a process that has none (the index worker, a management command) draws generations the web
    nodes can check their replica against."""
    if connections[PRIMARY].vendor != "postgresql":
        return None
    with connections[PRIMARY].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_insert_lsn()::text")
        return cursor.fetchone()[0]


def generation_position(generation: str) -> int | None:
    """The WAL position a generation token carries ("<random>@<lsn>"), None if it carries none."""
    _, _, lsn = generation.partition("@")
    return lsn_value(lsn) if lsn else None


def _replica_replayed() -> int | None:
    """The replica's replay position; None if it is unreachable or no longer a replica."""
    global _replica_down_until
    if time.monotonic() < _replica_down_until:
        return None
    try:
        with connections[REPLICA].cursor() as cursor:
            cursor.execute("SELECT pg_last_wal_replay_lsn()::text")
            lsn = cursor.fetchone()[0]
    except DatabaseError as error:
        logger.warning("read replica unreachable (%s); reading from the primary for %.0f s", error, REPLICA_RETRY_SECONDS)
        _replica_down_until = time.monotonic() + REPLICA_RETRY_SECONDS
        return None
    return lsn_value(lsn) if lsn else None


def _decide(reads: _Reads) -> None:
    from statements.web.generation import current_generation  # generation asks this module for positions

    # A generation without a position was not drawn from the primary (Redis unreachable: "uncached"):
    # nothing says how far the replica must be, so the primary answers.
    needed = generation_position(current_generation())
    replayed = _replica_replayed() if needed is not None else None
    reads.on_replica = replayed is not None and replayed >= needed
    reads.replayed = replayed


def covers(generation: str) -> bool:
    """Whether what this request read may be kept under `generation`: it read from the primary, or from a
    replica that had replayed the generation's position before its first read."""
    reads = _reads.get()
    if reads is None or not reads.on_replica:
        return True
    needed = generation_position(generation)
    return needed is None or (reads.replayed is not None and reads.replayed >= needed)


class ReplicaRouter:
    """Writes, migrations and reads outside a replica-eligible request go to the primary."""

    def db_for_read(self, model, **hints):
        reads = _reads.get()
        if reads is None or not reads.may_use_replica:
            return PRIMARY
        if reads.on_replica is None:
            _decide(reads)
        return REPLICA if reads.on_replica else PRIMARY

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the primary's rows

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class ReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        replicas = configured()
        read_only = request.method in READ_ONLY_METHODS
        may_use_replica = (
            replicas and read_only and PIN_COOKIE not in request.COOKIES
            and not request.path.startswith(reverse("admin:index"))
        )
        token = _reads.set(_Reads(may_use_replica))
        try:
            response = self.get_response(request)
        finally:
            _reads.reset(token)
        seconds = settings.ARCHIVE_READ_PRIMARY_AFTER_WRITE
        if replicas and not read_only and seconds:
            response.set_cookie(PIN_COOKIE, "1", max_age=seconds, httponly=True, samesite="Lax",
                                secure=settings.SESSION_COOKIE_SECURE)
        return response
