from django.core.management.base import BaseCommand

from statements.search import process_index_queue


class Command(BaseCommand):
    help = "Index every statement waiting in the index queue (waits for the writer lock if it is busy)."

    def handle(self, *args, **options):
        count = process_index_queue(wait=True)
        self.stdout.write(f"indexed {count} queued statements")
