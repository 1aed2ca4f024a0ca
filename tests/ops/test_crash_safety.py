"""Crash safety: ingest and indexing killed with SIGKILL anywhere lose nothing once restarted and reconciled.

Real child processes run the ingest command against a file-backed database (an SQLite file, or a
database of its own on the PostgreSQL server when the suite runs on PostgreSQL) and a temporary index
directory. statements/faults.py kills them:

- at each named point: ingest.article_row, ingest.before_commit (inside the article's transaction),
  ingest.after_commit (committed, not yet indexed), index.during_commit (Whoosh's segment files written,
  its table of contents not: patched in by the runner below, since the commit is inside Whoosh),
  index.after_index_commit (indexed, queue entries not yet deleted), index.after_dequeue;
- at random points: the n-th checkpoint passed, n drawn at random; up to three kills in a row on the
  same database (each run resumes what the last one left), then a recovery run.

After every kill the database is read directly: each article present has all of its statements (none
half-ingested). After each recovery (the same ingest again, then `manage.py reconcile`): every article
and statement of a clean run is there, the index agrees with the database (0 missing, extra or stale)
and the queue is empty, and the writer lock was obtained within a second (its flock died with the
killed process; the lock file left behind does not block).

CRASH_RANDOM_POINTS sets the number of random kills (CI: 50 on SQLite, 20 on PostgreSQL, where the named
points already cover what differs: transactions and their commit).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection

pytestmark = [pytest.mark.subprocess]

ON_SQLITE = connection.vendor == "sqlite"
RANDOM_POINTS = int(os.environ.get("CRASH_RANDOM_POINTS", "50" if ON_SQLITE else "20"))
NAMED_POINTS = ["ingest.article_row", "ingest.before_commit", "ingest.after_commit", "index.during_commit",
                "index.after_index_commit", "index.after_dequeue"]
ROOT = Path(django_settings.BASE_DIR)

RUNNER = r"""
import json, os, sys, time
import django
django.setup()
from django.core.management import call_command
from django.core.management.base import CommandError
from statements.devtools.faults import checkpoint
from whoosh import writing

_commit_toc = writing.SegmentWriter._commit_toc
def commit_toc(self, segments):
    checkpoint("index.during_commit")  # segment files are written; the index's table of contents is not
    return _commit_toc(self, segments)
writing.SegmentWriter._commit_toc = commit_toc

mode, paths = sys.argv[1], sys.argv[2:]
if mode == "ingest":
    try:
        call_command("ingest", *paths, verbosity=0)
    except CommandError as error:
        print("INGEST-ERROR", error)
        sys.exit(1)
    sys.exit(0)
from statements.search.backend import get_backend
started = time.monotonic()
with get_backend().writer_lock(wait=True):
    lock_seconds = time.monotonic() - started
