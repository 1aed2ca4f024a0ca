"""Backups of the archive's database, and restoring one: the database is the truth, the index is rebuilt.

SQLite: the online backup API (a consistent copy while the archive keeps serving and ingesting),
written beside the target and renamed into place, so a crash never leaves half a backup under its name.
PostgreSQL: pg_dump's custom format, restored with pg_restore --clean into the configured database.
The search index is not backed up: after a restore, `reindex` rebuilds it from the restored rows.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from glob import glob
from pathlib import Path

from django.db import connection, connections

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


class BackupError(Exception):
    pass


def backup_database(path: str | Path) -> Path:
    """Write a consistent copy of the default database to `path`; returns the path written."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    if connection.vendor == "sqlite":
        _sqlite_backup(partial)
    elif connection.vendor == "postgresql":
        _run([pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}", *_pg_args()])
    else:
        raise BackupError(f"backups of {connection.vendor} databases are not supported")
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def restore_database(path: str | Path) -> None:
    """Replace the default database's contents with the backup at `path`."""
    source = Path(path)
    if not source.is_file():
        raise BackupError(f"no backup file at {source}")
    head = _head(source)
    if connection.vendor == "sqlite":
        if not head.startswith(SQLITE_MAGIC):
            raise BackupError(f"{source} is not an SQLite backup")
        _sqlite_restore(source)
    elif connection.vendor == "postgresql":
        if not head.startswith(PG_DUMP_MAGIC):
            raise BackupError(f"{source} is not a pg_dump custom-format backup")
        connections.close_all()
        _run([pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
              "--exit-on-error", *_pg_args(), str(source)])
    else:
        raise BackupError(f"restoring {connection.vendor} databases is not supported")


def _head(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(16)


def _sqlite_backup(target: Path) -> None:
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
        check = destination.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"the copy failed its integrity check: {check}")
        # A self-contained file: no -wal beside it to lose.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()


def _sqlite_restore(source: Path) -> None:
    backup = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        check = backup.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"{source} failed its integrity check: {check}")
        connection.ensure_connection()
        # Page by page into the live database, under its write lock: readers see the old or the new.
        backup.backup(connection.connection)
    finally:
        backup.close()
    connection.close()


def pg_tool(name: str) -> str:
    """pg_dump / pg_restore: from PG_BIN, else PATH, else the newest Debian PostgreSQL install."""
    candidates = []
    if os.environ.get("PG_BIN"):
        candidates.append(str(Path(os.environ["PG_BIN"]) / name))
    if found := shutil.which(name):
        candidates.append(found)
    candidates.extend(sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True))
    for candidate in candidates:
        if os.access(candidate, os.X_OK):
            return candidate
    raise BackupError(f"{name} not found: install the PostgreSQL client tools or set PG_BIN")


def _pg_args() -> list[str]:
    settings = connection.settings_dict
    args = []
    if settings.get("HOST"):
        args.append(f"--host={settings['HOST']}")
    if settings.get("PORT"):
        args.append(f"--port={settings['PORT']}")
    if settings.get("USER"):
        args.append(f"--username={settings['USER']}")
    args.append(f"--dbname={settings['NAME']}")
    return args


def _run(command: list[str]) -> None:
    env = dict(os.environ)
    password = connection.settings_dict.get("PASSWORD")
    if password:
        env["PGPASSWORD"] = password  # not on the command line, where ps would show it
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()[-2000:]}")
