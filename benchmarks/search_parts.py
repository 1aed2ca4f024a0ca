"""Where a Whoosh search's time goes, part by part, on a corpus benchmarks/search.py built:

    .venv/bin/python benchmarks/search_parts.py --workdir /tmp/bench-100k [--database-url sqlite:///…] \
        security ceasefire +ceasefire "peace talks" '"peace process"' "Baku OR Yerevan"

For each query (a leading + adds the kind filter "direct"): the scored top 20 (what the page shows),
listing every match unscored, the pilot (one window in 32) and a one-in-5 sample of whoosh_sample, and
counting the five facets over that sample. Best of two runs, in ms; the number of matches in brackets.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--database-url")
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.update(DJANGO_SETTINGS_MODULE="archive.settings", LOG_LEVEL="ERROR",
                      ARCHIVE_VAR_DIR=str(args.workdir), ARCHIVE_INDEX_DIR=str(args.workdir / "index"))
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from statements.search import SearchRequest, whoosh_sample, whoosh_store
    from statements.search.query_guards import clean_query
    from statements.search.whoosh_backend import WhooshBackend, _narrowed
    from statements.search.whoosh_facets import facet_table
    from statements.search.whoosh_query import parse_query

    backend, searcher = WhooshBackend(), whoosh_store.searcher()
    facet_table(searcher)
    far = time.monotonic() + 3600

    def best(run) -> tuple[float, object]:
        timings = []
        for _ in range(2):
            started = time.perf_counter()
            result = run()
            timings.append((time.perf_counter() - started) * 1000)
        return min(timings), result

    for q in args.queries:
        kinds = ["direct"] if q.startswith("+") else []
        q = q.lstrip("+")
        query, allowed = _narrowed(searcher, parse_query(clean_query(q)), SearchRequest(q=q, kinds=kinds), far)
        top, _ = best(lambda: backend._collect(searcher, query, time.monotonic() + 3600, limit=20, allowed=allowed))
        every, matches = best(lambda: whoosh_sample._windows(searcher, query, allowed, 1, far))
        pilot, piloted = best(lambda: whoosh_sample._windows(searcher, query, allowed, 32, far))
        fifth, sample = best(lambda: whoosh_sample._windows(searcher, query, allowed, 5, far))
        table = facet_table(searcher)
        facets, _ = best(lambda: [table.count(f, sample) for f in ("speaker", "conflict", "year", "outlet", "kind")])
        print(f"{q!r:24} {'kind:direct' if kinds else '':12} top-20 {top:6.1f}  every match {every:6.1f} "
              f"({len(matches)})  pilot 1/32 {pilot:6.1f} ({len(piloted)})  sample 1/5 {fifth:6.1f} ({len(sample)})  "
              f"facets over it {facets:5.1f}")


if __name__ == "__main__":
    main()