call_command("ingest", *paths, verbosity=0)
call_command("reconcile", verbosity=0)
from statements.models import Article, IndexQueueEntry, Statement
from statements.search import verify_index
report = verify_index()
print("RESULT " + json.dumps({
    "lock_seconds": lock_seconds,
    "articles": {a.content_hash: a.statements.count() for a in Article.objects.all()},
    "statements": Statement.objects.count(),
    "differences": report.differences, "queued": IndexQueueEntry.objects.count(),
}))
"""

QUOTES = [
    "We continue to call on both sides to refrain from dangerous actions",
    "The border must be demarcated on the basis of the Alma-Ata declaration",
    "Peacekeepers will stay in the region as long as they are needed",
    "Sanctions have never solved a single problem",
    "We are ready for talks without preconditions",
    "The humanitarian corridor must remain open",
    "Nobody wants a new escalation of tension",
    "Dialogue is the only way to a lasting settlement",
]
SPEAKERS = ["Kremlin spokesman Dmitry Peskov", "Foreign Ministry spokeswoman Maria Zakharova", "Foreign Minister Sergei Lavrov"]


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, quote in enumerate(QUOTES):
        text = (
            f"Statement {n} on the conflict\nAuthor:Reuters 2023-09-{n + 10:02d} 02:35\n\n"
            f"Officials spoke on day {n}.\n\n“{quote},” {SPEAKERS[n % 3]} told reporters on Monday.\n\n"
            f"“{QUOTES[(n + 3) % len(QUOTES)]},” {SPEAKERS[(n + 1) % 3]} said later.\n\nTalks go on.\n"
        )
        (folder / f"article-{n}.txt").write_text(text, encoding="utf-8")
    return folder


class Scratch:
    """A database the children use, made fresh from a migrated template for each round."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.rounds = 0
        self.settings = connection.settings_dict
        if ON_SQLITE:
            self.template = tmp / "template.sqlite3"
            self._migrate(f"sqlite:///{self.template}")
        else:
            self.template = f"crash_tpl_{os.getpid()}"
            self._admin(f'DROP DATABASE IF EXISTS "{self.template}"', f'CREATE DATABASE "{self.template}"')
            self._migrate(self._pg_url(self.template))

    def _pg_url(self, name: str) -> str:
        s = self.settings
        password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
        return f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"

    def _admin(self, *statements: str) -> None:
        import psycopg

        s = self.settings
        with psycopg.connect(host=s["HOST"] or "127.0.0.1", port=s["PORT"] or 5432, user=s["USER"],
                             password=s.get("PASSWORD") or None, dbname="postgres", autocommit=True) as admin:
            for statement in statements:
                admin.execute(statement)

    def _migrate(self, url: str) -> None:
        env = self.env(url, self.tmp / "template-index")
        for args in (["migrate", "--verbosity", "0"], ["load_gazetteer"]):
            subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, timeout=600)

    def env(self, url: str, index: Path) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith(("ARCHIVE_FAULT", "PYTEST"))}
        env.update({"DJANGO_SETTINGS_MODULE": "archive.settings", "DEBUG": "1", "DATABASE_URL": url,
                    "ARCHIVE_INDEX_DIR": str(index), "LOG_LEVEL": "ERROR"})
        return env

    def fresh(self) -> tuple[str, Path]:
        """A new database from the template and an empty index directory."""
        self.rounds += 1
        index = self.tmp / f"index-{self.rounds}"
        if ON_SQLITE:
            path = self.tmp / f"round-{self.rounds}.sqlite3"
            shutil.copy(self.template, path)
            return f"sqlite:///{path}", index
        name = f"crash_{os.getpid()}_{self.rounds}"
        self._admin(f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self._pg_url(name), index

    def articles(self, url: str) -> dict[str, int]:
        """content hash -> statements, read straight from the database (no Django in between)."""
        query = ("SELECT a.content_hash, (SELECT count(*) FROM statements_statement s WHERE s.article_id = a.id) "
                 "FROM statements_article a")
        if ON_SQLITE:
            with closing(sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30)) as db:
                return dict(db.execute(query).fetchall())
        import psycopg

        with psycopg.connect(url) as db:
            return dict(db.execute(query).fetchall())

    def close(self) -> None:
        if not ON_SQLITE:
            names = [f'DROP DATABASE IF EXISTS "crash_{os.getpid()}_{n}"' for n in range(1, self.rounds + 1)]
            self._admin(*names, f'DROP DATABASE IF EXISTS "{self.template}"')


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    made = Scratch(tmp_path_factory.mktemp("crash"))
    yield made
    made.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"))


