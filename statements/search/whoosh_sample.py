"""The matches a Whoosh total and facets count: all of them, or above the exact limit an even sample.

Listing every match of a common word walks tens of thousands of postings in Python (at 100k statements,
most of a search's time). As the list pages do past ARCHIVE_FACET_EXACT_LIMIT (statements.research.estimates),
a big match list is counted over a share of it and each count scaled up: here the share is every
`stride`-th window of WINDOW consecutive documents, reached by skipping the matcher from window to
window, so its cost follows the sample's size, not the list's. Windows spread over the whole index, and
documents are added in the order statements are indexed, so every period, speaker and outlet is drawn
in proportion.

How big the list is, is itself estimated first from a pilot: every PILOT_STRIDE-th window.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from whoosh.collectors import TimeLimit

WINDOW = 64  # documents per window: small, so that an article's run of statements spans few windows
PILOT_STRIDE = 32  # the pilot reads one window in 32
MIN_PILOT_WINDOWS = 16
CHECK_EVERY = 2048  # matches between looks at the clock


@dataclass
class Matches:
    docnums: list[int]  # global document numbers: every match, or those of the sample
    stride: int = 1  # one window in `stride` was read: 1 when every match is listed

    @property
    def estimated(self) -> bool:
        return self.stride > 1

    @property
    def total(self) -> int:
        return len(self.docnums) * self.stride

    def scaled(self, counts: dict[str, int]) -> dict[str, int]:
        return counts if self.stride == 1 else {value: n * self.stride for value, n in counts.items()}


def sampled_matches(searcher, query, allowed: frozenset | None, limit: int, deadline: float) -> Matches:
    """Every match of `query` (among `allowed` documents, unless None) when there are at most about `limit`
    (0: always every match), else the matches of the windows that hold about `limit` of them. Raises Whoosh's TimeLimit past `deadline`
    (time.monotonic), as its time-limited collector does."""
    # A pilot of at least MIN_PILOT_WINDOWS windows: a small index is simply read whole.
    pilot_stride = min(PILOT_STRIDE, searcher.doc_count_all() // (WINDOW * MIN_PILOT_WINDOWS))
    if limit and pilot_stride > 1:
        pilot = _windows(searcher, query, allowed, pilot_stride, deadline)
        estimate = len(pilot) * pilot_stride
        if estimate > limit:
            stride = min(pilot_stride, math.ceil(estimate / limit))
            return Matches(pilot if stride == pilot_stride else _windows(searcher, query, allowed, stride, deadline), stride)
    return Matches(_windows(searcher, query, allowed, 1, deadline))


def _windows(searcher, query, allowed: frozenset | None, stride: int, deadline: float) -> list[int]:
    found: list[int] = []
    context = searcher.boolean_context()
    for subsearcher, offset in searcher.leaf_searchers():
        matcher = query.matcher(subsearcher, context)
        if stride == 1:
            # Every match: Whoosh's own loop over ids, the fastest way through a matcher.
            for n, docnum in enumerate(matcher.all_ids()):
                found.append(docnum + offset)
                if not n % CHECK_EVERY and time.monotonic() > deadline:
                    raise TimeLimit
            continue
        steps = 0
        while matcher.is_active():
            docnum = matcher.id() + offset
            window = docnum // WINDOW
            if window % stride == 0:
                found.append(docnum)
                matcher.next()
            else:
                matcher.skip_to((window // stride + 1) * stride * WINDOW - offset)
            steps += 1
            if not steps % CHECK_EVERY and time.monotonic() > deadline:
                raise TimeLimit
    return found if allowed is None else [docnum for docnum in found if docnum in allowed]


