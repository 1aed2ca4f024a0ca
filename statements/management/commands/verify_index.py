from django.core.management.base import BaseCommand, CommandError

from statements.search import verify_index


class Command(BaseCommand):
    help = "Compare the search index with the database: statements missing, extra or stale in the index."

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="re-index the statements that differ")

    def handle(self, *args, fix, **options):
        report = verify_index(fix=fix)
        self.stdout.write(
            f"missing {len(report.missing)}, extra {len(report.extra)}, stale {len(report.stale)}"
            f" (queued for indexing: {report.queued})"
        )
        for line in report.id_lines():
            self.stdout.write(line)
        if report.fixed:
            self.stdout.write("fixed: the index now matches the database")
        elif report.differences:
            raise CommandError("the index differs from the database" + ("" if fix else "; run with --fix to repair"))
