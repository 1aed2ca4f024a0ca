"""Facet counts for the Whoosh backend: a value table per searcher, counted over every match.

Reading a column value per matched document through Whoosh's column readers costs microseconds each,
too slow for tens of thousands of matches; so each searcher (one per index commit) reads its columns
once into plain lists indexed by document number, and counting is a Counter over those lists.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

from whoosh.searching import Searcher

_tables: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()
_EPOCH = datetime(1, 1, 1)


class FacetTable:
    def __init__(self, searcher: Searcher):
        reader = searcher.reader()
        self.ids = list(reader.column_reader("id"))
        self.speaker = _strings(reader, "speaker_slug")
        self.outlet = _strings(reader, "outlet")
        self.kind = _strings(reader, "kind")
        self.conflicts = [tuple(value.decode("utf-8").split()) if value else () for value in _column(reader, "conflicts")]
        undated = _column(reader, "undated")
        said_on = _column(reader, "said_on", translate=False)  # raw: undated rows hold an out-of-range default
        self.year = ["" if no_date else _year(value) for value, no_date in zip(said_on, undated)]

    def count(self, facet: str, docnums: Iterable[int]) -> dict[str, int]:
        if facet == "conflict":
            conflicts = self.conflicts
            return Counter(slug for docnum in docnums for slug in conflicts[docnum])
        values = getattr(self, facet)
        return Counter(values[docnum] for docnum in docnums)


def facet_table(searcher: Searcher) -> FacetTable:
    with _lock:
        table = _tables.get(searcher)
        if table is None:
            table = _tables[searcher] = FacetTable(searcher)
        return table


def _column(reader, name: str, *, translate: bool = True) -> list:
    if not reader.has_column(name):  # an index with no document yet
        return [None] * reader.doc_count_all()
    return list(reader.column_reader(name, translate=translate))


def _strings(reader, name: str) -> list[str]:
    return [value.decode("utf-8") if isinstance(value, bytes) else (value or "") for value in _column(reader, name)]


def _year(value) -> str:
    # The said_on column holds Whoosh's datetime longs (microseconds since datetime.min).
    if not value:
        return ""
    if isinstance(value, datetime):
        return str(value.year)
    return str((_EPOCH + timedelta(microseconds=value)).year)
