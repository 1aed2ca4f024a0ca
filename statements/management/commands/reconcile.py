import time

from django.core.management.base import BaseCommand, CommandError

from statements.search import process_index_queue, verify_index
from statements.search.backend import get_backend


class Command(BaseCommand):
    help = (
        "Make the search index agree with the database (the truth): index what is queued, then compare "
        "every statement's id and content hash in both and repair each difference."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="only report differences; repair nothing")

    def handle(self, *args, check, **options):
        started = time.monotonic()
        # The writer lock first: a crashed writer must not keep it (flock locks die with their process).
        with get_backend().writer_lock(wait=True):
            lock_seconds = time.monotonic() - started
        self.stdout.write(f"writer lock obtained in {lock_seconds:.3f} s")
        drained = 0 if check else process_index_queue(wait=True)
        report = verify_index(fix=not check)
        self.stdout.write(
            f"queued entries indexed {drained}; missing {len(report.missing)}, extra {len(report.extra)}, "
            f"stale {len(report.stale)}"
        )
        for line in report.id_lines():
            self.stdout.write(line)
        if report.differences and not report.fixed:
            raise CommandError("the index differs from the database" + ("" if check else " after repair"))
        self.stdout.write("repaired: the index now matches the database" if report.fixed else "the index matches the database")
