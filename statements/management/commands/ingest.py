import argparse
import re
from collections import Counter
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from statements.ingest.store import Overrides, ingest_paths
from statements.management.progress import Progress
from statements.ops.dbstats import refresh_statistics


class Command(BaseCommand):
    help = (
        "Ingest articles: files (.txt, .html, .jsonl, .csv, .warc, .warc.gz, any of them .gz), folders, glob "
        "patterns, http(s):// URLs of pages, RSS/Atom feeds or sitemaps, and - for standard input. Extract, "
        "store and index their statements."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files, folders, glob patterns, URLs, or - for standard input")
        parser.add_argument("--outlet", default="", help="outlet name or slug for every article")
        parser.add_argument("--url", default="", help="source URL (only with a single article)")
        parser.add_argument("--published", type=_iso_date, help="publication date, YYYY-MM-DD")
        parser.add_argument("--progress", choices=["auto", "bar", "lines"], default="auto",
                            help="a progress bar (default on a terminal) or a line per document and a progress "
                                 "line every so often (default in logs)")

    def handle(self, *args, paths, outlet, url, published, progress, **options):
        if url and (len(paths) > 1 or not paths[0].lower().endswith((".txt", ".text", ".html", ".htm"))):
            raise CommandError("--url names the source of one article: give it with a single .txt or .html file")
        overrides = Overrides(outlet=outlet, url=url, published_on=published)
        counts: Counter[str] = Counter()
        failures: Counter[str] = Counter()
        statements = not_extracted = 0
        with Progress("ingest", unit="documents", stream=self.stderr, mode=progress) as shown:
            for outcome in ingest_paths(paths, overrides):
                counts[outcome.status] += 1
                statements += outcome.statements
                if outcome.status == "added" and not outcome.extracted:
                    not_extracted += 1
                if outcome.failed:
                    failures[_kind_of(outcome.reason)] += 1
                self._report(outcome, quiet=shown.bar_mode)
                shown.update(added=counts["added"], failed=counts["failed"])
        self.stdout.write(
            f"{sum(counts.values())} documents: {counts['added']} added ({statements} statements"
            f"{f'; {not_extracted} not in English, stored without statements' if not_extracted else ''}), "
            f"{counts['syndicated']} syndicated (copies of an article already in), "
            f"{counts['unchanged']} duplicate (same text), {counts['skipped']} skipped (same URL or not a page), "
            f"{counts['not_article']} not an article, {counts['failed']} failed"
        )
        for reason, count in failures.most_common(10):
            self.stdout.write(f"  failed {count:>5} × {reason}")
        if counts["added"]:
            refresh_statistics()
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} document(s) could not be ingested")

    def _report(self, outcome, *, quiet: bool) -> None:
        """A line per document in logs; on a terminal with a progress bar, only warnings and failures."""
        for warning in outcome.warnings:
            self.stderr.write(f"warning    {outcome.source}: {warning}")
        if outcome.failed:
            self.stderr.write(f"failed     {outcome.source}: {outcome.reason}")
        elif quiet:
            return
        elif outcome.status == "added" and not outcome.extracted:
            self.stdout.write(
                f"added      {outcome.source}: article {outcome.article_id}, language {outcome.language!r}: "
                "stored without statements (the extractor reads English only)"
            )
        elif outcome.status == "added":
            self.stdout.write(f"added      {outcome.source}: article {outcome.article_id}, {outcome.statements} statements")
        else:
            self.stdout.write(f"{outcome.status.replace('_', ' '):<10} {outcome.source}: {outcome.reason}")


def _kind_of(reason: str) -> str:
    """A failure reason without its particulars (URLs, numbers), so alike failures are counted together."""
    reason = re.sub(r"https?://\S+", "<url>", reason)
    return re.sub(r"\d[\d,.]*", "N", reason)[:120]


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2023-09-20, not {value!r}") from None
