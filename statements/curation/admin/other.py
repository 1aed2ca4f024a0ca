"""Outlets, saved searches and the change log in the admin."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html_join

from statements.curation import history
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


class ActionFilter(admin.SimpleListFilter):
    title = "action"
    parameter_name = "action"

    def lookups(self, request, model_admin):
        return [(action, action) for action in history.ACTIONS]

    def queryset(self, request, queryset):
        return queryset.filter(action=self.value()) if self.value() else queryset


@admin.register(ChangeRecord)
class ChangeRecordAdmin(admin.ModelAdmin):
    """The log of curated changes: read only, it is the record."""

    list_display = ["at", "username", "action", "content_type", "object_repr", "changed"]
    # Not date_hierarchy nor a plain "action" filter: both read every record (SELECT DISTINCT) on each page,
    # and bulk curation writes a record per statement.
    list_filter = [ActionFilter, "content_type", ("at", admin.DateFieldListFilter)]
    list_select_related = ["content_type"]
    search_fields = ["object_repr", "username", "note"]
    show_full_result_count = False

    @admin.display(description="changes")
    def changed(self, record: ChangeRecord):
        return format_html_join(", ", "{}", ((field,) for field in record.changes)) or record.note

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
