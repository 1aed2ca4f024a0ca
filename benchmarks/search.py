"""Search speed per backend on a synthetic corpus: the mixed query set, indexing rates, and SQLite FTS5
over the same texts as a reference.

    .venv/bin/python benchmarks/search.py --statements 100000 [--workdir /tmp/bench-100k] \
        [--backends whoosh,tantivy] [--repeat 5] [--ingest-sample 20000] [--replicate 10] \
        [--database-url postgres://...] [--rebuild]

--replicate 10 also indexes every statement ten times over (new ids, same texts) into a separate
Tantivy index and runs the query set on it: 1M-statement figures without generating 1M rows.

--workdir keeps the corpus (SQLite, or the --database-url database) and the indexes between runs:
a second run with the same path reuses them (add --rebuild to index again). Without it everything
lives in a temporary directory. The postgres backend runs only with a PostgreSQL --database-url.

Each search is what the list page does: search_page (20 ids, the total, facets when asked) plus
highlighting the page's statements, texts loaded from the database. Query classes: rare, mid and
common words, AND of two words, OR, a two-word phrase; each plain, with a filter (kind or speaker),
and with a filter and facets. Prints one JSON object, then a table of p50/p95/max per class.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES = {
    "rare": ["Dushanbe", "journalists", "Tbilisi", "monitors"],
    "mid": ["ceasefire", "sanctions", "corridor", "mediation"],
    "common": ["security", "peace", "Russia", "support"],
    "and": ["peace talks", "border security", "ceasefire Karabakh", "sanctions Moscow"],
    "or": ["Baku OR Yerevan", "sanctions OR aggression", "Kosovo OR Serbia", "refugees OR civilians"],
    "phrase": ['"peace process"', '"border security"', '"foreign ministry"', '"humanitarian corridor"'],
}
VARIANTS = ("plain", "filter", "filter+facets")
ID_STRIDE = 10**7  # --replicate: copy k of statement i gets id i + k * ID_STRIDE


def configure(workdir: Path, database_url: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    os.environ["DEBUG"] = "1"
    os.environ["LOG_LEVEL"] = "ERROR"
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ["ARCHIVE_VAR_DIR"] = str(workdir)
    os.environ["ARCHIVE_INDEX_DIR"] = str(workdir / "index")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(ms: list[float]) -> dict:
    return {"n": len(ms), "p50": round(statistics.median(ms), 1), "p95": round(percentile(ms, 95), 1),
            "max": round(max(ms), 1)}


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--backends", default="whoosh,tantivy")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--ingest-sample", type=int, default=20_000,
                        help="statements indexed through the queue to measure the ingest rate")
    parser.add_argument("--rebuild", action="store_true", help="index again even if --workdir has an index")
    parser.add_argument("--database-url")
    parser.add_argument("--replicate", type=int, default=1,
                        help="also index every statement this many times (new ids) into a separate tantivy index "
                             "and run the query set on it: 1M-scale figures from a 100k corpus")
    args = parser.parse_args()

    run_in_workdir(args, "search-bench-", run, print_table)


def run_in_workdir(args, prefix: str, run, print_table) -> None:
    """`run(args, workdir)` with Django set up on --workdir (kept for later runs) or on a temporary
    directory named `prefix`…, then its report printed as JSON and as `print_table` lays it out."""
    holder = tempfile.TemporaryDirectory(prefix=prefix) if args.workdir is None else nullcontext(args.workdir)
    with holder as tmp:
        workdir = Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        configure(workdir, getattr(args, "database_url", None))
        report = run(args, workdir)
    print(json.dumps(report, indent=2))
    print_table(report)


def run(args, workdir: Path) -> dict:
    from django.conf import settings
    from django.db import connection

    from statements.devtools.corpus import generate_corpus
    from statements.models import Statement

    connection.force_debug_cursor = False
    report: dict = {"statements": args.statements, "cpus": os.cpu_count(), "load_before": load(), "backends": {}}
    existing = Statement.objects.count()
    if existing < args.statements:
        started = time.perf_counter()
        generate_corpus(args.statements - existing, seed=7 + existing)
        report["corpus_generation_s"] = round(time.perf_counter() - started, 1)
    ids = list(Statement.objects.order_by("id").values_list("id", flat=True)[: args.statements])
    report["statements"] = len(ids)
    top_speaker = (
        Statement.objects.values_list("speaker__slug", flat=True).order_by("speaker_id").first()
    )
    backends = [b for b in args.backends.split(",") if b]
    if connection.vendor == "postgresql" and "postgres" not in backends:
        backends.append("postgres")

    for name in backends:
        if name == "postgres" and connection.vendor != "postgresql":
            report["backends"][name] = {"skipped": "needs a PostgreSQL --database-url"}
            continue
        settings.ARCHIVE_SEARCH_BACKEND = name
        result: dict = {}
        marker = workdir / f"indexed-{name}-{len(ids)}"
        if args.rebuild or not marker.exists():
            result.update(measure_indexing(ids[: args.ingest_sample]))
            marker.touch()
        result.update(run_queries(args.repeat, top_speaker))
        report["backends"][name] = result

    if args.replicate > 1 and "tantivy" in backends:
        settings.ARCHIVE_SEARCH_BACKEND = "tantivy"
        settings.ARCHIVE_INDEX_DIR = workdir / f"index-x{args.replicate}"
        name = f"tantivy x{args.replicate}"
        result = {}
        marker = workdir / f"indexed-tantivy-x{args.replicate}-{len(ids)}"
        if args.rebuild or not marker.exists():
            result["rebuild"] = rebuild_replicated(args.replicate)
            marker.touch()
        result.update(run_queries(args.repeat, top_speaker))
        report["backends"][name] = result
        report["statements_replicated"] = len(ids) * args.replicate

    report["fts5_reference"] = fts5_reference(workdir, args.repeat)
    report["load_after"] = load()
    return report


def measure_indexing(sample: list[int]) -> dict:
    """The ingest rate (queue then drain, BATCH_SIZE per commit) on `sample`, then a full rebuild."""
    from django.db import transaction

    from statements.models import IndexQueueEntry
    from statements.search import process_index_queue, queue_statements, reindex

    IndexQueueEntry.objects.all().delete()
    with transaction.atomic():
        queue_statements(sample)
    started = time.perf_counter()
    process_index_queue(wait=True)
    drain_s = time.perf_counter() - started
    started = time.perf_counter()
    count = reindex()
    rebuild_s = time.perf_counter() - started
    return {
        "ingest_drain": {"statements": len(sample), "seconds": round(drain_s, 1),
                         "statements_per_s": round(len(sample) / drain_s)},
        "rebuild": {"statements": count, "seconds": round(rebuild_s, 1), "statements_per_s": round(count / rebuild_s)},
    }


def rebuild_replicated(copies: int) -> dict:
    """A tantivy rebuild of every public statement `copies` times over (copy k: id + k * ID_STRIDE),
    documents read from the database each time as a real rebuild of that size would."""
    from dataclasses import replace

    from statements.search.backend import get_backend
    from statements.search.documents import iter_public_documents

    def documents():
        for k in range(copies):
            for document in iter_public_documents():
                yield replace(document, id=document.id + k * ID_STRIDE) if k else document

    backend = get_backend()
    started = time.perf_counter()
    with backend.writer_lock(wait=True):
        count = backend.rebuild(documents())
    seconds = time.perf_counter() - started
    return {"statements": count, "seconds": round(seconds, 1), "statements_per_s": round(count / seconds)}


def run_queries(repeat: int, top_speaker: str) -> dict:
    """The mixed query set, each query warmed once and then timed `repeat` times, interleaved."""
    from statements.models import Statement
    from statements.search import QueryError, SearchRequest, highlight, search_page

    over_budget: dict[tuple[str, str], int] = {}

    def one_search(q: str, variant: str) -> float:
        request = SearchRequest(q=q, limit=20, facets=variant == "filter+facets")
        if variant != "plain":
            # Alternate the two common filters: a kind (a third of the archive) or the busiest speaker.
            if len(q) % 2:
                request.kinds = ["direct"]
            else:
                request.speakers = [top_speaker]
        started = time.perf_counter()
        try:
            page = search_page(request)
        except QueryError:
            # Out of time budget: the researcher waited this long for a message. Counted, and timed.
            over_budget[(q, variant)] = over_budget.get((q, variant), 0) + 1
            return (time.perf_counter() - started) * 1000
        # Replicated statements (--replicate) are copies: their texts are the originals'.
        statements = list(Statement.objects.filter(id__in=[i % ID_STRIDE for i in page.ids]).only("id", "text"))
        highlight(q, statements)
        return (time.perf_counter() - started) * 1000

    for queries in QUERIES.values():
        for q in queries:
            for variant in VARIANTS:
                one_search(q, variant)
    over_budget.clear()
    timings: dict[str, dict[str, list[float]]] = {}
    for _ in range(repeat):
        for cls, queries in QUERIES.items():
            for q in queries:
                for variant in VARIANTS:
                    timings.setdefault(cls, {}).setdefault(variant, []).append(one_search(q, variant))
    every = [t for by_variant in timings.values() for ms in by_variant.values() for t in ms]
    return {
        "searches": {cls: {v: summary(ms) for v, ms in by_variant.items()} for cls, by_variant in timings.items()},
        "all": summary(every),
        "over_time_budget": {f"{q} ({variant})": n for (q, variant), n in over_budget.items()},
    }


def fts5_reference(workdir: Path, repeat: int) -> dict:
    """SQLite FTS5 (porter, accents removed) over the same statement texts: bm25 top 20 plus a count."""
    from statements.models import Statement

    path = workdir / "fts5.sqlite3"
    db = sqlite3.connect(path)
    if not db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'fts'").fetchone()[0]:
        db.execute("CREATE VIRTUAL TABLE fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')")
        rows = Statement.objects.order_by("id").values_list("id", "text").iterator(chunk_size=5000)
        db.executemany("INSERT INTO fts (rowid, text) VALUES (?, ?)", rows)
        db.commit()
    out = {}
    for cls, queries in QUERIES.items():
        ms = []
        for q in queries:
            match = q.replace(" OR ", " OR ") if cls != "and" else " AND ".join(q.split())
            for attempt in range(repeat + 1):
                started = time.perf_counter()
                db.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20", [match]).fetchall()
                db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", [match]).fetchone()
                if attempt:
                    ms.append((time.perf_counter() - started) * 1000)
        out[cls] = summary(ms)
    every = [v for v in out.values()]
    out["all_p50_of_classes"] = round(statistics.median(v["p50"] for v in every), 1)
    db.close()
    return out


def print_table(report: dict) -> None:
    print(f"\n{report['statements']:,} statements, {report['cpus']} cpus, load {report['load_before']} -> {report['load_after']}")
    print(f"{'backend':<9} {'class':<8} {'variant':<14} {'p50':>8} {'p95':>8} {'max':>8}   fts5 p50")
    for name, result in report["backends"].items():
        if "searches" not in result:
            print(f"{name:<9} {result}")
            continue
        for cls, by_variant in result["searches"].items():
            for variant, s in by_variant.items():
                fts = report["fts5_reference"].get(cls, {}).get("p50", "")
                print(f"{name:<9} {cls:<8} {variant:<14} {s['p50']:>8} {s['p95']:>8} {s['max']:>8}   {fts}")
        a = result["all"]
        print(f"{name:<9} {'ALL':<8} {'':<14} {a['p50']:>8} {a['p95']:>8} {a['max']:>8}")
        for key in ("ingest_drain", "rebuild"):
            if key in result:
                print(f"{name:<9} {key}: {result[key]['statements_per_s']:,} statements/s ({result[key]['seconds']} s)")


if __name__ == "__main__":
    main()
