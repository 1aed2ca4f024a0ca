from django.core.management.base import BaseCommand

from statements.ingest.syndication import backfill_bands


class Command(BaseCommand):
    help = (
        "Write the near-duplicate band keys of stored articles that have none (run once after migrating to "
        "0015_syndication), so that later syndicated copies of them are found. Nothing is regrouped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500, help="articles per transaction")

    def handle(self, *args, batch, **options):
        total = 0
        for done in backfill_bands(batch):
            total += done
            self.stdout.write(f"{total} articles given band keys")
        self.stdout.write(f"done: {total} articles given band keys")
