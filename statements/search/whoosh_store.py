"""Where the Whoosh index lives on disk, and who may write it.

ARCHIVE_INDEX_DIR holds numbered generations of the index and a CURRENT file naming the one in use:

    ARCHIVE_INDEX_DIR/CURRENT             "gen-20240501T101500123456-3f2a"  (replaced atomically)
    ARCHIVE_INDEX_DIR/generations/gen-.../  a complete Whoosh index
    ARCHIVE_INDEX_DIR/writer.lock         held by the one process writing (draining the queue or rebuilding)

A rebuild writes a new generation beside the current one and then swaps CURRENT, so searches keep
working on the old generation until the new one is complete. The directory is read from settings on
every call (tests give each test its own); only open searchers are cached, keyed by directory and
generation.
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from django.conf import settings
from whoosh import index
from whoosh.searching import Searcher
from whoosh.util.filelock import FileLock, try_for

from statements.search.whoosh_schema import SCHEMA

POINTER = "CURRENT"
GENERATIONS = "generations"
# Keep the generation before the current one: a searcher opened just before a swap may still read it.
KEEP_OLD_GENERATIONS = 1


def index_root() -> Path:
    return Path(settings.ARCHIVE_INDEX_DIR)


def current_generation(root: Path) -> str | None:
    try:
        return (root / POINTER).read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def ensure_generation(root: Path) -> str:
    """The generation in use, creating an empty first one if the archive has no index yet."""
    return current_generation(root) or _create_first_generation(root)


def open_generation(root: Path, generation: str) -> index.FileIndex:
    # Our schema, not the pickled copy in the index: the analyzers are this code's classes.
    return index.open_dir(str(root / GENERATIONS / generation), schema=SCHEMA)


def open_current() -> tuple[str, index.FileIndex]:
    root = index_root()
    generation = ensure_generation(root)
    return generation, open_generation(root, generation)


def create_generation(root: Path) -> tuple[str, index.FileIndex]:
    generation = f"gen-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%f')}-{secrets.token_hex(3)}"
    path = root / GENERATIONS / generation
    path.mkdir(parents=True)
    return generation, index.create_in(str(path), SCHEMA)


def switch_to(root: Path, generation: str) -> None:
    """Make `generation` the one searched, atomically, then drop generations nobody should need."""
    tmp = root / f"{POINTER}.{secrets.token_hex(4)}.tmp"
    tmp.write_text(generation, encoding="ascii")
    os.replace(tmp, root / POINTER)
    _remove_old_generations(root, keep=generation)


def discard_generation(root: Path, generation: str) -> None:
    """Remove a generation that was never switched to (a rebuild that failed)."""
    if current_generation(root) != generation:
        shutil.rmtree(root / GENERATIONS / generation, ignore_errors=True)


def _create_first_generation(root: Path) -> str:
    generation, _ = create_generation(root)
    tmp = root / f"{POINTER}.{secrets.token_hex(4)}.tmp"
    tmp.write_text(generation, encoding="ascii")
    try:
        # link() fails if CURRENT exists: of two processes creating the first index at once, one wins.
        os.link(tmp, root / POINTER)
    except FileExistsError:
        shutil.rmtree(root / GENERATIONS / generation, ignore_errors=True)
    finally:
        tmp.unlink(missing_ok=True)
    return current_generation(root)


def _remove_old_generations(root: Path, *, keep: str) -> None:
    # Newest last by name (names start with their creation time).
    others = sorted(path for path in (root / GENERATIONS).iterdir() if path.name != keep)
    for path in others[: max(0, len(others) - KEEP_OLD_GENERATIONS)]:
        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def writer_lock(*, wait: bool, timeout: float) -> Iterator[bool]:
    """Hold the archive's one writer lock; yields False (without waiting longer than `timeout`) if
    another process or thread holds it. flock() locks belong to the open file, so this excludes
    threads of the same process too."""
    root = index_root()
    root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(root / "writer.lock"))
    acquired = lock.acquire(blocking=True) if wait else try_for(lock.acquire, timeout=timeout, delay=0.02)
    try:
        yield bool(acquired)
    finally:
        if acquired:
            lock.release()


_local = threading.local()


def searcher() -> Searcher:
    """A searcher on the current generation, reused by this thread until the index changes.

    Opening segment readers is the slow part of a first search, so each thread keeps its searcher
    (Whoosh searchers are not shared across threads) and checks the index's commit number, a
    directory listing, before reusing it. Not Searcher.refresh(): in whoosh-reloaded 2.7.5 it
    carries the old segments into the new reader, so merged-away and deleted documents come back.
    """
    root = index_root()
    generation = ensure_generation(root)
    key = (str(root), generation)
    cached = getattr(_local, "searcher", None)
    if cached is not None and _local.key == key and _local.ix.latest_generation() == _local.commit:
        return cached
    if cached is not None:
        cached.close()
    ix = open_generation(root, generation)
    commit = ix.latest_generation()  # read first: a commit in between only costs one more reopen
    _local.searcher, _local.key, _local.ix, _local.commit = ix.searcher(), key, ix, commit
    return _local.searcher
