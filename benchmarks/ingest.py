"""Ingest speed end to end: seed-like article files -> extract -> store -> index, as `manage.py ingest` does.

    .venv/bin/python benchmarks/ingest.py [--articles 2000] [--workdir /tmp/ingest-bench] \
        [--database-url postgres://...] [--backend whoosh|postgres|tantivy] [--profile 25]

The articles are the seed corpus (fixtures/seeds, the format `manage.py ingest` reads) copied over and
over, each copy with its own numbered title line so its content hash is new: the same length, quotes
and speakers as the seeds, so extraction does the same work as on them. They are written as .txt files
and ingested with statements.ingest.ingest_paths (what the command calls): reading, extraction, one
transaction per article, the index queue, and the index brought up to date every INDEX_BATCH_ARTICLES
articles and at the end. The database and index are the ones --workdir / --database-url name (SQLite and
the configured search backend in a temporary directory by default; the gazetteer is loaded first).

Reported: articles/s and statements/s end to end; extraction alone over the same documents (no
database) for reference; with --profile N, a second run on new copies under cProfile with the time
split into reading, extraction, storing and indexing and the N functions with the most own time.
Prints one JSON object, then a short table.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import ROOT, load, run_in_workdir  # noqa: E402  the search benchmark's setup

SEEDS = ROOT / "fixtures" / "seeds"
TARGET_ARTICLES_PER_S = 200
URL_LINE = re.compile(r"^(Url|URL|Link|Source)\s*:\s*https?://\S+", re.M)
# Where end-to-end time goes, by the function that does each part (cumulative time under cProfile).
PHASES = {
    "read": ("ingest.py", "read_documents"),
    "extract": ("pipeline.py", "extract_article"),
    "store": ("ingest.py", "store_article"),
    "index": ("queue.py", "process_index_queue"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--database-url")
    parser.add_argument("--backend", help="ARCHIVE_SEARCH_BACKEND (default: the settings', whoosh)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also profile a second run and list the N functions with the most own time")
    args = parser.parse_args()
    if args.backend:
        os.environ["ARCHIVE_SEARCH_BACKEND"] = args.backend
    run_in_workdir(args, "ingest-bench-", run, print_table)


def run(args, workdir: Path) -> dict:
    from django.conf import settings
    from django.db import connection

    from statements.ingest.gazetteer_loader import gazetteer_from_db, load_gazetteer
    from statements.ingest.store import INDEX_BATCH_ARTICLES

    connection.force_debug_cursor = False
    load_gazetteer()
    report: dict = {
        "database": connection.vendor,
        "search_backend": settings.ARCHIVE_SEARCH_BACKEND,
        "cpus": os.cpu_count(),
        "index_batch_articles": INDEX_BATCH_ARTICLES,
        "load_before": load(),
    }
    run_id = time.strftime("%Y%m%d%H%M%S")
    folder = write_articles(workdir / f"articles-{run_id}", args.articles, run_id)
    report["extraction_only"] = extraction_only(folder, gazetteer_from_db())
    report["end_to_end"] = ingest_folder(folder)
    if args.profile:
        folder = write_articles(workdir / f"articles-{run_id}-profiled", args.articles, run_id + "p")
        report["profile"] = profile_ingest(folder, args.profile)
    report["load_after"] = load()
    return report


def write_articles(folder: Path, count: int, run_id: str) -> Path:
    """`count` copies of the seed articles in turn, each with its own title line."""
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in seeds]
    folder.mkdir(parents=True)
    for n in range(count):
        title, rest = texts[n % len(texts)].split("\n", 1)
        # A seed's own Url: line too, or every copy of it after the first is "another version" of it.
        rest = URL_LINE.sub(lambda m: f"{m.group(0)}/copy-{run_id}-{n}", rest)
        (folder / f"{n:06d}.txt").write_text(f"{title} (copy {run_id}-{n})\n{rest}", encoding="utf-8")
    return folder


def extraction_only(folder: Path, gazetteer) -> dict:
    from statements.extraction.pipeline import extract_article

    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    started = time.perf_counter()
    statements = sum(len(extract_article(text, gazetteer=gazetteer).statements) for text in texts)
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "statements": statements, "seconds": round(seconds, 2),
            "articles_per_s": round(len(texts) / seconds, 1)}


def ingest_folder(folder: Path) -> dict:
    from statements.ingest.store import ingest_paths
    from statements.models import IndexQueueEntry

    started, cpu_started = time.perf_counter(), time.process_time()
    outcomes = list(ingest_paths([folder]))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    added = [o for o in outcomes if o.status == "added"]
    statements = sum(o.statements for o in added)
    return {
        "articles": len(outcomes),
        "added": len(added),
        "not_added": {o.status: sum(1 for p in outcomes if p.status == o.status) for o in outcomes if o.status != "added"},
        "statements": statements,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # this process only; PostgreSQL's own work is not in it
        "articles_per_s": round(len(added) / seconds, 1),
        "statements_per_s": round(statements / seconds, 1),
        "index_queue_left": IndexQueueEntry.objects.count(),
        "pass": len(added) / seconds >= TARGET_ARTICLES_PER_S,
    }


def profile_ingest(folder: Path, top: int) -> dict:
    from statements.ingest.store import ingest_paths

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    outcomes = list(ingest_paths([folder]))
    profiler.disable()
    seconds = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    by_function = stats.stats  # (file, line, name) -> (calls, primitive calls, own time, cumulative, callers)
    phases = {}
    for phase, (file_end, name) in PHASES.items():
        phases[phase] = round(sum(v[3] for (file, _, fn), v in by_function.items()
                                  if fn == name and file.endswith(file_end) and "statements" in file), 2)
    heaviest = sorted(by_function.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return {
        "articles": len(outcomes),
        "seconds_under_profiler": round(seconds, 2),
        "phases_cumulative_s": phases,
        "top_own_time": [
            {"function": f"{Path(file).name}:{line}({fn})", "calls": v[1], "own_s": round(v[2], 3), "cumulative_s": round(v[3], 3)}
            for (file, line, fn), v in heaviest
        ],
    }


def print_table(report: dict) -> None:
    e2e, alone = report["end_to_end"], report["extraction_only"]
    print(f"\n{report['database']} + {report['search_backend']}, {report['cpus']} cpus, "
          f"load {report['load_before']} -> {report['load_after']}")
    print(f"end to end: {e2e['added']:,} articles, {e2e['statements']:,} statements in {e2e['seconds']} s "
          f"= {e2e['articles_per_s']} articles/s, {e2e['statements_per_s']} statements/s "
          f"(target {TARGET_ARTICLES_PER_S} articles/s: {'met' if e2e['pass'] else 'not met'})")
    print(f"extraction alone: {alone['articles_per_s']} articles/s")
    if "profile" in report:
        print("under cProfile, cumulative s:", report["profile"]["phases_cumulative_s"])
        for row in report["profile"]["top_own_time"]:
            print(f"  {row['own_s']:>8} {row['cumulative_s']:>8} {row['calls']:>9}  {row['function']}")


if __name__ == "__main__":
    main()
