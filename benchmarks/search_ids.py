"""How long the list page's search takes: `search_ids(q, sort=…, limit=20000)` (the ids the list page then
filters, counts and facets in the database) for a few queries, on a corpus benchmarks/search.py built.

    .venv/bin/python benchmarks/search_ids.py --workdir /tmp/pgsearch-100k --database-url URL \
        [--backend postgres] [--repeat 3] [QUERY ...]

Prints one line per query and order: how many ids, and the median and best of --repeat runs after one
unreported warm-up (a search refused by the time budget is timed as the researcher waited).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from search import configure

QUERIES = ["security", "Kosovo OR Serbia", "ceasefire", "peace talks", '"peace process"']
LIMIT = 20_000  # statements.research.filters.MAX_SEARCH_RESULTS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--backend", default="postgres")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("queries", nargs="*", default=QUERIES)
    args = parser.parse_args()
    configure(args.workdir, args.database_url)

    from django.conf import settings

    from statements.search import QueryError, search_ids

    settings.ARCHIVE_SEARCH_BACKEND = args.backend
    for q in args.queries:
        for sort in ("relevance", "newest"):
            ms, found = [], "refused"
            for attempt in range(args.repeat + 1):
                started = time.perf_counter()
                try:
                    found = len(search_ids(q, sort=sort, limit=LIMIT))
                except QueryError:
                    found = "refused"
                if attempt:
                    ms.append((time.perf_counter() - started) * 1000)
            print(f"{q!r:24} {sort:9} {found!s:>7} ids   median {statistics.median(ms):7.1f} ms   best {min(ms):7.1f} ms")


if __name__ == "__main__":
    main()
