from django.core.management.base import BaseCommand

from statements.ingest.gazetteer_loader import DEFAULT_GAZETTEER, load_gazetteer


class Command(BaseCommand):
    help = "Create or update speakers, aliases, roles, conflicts and outlets from a gazetteer file (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEFAULT_GAZETTEER))

    def handle(self, *args, path, **options):
        counts = load_gazetteer(path)
        self.stdout.write(", ".join(f"{n} {what}" for what, n in counts.items()))
