"""Re-extraction of stored articles that keeps every human decision.

The article's raw text goes through today's extraction again (with today's gazetteer). New spans are
matched to the stored statements by overlap; a matched statement takes the new values of the fields no
curator decided (Statement.curated_fields) and keeps the others; statements a curator added or decided
on stay even when extraction no longer finds them; new spans become new statements; uncurated statements
that no longer come out are removed, and the removal is recorded in the history. One transaction per
article; every touched statement is queued for the index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet

from statements.curation import history
from statements.curation.decisions import CURATED_FIELDS, is_curated
from statements.text import paragraph_of, sentence_of
from statements.extraction.types import ExtractedArticle, ExtractionError, Gazetteer
from statements.ingest.gazetteer_loader import gazetteer_from_db
from statements.ingest.store import SpeakerRegistry, extract_stored, statement_from_extraction
from statements.ingest.syndication import store_bands
from statements.models import Article, Conflict, Statement, StatementOrigin
from statements.search import process_index_queue, queue_statements, schedule_index_update

# A new span and a stored statement are the same statement when they overlap on at least this share of
# the shorter one: a curator who widened a quote's boundaries must not get the extractor's version back
# beside it.
MIN_OVERLAP = 0.5

# The fields each curated decision protects; confidence always follows extraction.
PROTECTED = {
    "text": ("text", "start", "end", "paragraph", "sentence", "fingerprint"),
    "speaker": ("speaker", "speaker_mention"),
    "kind": ("kind",),
    "cue": ("cue",),
    "said_on": ("said_on",),
}


@dataclass(frozen=True)
class ReextractOutcome:
    article_id: int
    status: str  # done / failed / skipped
    unchanged: int = 0
    updated: int = 0
    added: int = 0
    removed: int = 0
    kept_curated: int = 0  # curated statements extraction no longer finds, kept as they are
    reason: str = ""

    def summary(self) -> str:
        if self.status != "done":
            return f"article {self.article_id}: {self.status} ({self.reason})"
        return (
            f"article {self.article_id}: {self.unchanged} unchanged, {self.updated} updated, {self.added} added, "
            f"{self.removed} removed, {self.kept_curated} curated kept"
        )


def reextract_articles(articles: QuerySet[Article], *, user=None) -> Iterator[ReextractOutcome]:
    """Re-extract each article in its own transaction; the index is brought fully up to date at the end."""
    gazetteer = gazetteer_from_db()
    registry = SpeakerRegistry()
    try:
        for article_id in articles.order_by("pk").values_list("pk", flat=True):
            article = Article.objects.select_related("outlet").get(pk=article_id)
            yield reextract_article(article, user=user, gazetteer=gazetteer, registry=registry)
    finally:
        process_index_queue(wait=True)


def reextract_article(
    article: Article, *, user=None, gazetteer: Gazetteer | None = None, registry: SpeakerRegistry | None = None
) -> ReextractOutcome:
    if article.copy_of_id is not None:
        return ReextractOutcome(article.pk, "skipped", reason=(
            f"a syndicated copy of article {article.copy_of_id}: its statements are the original's"
        ))
    try:
        extracted = extract_stored(article, gazetteer)
    except ExtractionError as error:
        return ReextractOutcome(article.pk, "failed", reason=str(error))
    with transaction.atomic():
        outcome = _merge(article, extracted, registry or SpeakerRegistry(), user)
        schedule_index_update()
    return outcome


def match_spans(old: list[tuple[int, int]], new: list[tuple[int, int]]) -> dict[int, int]:
    """Pairs of (index into new, index into old), one to one, best overlapping pairs first."""
    candidates = []
    for i, (new_start, new_end) in enumerate(new):
        for j, (old_start, old_end) in enumerate(old):
            overlap = min(new_end, old_end) - max(new_start, old_start)
            shorter = min(new_end - new_start, old_end - old_start)
            if overlap <= 0 or overlap < MIN_OVERLAP * shorter:
                continue
            exact = (new_start, new_end) == (old_start, old_end)
            candidates.append((not exact, -overlap / max(new_end - new_start, old_end - old_start), i, j))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for *_, i, j in sorted(candidates):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def _merge(article: Article, extracted: ExtractedArticle, registry: SpeakerRegistry, user) -> ReextractOutcome:
    stored = list(article.statements.prefetch_related("conflicts").order_by("start", "end"))
    moved = extracted.body != article.body
    if moved:
        lost = _move_to_new_body(article, stored, extracted.body)
        if lost:
            return ReextractOutcome(
                article.pk, "skipped",
                reason=f"the cleaned text changed and curated statement {lost.pk} is no longer in it; nothing changed",
            )
    placed = [s for s in stored if s.start is not None]
    pairs = match_spans([(s.start, s.end) for s in placed], [(f.start, f.end) for f in extracted.statements])
    conflicts = {c.slug: c for c in Conflict.objects.all()}
    matched = {placed[j].pk for j in pairs.values()}
    merge = _ArticleMerge(article, user, moved=moved, before=history.statement_states(s.pk for s in stored))
    for statement in stored:
        if statement.pk not in matched:
            merge.no_longer_found(statement)
    new_rows, new_tags = [], []
    for i, found in enumerate(extracted.statements):
        fresh = statement_from_extraction(article, extracted, found, registry)
        tags = [conflicts[slug] for slug in found.conflicts if slug in conflicts]
        if i in pairs:
            merge.found_again(placed[pairs[i]], fresh, tags)
        else:
            new_rows.append(fresh)
            new_tags.append(tags)
    _create_tagged(new_rows, new_tags)
    history.save_records(merge.records)
    queue_statements([*merge.touched, *(row.pk for row in new_rows)])
    return merge.outcome(added=len(new_rows))


class _ArticleMerge:
    """One article's stored statements being merged with what extraction finds now: the history records
    and the statements to queue it gathers, and its counts."""

    def __init__(self, article: Article, user, *, moved: bool, before: dict[int, dict]):
        self.article, self.user, self.moved, self.before = article, user, moved, before
        self.records: list = []
        self.touched: list[int] = []
        self.unchanged = self.updated = self.removed = self.kept_curated = 0

    def no_longer_found(self, statement: Statement) -> None:
        """A curated statement stays (framed anew if the body moved or it has no sentence); any other is
        removed, and the removal recorded."""
        if is_curated(statement):
            self.kept_curated += 1
            if self.moved or not statement.sentence:
                body = self.article.body
                statement.sentence = statement.sentence or sentence_of(body, statement.start, statement.end)
                statement.save()
                self.touched.append(statement.pk)
            return
        self.records.append(history.change_record(
            statement, history.REMOVED, user=self.user, before=self.before[statement.pk], always=True,
            note="no longer found by extraction",
        ))
        self.touched.append(statement.pk)
        statement.delete()
        self.removed += 1

    def found_again(self, statement: Statement, fresh: Statement, tags: list[Conflict]) -> None:
        """The stored statement takes the new values of the fields no curator decided."""
        _take_uncurated(statement, fresh, tags, moved=self.moved)
        after = history.statement_states([statement.pk])[statement.pk]
        entry = history.change_record(
            statement, history.REEXTRACTED, user=self.user, before=self.before[statement.pk], after=after
        )
        if entry is None:
            self.unchanged += 1
            return
        self.records.append(entry)
        self.touched.append(statement.pk)
        self.updated += 1

    def outcome(self, *, added: int) -> ReextractOutcome:
        return ReextractOutcome(
            self.article.pk, "done", unchanged=self.unchanged, updated=self.updated, added=added,
            removed=self.removed, kept_curated=self.kept_curated,
        )


def _create_tagged(rows: list[Statement], tags: list[list[Conflict]]) -> None:
    """New statements and their conflicts, in two bulk queries."""
    Statement.objects.bulk_create(rows)
    through = Statement.conflicts.through
    through.objects.bulk_create(
        through(statement_id=row.pk, conflict_id=c.pk) for row, row_tags in zip(rows, tags) for c in row_tags
    )


def _take_uncurated(statement: Statement, fresh: Statement, tags: list[Conflict], *, moved: bool) -> None:
    curated = set(CURATED_FIELDS if statement.origin == StatementOrigin.CURATOR else statement.curated_fields)
    fields = [field for decision, names in PROTECTED.items() if decision not in curated for field in names]
    fields.append("confidence")
    # The speaker is compared by id: the resolver may hand back another instance of the same row.
    fields = ["speaker_id" if field == "speaker" else field for field in fields]
    changed = any(getattr(statement, field) != getattr(fresh, field) for field in fields) or moved
    for field in fields if changed else ():
        setattr(statement, field, getattr(fresh, field))
    if not statement.sentence:  # stored before statements had one, its span a curator's: framed from the body
        statement.sentence = sentence_of(statement.article.body, statement.start, statement.end)
        changed = True
    if changed:
        statement.save()
    if "conflicts" not in curated and {c.pk for c in statement.conflicts.all()} != {c.pk for c in tags}:
        statement.conflicts.set(tags)


def _move_to_new_body(article: Article, stored: list[Statement], body: str) -> Statement | None:
    """Move the statements' offsets into the re-cleaned `body` by finding their text there, nearest to
    where it stood. Returns a curated statement that cannot be found (then nothing is changed); an
    uncurated one that cannot be found is left without a place and removed as no longer extracted."""
    scale = len(body) / max(len(article.body), 1)
    places = {}
    for statement in stored:
        found = [m.start() for m in re.finditer(re.escape(statement.text), body)]
        if not found and is_curated(statement):
            return statement
        places[statement.pk] = min(found, key=lambda at: abs(at - statement.start * scale)) if found else None
    article.body = body
    article.save(update_fields=["body"])
    store_bands(article)  # copies are found by the text as it now stands
    for statement in stored:
        at = places[statement.pk]
        if at is None:
            statement.start = statement.end = None
            continue
        statement.start, statement.end = at, at + len(statement.text)
        statement.paragraph = paragraph_of(body, statement.start, statement.end)
        statement.sentence = sentence_of(body, statement.start, statement.end)
    return None