def run(scratch: Scratch, url: str, index: Path, mode: str, corpus: Path, **fault: str) -> subprocess.CompletedProcess:
    env = scratch.env(url, index)
    env.update(fault)
    return subprocess.run([sys.executable, "-c", RUNNER, mode, str(corpus)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def recover(scratch: Scratch, url: str, index: Path, corpus: Path) -> dict:
    result = run(scratch, url, index, "recover", corpus)
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


@pytest.fixture(scope="module")
def reference(scratch, corpus) -> dict:
    """What a run without faults stores."""
    url, index = scratch.fresh()
    state = recover(scratch, url, index, corpus)
    assert state["statements"] >= len(QUOTES), state
    return state


def assert_whole(scratch: Scratch, url: str, reference: dict, context: str) -> None:
    """No half-ingested article: every article present has exactly its statements."""
    for content_hash, count in scratch.articles(url).items():
        assert count == reference["articles"][content_hash], f"{context}: article {content_hash[:10]} has {count} statements"


def assert_recovered(state: dict, reference: dict, context: str) -> None:
    assert state["articles"] == reference["articles"], f"{context}: articles differ after recovery"
    assert state["statements"] == reference["statements"], f"{context}: statements lost or doubled"
    assert state["differences"] == 0 and state["queued"] == 0, f"{context}: index differs: {state}"
    assert state["lock_seconds"] < 1.0, f"{context}: writer lock took {state['lock_seconds']:.2f} s"


@pytest.mark.parametrize("point", NAMED_POINTS)
def test_a_kill_at_each_named_point_loses_nothing(scratch, corpus, reference, point):
    url, index = scratch.fresh()
    killed = run(scratch, url, index, "ingest", corpus, ARCHIVE_FAULT_POINT=point)
    assert killed.returncode == -signal.SIGKILL, f"{point} was never reached: {killed.stderr[-2000:]}"
    assert_whole(scratch, url, reference, point)
    assert_recovered(recover(scratch, url, index, corpus), reference, point)


def test_kills_at_random_points_lose_nothing(scratch, corpus, reference):
    rng = random.Random(int(os.environ.get("CRASH_SEED", "8")))
    checkpoints = 3 * len(QUOTES) + 3
    kills = rounds = 0
    while kills < RANDOM_POINTS:
        url, index = scratch.fresh()
        rounds += 1
        for _ in range(3):  # up to three kills in a row, each run resuming what the last left
            n = rng.randint(1, checkpoints)
            killed = run(scratch, url, index, "ingest", corpus, ARCHIVE_FAULT_AFTER_N_CHECKPOINTS=str(n))
            if killed.returncode != -signal.SIGKILL:
                assert killed.returncode == 0, killed.stderr[-2000:]
                break  # fewer checkpoints left than n: the run finished
            kills += 1
            assert_whole(scratch, url, reference, f"kill {kills} (checkpoint {n})")
        assert_recovered(recover(scratch, url, index, corpus), reference, f"round {rounds}")
    print(f"random kills: {kills} in {rounds} rounds, all recovered")


def test_reingesting_twice_or_five_times_at_once_adds_nothing(scratch, corpus, reference):
    url, index = scratch.fresh()
    env = scratch.env(url, index)
    command = [sys.executable, "manage.py", "ingest", str(corpus)]
    children = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(5)]
    outputs = [child.communicate(timeout=600) for child in children]
    for child, (out, err) in zip(children, outputs):
        assert child.returncode == 0, err[-2000:]
        assert "Traceback" not in err
    assert scratch.articles(url) == reference["articles"]
    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and f"0 added" in again.stdout, again.stdout
    state = recover(scratch, url, index, corpus)
    assert_recovered(state, reference, "concurrent re-ingest")


@pytest.mark.skipif(not ON_SQLITE, reason="the index swap does not depend on the database: run once")
def test_searches_keep_working_while_the_index_is_rebuilt(scratch, settings, monkeypatch):
    # What is tested is the swap, not the speed: a busy machine (the rebuild beside the searches) may
    # take a search past the 300 ms budget, which is a refusal with a message, not a failure of the swap.
    monkeypatch.setattr("statements.search.whoosh_backend.SEARCH_TIME_LIMIT", 30)
    url, index = scratch.fresh()
    env = scratch.env(url, index)
    subprocess.run([sys.executable, "manage.py", "generate_corpus", "--statements", "1500"], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=600)
    settings.ARCHIVE_INDEX_DIR = index
    from statements.search.whoosh_backend import WhooshBackend

    backend = WhooshBackend()
    expected = sorted(backend.search_ids("security", sort="newest", limit=None))
    assert expected
    rebuild = subprocess.Popen([sys.executable, "manage.py", "reindex"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    searches, failures = 0, []
    while rebuild.poll() is None or searches < 5:
        try:
            found = sorted(backend.search_ids("security", sort="newest", limit=None))
            if found != expected:
                failures.append(f"{len(found)} results instead of {len(expected)}")
        except Exception as error:  # noqa: BLE001 - any failure during the swap is what is tested
            failures.append(repr(error))
        searches += 1
    assert rebuild.returncode == 0, rebuild.stderr.read()[-2000:]
    assert not failures, failures[:5]
    assert searches > 5
    generations = list((index / "generations").iterdir())
    assert len(generations) <= 2  # the current one and the one before (for searchers opened before the swap)
