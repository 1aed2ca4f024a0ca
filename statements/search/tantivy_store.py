"""Where the Tantivy index lives, who may write it, and the open index each process searches.

ARCHIVE_INDEX_DIR/tantivy/ holds numbered generations and a CURRENT file naming the one in use, as
whoosh_store does for Whoosh (a rebuild writes a new generation and swaps CURRENT atomically), and
writer.lock, an flock() held by the one process writing.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import tantivy
from django.conf import settings

from statements.search.tantivy_schema import SCHEMA, register_analyzers

POINTER = "CURRENT"
GENERATIONS = "generations"
KEEP_OLD_GENERATIONS = 1

_open: dict[tuple[str, str], tantivy.Index] = {}
_open_lock = threading.Lock()


def index_root() -> Path:
    return Path(settings.ARCHIVE_INDEX_DIR) / "tantivy"


def current_generation(root: Path) -> str | None:
    try:
        return (root / POINTER).read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def create_generation(root: Path) -> tuple[str, tantivy.Index]:
    generation = f"gen-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%f')}-{secrets.token_hex(3)}"
    path = root / GENERATIONS / generation
    path.mkdir(parents=True)
    index = tantivy.Index(SCHEMA, path=str(path))
    register_analyzers(index)
    return generation, index


def switch_to(root: Path, generation: str) -> None:
    tmp = root / f"{POINTER}.{secrets.token_hex(4)}.tmp"
    tmp.write_text(generation, encoding="ascii")
    os.replace(tmp, root / POINTER)
    others = sorted(path for path in (root / GENERATIONS).iterdir() if path.name != generation)
    for path in others[: max(0, len(others) - KEEP_OLD_GENERATIONS)]:
        shutil.rmtree(path, ignore_errors=True)


def discard_generation(root: Path, generation: str) -> None:
    if current_generation(root) != generation:
        shutil.rmtree(root / GENERATIONS / generation, ignore_errors=True)


def current_index() -> tantivy.Index:
    """The index of the current generation, opened once per process and reloaded to its latest commit."""
    root = index_root()
    generation = current_generation(root)
    if generation is None:
        generation = _create_first_generation(root)
    key = (str(root), generation)
    with _open_lock:
        index = _open.get(key)
        if index is None:
            index = tantivy.Index.open(str(root / GENERATIONS / generation))
            register_analyzers(index)
            # A rebuild swapped generations: forget the old one's index (its files are removed soon).
            for stale in [k for k in _open if k[0] == key[0]]:
                del _open[stale]
            _open[key] = index
    index.reload()
    return index


def _create_first_generation(root: Path) -> str:
    generation, index = create_generation(root)
    writer = index.writer(15_000_000, 1)
    writer.commit()
    writer.wait_merging_threads()
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


@contextmanager
def writer_lock(*, wait: bool, timeout: float) -> Iterator[bool]:
    """Hold the one writer lock; yields False if another process or thread holds it past `timeout`.
    flock() belongs to the open file description, so threads of one process exclude each other too."""
    root = index_root()
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "writer.lock", "a+b") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
                held = True
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    held = False
                    break
                time.sleep(0.02)
        try:
            yield held
        finally:
            if held:
                fcntl.flock(handle, fcntl.LOCK_UN)
