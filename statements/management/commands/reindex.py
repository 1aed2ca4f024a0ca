import time

from django.core.management.base import BaseCommand

from statements.search import reindex


class Command(BaseCommand):
    help = "Rebuild the search index from the database into a new index and swap it in (searches keep working)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = reindex()
        elapsed = time.perf_counter() - started
        self.stdout.write(f"indexed {count} statements in {elapsed:.1f} s")
