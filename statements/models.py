"""The archive's data: outlets and their articles, speakers and their names, conflicts, statements.

Rules about how rows come to be live in ingest.py (extraction), reextract.py and curation.py (human
decisions); the models hold structure, constraints and the querysets that read them.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.text import slugify

from statements.text import normalise_name, person_key, sentence_of


def unique_slug(model: type[models.Model], base: str, *, field: str = "slug", max_length: int = 80) -> str:
    """A slug for `base` not yet used by `model` (kept stable once assigned: URLs depend on it)."""
    root = (slugify(base) or "item")[: max_length - 6]
    candidate, n = root, 2
    while model.objects.filter(**{field: candidate}).exists():
        candidate = f"{root}-{n}"
        n += 1
    return candidate


def public_statements(path: str = "statements") -> models.Count:
    """Count of the public (not rejected) statements reached through `path`, for the index pages."""
    return models.Count(path, filter=~Q(**{f"{path}__status": ReviewStatus.REJECTED}), distinct=True)


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


class SpeakerKind(models.TextChoices):
    PERSON = "person", "person"
    ORGANISATION = "organisation", "organisation"
    GOVERNMENT = "government", "government"
    GROUP = "group", "group"
    # A source the article does not name ("a senior US official"): one per article and description, never
    # merged across articles (Speaker.article), so no page collects strangers under one description.
    UNNAMED = "unnamed", "unnamed source"


class SpeakerQuerySet(models.QuerySet):
    def for_index(self) -> SpeakerQuerySet:
        """A to Z, whatever the case."""
        return self.order_by(Lower("name"), "pk")

    def narrowed(
        self, *, name: str = "", letter: str = "", country: str = "", kind: str = "", role: str = ""
    ) -> SpeakerQuerySet:
        """Speakers whose name or one of its aliases holds `name`, whose name starts with `letter`, of
        `country` and `kind`, who held a role whose title holds `role`."""
        rows = self
        if letter:
            rows = rows.filter(name__istartswith=letter)
        if name:
            rows = rows.filter(
                Q(name__icontains=name)
                | Q(pk__in=SpeakerAlias.objects.filter(normalised__contains=normalise_name(name)).values("speaker_id"))
            )
        if country:
            rows = rows.filter(country=country)
        if kind:
            rows = rows.filter(kind=kind)
        if role:
            rows = rows.filter(pk__in=SpeakerRole.objects.filter(title__icontains=role).values("speaker_id"))
        return rows

    def countries(self) -> list[str]:
        return list(self.exclude(country="").order_by("country").values_list("country", flat=True).distinct())


class Speaker(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=SpeakerKind.choices, default=SpeakerKind.PERSON)
    country = models.CharField(max_length=100, blank=True, help_text="Country or affiliation.")
    description = models.TextField(blank=True)
    from_gazetteer = models.BooleanField(default=False, help_text="Curated, not minted by extraction.")
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="unnamed_sources",
        help_text="For an unnamed source: the one article it speaks in.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_speaker", "Can merge speakers and split aliases off")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind=SpeakerKind.UNNAMED, article__isnull=False) | (~Q(kind=SpeakerKind.UNNAMED)),
                name="unnamed_source_has_its_article",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("speaker-detail", args=[self.slug])


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalised = models.CharField(max_length=200, db_index=True, editable=False)
    # person_key(name): how one person's spellings are found across articles (titles, initials, romanisation).
    identity = models.CharField(max_length=200, db_index=True, editable=False, default="")

    class Meta:
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(fields=["speaker", "normalised"], name="alias_unique_per_speaker"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalised = normalise_name(self.name)
        self.identity = person_key(self.name)
        super().save(*args, **kwargs)


class SpeakerRole(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200, help_text='e.g. "Kremlin spokesman"')
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    source = models.URLField(max_length=500, blank=True, help_text="The list or page the dates were checked on.")
    checked = models.DateField(null=True, blank=True, help_text="When the source was checked.")

    class Meta:
        ordering = ["-started_on", "title"]

    def __str__(self) -> str:
        return self.title


class GazetteerRecord(models.Model):
    """What the gazetteer files said of an entry when last loaded ("speaker:<slug>", "conflict:<slug>").

    The loader compares file, record and database three ways: a value the database still holds as the
    file last gave it follows the file; one a curator changed, added or removed stays as the curator left it.
    """

    key = models.CharField(max_length=120, unique=True)
    data = models.JSONField(default=dict)

    def __str__(self) -> str:
        return self.key


class SpeakerRedirect(models.Model):
    """An old slug that keeps resolving after speakers are merged or renamed."""

    old_slug = models.SlugField(max_length=80, unique=True)
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.speaker.slug}"


class ConflictQuerySet(models.QuerySet):
    def for_index(self) -> ConflictQuerySet:
        """By name, with the parent conflict and the public statements counted."""
        return self.select_related("parent").annotate(statement_count=public_statements()).order_by("name", "pk")


class Conflict(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")
    keywords = models.TextField(blank=True, help_text="One per line: words and phrases that tag a statement.")
    places = models.TextField(blank=True, help_text="One per line: place names that tag a statement.")
    description = models.TextField(blank=True)

    objects = ConflictQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("conflict-detail", args=[self.slug])

    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]

    def place_list(self) -> list[str]:
        return [line.strip() for line in self.places.splitlines() if line.strip()]


class StatementKind(models.TextChoices):
    DIRECT = "direct", "direct quote"
    INDIRECT = "indirect", "reported speech"
    MIXED = "mixed", "mixed"


class ReviewStatus(models.TextChoices):
    # One word for each status wherever it is shown (admin, public pages, history): "extracted" is
    # the stored value, never the word a reader or curator sees.
    EXTRACTED = "extracted", "not yet reviewed"
    APPROVED = "approved", "approved"
    REJECTED = "rejected", "rejected"


class StatementOrigin(models.TextChoices):
    EXTRACTION = "extraction", "extraction"
    CURATOR = "curator", "added by a curator"


class ReviewPriority(models.IntegerChoices):
    """A statement's place in the review queue: unattributed first, then statements of speakers extraction
    minted (not yet in the gazetteer), then the rest; least confident first within each."""

    UNATTRIBUTED = 0, "unattributed"
    NEW_SPEAKER = 1, "new speaker"
    KNOWN_SPEAKER = 2, "known speaker"


# The one rule: the priority for each state of the speaker (none, minted by extraction, from the gazetteer).
PRIORITY_OF_SPEAKER = {
    None: ReviewPriority.UNATTRIBUTED, False: ReviewPriority.NEW_SPEAKER, True: ReviewPriority.KNOWN_SPEAKER,
}


def review_priority_of(speaker: Speaker | None) -> int:
    return PRIORITY_OF_SPEAKER[None if speaker is None else speaker.from_gazetteer]


def UNATTRIBUTE(collector, field, sub_objs, using):  # noqa: N802  (named like Django's SET_NULL)
    """on_delete of a statement's speaker: SET_NULL, and the statement goes to the front of the review queue.

    The priority update is scheduled first: both run as lazy querysets selecting by the deleted speaker,
    which select nothing once the speaker is set to NULL."""
    collector.add_field_update(field.model._meta.get_field("review_priority"), ReviewPriority.UNATTRIBUTED, sub_objs)
    collector.add_field_update(field, None, sub_objs)


UNATTRIBUTE.lazy_sub_objs = True


SAMPLE_BUCKETS = 1000  # the values of Statement.sample: 0 to 999


def sample_bucket(id_column: str):
    """Statement.sample of the statement whose id is in `id_column` (a tag's statement_id too). 617 is
    prime to 1000, so consecutive ids (one article's statements) scatter over the buckets."""
    return models.F(id_column) * 617 % SAMPLE_BUCKETS


def sample_of(pk: int) -> int:
    """The same in Python, for ids already in hand (a search's)."""
    return pk * 617 % SAMPLE_BUCKETS


class StatementQuerySet(models.QuerySet):
    def public(self) -> StatementQuerySet:
        return self.exclude(status=ReviewStatus.REJECTED)

    def untouched_by_curators(self) -> StatementQuerySet:
        """Statements as extraction left them: no curator added them or decided any of their fields."""
        return self.filter(origin=StatementOrigin.EXTRACTION, curated_fields=[])

    def to_review(self) -> StatementQuerySet:
        """The review queue: statements nobody has decided on yet. Correcting a statement's speaker (or
        any other field) is a curator's decision on it, as approving or rejecting is, so it leaves too."""
        return self.filter(status=ReviewStatus.EXTRACTED).untouched_by_curators()

    def successor_of(self, text: str, article_id: int | None) -> Statement | None:
        """Where a removed statement's words stand now: a public statement with the same words, in the
        same article first (re-extraction moved them to a new record), else the earliest elsewhere."""
        if not text:
            return None
        same_words = self.public().filter(fingerprint=fingerprint(text))
        return (
            same_words.filter(article_id=article_id).order_by("id").first() if article_id else None
        ) or same_words.order_by("id").first()

    def refresh_review_priority(self) -> int:
        """Set review_priority from each statement's speaker as the database holds it now: after writes
        that bypass Statement.save() (update(), bulk changes) or a change of a speaker's from_gazetteer."""
        changed = 0
        for flag, priority in PRIORITY_OF_SPEAKER.items():
            rows = self.filter(speaker__isnull=True) if flag is None else self.filter(speaker__from_gazetteer=flag)
            changed += rows.exclude(review_priority=priority).update(review_priority=priority)
        return changed

    def for_listing(self) -> StatementQuerySet:
        return self.select_related("speaker", "article", "article__outlet").prefetch_related("conflicts")

    def listed(self, ids: list[int]) -> list[Statement]:
        """The statements of `ids`, in that order, with what a listing shows (absent ones left out).

        Read a page's ids in order first (a narrow query the database answers from its date index),
        then the rows: ordering whole rows with their joins led SQLite at 1M to sort every statement."""
        by_id = self.for_listing().in_bulk(ids) if ids else {}
        return [by_id[pk] for pk in ids if pk in by_id]

    def sampled(self, buckets: int) -> StatementQuerySet:
        """The statements of the sample buckets below `buckets` (statements.research.estimates). Written as the
        list of those buckets, not as a range: SQLite's planner, which cannot tell how much of an index
        a range holds, read the sample index once per bucket of all 1,000 for "sample < 3" beside a
        speaker's filter (docs/performance.md, "Query plans")."""
        return self.filter(sample__in=range(buckets))

    def newest_first(self) -> StatementQuerySet:
        return self.order_by(models.F("said_on").desc(nulls_last=True), "-id")

    def oldest_first(self) -> StatementQuerySet:
        return self.order_by(models.F("said_on").asc(nulls_last=True), "id")


class Statement(models.Model):
    # No index of their own: (article, start, end) is unique and the speaker index begins with the speaker
    # (Meta.indexes), so each would be a second copy to write on every insert (tests/test_schema_indexes.py).
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements", db_index=False)
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=UNATTRIBUTE, related_name="statements", db_index=False
    )
    speaker_mention = models.CharField(max_length=300, blank=True, help_text="How the article named the speaker.")
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=StatementKind.choices, default=StatementKind.DIRECT)
    cue = models.CharField(max_length=100, blank=True, help_text='e.g. "told reporters", "stressed"')
    start = models.PositiveIntegerField(help_text="Offset of the statement in the article body.")
    end = models.PositiveIntegerField()
    paragraph = models.TextField(blank=True, help_text="The paragraph the statement stands in.")
    # The frame of the statement: reported speech's text is the content alone, and the sentence holds its
    # speaker and cue as the article wrote them (statements.text.sentence_of for rows extraction gave none).
    sentence = models.TextField(blank=True, help_text="The sentence the statement stands in.")
    said_on = models.DateField(null=True, blank=True)
    conflicts = models.ManyToManyField(Conflict, blank=True, related_name="statements")
    confidence = models.FloatField(default=1.0)
    status = models.CharField(  # indexed first in statement_status_said_on and statement_review_order
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.EXTRACTED
    )
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    # Derived from the speaker (review_priority_of()); stored so that the review queue reads an index.
    review_priority = models.PositiveSmallIntegerField(
        choices=ReviewPriority.choices, default=ReviewPriority.UNATTRIBUTED, editable=False
    )
    origin = models.CharField(max_length=10, choices=StatementOrigin.choices, default=StatementOrigin.EXTRACTION)
    # Which fields a curator decided ("speaker", "text", "conflicts", ...): re-extraction and re-tagging
    # leave them alone. See statements.curation.CURATED_FIELDS.
    curated_fields = models.JSONField(default=list, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # A fixed, evenly spread bucket 0..999 computed by the database from the id on every insert (bulk ones
    # too): "sample < b" is a uniform b-in-1000 sample of any list, which big lists' facets count over
    # (statements.research.estimates).
    sample = models.GeneratedField(
        expression=sample_bucket("id"), output_field=models.PositiveSmallIntegerField(), db_persist=True
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["-said_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end"], name="statement_span_unique_per_article"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="statement_span_not_empty"),
        ]
        indexes = [
            # A date range's or a speaker's statements in date order, each entry with every column that a
            # facet groups or that a filter of the statement's own tests, and its sample bucket: such a
            # list, or its sample, is counted from the index alone. Without them SQLite fetched each row
            # from the table, whose pages hold the texts (docs/performance.md). Both keep (said_on, id)
            # first after their key: a page merging several speakers' statements (a country's) stops
            # reading each at the page's size.
            models.Index(
                fields=["said_on", "id", "status", "speaker", "kind", "article", "sample"], name="statement_date_rows"
            ),
            models.Index(
                fields=["speaker", "said_on", "id", "status", "kind", "article", "sample"], name="statement_speaker_rows"
            ),
            models.Index(fields=["kind", "said_on"], name="statement_kind_said_on"),
            # Lists narrowed to one review status (the admin, the researcher's status filter), newest first.
            models.Index(fields=["status", "said_on", "id"], name="statement_status_said_on"),
            # The review queue: status=extracted in review order, read from the index page by page; with
            # what else to_review() tests, so that its count and a deep page never read table rows.
            models.Index(
                fields=["status", "review_priority", "confidence", "id", "origin", "curated_fields"],
                name="statement_review_order",
            ),
            # Estimated facets: a sample's rows read from the index alone, with every column a facet
            # groups or a filter of the statement's own tests (statements.research.estimates).
            models.Index(
                fields=["sample", "status", "speaker", "kind", "said_on", "article"], name="statement_sample_facets"
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("statement-detail", args=[self.pk])

    def frame_sentence(self) -> str:
        """The sentence the statement stands in: as stored, else (a row extraction gave none) worked out
        from the article's body by the same rule the writer falls back to."""
        return self.sentence or sentence_of(self.article.body, self.start, self.end)

    def save(self, *args, **kwargs):
        if not self.sentence and self.article_id and self.end:
            self.sentence = self.frame_sentence()
        self.fingerprint = fingerprint(self.text)
        self.review_priority = review_priority_of(self.speaker if self.speaker_id else None)
        super().save(*args, **kwargs)


class StatementToReview(Statement):
    """The review queue in the admin: the same rows, listed least confident first."""

    class Meta:
        proxy = True
        verbose_name = "statement to review"
        verbose_name_plural = "review queue"


def fingerprint(text: str) -> str:
    """Same words in the same order, whatever the punctuation, case, accents or quote marks."""
    return hashlib.sha1(normalise_name(text).encode("utf-8")).hexdigest()


class SavedSearch(models.Model):
    key = models.SlugField(max_length=16, unique=True)
    name = models.CharField(max_length=200)
    query_string = models.TextField(help_text="The canonical query string of the list view.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "saved searches"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("saved-search", args=[self.key])


class IndexQueueEntry(models.Model):
    """Outbox of statements whose search entry must be refreshed; written in the same transaction as the
    change, drained by the single index writer after commit, so the index cannot miss a committed change."""

    statement_id = models.BigIntegerField(db_index=True)
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "index queue"

    def __str__(self) -> str:
        return f"statement {self.statement_id}"


class ChangeRecord(models.Model):
    """One recorded change to a curated object: who, when, what, and each changed field before and after.

    Refers to its object by type and id, not by foreign key, so the record of a statement removed by
    re-extraction or a speaker merged away outlives the row itself.
    """

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.BigIntegerField()
    object_repr = models.CharField(max_length=200)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    username = models.CharField(max_length=150, blank=True, help_text="Kept if the account is deleted.")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=20)
    changes = models.JSONField(default=dict, blank=True, help_text="field: [before, after]")
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "at"], name="change_record_object")]

    def __str__(self) -> str:
        return f"{self.action} {self.object_repr}"


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
