"""The archive's data: outlets and their articles, speakers and their names, conflicts, statements.

Rules about how rows come to be live in ingest.py (extraction), reextract.py and curation.py (human
decisions); the models hold structure, constraints and the querysets that read them.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify

from statements.text import normalise_name, person_key


def unique_slug(model: type[models.Model], base: str, *, field: str = "slug", max_length: int = 80) -> str:
    """A slug for `base` not yet used by `model` (kept stable once assigned: URLs depend on it)."""
    root = (slugify(base) or "item")[: max_length - 6]
    candidate, n = root, 2
    while model.objects.filter(**{field: candidate}).exists():
        candidate = f"{root}-{n}"
        n += 1
    return candidate


class Outlet(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    domain = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"


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


class SpeakerKind(models.TextChoices):
    PERSON = "person", "person"
    ORGANISATION = "organisation", "organisation"
    GOVERNMENT = "government", "government"
    GROUP = "group", "group"
    # A source the article does not name ("a senior US official"): one per article and description, never
    # merged across articles (Speaker.article), so no page collects strangers under one description.
    UNNAMED = "unnamed", "unnamed source"


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


class Conflict(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")
    keywords = models.TextField(blank=True, help_text="One per line: words and phrases that tag a statement.")
    places = models.TextField(blank=True, help_text="One per line: place names that tag a statement.")
    description = models.TextField(blank=True)

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
    EXTRACTED = "extracted", "extracted"
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


def sample_bucket(id_column: str):
    """Statement.sample of the statement whose id is in `id_column` (a tag's statement_id too). 617 is
    prime to 1000, so consecutive ids (one article's statements) scatter over the buckets."""
    return models.F(id_column) * 617 % 1000


def sample_of(pk: int) -> int:
    """The same in Python, for ids already in hand (a search's)."""
    return pk * 617 % 1000


class StatementQuerySet(models.QuerySet):
    def public(self) -> StatementQuerySet:
        return self.exclude(status=ReviewStatus.REJECTED)

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
        speaker's filter (90 ms at 1M, against 2 ms for the list)."""
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
            # from the table, whose pages hold the texts: a speaker's 9,500 statements of a year at 1M
            # took 66-100 ms, from the index 16-18. Both keep (said_on, id) first after their key: a page
            # merging several speakers' statements (a country's) stops reading each at the page's size.
            models.Index(
                fields=["said_on", "id", "status", "speaker", "kind", "article", "sample"], name="statement_date_rows"
            ),
            models.Index(
                fields=["speaker", "said_on", "id", "status", "kind", "article", "sample"], name="statement_speaker_rows"
            ),
            models.Index(fields=["kind", "said_on"], name="statement_kind_said_on"),
            # Lists narrowed to one review status (the admin, the researcher's status filter), newest first.
            models.Index(fields=["status", "said_on", "id"], name="statement_status_said_on"),
            # The review queue: status=extracted in review order, read from the index page by page.
            models.Index(fields=["status", "review_priority", "confidence", "id"], name="statement_review_order"),
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

    def save(self, *args, **kwargs):
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
