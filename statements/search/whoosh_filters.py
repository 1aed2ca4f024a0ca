"""List filters for the Whoosh backend as sets of documents, kept per searcher (one per index commit).

A filter (a kind, a speaker, dates) stepped beside a search's words in an intersection costs a Python
call per posting of both: a kind is a third of the archive, so at 100k statements the filter cost
several times what its words did. As a set of document numbers it is read once per index commit and
each of the words' matches is tested against it (a set lookup), the way search engines keep a filter
cache. Few filters recur (three kinds, the busiest speakers, a few periods), so a small LRU suffices.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict

from whoosh.collectors import TimeLimit, TimeLimitCollector

KEPT = 32  # filters per searcher
CHECK_EVERY = 4096

_caches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def filter_docnums(searcher, query, deadline: float) -> frozenset[int]:
    """Global document numbers `query` (a filter: no scores needed) matches. Raises TimeLimit past `deadline`."""
    key = repr(query)
    with _lock:
        cache = _caches.setdefault(searcher, OrderedDict())
        found = cache.get(key)
        if found is not None:
            cache.move_to_end(key)
            return found
    found = frozenset(_all_docnums(searcher, query, deadline))
    with _lock:
        cache[key] = found
        while len(cache) > KEPT:
            cache.popitem(last=False)
    return found


def _all_docnums(searcher, query, deadline: float):
    context = searcher.boolean_context()
    for subsearcher, offset in searcher.leaf_searchers():
        for n, docnum in enumerate(query.matcher(subsearcher, context).all_ids()):
            yield docnum + offset
            if not n % CHECK_EVERY and time.monotonic() > deadline:
                raise TimeLimit


class AllowedTimeLimitCollector(TimeLimitCollector):
    """Whoosh's time-limited collector that also keeps only matches among `allowed` documents (None:
    all). Whoosh's FilterCollector cannot be combined with it: each bypasses the other's loop."""

    def __init__(self, child, *, timelimit: float, allowed: frozenset | None):
        super().__init__(child, timelimit, use_alarm=False)  # alarms work in the main thread only
        self.allowed = allowed

    def collect_matches(self):
        child, allowed = self.child, self.allowed
        for sub_docnum in child.matches():
            if self.timedout:
                raise TimeLimit
            if allowed is None or child.offset + sub_docnum in allowed:
                child.collect(sub_docnum)
