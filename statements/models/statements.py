"""Who said what, when, about which conflict: statements, their review priority and sample bucket, and the
querysets that read them."""

from __future__ import annotations

import hashlib

from django.db import models
from django.db.models import Q
from django.urls import reverse

from statements.models.articles import Article
from statements.models.base import ReviewStatus
from statements.models.conflicts import Conflict
from statements.models.speakers import Speaker
from statements.text import normalise_name, sentence_of


class StatementKind(models.TextChoices):
    DIRECT = "direct", "direct quote"
    INDIRECT = "indirect", "reported speech"
    MIXED = "mixed", "mixed"


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
