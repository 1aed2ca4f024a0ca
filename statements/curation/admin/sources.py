"""Polled sources: curators add feeds, sitemaps and pages; polling's health is shown, not edited."""

from django.contrib import admin

from statements.models import Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "outlet", "active", "interval_minutes", "last_success_at", "error_count",
                    "last_added", "short_error"]
    list_filter = ["active", "kind"]
    search_fields = ["name", "url"]
    autocomplete_fields = ["outlet"]
    readonly_fields = ["last_polled_at", "last_success_at", "error_count", "last_error", "last_added", "etag",
                       "last_modified"]
    fields = ["name", "kind", "url", "outlet", "interval_minutes", "active", *readonly_fields]

    @admin.display(description="last error")
    def short_error(self, source: Source) -> str:
        return source.last_error[:120]
