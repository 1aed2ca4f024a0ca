from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from statements.ops.dbstats import refresh_statistics
from statements.models import Article
from statements.search import verify_index

SEED_CORPUS = Path(settings.BASE_DIR) / "fixtures" / "seeds"


class Command(BaseCommand):
    help = "Make the archive ready to serve: migrate, load the gazetteer, ingest the seed corpus once, check the index."

    def handle(self, *args, **options):
        Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)  # where the SQLite file and index live by default
        call_command("migrate", interactive=False, verbosity=0)
        call_command("createcachetable", verbosity=0)  # the table ARCHIVE_CACHE=db keeps counts and counters in
        call_command("load_gazetteer", stdout=self.stdout)
        if not Article.objects.exists():
            call_command("ingest", str(SEED_CORPUS), stdout=self.stdout, stderr=self.stderr)
        refresh_statistics()
        report = verify_index(fix=True)
        state = f"repaired {report.differences} differences" if report.fixed else "in agreement with the database"
        self.stdout.write(f"search index: {state}")
