"""Ingest of real web pages: a 1,000-record WARC and a folder of the same pages as HTML files, end to end
(read, decode, page type, extraction, store with the page's capture, index), with memory sampled over the run.

    .venv/bin/python benchmarks/ingest_web.py [--records 1000] [--realnews ../shared/realnews] \
        [--workdir /tmp/ingest-web-bench] [--database-url postgres://...]

The pages are shared/realnews/en (50 real news pages, 29-1,390 kB each) in turn; each copy gets its own
URL (the WARC's target URI; in the folder, its canonical link) and a comment that makes its content hash
new, so every record is extracted and stored as a new article, as in a crawl. The database and index are
SQLite and the configured search backend in a temporary directory unless --workdir / --database-url say
otherwise. Memory: the process's resident set size (VmRSS) every 100 documents, after clearing Django's
DEBUG query log (the setup's DEBUG=1 keeps 9,000 queries with whole pages as parameters); "flat" means
the last sample is within 15% of the one at 200 documents (the first 100-200 load the extractor's lexicons).
Prints one JSON object, then a short table.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import ROOT, load, run_in_workdir  # noqa: E402  the search benchmark's setup

# The page's own URL as its canonical link or og:url gives it (attributes in either order).
OWN_URL = re.compile(rb'<(?:link|meta)[^>]+(?:canonical|og:url)[^>]*>')
URL_VALUE = re.compile(rb'(?:href|content)="(https?://[^"]+)"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--realnews", type=Path, default=ROOT.parent.parent / "shared" / "realnews")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--database-url")
    parser.add_argument("--only", choices=["warc", "folder"], help="measure one input kind only")
    args = parser.parse_args()
    if not args.realnews.exists():
        args.realnews = Path("/work/shared/realnews")
    run_in_workdir(args, "ingest-web-bench-", run, print_table)


def run(args, workdir: Path) -> dict:
    from django.conf import settings
    from django.db import connection

    from statements.ingest.gazetteer_loader import load_gazetteer

    connection.force_debug_cursor = False
    load_gazetteer()
    pages = [(path.stem, path.read_bytes()) for path in sorted((args.realnews / "en").glob("*.html"))]
    report = {"database": connection.vendor, "search_backend": settings.ARCHIVE_SEARCH_BACKEND,
              "cpus": os.cpu_count(), "records": args.records, "load_before": load()}
    run_id = time.strftime("%Y%m%d%H%M%S")
    if args.only in (None, "warc"):
        warc = workdir / f"crawl-{run_id}.warc.gz"
        report["warc_mb"] = round(write_crawl(warc, pages, args.records, run_id) / 1e6, 1)
        report["warc"] = measure([str(warc)])
    if args.only in (None, "folder"):
        folder = workdir / f"pages-{run_id}"
        report["folder_mb"] = round(write_folder(folder, pages, args.records, run_id) / 1e6, 1)
        report["folder"] = measure([str(folder)])
    report["load_after"] = load()
    return report


def copy_of(body: bytes, n: int, run_id: str) -> bytes:
    return body.replace(b"<head", f"<!-- copy {run_id}-{n} --><head".encode(), 1)


def write_crawl(path: Path, pages, count: int, run_id: str) -> int:
    from statements.devtools.warcs import WarcPage, write_warc

    with path.open("wb") as stream:
        write_warc(stream, (
            WarcPage(f"https://news.example.org/{run_id}/{n}/{pages[n % len(pages)][0]}", copy_of(pages[n % len(pages)][1], n, run_id))
            for n in range(count)
        ))
    return path.stat().st_size


def write_folder(folder: Path, pages, count: int, run_id: str) -> int:
    """The same pages as .html files; each copy's canonical link and og:url get a suffix of their own."""
    folder.mkdir(parents=True)
    size = 0
    for n in range(count):
        name, body = pages[n % len(pages)]
        suffix = f"/copy-{run_id}-{n}".encode()
        body = copy_of(body, n, run_id)
        own = {m.group(1) for tag in OWN_URL.findall(body) for m in URL_VALUE.finditer(tag)}
        for url in own:
            body = body.replace(b'"' + url + b'"', b'"' + url.rstrip(b"/") + suffix + b'"')
        (folder / f"{n:05d}-{name}.html").write_bytes(body)
        size += len(body)
    return size


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(inputs: list[str]) -> dict:
    from django.db import reset_queries

    from statements.ingest.store import ingest_paths

    counts: dict[str, int] = {}
    reasons: dict[str, int] = {}
    samples: list[tuple[int, float]] = []
    statements = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for n, outcome in enumerate(ingest_paths(inputs), start=1):
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
        statements += outcome.statements
        if outcome.status != "added":
            reason = re.sub(r"\d+", "N", outcome.reason)[:100]
            reasons[reason] = reasons.get(reason, 0) + 1
        if n % 100 == 0:
            # The setup runs with DEBUG=1, whose query log keeps the last 9,000 queries with their
            # parameters (whole pages): cleared here so the samples show ingest's memory, not the log's.
            reset_queries()
            samples.append((n, round(rss_mb(), 1)))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    added = counts.get("added", 0)
    baseline = next((mb for n, mb in samples if n == 200), samples[0][1] if samples else 0)
    last = samples[-1][1] if samples else 0
    return {
        "outcomes": counts, "not_added_reasons": reasons, "statements": statements, "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
        "articles_per_s": round(added / seconds, 2), "rss_mb_every_100": samples,
        "rss_flat": bool(samples) and last <= baseline * 1.15,
    }


def print_table(report: dict) -> None:
    print(f"\n{report['database']} + {report['search_backend']}, {report['cpus']} cpus, "
          f"load {report['load_before']} -> {report['load_after']}")
    for kind in ("warc", "folder"):
        if kind not in report:
            continue
        r = report[kind]
        rss = r["rss_mb_every_100"]
        print(f"{kind:>6} ({report[kind + '_mb']} MB): {r['outcomes']} in {r['seconds']} s = {r['articles_per_s']} "
              f"articles/s, {r['statements']} statements; RSS {rss[0][1] if rss else '?'} -> {rss[-1][1] if rss else '?'} MB "
              f"({'flat' if r['rss_flat'] else 'growing'})")


if __name__ == "__main__":
    main()
