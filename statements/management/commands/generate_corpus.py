import sys
import time

from django.core.management.base import BaseCommand

from statements.devtools.corpus import generate_corpus
from statements.ops.dbstats import refresh_statistics
from statements.search import reindex


class Command(BaseCommand):
    help = "Add a deterministic synthetic corpus of N statements (for benchmarks), then rebuild the search index."

    def add_arguments(self, parser):
        parser.add_argument("--statements", type=int, required=True)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--no-index", action="store_true", help="skip rebuilding the search index")

    def handle(self, *args, statements, seed, no_index, **options):
        started = time.perf_counter()
        counts = generate_corpus(statements, seed=seed, progress=self._progress)
        sys.stderr.write("\n")
        self.stdout.write(f"generated {counts} in {time.perf_counter() - started:.1f} s")
        refresh_statistics()
        if not no_index:
            started = time.perf_counter()
            indexed = reindex()
            self.stdout.write(f"indexed {indexed} statements in {time.perf_counter() - started:.1f} s")

    def _progress(self, done: int, total: int) -> None:
        width = 40
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} statements")
        sys.stderr.flush()
