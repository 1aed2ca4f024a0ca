"""Numbered generations of an on-disk index, the CURRENT pointer naming the one in use, and the one
writer lock: what the Whoosh and Tantivy stores share.

    root/CURRENT            "gen-20240501T101500123456-3f2a"  (replaced atomically)
    root/generations/gen-…/ a complete index
    root/writer.lock        an flock() held by the one process writing (draining the queue or rebuilding)

A rebuild writes a new generation beside the current one, under the writer lock, and then swaps
CURRENT, so searches keep working on the old generation until the new one is complete. The
generation just replaced is kept (a searcher opened just before the swap may still read it); every
other one is removed at the swap, including one a crashed rebuild left half-built.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from statements.search.polling import keep_trying

POINTER = "CURRENT"
GENERATIONS = "generations"


def current_generation(root: Path) -> str | None:
    try:
        return (root / POINTER).read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def generation_path(root: Path, generation: str) -> Path:
    return root / GENERATIONS / generation


def new_generation(root: Path) -> tuple[str, Path]:
    """A fresh, empty directory for a generation; its name sorts by creation time."""
    generation = f"gen-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%f')}-{secrets.token_hex(3)}"
    path = generation_path(root, generation)
    path.mkdir(parents=True)
    return generation, path


def switch_to(root: Path, generation: str) -> None:
    """Make `generation` the one searched, atomically; keep the one it replaces and drop the rest.

    Called under the writer lock (rebuilds hold it), so no other generation is being built: any
    other directory is left over from a rebuild that crashed.
    """
    previous = current_generation(root)
    tmp = root / f"{POINTER}.{secrets.token_hex(4)}.tmp"
    tmp.write_text(generation, encoding="ascii")
    os.replace(tmp, root / POINTER)
    for path in (root / GENERATIONS).iterdir():
        if path.name not in (generation, previous):
            shutil.rmtree(path, ignore_errors=True)


def discard_generation(root: Path, generation: str) -> None:
    """Remove a generation that was never switched to (a rebuild that failed)."""
    if current_generation(root) != generation:
        shutil.rmtree(generation_path(root, generation), ignore_errors=True)


def ensure_generation(root: Path, create_empty: Callable[[Path], None]) -> str:
    """The generation in use, creating an empty first one with `create_empty(path)` if there is none."""
    existing = current_generation(root)
    if existing:
        return existing
    generation, path = new_generation(root)
    create_empty(path)
    tmp = root / f"{POINTER}.{secrets.token_hex(4)}.tmp"
    tmp.write_text(generation, encoding="ascii")
    try:
        # link() fails if CURRENT exists: of two processes creating the first index at once, one wins.
        os.link(tmp, root / POINTER)
    except FileExistsError:
        shutil.rmtree(path, ignore_errors=True)
    finally:
        tmp.unlink(missing_ok=True)
    return current_generation(root)


@contextmanager
def writer_lock(root: Path, *, wait: bool, timeout: float) -> Iterator[bool]:
    """Hold root's one writer lock; yields False if another process or thread holds it past `timeout`.

    flock() belongs to the open file description, so threads of one process exclude each other too.
    """
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "writer.lock", "a+b") as handle:

        def attempt() -> bool:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
                return True
            except BlockingIOError:
                return False

        held = keep_trying(attempt, timeout=timeout)
        try:
            yield held
        finally:
            if held:
                fcntl.flock(handle, fcntl.LOCK_UN)
