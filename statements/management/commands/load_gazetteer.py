from django.core.management.base import BaseCommand, CommandError

from statements.extraction.gazetteer import GazetteerFormatError

from statements.ingest.gazetteer_loader import DEFAULT_GAZETTEER, load_gazetteer


class Command(BaseCommand):
    help = (
        "Create or update speakers, aliases, roles, conflicts and outlets from the gazetteer (a folder of JSON files "
        "or one file; idempotent; curators' changes survive, see docs/gazetteer.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEFAULT_GAZETTEER))

    def handle(self, *args, path, **options):
        try:
            counts = load_gazetteer(path)
        except GazetteerFormatError as error:  # nothing was written: the load is one transaction
            raise CommandError(f"gazetteer not loaded: {error}") from error
        self.stdout.write(", ".join(f"{n} {what}" for what, n in counts.items()))
