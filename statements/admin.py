"""The curator's interface: display and editing only.

Rules about how rows come to be live in ingest.py and the models; keeping the search index in step
with an edit is the job of the search package's signal receivers, which fire on every admin save.
No bulk `queryset.update()` actions here for that reason: they would bypass those receivers.
"""

from django.contrib import admin
from django.db import models

from statements.models import (
    Article,
    Conflict,
    Outlet,
    SavedSearch,
    Speaker,
    SpeakerAlias,
    SpeakerRedirect,
    SpeakerRole,
    Statement,
)


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "country"]
    search_fields = ["name", "domain"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "ingested_at"]
    list_filter = ["outlet", "language"]
    list_select_related = ["outlet"]
    search_fields = ["title", "url", "source_name"]
    autocomplete_fields = ["outlet"]
    date_hierarchy = "published_on"
    readonly_fields = ["content_hash", "ingested_at"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # Django 6's default, chosen now


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["name"]
    extra = 1


class SpeakerRoleInline(admin.TabularInline):
    model = SpeakerRole
    fields = ["title", "started_on", "ended_on"]
    extra = 1


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "from_gazetteer"]
    list_filter = ["kind", "from_gazetteer"]
    search_fields = ["name", "slug", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created_at"]
    inlines = [SpeakerAliasInline, SpeakerRoleInline]


@admin.register(SpeakerRedirect)
class SpeakerRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "speaker"]
    list_select_related = ["speaker"]
    search_fields = ["old_slug", "speaker__name"]
    autocomplete_fields = ["speaker"]


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "parent"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "kind", "said_on", "status", "confidence"]
    list_filter = ["kind", "status", "conflicts"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker__name", "speaker_mention", "article__title"]
    autocomplete_fields = ["speaker", "article", "conflicts"]
    date_hierarchy = "said_on"
    readonly_fields = ["fingerprint", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["text", "speaker", "speaker_mention", "kind", "cue", "said_on", "conflicts", "status"]}),
        ("Source", {"fields": ["article", "start", "end", "paragraph"]}),
        ("Extraction", {"fields": ["confidence", "fingerprint", "created_at", "updated_at"]}),
    ]

    @admin.display(description="text", ordering="text")
    def short_text(self, statement: Statement) -> str:
        return statement.text if len(statement.text) <= 100 else statement.text[:99] + "…"


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "query_string", "created_at"]
    search_fields = ["name", "key", "query_string"]
    readonly_fields = ["created_at"]
