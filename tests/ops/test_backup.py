"""Backups: `manage.py backup PATH` then `manage.py restore PATH` into a scratch database gives back every
article and statement; the restore rebuilds the index, and `manage.py reconcile --check` finds 0 differences.

Real child processes against file-backed databases (an SQLite file, or databases of their own on the
PostgreSQL server when the suite runs on PostgreSQL), as an operator would run them.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.ops.test_crash_safety import ON_SQLITE, ROOT, Scratch, recover, write_corpus

pytestmark = [pytest.mark.subprocess]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    made = Scratch(tmp_path_factory.mktemp("backup"))
    yield made
    made.close()


def manage(scratch: Scratch, url: str, index, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=scratch.env(url, index),
                          capture_output=True, text=True, timeout=600)


def empty_database(scratch: Scratch, tmp_path) -> str:
    if ON_SQLITE:
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    name = f"restored_{os.getpid()}"
    scratch._admin(f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"')
    return scratch._pg_url(name)


def test_a_backup_restores_into_a_scratch_database_and_passes_reconcile(scratch, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    source, source_index = scratch.fresh()
    original = recover(scratch, source, source_index, corpus)
    assert original["statements"] > 0

    backup = tmp_path / "backups" / "archive.backup"
    made = manage(scratch, source, source_index, "backup", str(backup))
    assert made.returncode == 0, made.stderr[-2000:]
    assert backup.stat().st_size > 0 and not list(backup.parent.glob(".*partial"))

    target = empty_database(scratch, tmp_path)
    target_index = tmp_path / "restored-index"
    restored = manage(scratch, target, target_index, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr[-2000:]
    assert "0 differences" in restored.stdout, restored.stdout

    assert scratch.articles(target) == scratch.articles(source) == original["articles"]
    check = manage(scratch, target, target_index, "reconcile", "--check")
    assert check.returncode == 0 and "missing 0, extra 0, stale 0" in check.stdout, check.stdout + check.stderr
    search = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from statements.search import search_ids; "
         "print(len(search_ids('peacekeepers')))"],
        cwd=ROOT, env=scratch.env(target, target_index), capture_output=True, text=True, timeout=300,
    )
    assert search.returncode == 0 and int(search.stdout.strip()) > 0, search.stderr[-2000:]
    if not ON_SQLITE:
        scratch._admin(f'DROP DATABASE IF EXISTS "restored_{os.getpid()}"')


def test_restore_refuses_a_file_that_is_not_a_backup(scratch, tmp_path):
    bogus = tmp_path / "not-a-backup.bin"
    bogus.write_bytes(b"this is not a database backup at all")
    target, index = scratch.fresh()
    refused = manage(scratch, target, index, "restore", str(bogus))
    assert refused.returncode != 0
    assert "not" in refused.stderr and "Traceback" not in refused.stderr, refused.stderr[-2000:]
    missing = manage(scratch, target, index, "restore", str(tmp_path / "nowhere.backup"))
    assert missing.returncode != 0 and "no backup file" in missing.stderr
