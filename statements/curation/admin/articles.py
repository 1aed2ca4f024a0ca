"""Articles in the admin: the text with its statements marked, adding a statement the extractor
missed, and re-running extraction (which keeps curators' decisions)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from statements.curation.decisions import CurationError, separate_copy

from statements.curation.admin.display import marked_article_text
from statements.models import Article
from statements.ingest.reextract import ReextractOutcome, reextract_articles


class PublishedYearFilter(admin.SimpleListFilter):
    title = "year published"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        dated = Article.objects.filter(published_on__isnull=False).order_by("published_on")
        first = dated.values_list("published_on", flat=True).first()
        last = dated.reverse().values_list("published_on", flat=True).first()
        if first is None:
            return []
        return [(str(year), str(year)) for year in range(last.year, first.year - 1, -1)]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit() and 1 <= int(value) <= 9999:
            return queryset.filter(published_on__year=int(value))
        return queryset


# Re-extraction in the admin runs inside the request: 40-80 ms an article of ~2.5 kB (the seed articles,
# 2 cores), so 2-4 s for this many. More belong to `manage.py reextract`, which reports each article and
# cannot time out.
MAX_REEXTRACT_IN_REQUEST = 50


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "ingested_at", "is_copy"]
    # No date_hierarchy and no filter by language: both read every article (SELECT DISTINCT) on each page,
    # 235 ms and 89 ms at 25k articles. The years come from the ends of the published_on index instead.
    list_filter = ["outlet", PublishedYearFilter, ("published_on", admin.DateFieldListFilter)]
    list_select_related = ["outlet"]
    list_per_page = 50
    show_full_result_count = False
    search_fields = ["title", "url", "source_name"]
    autocomplete_fields = ["outlet"]
    # Statement offsets point into the body: it changes only through re-extraction.
    readonly_fields = ["syndication", "statements_in_text", "body", "raw_text", "content_hash", "ingested_at"]
    fieldsets = [
        (None, {"fields": ["title", "outlet", "url", "published_on", "date_precision", "author", "language"]}),
        ("Syndication", {"fields": ["syndication"]}),
        ("Statements in the text", {"fields": ["statements_in_text"]}),
        ("Source", {"fields": ["source_name", "content_hash", "ingested_at", "body", "raw_text"],
                    "classes": ["collapse"]}),
    ]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # Django 6's default, chosen now
    actions = ["reextract_selected"]
    change_form_template = "admin/statements/article/change_form.html"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            queryset = queryset.defer("body", "raw_text")
        return queryset

    def has_reextract_permission(self, request, obj=None) -> bool:
        return request.user.has_perm("statements.reextract_article")

    @admin.display(description="text")
    def statements_in_text(self, article: Article):
        statements = article.statements.select_related("speaker")
        add_url = reverse("admin:statements_statement_add") + f"?article={article.pk}"
        return format_html(
            '<p><a class="addlink" href="{}">Add a statement the extractor missed</a> '
            '<span class="help">(marked: approved, <s>rejected</s>, to review)</span></p>'
            '<div class="article-text">{}</div>',
            add_url, marked_article_text(article.body, statements),
        )

    @admin.display(description="syndicated copy", boolean=True)
    def is_copy(self, article: Article) -> bool:
        return article.copy_of_id is not None

    @admin.display(description="copies")
    def syndication(self, article: Article):
        if article.copy_of_id is not None:
            original = article.copy_of
            return format_html(
                'A syndicated copy of <a href="{}">{}</a> ({}, {} of the shorter text in common): its statements '
                "are the original's. If it is not a copy, use “Not a copy” above: its own statements are extracted.",
                reverse("admin:statements_article_change", args=[original.pk]), original.title,
                original.outlet or "no outlet", f"{article.copy_overlap or 0:.0%}",
            )
        copies = article.copies.select_related("outlet").order_by("published_on", "pk")
        if not copies:
            return "No syndicated copies."
        return format_html("<ul>{}</ul>", format_html_join("", '<li><a href="{}">{}</a> ({})</li>', (
            (reverse("admin:statements_article_change", args=[copy.pk]), copy.title, copy.outlet or "no outlet")
            for copy in copies
        )))

    @admin.action(description="Re-run extraction (keeps curators' decisions)", permissions=["reextract"])
    def reextract_selected(self, request, queryset):
        count = queryset.count()
        if count > MAX_REEXTRACT_IN_REQUEST:
            self.message_user(request, (
                f"{count:,} articles are too many to re-extract while the page waits (at most "
                f"{MAX_REEXTRACT_IN_REQUEST} here); nothing was changed. Select fewer, or run "
                "“python manage.py reextract --all” (or --article ID for each) on the server."
            ), messages.ERROR)
            return
        self._report(request, list(reextract_articles(queryset, user=request.user)))

    def get_urls(self):
        return [
            path("<int:pk>/reextract/", self.admin_site.admin_view(self.reextract_view),
                 name="statements_article_reextract"),
            path("<int:pk>/separate/", self.admin_site.admin_view(self.separate_view),
                 name="statements_article_separate"),
            *super().get_urls(),
        ]

    def separate_view(self, request, pk: int):
        """POST: the article is not a copy of the one it is grouped under; it gets its own statements."""
        article = get_object_or_404(Article, pk=pk)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        if request.method == "POST":
            try:
                count = separate_copy(article, user=request.user)
            except CurationError as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, f"“{article}” is no longer grouped as a copy: {count} statements of its own.",
                                  messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:statements_article_change", args=[pk]))

    def reextract_view(self, request, pk: int):
        article = get_object_or_404(Article, pk=pk)
        change_url = reverse("admin:statements_article_change", args=[pk])
        if not self.has_reextract_permission(request, article):
            raise PermissionDenied
        if request.method == "POST":
            self._report(request, list(reextract_articles(Article.objects.filter(pk=pk), user=request.user)))
        return HttpResponseRedirect(change_url)

    def _report(self, request, outcomes: list[ReextractOutcome]) -> None:
        trouble = [o for o in outcomes if o.status != "done"]
        for outcome in (outcomes if len(outcomes) <= 5 else trouble):
            level = messages.SUCCESS if outcome.status == "done" else messages.WARNING
            self.message_user(request, "Re-extracted " + outcome.summary(), level)
        if len(outcomes) > 5:
            done = [o for o in outcomes if o.status == "done"]
            self.message_user(request, (
                f"Re-extracted {len(done)} of {len(outcomes)} articles: "
                f"{sum(o.updated for o in done)} statements updated, {sum(o.added for o in done)} added, "
                f"{sum(o.removed for o in done)} removed, {sum(o.kept_curated for o in done)} curated kept."
            ), messages.SUCCESS)
