from django.core.management.base import BaseCommand, CommandError

from statements.ops.backup import BackupError, restore_database
from statements.web.generation import data_changed
from statements.search import reindex, verify_index


class Command(BaseCommand):
    help = "Replace the database with the backup at PATH, then rebuild the search index from it."

    def add_arguments(self, parser):
        parser.add_argument("path", help="a file written by `manage.py backup`")
        parser.add_argument("--no-reindex", action="store_true", help="leave the search index as it is")

    def handle(self, *args, path, no_reindex, **options):
        try:
            restore_database(path)
        except BackupError as error:
            raise CommandError(str(error)) from None
        data_changed()  # counts cached from the data it replaced must not be read again
        self.stdout.write(f"database restored from {path}")
        if no_reindex:
            return
        count = reindex()
        report = verify_index()
        self.stdout.write(f"search index rebuilt: {count} statements, {report.differences} differences")
        if report.differences:
            raise CommandError("the rebuilt index differs from the database; run `manage.py reconcile`")
