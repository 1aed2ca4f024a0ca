"""Where the Tantivy index lives, who may write it, and the open index each process searches.

ARCHIVE_INDEX_DIR/tantivy/ holds numbered generations, the CURRENT file naming the one in use and the
writer lock, as statements.search.generations describes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import tantivy
from django.conf import settings

from statements.search import generations
from statements.search.generations import current_generation, discard_generation, switch_to
from statements.search.tantivy_schema import SCHEMA, register_analyzers

__all__ = ["create_generation", "current_generation", "current_index", "discard_generation", "index_root", "switch_to", "writer_lock"]

# The one open index: the current generation's, with its (index directory, generation). Every open index
# keeps a thread that watches its files, so an index no longer current (a rebuild swapped generations, or
# the directory changed, as each test's does) is closed rather than kept.
_open: tuple[tuple[str, str], tantivy.Index] | None = None
_open_lock = threading.Lock()


def index_root() -> Path:
    return Path(settings.ARCHIVE_INDEX_DIR) / "tantivy"


def _create_in(path: Path) -> tantivy.Index:
    index = tantivy.Index(SCHEMA, path=str(path))
    register_analyzers(index)
    return index


def _create_empty(path: Path) -> None:
    writer = _create_in(path).writer(15_000_000, 1)
    writer.commit()
    writer.wait_merging_threads()


def create_generation(root: Path) -> tuple[str, tantivy.Index]:
    generation, path = generations.new_generation(root)
    return generation, _create_in(path)


def current_index() -> tantivy.Index:
    """The index of the current generation, opened once per process and reloaded to its latest commit."""
    global _open
    root = index_root()
    generation = generations.ensure_generation(root, _create_empty)
    key = (str(root), generation)
    with _open_lock:
        if _open is None or _open[0] != key:
            index = tantivy.Index.open(str(generations.generation_path(root, generation)))
            register_analyzers(index)
            _open = (key, index)
        index = _open[1]
    index.reload()
    return index


@contextmanager
def writer_lock(*, wait: bool, timeout: float) -> Iterator[bool]:
    with generations.writer_lock(index_root(), wait=wait, timeout=timeout) as held:
        yield held
