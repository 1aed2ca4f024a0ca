"""Statements in the admin: the review queue (least confident first) and the full list, one edit
form, and the bulk actions. Every change goes through statements.curation.decisions."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from statements.curation import decisions as curation
from statements.curation import history
from statements.curation.admin.display import change_history, marked_article_text, quote_in_paragraph
from statements.curation.admin.forms import BulkEditForm, StatementForm
from statements.curation.admin.pagination import IdsFirstPaginator
from statements.text import paragraph_of
from statements.models import Article, ReviewPriority, ReviewStatus, Statement, StatementToReview


class ReviewReasonFilter(admin.SimpleListFilter):
    title = "why review"
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        return [("unattributed", "unattributed"), ("new-speaker", "new speaker"), ("low", "low confidence")]

    def queryset(self, request, queryset):
        if self.value() == "unattributed":
            return queryset.filter(review_priority=ReviewPriority.UNATTRIBUTED)
        if self.value() == "new-speaker":
            return queryset.filter(review_priority=ReviewPriority.NEW_SPEAKER)
        if self.value() == "low":
            return queryset.filter(confidence__lt=0.8)
        return queryset


class CuratedFilter(admin.SimpleListFilter):
    title = "curated"
    parameter_name = "curated"

    def lookups(self, request, model_admin):
        return [("yes", "decided by a curator"), ("no", "as extracted")]

    def queryset(self, request, queryset):
        untouched = queryset.filter(origin="extraction", curated_fields=[])
        if self.value() == "no":
            return untouched
        if self.value() == "yes":
            return queryset.exclude(pk__in=untouched.values("pk"))
        return queryset


class CurationActions:
    """Actions and per-row review buttons shared by the review queue and the full statement list."""

    actions = ["approve_selected", "reject_selected", "edit_selected", "retag_selected"]

    class Media:
        css = {"all": ["admin_curation/curation.css"]}

    @admin.action(description="Approve selected statements", permissions=["change"])
    def approve_selected(self, request, queryset):
        self._report(request, curation.approve(queryset, user=request.user), "approved")

    @admin.action(description="Reject selected statements (hidden from the public)", permissions=["change"])
    def reject_selected(self, request, queryset):
        self._report(request, curation.reject(queryset, user=request.user), "rejected")

    @admin.action(description="Re-tag conflicts of selected statements (keeps curators' tags)", permissions=["change"])
    def retag_selected(self, request, queryset):
        self._report(request, curation.retag_conflicts(queryset, user=request.user), "re-tagged")

    @admin.action(description="Set speaker, kind, date or conflicts of selected…", permissions=["change"])
    def edit_selected(self, request, queryset):
        form = BulkEditForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            data = form.cleaned_data
            speaker = None if data["unattributed"] else data["speaker"] or curation.KEEP
            outcome = curation.edit_statements(
                queryset, user=request.user, speaker=speaker, kind=data["kind"] or None,
                said_on=data["said_on"], add_conflicts=data["add_conflicts"],
                remove_conflicts=data["remove_conflicts"],
            )
            self._report(request, outcome, "changed")
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Edit selected statements",
            "opts": self.model._meta,
            "form": form,
            "media": self.media + form.media,
            "queryset": queryset.select_related("speaker")[:200],
            "count": queryset.count(),
            "action": "edit_selected",
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/statements/action_form.html", context)

    def _report(self, request, outcome: curation.BulkOutcome, verb: str) -> None:
        self.message_user(
            request, f"{outcome.changed} of {outcome.selected} statement(s) {verb}.", messages.SUCCESS
        )

    # One statement at a time, from its row: the buttons post the changelist form to these URLs.

    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        return [
            path("<int:pk>/review/<str:decision>/", self.admin_site.admin_view(self.review_view),
                 name="%s_%s_review" % info),
            *super().get_urls(),
        ]

    def review_view(self, request, pk: int, decision: str):
        statement = get_object_or_404(self.get_queryset(request), pk=pk)
        decide = {"approve": curation.approve, "reject": curation.reject}.get(decision)
        if decide is None:
            raise Http404("Unknown decision.")
        if not self.has_change_permission(request, statement):
            raise PermissionDenied
        changelist = reverse("admin:%s_%s_changelist" % (self.model._meta.app_label, self.model._meta.model_name))
        if request.method != "POST":
            return HttpResponseRedirect(changelist)
        decide(Statement.objects.filter(pk=statement.pk), user=request.user)
        self.message_user(request, f"Statement {statement.pk} {decision}d.", messages.SUCCESS)
        back = request.META.get("HTTP_REFERER", "")
        safe = url_has_allowed_host_and_scheme(back, {request.get_host()}, require_https=request.is_secure())
        return HttpResponseRedirect(back if back and safe else changelist)

    @admin.display(description="review")
    def review_buttons(self, statement):
        info = self.model._meta.app_label, self.model._meta.model_name
        return format_html(
            '<span class="review-buttons">'
            '<button type="submit" class="button approve" formaction="{}">Approve</button> '
            '<button type="submit" class="button reject" formaction="{}">Reject</button></span>',
            reverse("admin:%s_%s_review" % info, args=[statement.pk, "approve"]),
            reverse("admin:%s_%s_review" % info, args=[statement.pk, "reject"]),
        )


@admin.register(Statement)
class StatementAdmin(CurationActions, admin.ModelAdmin):
    form = StatementForm
    list_display = ["short_text", "speaker", "kind", "said_on", "status", "confidence", "curated"]
    list_filter = ["status", "kind", CuratedFilter, "origin", ("said_on", admin.DateFieldListFilter), "conflicts"]
    list_select_related = ["speaker"]
    list_per_page = 50
    paginator = IdsFirstPaginator
    show_full_result_count = False  # the unfiltered count is a full scan on a large archive
    search_fields = ["text", "speaker__name", "speaker_mention", "article__title"]
    autocomplete_fields = ["speaker", "article", "conflicts"]
    readonly_fields = [
        "paragraph", "confidence", "origin", "curated", "fingerprint", "created_at", "updated_at", "history",
    ]
    fieldsets = [
        (None, {"fields": ["text", "speaker", "speaker_mention", "kind", "cue", "said_on", "conflicts", "status"]}),
        ("Source", {"fields": ["article", "start", "end", "paragraph"]}),
        ("Curation", {"fields": ["origin", "curated", "history"]}),
        ("Extraction", {"fields": ["confidence", "fingerprint", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    change_form_template = "admin/statements/statement/change_form.html"

    def get_queryset(self, request):
        return super().get_queryset(request).defer("paragraph")

    @admin.display(description="text", ordering="text")
    def short_text(self, statement: Statement) -> str:
        return statement.text if len(statement.text) <= 100 else statement.text[:99] + "…"

    @admin.display(description="curated")
    def curated(self, statement: Statement) -> str:
        if statement.origin == "curator":
            return "added by a curator"
        return ", ".join(statement.curated_fields) or "—"

    @admin.display(description="change history")
    def history(self, statement: Statement):
        return change_history(statement) if statement.pk else "—"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        article = obj.article if obj else _article_from(request)
        if article is not None:
            statements = article.statements.select_related("speaker")
            context["article_for_selection"] = article
            context["article_text"] = marked_article_text(
                article.body, statements, current=obj.pk if obj else None
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        form.curation_before = history.statement_states([obj.pk])[obj.pk] if change else None
        obj.paragraph = paragraph_of(obj.article.body, obj.start, obj.end)
        if not change:
            curation.prepare_added_statement(obj)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            curation.record_edit(form.instance, form.curation_before, user=request.user)
        else:
            curation.record_addition(form.instance, user=request.user)


def _article_from(request) -> Article | None:
    pk = request.GET.get("article") or request.POST.get("article")
    return Article.objects.filter(pk=pk).first() if pk and str(pk).isdigit() else None


@admin.register(StatementToReview)
class ReviewQueueAdmin(CurationActions, admin.ModelAdmin):
    """Statements nobody has decided on yet, the least trustworthy first, each shown in its paragraph."""

    list_display = ["in_paragraph", "speaker_shown", "kind", "confidence", "said_on", "review_buttons", "edit_link"]
    list_display_links = None
    list_filter = [ReviewReasonFilter, "kind"]
    list_select_related = ["speaker"]  # the quote is shown in its stored paragraph: no article needed
    list_per_page = 25
    paginator = IdsFirstPaginator
    show_full_result_count = False
    search_fields = ["text", "speaker__name", "speaker_mention"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=ReviewStatus.EXTRACTED)

    def get_ordering(self, request):
        # Unattributed, then new speakers, then the rest; least confident first: the statement_review_order index.
        return ["review_priority", "confidence", "id"]

    def has_add_permission(self, request):
        return False  # statements are added from their article

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        # A decision on a statement is a change to the statement, whichever list it was taken from.
        return request.user.has_perm("statements.change_statement") and super().has_change_permission(request, obj)

    @admin.display(description="statement in its paragraph")
    def in_paragraph(self, statement: Statement):
        return quote_in_paragraph(statement)

    @admin.display(description="speaker")
    def speaker_shown(self, statement: Statement):
        if statement.speaker is None:
            return format_html('<span class="flag">unattributed</span> {}', statement.speaker_mention)
        flag = "" if statement.speaker.from_gazetteer else mark_safe(' <span class="flag">new</span>')
        return format_html("{}{}", statement.speaker.name, flag)

    @admin.display(description="")
    def edit_link(self, statement: Statement):
        url = reverse("admin:statements_statement_change", args=[statement.pk])
        return format_html('<a href="{}">edit…</a>', url)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # One edit form for a statement: the full statement admin's.
        return HttpResponseRedirect(reverse("admin:statements_statement_change", args=[object_id]))
