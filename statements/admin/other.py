"""Outlets, saved searches and the change log in the admin."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html_join

from statements.models import ChangeRecord, Outlet, SavedSearch


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "country"]
    search_fields = ["name", "domain"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "query_string", "created_at"]
    search_fields = ["name", "key", "query_string"]
    readonly_fields = ["created_at"]


@admin.register(ChangeRecord)
class ChangeRecordAdmin(admin.ModelAdmin):
    """The log of curated changes: read only, it is the record."""

    list_display = ["at", "username", "action", "content_type", "object_repr", "changed"]
    list_filter = ["action", "content_type"]
    list_select_related = ["content_type"]
    search_fields = ["object_repr", "username", "note"]
    show_full_result_count = False
    date_hierarchy = "at"

    @admin.display(description="changes")
    def changed(self, record: ChangeRecord):
        return format_html_join(", ", "{}", ((field,) for field in record.changes)) or record.note

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
