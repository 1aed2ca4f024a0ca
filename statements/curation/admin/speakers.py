"""Speakers in the admin: aliases and roles with their dates, merging duplicates, splitting an alias
off into a speaker of its own."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from statements.curation import decisions as curation
from statements.curation.admin.display import change_history
from statements.curation.admin.forms import MergeForm, SplitAliasForm
from statements.curation.duplicates import duplicate_proposals
from statements.models import Speaker, SpeakerAlias, SpeakerRedirect, SpeakerRole


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["name", "split_link"]
    readonly_fields = ["split_link"]
    extra = 1

    @admin.display(description="")
    def split_link(self, alias: SpeakerAlias):
        if not alias.pk:
            return ""
        url = reverse("admin:statements_speaker_split", args=[alias.speaker_id, alias.pk])
        return format_html('<a href="{}">split off into its own speaker…</a>', url)


class SpeakerRoleInline(admin.TabularInline):
    model = SpeakerRole
    fields = ["title", "started_on", "ended_on", "source", "checked"]
    extra = 1


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "country", "from_gazetteer", "statement_count"]
    list_filter = ["kind", "from_gazetteer"]
    list_per_page = 50
    show_full_result_count = False
    search_fields = ["name", "slug", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created_at", "history"]
    inlines = [SpeakerAliasInline, SpeakerRoleInline]
    actions = ["merge_selected"]

    def has_merge_permission(self, request, obj=None) -> bool:
        return request.user.has_perm("statements.merge_speaker")

    def get_queryset(self, request):
        # Minted speakers by number of statements: the curator's list of who to check first.
        # An aggregate drops Meta.ordering (Django leaves it out of GROUP BY queries): name order is restated.
        return super().get_queryset(request).annotate(statement_total=Count("statements")).order_by("name", "pk")

    @admin.display(description="statements", ordering="statement_total")
    def statement_count(self, speaker: Speaker) -> int:
        return speaker.statement_total

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "duplicates_url": reverse("admin:statements_speaker_duplicates")}
        return super().changelist_view(request, extra_context)

    def duplicates_view(self, request):
        """Likely duplicate speakers (statements.curation.duplicates), each with a one-click merge."""
        can_merge = self.has_merge_permission(request)
        if request.method == "POST":
            if not can_merge:
                raise PermissionDenied
            source = get_object_or_404(Speaker, pk=request.POST.get("merge") or 0)
            target = get_object_or_404(Speaker, pk=request.POST.get("into") or 0)
            try:
                outcome = curation.merge_speakers(source, target, user=request.user)
            except curation.CurationError as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, (
                    f"{source.name} merged into {target.name}: {outcome.statements} statements, "
                    f"{outcome.aliases} aliases, {outcome.roles} roles moved."
                ), messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        context = {
            **self.admin_site.each_context(request),
            "title": "Likely duplicate speakers",
            "opts": self.model._meta,
            "proposals": duplicate_proposals(),
            "can_merge": can_merge,
        }
        return TemplateResponse(request, "admin/statements/speaker/duplicates.html", context)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "from_gazetteer" in form.changed_data:
            obj.statements.refresh_review_priority()  # a known speaker's statements move back in the queue

    @admin.display(description="change history")
    def history(self, speaker: Speaker):
        return change_history(speaker) if speaker.pk else "—"

    @admin.action(description="Merge selected speakers into one…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        form = MergeForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            target = form.cleaned_data["target"]
            for source in queryset.exclude(pk=target.pk):
                name = source.name
                outcome = curation.merge_speakers(source, target, user=request.user)
                self.message_user(request, (
                    f"{name} merged into {target.name}: {outcome.statements} statements, "
                    f"{outcome.aliases} aliases, {outcome.roles} roles moved."
                ), messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge speakers",
            "opts": self.model._meta,
            "form": form,
            "media": self.media + form.media,
            "queryset": queryset[:200],
            "count": queryset.count(),
            "action": "merge_selected",
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/statements/action_form.html", context)

    def get_urls(self):
        return [
            path("<int:pk>/aliases/<int:alias_pk>/split/", self.admin_site.admin_view(self.split_view),
                 name="statements_speaker_split"),
            path("duplicates/", self.admin_site.admin_view(self.duplicates_view), name="statements_speaker_duplicates"),
            *super().get_urls(),
        ]

    def split_view(self, request, pk: int, alias_pk: int):
        alias = get_object_or_404(SpeakerAlias.objects.select_related("speaker"), pk=alias_pk, speaker_id=pk)
        if not self.has_merge_permission(request, alias.speaker):
            raise PermissionDenied
        form = SplitAliasForm(request.POST or None, alias=alias)
        if request.method == "POST" and form.is_valid():
            try:
                speaker = curation.split_alias(alias, user=request.user, name=form.cleaned_data["name"])
            except curation.CurationError as error:
                form.add_error(None, str(error))
            else:
                self.message_user(request, f"“{alias.name}” is now the speaker {speaker.name}.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:statements_speaker_change", args=[speaker.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Split “{alias.name}” off {alias.speaker.name}",
            "opts": self.model._meta,
            "original": alias.speaker,
            "form": form,
            "media": self.media + form.media,
            "intro": (
                f"A new speaker is created with this alias; the statements that named {alias.speaker.name} "
                f"“{alias.name}” move to them."
            ),
        }
        return TemplateResponse(request, "admin/statements/action_form.html", context)


@admin.register(SpeakerRedirect)
class SpeakerRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "speaker"]
    list_select_related = ["speaker"]
    search_fields = ["old_slug", "speaker__name"]
    autocomplete_fields = ["speaker"]
