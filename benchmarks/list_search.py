"""How long the list page takes for a search with a conflict filter (the load run's `search+filter`, its
slowest kind): `build_listing` as the view calls it (rows, count, page, facets, snippets), with the
count and facet cache off, on a corpus benchmarks/search.py built.

    .venv/bin/python benchmarks/list_search.py --workdir /tmp/pgsearch-100k --database-url URL \
        [--backend postgres] [--repeat 2] [--json benchmarks/results/list-search-100k.json]

For each of the load mix's search words and phrases with each of a few conflicts, in relevance order
(the page's default for a search) and newest first: one unreported warm-up, then --repeat timed runs.
Prints p50 / p95 / max per order and the same for pages refused as "search took too long" (timed as the
researcher waited).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from urllib.parse import urlencode

from load import PHRASES, WORDS
from search import configure, load, summary

CONFLICTS = 3  # the most tagged conflicts, then every other one up to this many


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--backend", default="postgres")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    os.environ["ARCHIVE_COUNT_CACHE_SECONDS"] = "0"
    configure(args.workdir, args.database_url)

    from django.conf import settings
    from django.db.models import Count
    from django.http import QueryDict

    from statements.models import Conflict
    from statements.research.listing import build_listing

    settings.ARCHIVE_SEARCH_BACKEND = args.backend
    settings.ARCHIVE_COUNT_CACHE_SECONDS = 0
    settings.DEBUG = False  # no query log
    ranked = Conflict.objects.annotate(n=Count("statements")).order_by("-n", "slug").values_list("slug", flat=True)
    conflicts = list(ranked[: CONFLICTS * 2 : 2])
    report = {"load_before": load(), "conflicts": conflicts, "orders": {}}
    for sort in ("relevance", "newest"):
        ms, refused = [], 0
        for q in WORDS + PHRASES:
            for conflict in conflicts:
                params = QueryDict(urlencode({"q": q, "conflict": conflict, **({"sort": sort} if sort != "relevance" else {})}))
                for attempt in range(args.repeat + 1):
                    started = time.perf_counter()
                    listing = build_listing(params)
                    elapsed = (time.perf_counter() - started) * 1000
                    if attempt:
                        ms.append(elapsed)
                        refused += any("could not be run" in error for error in listing.errors)
        report["orders"][sort] = {**summary(ms), "refused": refused}
        print(f"{sort:9}  p50 {report['orders'][sort]['p50']:7.1f}  p95 {report['orders'][sort]['p95']:7.1f}  "
              f"max {report['orders'][sort]['max']:7.1f} ms   refused {refused} of {len(ms)}", flush=True)
    report["load_after"] = load()
    print(f"load {report['load_before']} -> {report['load_after']}; conflicts {', '.join(conflicts)}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
