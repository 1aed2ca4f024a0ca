"""Where the text comes from: outlets, their articles (with the syndication bands and the page as fetched),
and the feeds, sitemaps and pages polled for new ones."""

from __future__ import annotations

import hashlib

from django.db import models
from django.db.models import Q
from django.urls import reverse

from statements.models.base import public_statements


class OutletQuerySet(models.QuerySet):
    def for_index(self) -> OutletQuerySet:
        """Outlets by name, each with its articles and public statements counted."""
        return self.annotate(
            article_count=models.Count("articles", distinct=True),
            statement_count=public_statements("articles__statements"),
        ).order_by("name", "pk")


class Outlet(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    domain = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=100, blank=True)

    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"


class ArticleQuerySet(models.QuerySet):
    def for_index(self) -> ArticleQuerySet:
        """Newest first (undated ones last), with the outlet, without the texts."""
        return self.select_related("outlet").defer("body", "raw_text").order_by(
            models.F("published_on").desc(nulls_last=True), "-id"
        )

    def group_of(self, article: Article) -> ArticleQuerySet:
        """The other articles of `article`'s syndication group (its original and the original's copies),
        earliest first, with the outlet, without the texts: one query by the copy_of index."""
        original = article.copy_of_id or article.pk
        return (
            self.select_related("outlet").defer("body", "raw_text")
            .filter(Q(pk=original) | Q(copy_of_id=original)).exclude(pk=article.pk)
            .order_by(models.F("published_on").asc(nulls_last=True), "pk")
        )

    def narrowed(self, *, outlet: str = "", title: str = "", published_after=None, published_before=None,
                 undated: bool = False) -> ArticleQuerySet:
        """The articles of an outlet (slug), whose title holds `title`, published within the dates given;
        or, with `undated`, only those without a date."""
        rows = self
        if outlet:
            rows = rows.filter(outlet__slug=outlet)
        if title:
            rows = rows.filter(title__icontains=title)
        if published_after:
            rows = rows.filter(published_on__gte=published_after)
        if published_before:
            rows = rows.filter(published_on__lte=published_before)
        if undated:
            rows = rows.filter(published_on__isnull=True)
        return rows


class Article(models.Model):
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles")
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    published_on = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    author = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text="Cleaned text; statement offsets point into it.")
    raw_text = models.TextField(help_text="The text as received, kept for re-extraction.")
    source_name = models.CharField(max_length=300, blank=True, help_text="File name it was ingested from.")
    language = models.CharField(max_length=10, default="en")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    ingested_at = models.DateTimeField(auto_now_add=True)
    # A syndicated copy (the same wire text on another site, found by statements.ingest.syndication): kept as
    # an article of its own outlet, URL and date, without statements of its own; the original's stand for
    # it, so every list, facet, count and export counts them once. Always an original, never a copy.
    copy_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="copies",
        help_text="The article this one is a syndicated copy of (its statements are the original's).",
    )
    copy_overlap = models.FloatField(
        null=True, blank=True, editable=False,
        help_text="Share of the shorter text's word 5-grams the two texts have in common.",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        permissions = [("reextract_article", "Can re-run extraction on articles")]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="article_url_unique_when_present"),
        ]
        indexes = [
            models.Index(fields=["published_on"]),
            # Statements' outlets, read by article id from the index alone (statements.research.estimates): the
            # table's rows hold whole bodies, about three to a page, and facets look up thousands.
            models.Index(fields=["id", "outlet"], name="article_outlet_by_id"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("article-detail", args=[self.pk])

    @staticmethod
    def hash_content(raw_text: str) -> str:
        return hashlib.sha256(raw_text.encode("utf-8", "surrogatepass")).hexdigest()


class ArticleBand(models.Model):
    """One LSH band key of an original article's text (statements.extraction.near_duplicates): a new
    article's copies are found by looking its keys up here, an index lookup rather than a scan. Derived
    from Article.body; copies have none (a copy is grouped under an original, never under a copy)."""

    pk = models.CompositePrimaryKey("key", "article")
    key = models.BigIntegerField()
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bands")

    def __str__(self) -> str:
        return f"{self.key} of article {self.article_id}"


class PageCapture(models.Model):
    """An article's page as fetched (from the web or a WARC): the bytes, compressed, with when, from where
    and with what status, so the article can be re-extracted from exactly what was fetched."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="capture")
    url = models.URLField(max_length=2000, help_text="As asked: a feed's link, a WARC's target URI.")
    final_url = models.URLField(max_length=2000, help_text="After redirects.")
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    raw_size = models.PositiveIntegerField(default=0, help_text="Bytes before compression.")
    raw_gzip = models.BinaryField(editable=False)

    def __str__(self) -> str:
        return self.final_url

    @staticmethod
    def compress(raw: bytes) -> bytes:
        import gzip

        return gzip.compress(raw, compresslevel=6, mtime=0)

    def raw(self) -> bytes:
        """The page's bytes as fetched."""
        import gzip

        return gzip.decompress(bytes(self.raw_gzip))


class SourceKind(models.TextChoices):
    FEED = "feed", "RSS or Atom feed"
    SITEMAP = "sitemap", "sitemap or sitemap index"
    PAGE = "page", "list page (every story it links to on its own site)"


class Source(models.Model):
    """A feed, sitemap or page that `manage.py poll_sources` fetches every `interval_minutes` (statements.ingest.polling)."""

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=SourceKind.choices, default=SourceKind.FEED)
    url = models.URLField(max_length=2000, unique=True)
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources",
                               help_text="Every article from this source is filed under this outlet.")
    interval_minutes = models.PositiveIntegerField(default=60)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    error_count = models.PositiveIntegerField(default=0, editable=False, help_text="Failed polls in a row.")
    last_error = models.TextField(blank=True, editable=False)
    last_added = models.PositiveIntegerField(default=0, editable=False, help_text="Articles added by the last poll.")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
