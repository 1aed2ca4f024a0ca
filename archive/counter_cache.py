"""A cache for small shared counters (rate limits, export slots): one SQLite file on this host.

Every request counts against its client's rate limit, so the counter store is written on every request.
Django's database cache does that with several statements and two write transactions per request
(a COUNT(*) of the whole table before each write, to cull it) in the archive's own database, where the
worker processes queue for its write lock; its `incr` is a read then a write, so two workers can lose
a count between them. This backend keeps the counters in a file of their own, written in WAL mode
without waiting for the disk (synchronous=OFF: a counter lost in a power cut costs nothing), one
statement per operation, and `incr` and `add` are single atomic statements, so every worker process on
the host counts the same requests exactly. Several hosts need a cache they share (ARCHIVE_CACHE=redis://).

Values are integers (what counters and slots hold); anything else is pickled.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import threading
import time
from pathlib import Path

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

SCHEMA = "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value, expires REAL NOT NULL) WITHOUT ROWID"
PURGE_EVERY = 60.0  # seconds between deletions of expired entries (per process)
FOREVER = 1e18


class SQLiteCounterCache(BaseCache):
    def __init__(self, location: str, params: dict):
        super().__init__(params)
        self.path = Path(location)
        self._local = threading.local()
        self._purged = 0.0

    # One connection per thread (and per process: a connection does not survive a fork).
    def _connection(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            connection.execute("PRAGMA synchronous=OFF")
            for attempt in range(100):
                # Several processes creating the file at once: switching to WAL takes the file for itself
                # and does not wait for the others (busy timeout or not), so it is tried again.
                try:
                    if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                        connection.execute("PRAGMA journal_mode=WAL")
                    connection.execute(SCHEMA)
                    break
                except sqlite3.OperationalError:
                    if attempt == 99:
                        raise
                    time.sleep(0.01)
            local.connection, local.pid = connection, os.getpid()
        return local.connection

    def _expiry(self, timeout) -> float:
        timeout = self.get_backend_timeout(timeout)
        return FOREVER if timeout is None else timeout

    def _write(self, sql: str, params: tuple) -> list[tuple]:
        connection = self._connection()
        rows = connection.execute(sql, params).fetchall()
        now = time.time()
        if now - self._purged > PURGE_EVERY:
            self._purged = now
            connection.execute("DELETE FROM entries WHERE expires <= ?", (now,))
        return rows

    @staticmethod
    def _encode(value):
        return value if type(value) is int else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def _decode(value):
        return pickle.loads(value) if isinstance(value, bytes) else value

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        row = self._connection().execute(
            "SELECT value FROM entries WHERE key = ? AND expires > ?", (key, time.time())
        ).fetchone()
        return default if row is None else self._decode(row[0])

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        self._write("INSERT OR REPLACE INTO entries (key, value, expires) VALUES (?, ?, ?)",
                    (key, self._encode(value), self._expiry(timeout)))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        """Set `key` unless it holds an unexpired value; True if this call set it (atomic)."""
        key = self.make_and_validate_key(key, version=version)
        rows = self._write(
            "INSERT INTO entries (key, value, expires) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires "
            "WHERE entries.expires <= ? RETURNING 1",
            (key, self._encode(value), self._expiry(timeout), time.time()),
        )
        return bool(rows)

    def incr(self, key, delta=1, version=None):
        """The value after adding `delta` (atomic); ValueError if the key holds nothing."""
        key = self.make_and_validate_key(key, version=version)
        rows = self._write(
            "UPDATE entries SET value = value + ? WHERE key = ? AND expires > ? AND typeof(value) = 'integer' "
            "RETURNING value",
            (delta, key, time.time()),
        )
        if not rows:
            raise ValueError(f"Key '{key}' not found")
        return rows[0][0]

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        rows = self._write("UPDATE entries SET expires = ? WHERE key = ? AND expires > ? RETURNING 1",
                           (self._expiry(timeout), key, time.time()))
        return bool(rows)

    def delete(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        return bool(self._write("DELETE FROM entries WHERE key = ? RETURNING 1", (key,)))

    def has_key(self, key, version=None):
        return self.get(key, self, version=version) is not self

    def clear(self):
        self._write("DELETE FROM entries", ())

    def close(self, **kwargs):
        pass  # the thread's connection stays open for its next request
