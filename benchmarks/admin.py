"""Server time of the curator's admin pages on a synthetic corpus: the statement list, the review queue
(first and a deep page), the speaker, article and conflict lists, a statement's change form.

    .venv/bin/python benchmarks/admin.py --statements 100000 [--workdir /tmp/admin-100k] [--repeat 7] \
        [--database-url postgres://...]

The corpus comes from statements.devtools.corpus.generate_corpus (as for benchmarks/search.py, whose set-up this
reuses); a review mix is then applied once: 5% of statements unattributed, 30% approved, 2% rejected,
half the speakers marked as gazetteer speakers. Each page is requested in-process through Django's test
client as a logged-in superuser, so a figure is the whole server time (middleware, queries, template)
without the network. Prints one JSON object, then a table: p50 and max in ms, and the page's queries.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import load, run_in_workdir, summary  # noqa: E402  (benchmarks/search.py)

QUEUE_PAGE_SIZE = 25  # ReviewQueueAdmin.list_per_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    run_in_workdir(args, "admin-bench-", run, print_table)


def run(args, workdir: Path) -> dict:
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client

    from statements.devtools.corpus import generate_corpus
    from statements.models import ReviewStatus, Statement

    connection.force_debug_cursor = False
    report: dict = {"statements": args.statements, "database": connection.vendor, "load_before": load()}
    existing = Statement.objects.count()
    if existing < args.statements:
        started = time.perf_counter()
        generate_corpus(args.statements - existing, seed=7 + existing)
        report["corpus_generation_s"] = round(time.perf_counter() - started, 1)
    marker = workdir / f"review-mix-{args.statements}"
    if not marker.exists():
        apply_review_mix()
        marker.touch()
    report["statements"] = Statement.objects.count()
    to_review = Statement.objects.filter(status=ReviewStatus.EXTRACTED).count()
    report["to_review"] = to_review

    user = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
        "bench-admin", "bench@example.org", "x"
    )
    client = Client(HTTP_HOST="localhost")  # DEBUG's ALLOWED_HOSTS
    client.force_login(user)
    deep = max(1, int(to_review / QUEUE_PAGE_SIZE * 0.8))
    statement_id = Statement.objects.order_by("-id").values_list("id", flat=True).first()
    pages = {
        "statement list": "/admin/statements/statement/",
        "statement list, status=extracted": "/admin/statements/statement/?status__exact=extracted",
        "review queue, first page": "/admin/statements/statementtoreview/",
        f"review queue, page {deep:,}": f"/admin/statements/statementtoreview/?p={deep}",
        "review queue, unattributed": "/admin/statements/statementtoreview/?reason=unattributed",
        "speaker list": "/admin/statements/speaker/",
        "article list": "/admin/statements/article/",
        "conflict list": "/admin/statements/conflict/",
        "statement change form": f"/admin/statements/statement/{statement_id}/change/",
    }
    report["pages"] = {name: measure(client, url, args.repeat) for name, url in pages.items()}
    report["load_after"] = load()
    return report


def apply_review_mix() -> None:
    """Some of what a real archive's queue holds: unattributed statements, decisions, known speakers."""
    from django.db import transaction
    from django.db.models import F

    from statements.models import ReviewStatus, Speaker, Statement

    with transaction.atomic():
        Speaker.objects.annotate(odd=F("id") % 2).filter(odd=1).update(from_gazetteer=True)
        numbered = Statement.objects.annotate(slot=F("id") % 100)
        numbered.filter(slot__lt=5).update(speaker=None)
        numbered.filter(slot__gte=10, slot__lt=40).update(status=ReviewStatus.APPROVED)
        numbered.filter(slot__gte=40, slot__lt=42).update(status=ReviewStatus.REJECTED)
        Statement.objects.refresh_review_priority()


def measure(client, url: str, repeat: int) -> dict:
    from django.db import connection

    queries: list[tuple[float, str]] = []

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries.append(((time.perf_counter() - started) * 1000, sql))

    with connection.execute_wrapper(timed):  # a warm-up request, its queries counted apart from the timing
        response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    slowest = max(queries, default=(0.0, ""))
    ms = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        ms.append((time.perf_counter() - started) * 1000)
    return {
        "url": url, **summary(ms), "queries": len(queries), "queries_ms": round(sum(q[0] for q in queries), 1),
        "slowest_query_ms": round(slowest[0], 1), "slowest_query": slowest[1][:400],
    }


def print_table(report: dict) -> None:
    print(f"\n{report['statements']:,} statements ({report['to_review']:,} to review), {report['database']}")
    print(f"{'page':40} {'p50 ms':>8} {'max ms':>8} {'queries':>8}")
    for name, row in report["pages"].items():
        print(f"{name:40} {row['p50']:8.1f} {row['max']:8.1f} {row['queries']:8d}")


if __name__ == "__main__":
    main()
