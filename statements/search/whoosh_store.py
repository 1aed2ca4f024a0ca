"""Where the Whoosh index lives on disk, and who may write it.

ARCHIVE_INDEX_DIR holds numbered generations of the index, the CURRENT file naming the one in use and
the writer lock, as statements.search.generations describes. The directory is read from settings on
every call (tests give each test its own); only open searchers are cached, keyed by directory and
generation.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from whoosh import index
from whoosh.searching import Searcher

from statements.search import generations
from statements.search.generations import current_generation, discard_generation, switch_to
from statements.search.whoosh_schema import SCHEMA

__all__ = [
    "create_generation", "current_generation", "discard_generation", "index_root", "open_current",
    "searcher", "switch_to", "writer_lock",
]


def index_root() -> Path:
    return Path(settings.ARCHIVE_INDEX_DIR)


def ensure_generation(root: Path) -> str:
    """The generation in use, creating an empty first one if the archive has no index yet."""
    return generations.ensure_generation(root, lambda path: index.create_in(str(path), SCHEMA))


def open_generation(root: Path, generation: str) -> index.FileIndex:
    # Our schema, not the pickled copy in the index: the analyzers are this code's classes.
    return index.open_dir(str(generations.generation_path(root, generation)), schema=SCHEMA)


def open_current() -> tuple[str, index.FileIndex]:
    root = index_root()
    generation = ensure_generation(root)
    return generation, open_generation(root, generation)


def create_generation(root: Path) -> tuple[str, index.FileIndex]:
    generation, path = generations.new_generation(root)
    return generation, index.create_in(str(path), SCHEMA)


@contextmanager
def writer_lock(*, wait: bool, timeout: float) -> Iterator[bool]:
    with generations.writer_lock(index_root(), wait=wait, timeout=timeout) as held:
        yield held


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
