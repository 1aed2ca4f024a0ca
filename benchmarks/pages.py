"""Server time of the researcher's pages on a synthetic corpus: the list with filters, facets and deep
pages, cold (cache cleared), warm and cached, and the statement, speaker, conflict and compare pages.

    .venv/bin/python benchmarks/pages.py --statements 100000 [--workdir /tmp/pages-100k] [--repeat 5] \
        [--search-backend tantivy] [--no-search] [--pages-only]

--workdir keeps the corpus (a private SQLite database) and the search index between runs: a second run
with the same path reuses them (the corpus is topped up if it holds fewer statements). Without it
everything lives in a temporary directory.

"Server time" is a request through Django's test Client in this process: middleware, view, queries,
template, no network and no web server. "cold" clears the cache before each request, so facet and
result counts are computed; "warm" asks for the same URL again with the page cache off, so the page is
rendered again from cached counts; "cached" is the same URL once more with the page cache on (the
production default), served whole from the cache, as the next visitor of a page gets it until the data
changes. "facets" is facet_counts() alone, uncached. Prints one JSON object, then a
table of p50/p95/max in ms per case.

Lists with more statements than ARCHIVE_FACET_EXACT_LIMIT (default 10,000) have their facets and page
count estimated from a sample (statements.research.estimates); `ARCHIVE_FACET_EXACT_LIMIT=0` in the environment
measures every count exact. The JSON says which cases were estimated ("estimated").
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search import load, run_in_workdir, summary  # noqa: E402  the corpus and settings helpers of the search benchmark


def list_cases(speaker: str, conflicts: list[str], outlet: str, country: str, cursor: str | None, search: bool) -> dict:
    two = "&".join(f"conflict={slug}" for slug in sorted(conflicts[:2]))
    cases = {
        "list": "",
        "kind": "kind=direct",
        "speaker": f"speaker={speaker}",
        "conflict": f"conflict={conflicts[0]}",
        "two conflicts": two,
        "outlet": f"outlet={outlet}",
        "country": f"country={country}",
        "year": "date_after=2020-01-01&date_before=2020-12-31",
        "month": "date_after=2020-09-01&date_before=2020-09-30",
        "date range": "date_after=2014-03-10&date_before=2016-08-20",
        "speaker+conflict": f"speaker={speaker}&conflict={conflicts[0]}",
        "speaker+conflict+year": f"speaker={speaker}&conflict={conflicts[0]}&date_after=2019-01-01&date_before=2019-12-31",
        "kind+outlet+country": f"kind=indirect&outlet={outlet}&country={country}",
        "two conflicts+kind+oldest": f"{two}&kind=mixed&sort=oldest",
        "page 2": "page=2",
    }
    if cursor:
        cases["deep page (cursor)"] = f"page=4001&cursor={cursor}"
    if search:
        cases["search"] = "q=ceasefire"
        cases["search+speaker+year"] = f"q=ceasefire&speaker={speaker}&date_after=2020-01-01&date_before=2020-12-31"
        cases["search newest"] = "q=sanctions&sort=newest"
    return {name: "/statements/" + (f"?{query}" if query else "") for name, query in cases.items()}


def timed(client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}: {response.content[:300]!r}")
    return elapsed


def measure(client, urls: dict[str, str], repeat: int) -> dict:
    """Each URL cold (cache cleared before it), warm and from the page cache, `repeat` times, interleaved."""
    from django.core.cache import cache
    from django.test import override_settings

    times: dict[str, dict[str, list[float]]] = {name: {"cold": [], "warm": [], "cached": []} for name in urls}
    for _ in range(repeat):
        for name, url in urls.items():
            cache.clear()
            with override_settings(ARCHIVE_PAGE_CACHE_SECONDS=0):  # rendered each time, counts cached
                times[name]["cold"].append(timed(client, url))
                times[name]["warm"].append(timed(client, url))
            timed(client, url)  # rendered once more, and kept whole
            times[name]["cached"].append(timed(client, url))
    return {name: {"url": url, **{case: summary(ms) for case, ms in times[name].items()}} for name, url in urls.items()}


def facet_times(urls: dict[str, str], repeat: int) -> dict:
    """facet_counts() alone, uncached, for each list (what a cold list page spends on its facets)."""
    from django.http import QueryDict

    from statements.research.facets import facet_counts
    from statements.research.listing import narrow_statements

    out = {}
    for name, url in urls.items():
        params = QueryDict(url.partition("?")[2])
        ms = []
        for _ in range(repeat):
            listing = narrow_statements(params)
            started = time.perf_counter()
            counts = facet_counts(listing.filterset)
            ms.append((time.perf_counter() - started) * 1000)
        out[name] = {**summary(ms), "estimated": counts["estimated"]}
    return out


def deep_cursor(position: int) -> str | None:
    """The Next cursor a reader following the links would hold at `position` of the newest-first list."""
    from statements.models import Statement
    from statements.research.pagination import Cursor

    row = Statement.objects.public().newest_first().only("id", "said_on")[position - 1 : position].first()
    return Cursor.of("after", row).encode() if row else None


def run(args, workdir: Path) -> dict:
    from django.conf import settings
    from django.db import connection
    from django.db.models import Count
    from django.test import Client

    from statements.devtools.corpus import generate_corpus
    from statements.models import Conflict, Outlet, Speaker, Statement

    settings.DEBUG = False  # no query log: measure what production runs
    connection.force_debug_cursor = False
    report: dict = {"statements": args.statements, "cpus": os.cpu_count(), "load_before": load(),
                    "database": connection.vendor, "cache": settings.CACHES["default"]["BACKEND"],
                    "client": "django.test.Client, in process"}
    existing = Statement.objects.count()
    if existing < args.statements:
        started = time.perf_counter()
        generate_corpus(args.statements - existing, seed=7 + existing)
        report["corpus_generation_s"] = round(time.perf_counter() - started, 1)
    report["statements"] = Statement.objects.count()
    search = not args.no_search
    if search:
        settings.ARCHIVE_SEARCH_BACKEND = args.search_backend
        marker = workdir / f"pages-indexed-{args.search_backend}-{report['statements']}"
        if not marker.exists():
            from statements.search import reindex

            started = time.perf_counter()
            reindex()
            report["index_build_s"] = round(time.perf_counter() - started, 1)
            marker.touch()
        report["search_backend"] = args.search_backend

    busiest, runner_up = Speaker.objects.annotate(n=Count("statements")).order_by("-n").values_list("slug", "country")[:2]
    conflicts = list(Conflict.objects.annotate(n=Count("statements")).order_by("-n").values_list("slug", flat=True)[:2])
    outlet = Outlet.objects.filter(articles__isnull=False).values_list("slug", flat=True).first()
    urls = {} if args.pages_only else list_cases(
        busiest[0], conflicts, outlet, busiest[1], deep_cursor(4000 * settings.ARCHIVE_PAGE_SIZE), search
    )
    statement_ids = list(Statement.objects.public().order_by("?").values_list("id", flat=True)[:3])
    middle_speaker = Speaker.objects.annotate(n=Count("statements")).filter(n__gt=0).order_by("-n", "id")
    quiet = middle_speaker.values_list("slug", flat=True)[middle_speaker.count() // 2]
    pages = {
        "home": "/",
        **{f"statement {i + 1}": f"/statements/{pk}/" for i, pk in enumerate(statement_ids)},
        "speaker (busiest)": f"/speakers/{busiest[0]}/",
        "speaker (median)": f"/speakers/{quiet}/",
        "conflict (busiest)": f"/conflicts/{conflicts[0]}/",
        "conflict page 2": f"/conflicts/{conflicts[0]}/?page=2",
        "compare (two busiest)": f"/compare/?speaker={busiest[0]}&speaker={runner_up[0]}",
        "compare (+ conflict)": f"/compare/?speaker={busiest[0]}&speaker={runner_up[0]}&conflict={conflicts[0]}",
    }
    client = Client()
    for url in [*urls.values(), *pages.values()]:  # warm the process: imports, templates, the index's first search
        timed(client, url)
    report["list"] = measure(client, urls, args.repeat)
    report["facets_uncached"] = facet_times(urls, args.repeat)
    report["pages"] = measure(client, pages, args.repeat)
    report["load_after"] = load()
    return report


def print_table(report: dict) -> None:
    print(f"\n{report['statements']:,} statements, {report['cpus']} cpus, load {report['load_before']} -> {report['load_after']}")
    print(f"{'page':<28} {'cold p50':>9} {'cold p95':>9} {'warm p50':>9} {'warm p95':>9} {'cached p50':>11}"
          f" {'facets p50':>11} {'facets p95':>11}")
    for section in ("list", "pages"):
        for name, result in report[section].items():
            facets = report["facets_uncached"].get(name) if section == "list" else None
            extra = f" {facets['p50']:>11} {facets['p95']:>11}" if facets else ""
            print(f"{name:<28} {result['cold']['p50']:>9} {result['cold']['p95']:>9} "
                  f"{result['warm']['p50']:>9} {result['warm']['p95']:>9} {result['cached']['p50']:>11}{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--search-backend", default="tantivy")
    parser.add_argument("--no-search", action="store_true", help="leave searches out (no index is built)")
    parser.add_argument("--pages-only", action="store_true",
                        help="only the home, statement, speaker, conflict and compare pages, none of the list cases")
    args = parser.parse_args()

    # The test client's host, and no rate limit: one client sends every request.
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ["ARCHIVE_RATE_LIMIT"] = "0"
    os.environ["ARCHIVE_RATE_LIMIT_EXPENSIVE"] = "0"
    run_in_workdir(args, "pages-bench-", run, print_table)


if __name__ == "__main__":
    main()
