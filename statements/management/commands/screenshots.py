from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from statements.devtools.screenshots import take_screenshots


class Command(BaseCommand):
    help = (
        "Serve the archive on loopback against the current database, open the main pages in headless "
        "Chromium and save a PNG of each (desktop and phone width)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--out", default="screenshots", help="folder for the PNGs (default: screenshots/)")
        parser.add_argument("--query", default="peacekeepers", help="the search shown on the list page")
        parser.add_argument("--no-phone", action="store_true", help="desktop width only")

    def handle(self, *args, out, query, no_phone, **options):
        # Loopback only, plain HTTP: the production redirect to HTTPS and host list would refuse it.
        settings.SECURE_SSL_REDIRECT = False
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
        saved = take_screenshots(Path(out), query, phone=not no_phone)
        for path in saved:
            self.stdout.write(str(path))
        self.stdout.write(f"{len(saved)} screenshots in {out}/")
