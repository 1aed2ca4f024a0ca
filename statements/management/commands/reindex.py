import time

from django.core.management.base import BaseCommand

from statements.management.progress import Progress
from statements.models import Statement
from statements.search import reindex


class Command(BaseCommand):
    help = "Rebuild the search index from the database into a new index and swap it in (searches keep working)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        with Progress("reindex", unit="statements", total=Statement.objects.public().count(), stream=self.stderr) as shown:
            count = reindex(track=shown.track)
        elapsed = time.perf_counter() - started
        self.stdout.write(f"indexed {count} statements in {elapsed:.1f} s")
