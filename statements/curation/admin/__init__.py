"""The curator's interface: display and actions only. The rules of every change (what a decision
protects, how speakers merge, how the index is kept in step) live in statements.curation.decisions and
statements.ingest.reextract; the admin calls them and shows what happened."""

from statements.curation.admin import articles, conflicts, other, sources, speakers, statements  # noqa: F401  (registers)

from django.apps import apps
from django.contrib import admin

# The admin is the archive's curation desk: titled with the archive's name (the app's verbose name, the
# one place it is set), not "Django administration".
ARCHIVE_NAME = apps.get_app_config("statements").verbose_name
admin.site.site_header = ARCHIVE_NAME
admin.site.site_title = f"{ARCHIVE_NAME} · curation"
admin.site.index_title = "Curation"
