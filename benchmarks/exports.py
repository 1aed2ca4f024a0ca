"""Time and peak memory of a whole-list export (CSV and JSON) on a synthetic corpus.

    .venv/bin/python benchmarks/exports.py --statements 100000 [--workdir /tmp/bench-100k] \
        [--formats csv,json] [--repeat 3] [--query 'conflict=armenia-azerbaijan'] [--database-url postgres://...]

The corpus is the search benchmark's (benchmarks/search.py: same configure(), same generate_corpus
seed), so a --workdir made by either serves both; without --workdir it is generated in a temporary
directory (~52 s for 100,000 statements).

Each export runs in a fresh child process, through Django's full request handler and middleware
(django.test.Client, rate limits off), reading the streamed body chunk by chunk and dropping it, as a
WSGI server writing to a socket would. Memory: the child reads its resident set (VmRSS) after Django is
set up and a one-row export has warmed the URL resolver, templates and database connection; after the
full export it reads the kernel's high-water mark of its resident set (getrusage ru_maxrss, which counts
every page the process ever held, however briefly). Peak growth = high-water mark - resident set before.
Prints one JSON object, then a table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import configure, load, run_in_workdir  # noqa: E402  the search benchmark's corpus setup

TARGET_SECONDS, TARGET_GROWTH_MB = 10.0, 100.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--database-url")
    parser.add_argument("--formats", default="csv,json")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--query", default="", help="list filters, as in the URL (default: the whole archive)")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # one export in this process: the format
    args = parser.parse_args()
    if args.child:
        configure(args.workdir, args.database_url)
        print(json.dumps(export_once(args.child, args.query)))
        return

    run_in_workdir(args, "export-bench-", run, print_table)


def run(args, workdir: Path) -> dict:
    from django.db import connection

    from statements.devtools.corpus import generate_corpus
    from statements.models import Statement

    report: dict = {"cpus": os.cpu_count(), "database": connection.vendor, "query": args.query,
                    "load_before": load(), "exports": {}}
    existing = Statement.objects.count()
    if existing < args.statements:
        started = time.perf_counter()
        generate_corpus(args.statements - existing, seed=7 + existing)  # as benchmarks/search.py does
        report["corpus_generation_s"] = round(time.perf_counter() - started, 1)
    report["statements_in_database"] = Statement.objects.count()
    connection.close()  # the children open their own
    for export_format in [f for f in args.formats.split(",") if f]:
        runs = [child_export(export_format, args, workdir) for _ in range(args.repeat)]
        seconds = [r["seconds"] for r in runs]
        growth = [r["peak_growth_mb"] for r in runs]
        report["exports"][export_format] = {
            "rows": runs[0]["rows"],
            "bytes": runs[0]["bytes"],
            "seconds_median": round(statistics.median(seconds), 2),
            "seconds_max": round(max(seconds), 2),
            "cpu_seconds_median": round(statistics.median(r["cpu_seconds"] for r in runs), 2),
            "first_byte_ms_median": round(statistics.median(r["first_byte_ms"] for r in runs), 1),
            "peak_growth_mb_max": round(max(growth), 1),
            "rss_before_mb": runs[0]["rss_before_mb"],
            "pieces": runs[0]["pieces"],
            "pass": max(seconds) <= TARGET_SECONDS and max(growth) <= TARGET_GROWTH_MB,
            "runs": runs,
        }
    report["load_after"] = load()
    return report


def child_export(export_format: str, args, workdir: Path) -> dict:
    command = [sys.executable, __file__, "--child", export_format, "--workdir", str(workdir), "--query", args.query]
    if args.database_url:
        command += ["--database-url", args.database_url]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def export_once(export_format: str, query: str) -> dict:
    """One export through the request handler; its time, size and the process's peak memory growth."""
    from django.conf import settings
    from django.http import QueryDict
    from django.test import Client

    from statements.research.canonical import canonical_params

    settings.ARCHIVE_RATE_LIMIT = settings.ARCHIVE_RATE_LIMIT_EXPENSIVE = settings.ARCHIVE_EXPORTS_PER_CLIENT = 0
    settings.ALLOWED_HOSTS = ["testserver"]
    client = Client()
    params = QueryDict(query, mutable=True)
    params["format"] = export_format
    params = canonical_params(params)  # the URL a page links to: no redirect to follow
    warm = client.get("/statements/?" + canonical_params(_one_row(params)).urlencode(), secure=True)
    assert warm.status_code == 200, warm.content[:500]
    b"".join(warm.streaming_content)

    rss_before = _rss_kb()
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    response = client.get("/statements/?" + params.urlencode(), secure=True)
    assert response.status_code == 200, response.content[:500]
    size = rows = pieces = 0
    first_byte = None
    for piece in response.streaming_content:
        if first_byte is None:
            first_byte = time.perf_counter() - started
        size += len(piece)
        rows += piece.count(b"\n")
        pieces += 1
    response.close()
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return {
        "rows": rows - (1 if export_format == "csv" else 2),  # the CSV header; JSON's opening and closing lines
        "bytes": size,
        "pieces": pieces,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(_cpu_seconds() - cpu_before, 2),
        "first_byte_ms": round(1000 * (first_byte or seconds), 1),
        "rss_before_mb": round(rss_before / 1024, 1),
        "peak_growth_mb": round((peak_kb - rss_before) / 1024, 1),
    }


def _one_row(params):
    """The same export narrowed to one day: warms everything the full export uses, reads almost nothing."""
    small = params.copy()
    small["date_after"] = small["date_before"] = "2020-06-01"
    return small


def _rss_kb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def print_table(report: dict) -> None:
    print(f"\n{report['statements_in_database']:,} statements ({report['database']}), {report['cpus']} cpus, "
          f"load {report['load_before']} -> {report['load_after']}, query {report['query'] or '(all)'}")
    print(f"{'format':<7} {'rows':>8} {'MB':>7} {'s (median)':>11} {'s (max)':>8} {'cpu s':>6} {'1st byte ms':>12} "
          f"{'peak +MB':>9}  pass")
    for name, e in report["exports"].items():
        print(f"{name:<7} {e['rows']:>8,} {e['bytes'] / 1e6:>7.1f} {e['seconds_median']:>11} {e['seconds_max']:>8} "
              f"{e['cpu_seconds_median']:>6} {e['first_byte_ms_median']:>12} {e['peak_growth_mb_max']:>9}  {e['pass']}")


if __name__ == "__main__":
    main()
