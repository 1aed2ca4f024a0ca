from django.core.management.base import BaseCommand, CommandError

from statements.ops.backup import BackupError, backup_database


class Command(BaseCommand):
    help = "Write a consistent backup of the database to PATH (SQLite backup API, or pg_dump custom format)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="file to write (replaced atomically when complete)")

    def handle(self, *args, path, **options):
        try:
            written = backup_database(path)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"backup written to {written} ({written.stat().st_size:,} bytes)")
