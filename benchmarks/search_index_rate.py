"""How fast statements reach the search index through the queue path, and how fast a full rebuild runs.

    .venv/bin/python benchmarks/search_index_rate.py [--statements 20000] [--small-batch 20]

Runs against a throwaway SQLite database and index in a temporary directory (nothing under var/ is
touched). Synthetic statements come from statements.devtools.corpus (bulk inserts, so nothing is queued
while they are made). Prints one JSON object:

- drain: all statements queued in one transaction, then process_index_queue() (BATCH_SIZE per commit):
  the rate ingest gets, since it drains after every few hundred articles;
- small_transactions: the same statements queued and drained --small-batch at a time, one index
  commit per drain: the rate of many small edits (curators, one article at a time);
- documents_only: building the indexed documents from the database without indexing them;
- reindex: a full rebuild into a new generation;
- searches: a few query timings on the resulting index (warm searcher, best of 5).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def configure(workdir: Path) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    os.environ["DEBUG"] = "1"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.pop("DATABASE_URL", None)
    os.environ["ARCHIVE_VAR_DIR"] = str(workdir)
    os.environ["ARCHIVE_INDEX_DIR"] = str(workdir / "index")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def best_of(n: int, fn) -> float:
    return min(timed(fn)[1] for _ in range(n))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--small-batch", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="search-bench-") as tmp:
        configure(Path(tmp))
        from django.db import connection, transaction

        from statements.devtools.corpus import generate_corpus
        from statements.models import IndexQueueEntry, Statement
        from statements.search import process_index_queue, queue_statements, reindex, search_ids
        from statements.search.documents import iter_public_documents
        from statements.search.queue import BATCH_SIZE

        connection.force_debug_cursor = False
        _, made_in = timed(generate_corpus, args.statements, seed=7)
        ids = list(Statement.objects.order_by("id").values_list("id", flat=True))
        n = len(ids)

        with transaction.atomic():
            queue_statements(ids)
        drained, drain_s = timed(process_index_queue, wait=True)

        def small_transactions():
            for start in range(0, n, args.small_batch):
                with transaction.atomic():
                    queue_statements(ids[start : start + args.small_batch])
                process_index_queue()

        _, small_s = timed(small_transactions)
        built, documents_s = timed(lambda: sum(1 for _ in iter_public_documents()))
        rebuilt, reindex_s = timed(reindex)
        assert drained == n and built == n and rebuilt == n and not IndexQueueEntry.objects.exists()

        searches = {
            "common word": "security",
            "two words": "security talks",
            "phrase": '"peace process"',
            "wildcard": "demarc*",
            "fuzzy": "zakharova~",
        }
        search_ms = {}
        for label, q in searches.items():
            search_ids(q, limit=20_000)  # warm the searcher
            search_ms[label] = round(best_of(5, lambda: search_ids(q, limit=20_000)) * 1000, 1)
        search_ms["common word, newest first"] = round(
            best_of(5, lambda: search_ids("security", sort="newest", limit=20_000)) * 1000, 1
        )
        index_bytes = sum(p.stat().st_size for p in (Path(tmp) / "index").rglob("*") if p.is_file())

    print(json.dumps({
        "statements": n,
        "corpus_generation_s": round(made_in, 1),
        "drain": {"batch_size": BATCH_SIZE, "seconds": round(drain_s, 2), "statements_per_s": round(n / drain_s)},
        "small_transactions": {
            "statements_per_commit": args.small_batch, "seconds": round(small_s, 2),
            "statements_per_s": round(n / small_s),
        },
        "documents_only": {"seconds": round(documents_s, 2), "statements_per_s": round(n / documents_s)},
        "reindex": {"seconds": round(reindex_s, 2), "statements_per_s": round(n / reindex_s)},
        "search_ms": search_ms,
        "index_mb_on_disk": round(index_bytes / 1e6, 1),
        "cpus": os.cpu_count(),
    }, indent=2))


if __name__ == "__main__":
    main()
