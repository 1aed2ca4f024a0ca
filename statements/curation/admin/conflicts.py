"""Conflicts in the admin: the taxonomy (parents), keywords and places, and re-tagging on demand."""

from __future__ import annotations

from django.contrib import admin, messages

from statements.curation import decisions as curation
from statements.models import Conflict


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "parent"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    actions = ["retag_selected"]

    def has_retag_permission(self, request, obj=None) -> bool:
        return request.user.has_perm("statements.change_statement")

    @admin.action(description="Re-tag the statements these conflicts may concern", permissions=["retag"])
    def retag_selected(self, request, queryset):
        outcome = curation.retag_conflicts(curation.statements_affected_by(queryset), user=request.user)
        self.message_user(
            request, f"{outcome.selected} statements checked, {outcome.changed} re-tagged "
            "(conflicts set by curators were left as they are).", messages.SUCCESS,
        )
