import argparse
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from statements.ops.dbstats import refresh_statistics
from statements.ingest.store import Overrides, ingest_paths


class Command(BaseCommand):
    help = "Ingest article files or folders (.txt seed format, .html, .jsonl): extract, store and index their statements."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument("--outlet", default="", help="outlet name or slug for every article")
        parser.add_argument("--url", default="", help="source URL (only with a single article)")
        parser.add_argument("--published", type=_iso_date, help="publication date, YYYY-MM-DD")

    def handle(self, *args, paths, outlet, url, published, **options):
        if url and (len(paths) > 1 or not paths[0].lower().endswith((".txt", ".text", ".html", ".htm"))):
            raise CommandError("--url names the source of one article: give it with a single .txt or .html file")
        overrides = Overrides(outlet=outlet, url=url, published_on=published)
        counts = {"added": 0, "unchanged": 0, "skipped": 0, "failed": 0}
        statements = 0
        for outcome in ingest_paths(paths, overrides):
            counts[outcome.status] += 1
            statements += outcome.statements
            if outcome.failed:
                self.stderr.write(f"failed     {outcome.source}: {outcome.reason}")
            elif outcome.status == "added":
                self.stdout.write(f"added      {outcome.source}: article {outcome.article_id}, {outcome.statements} statements")
            else:
                self.stdout.write(f"{outcome.status:<10} {outcome.source}: {outcome.reason}")
        self.stdout.write(
            f"{sum(counts.values())} documents: {counts['added']} added ({statements} statements), "
            f"{counts['unchanged']} unchanged, {counts['skipped']} skipped, {counts['failed']} failed"
        )
        if counts["added"]:
            refresh_statistics()
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} document(s) could not be ingested")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2023-09-20, not {value!r}") from None
