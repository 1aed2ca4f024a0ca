"""Curators' decisions and their rules: review, edits, statements the extractor missed, speaker merges
and splits, conflict re-tagging.

Every function here changes rows in one transaction, records each change (statements.curation.history), marks
the fields a human decided (Statement.curated_fields, which re-extraction and re-tagging respect) and
queues the touched statements for the search index, which is brought up to date after commit. The
admin only displays and calls these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from statements.curation import history
from statements.extraction.conflicts import article_conflicts, conflict_matcher, statement_conflicts
from statements.extraction.types import ExtractionError
from statements.ingest.gazetteer_loader import gazetteer_from_db
from statements.ingest.store import SpeakerRegistry, extract_stored, store_separated_copy
from statements.models import (
    Article,
    Conflict,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    SpeakerRedirect,
    Statement,
    StatementOrigin,
    unique_slug,
)
from statements.search import queue_statements, schedule_index_update
from statements.text import normalise_name, paragraph_of, sentence_of

# The decisions a curator can take on a statement. Each edited model field belongs to one of them.
CURATED_FIELDS = ("status", "speaker", "text", "kind", "cue", "said_on", "conflicts")
DECISION_OF_FIELD = {
    "text": "text", "start": "text", "end": "text",
    "speaker": "speaker", "speaker_mention": "speaker",
    "kind": "kind", "cue": "cue", "said_on": "said_on", "conflicts": "conflicts", "status": "status",
}
CHUNK = 500  # statements per query in bulk changes: keeps IN (...) lists within every database's limits


class CurationError(ValueError):
    """A curation request that cannot be carried out; the message says why, in the curator's words."""


def is_curated(statement: Statement) -> bool:
    return statement.origin == StatementOrigin.CURATOR or bool(statement.curated_fields)


def decisions_for(changes: Iterable[str], *, status: str) -> set[str]:
    """The curated decisions implied by changing these fields. Approving vouches for everything the
    statement shows, so an approved statement has every field curated."""
    decisions = {DECISION_OF_FIELD[field] for field in changes if field in DECISION_OF_FIELD}
    if "status" in decisions and status == ReviewStatus.APPROVED:
        decisions.update(CURATED_FIELDS)
    return decisions


def with_decisions(curated: list[str], decisions: Iterable[str]) -> list[str]:
    return sorted(set(curated) | set(decisions))


# Text boundaries -------------------------------------------------------------------------------------

_QUOTES = "\"'“”„‟«»‘’‚‛`´"


def locate_text(body: str, text: str, *, near: int | None = None) -> tuple[int, int]:
    """Where `text` stands in `body`: the occurrence nearest to `near`. Typed text matches whatever the
    whitespace and the quote marks (straight or curly) in the body. CurationError when nowhere."""
    words = text.split()
    if not words:
        raise CurationError("The statement text is empty.")
    quote_class = "[" + re.escape(_QUOTES) + "]"
    parts = [re.sub(quote_class, quote_class.replace("\\", "\\\\"), re.escape(word)) for word in words]
    pattern = re.compile(r"\s+".join(parts))
    matches = [(m.start(), m.end()) for m in pattern.finditer(body)]
    if not matches:
        raise CurationError("This text does not occur in the article; copy it from the article as it stands.")
    if near is None:
        return matches[0]
    return min(matches, key=lambda span: abs(span[0] - near))


def resolve_span(body: str, *, text: str | None, start: int | None, end: int | None) -> tuple[str, int, int]:
    """The (text, start, end) of a statement in `body`. Offsets that hold the text win; else the text is
    found (nearest the offsets given); with no text, the offsets define it."""
    if start is not None and end is not None and not 0 <= start < end <= len(body):
        if not text:
            raise CurationError(f"The offsets {start}–{end} are outside the article (0–{len(body)}).")
        start = end = None
    if text:
        if start is not None and body[start:end] == text:
            return text, start, end
        start, end = locate_text(body, text, near=start)
        return body[start:end], start, end
    if start is None or end is None:
        raise CurationError("Give the statement's text, or select it in the article.")
    return body[start:end], start, end


# One statement edited in a form ----------------------------------------------------------------------

def record_edit(statement: Statement, before: dict, *, user) -> history.ChangeRecord | None:
    """After a curator saved `statement` (fields and conflicts): mark what they decided, record it."""
    after = history.statement_states([statement.pk])[statement.pk]
    changes = history.changed_fields(before, after)
    if not changes:
        return None
    curated = with_decisions(statement.curated_fields, decisions_for(changes, status=statement.status))
    if curated != statement.curated_fields:
        statement.curated_fields = curated
        Statement.objects.filter(pk=statement.pk).update(curated_fields=curated)
    return history.record(statement, _action_for(changes, after), user=user, before=before, after=after)


def prepare_added_statement(statement: Statement) -> None:
    """A statement a curator adds: every field is theirs, so re-extraction keeps it as it is."""
    statement.origin = StatementOrigin.CURATOR
    statement.curated_fields = list(CURATED_FIELDS)
    statement.paragraph = paragraph_of(statement.article.body, statement.start, statement.end)
    statement.sentence = sentence_of(statement.article.body, statement.start, statement.end)
    if statement.said_on is None:
        statement.said_on = statement.article.published_on


def record_addition(statement: Statement, *, user) -> None:
    after = history.statement_states([statement.pk])[statement.pk]
    history.record(statement, history.ADDED, user=user, after=after, always=True)


def _action_for(changes: dict, after: dict) -> str:
    if "status" in changes and after["status"] == ReviewStatus.APPROVED:
        return history.APPROVED
    if "status" in changes and after["status"] == ReviewStatus.REJECTED:
        return history.REJECTED
    return history.EDITED


# Many statements at once -----------------------------------------------------------------------------

@dataclass(frozen=True)
class BulkOutcome:
    selected: int
    changed: int


def approve(statements: QuerySet[Statement], *, user) -> BulkOutcome:
    return set_status(statements, ReviewStatus.APPROVED, user=user)


def reject(statements: QuerySet[Statement], *, user) -> BulkOutcome:
    return set_status(statements, ReviewStatus.REJECTED, user=user)


def set_status(statements: QuerySet[Statement], status: str, *, user) -> BulkOutcome:
    def apply(rows: QuerySet[Statement]) -> None:
        rows.exclude(status=status).update(status=status, updated_at=timezone.now())

    return change_statements(statements, apply, user=user)


KEEP = object()  # "leave this field as it is" in edit_statements


def edit_statements(
    statements: QuerySet[Statement], *, user, speaker=KEEP, kind: str | None = None,
    said_on: date | None = None, add_conflicts: Iterable[Conflict] = (), remove_conflicts: Iterable[Conflict] = (),
) -> BulkOutcome:
    """Set the speaker (None: unattributed), kind or date of every statement, add or remove conflicts."""
    values = {}
    if speaker is not KEEP:
        values["speaker"] = speaker
    if kind:
        values["kind"] = kind
    if said_on:
        values["said_on"] = said_on
    added = [c.pk for c in add_conflicts]
    removed = [c.pk for c in remove_conflicts]
    through = Statement.conflicts.through

    def apply(rows: QuerySet[Statement]) -> None:
        ids = list(rows.values_list("pk", flat=True))
        if values:
            rows.update(**values, updated_at=timezone.now())
        if removed:
            through.objects.filter(statement_id__in=ids, conflict_id__in=removed).delete()
        if added:
            through.objects.bulk_create(
                [through(statement_id=s, conflict_id=c) for s in ids for c in added], ignore_conflicts=True
            )

    return change_statements(statements, apply, user=user)


def change_statements(
    statements: QuerySet[Statement] | Iterable[int], apply: Callable[[QuerySet[Statement]], None], *, user,
    action: str | None = None, note: str = "", curate: bool = True,
) -> BulkOutcome:
    """Apply a bulk change chunk by chunk in one transaction: bulk queries (no per-row signals), so
    this function records, marks curated and queues for the index itself."""
    ids = sorted(statements.values_list("pk", flat=True) if isinstance(statements, QuerySet) else statements)
    changed = 0
    with transaction.atomic():
        for offset in range(0, len(ids), CHUNK):
            chunk = ids[offset : offset + CHUNK]
            changed += _change_chunk(chunk, apply, user=user, action=action, note=note, curate=curate)
        queue_statements(ids)
        schedule_index_update()
    return BulkOutcome(selected=len(ids), changed=changed)


def _change_chunk(ids: list[int], apply, *, user, action: str | None, note: str, curate: bool) -> int:
    before = history.statement_states(ids)
    apply(Statement.objects.filter(pk__in=ids))
    Statement.objects.filter(pk__in=ids).refresh_review_priority()  # apply() may have changed the speaker
    after = history.statement_states(ids)
    records, touched = [], []
    for statement in Statement.objects.filter(pk__in=ids).only("id", "text", "status", "curated_fields"):
        changes = history.changed_fields(before[statement.pk], after[statement.pk])
        if not changes:
            continue
        if curate:
            statement.curated_fields = with_decisions(
                statement.curated_fields, decisions_for(changes, status=after[statement.pk]["status"])
            )
            touched.append(statement)
        records.append(
            history.change_record(
                statement, action or _action_for(changes, after[statement.pk]), user=user,
                before=before[statement.pk], after=after[statement.pk], note=note,
            )
        )
    Statement.objects.bulk_update(touched, ["curated_fields"])
    history.save_records(records)
    return len(records)


# Speakers --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MergeOutcome:
    statements: int
    aliases: int
    roles: int


@transaction.atomic
def merge_speakers(source: Speaker, target: Speaker, *, user) -> MergeOutcome:
    """Fold `source` into `target`: its statements, aliases (its name among them) and roles move, its
    slug and old slugs keep resolving to `target`, and `source` is deleted."""
    if source.pk == target.pk:
        raise CurationError("A speaker cannot be merged into itself.")
    note = f"{source.name} ({source.slug}) merged into {target.name} ({target.slug})"

    def move(rows: QuerySet[Statement]) -> None:
        rows.update(speaker=target, updated_at=timezone.now())

    # Not a decision about each statement's speaker: re-extraction finds `target` through the moved
    # aliases and the redirect, so the speaker field stays extraction's.
    moved = change_statements(
        source.statements.all(), move, user=user, action=history.MERGED, note=note, curate=False
    )
    aliases = _move_aliases(source, target)
    roles = _move_roles(source, target)
    _redirect_slugs(source, target)
    before = _speaker_state(target)
    target.country = target.country or source.country
    target.description = target.description or source.description
    target.from_gazetteer = target.from_gazetteer or source.from_gazetteer
    target.save()
    target.statements.refresh_review_priority()  # from_gazetteer may have changed
    history.record(target, history.MERGED, user=user, before=before, after=_speaker_state(target), note=note,
                   always=True)
    history.record(source, history.MERGED, user=user, before=_speaker_state(source), note=note, always=True)
    source.delete()
    # The index holds a speaker's aliases with each statement: all of the target's statements change.
    queue_statements(target.statements.values_list("pk", flat=True))
    schedule_index_update()
    return MergeOutcome(statements=moved.selected, aliases=aliases, roles=roles)


def _move_aliases(source: Speaker, target: Speaker) -> int:
    """Move `source`'s aliases, its name among them, to `target` (those it has already go); how many moved."""
    known = set(target.aliases.values_list("normalised", flat=True))
    aliases = 0
    for alias in source.aliases.all():
        if alias.normalised in known:
            alias.delete()
            continue
        alias.speaker = target
        alias.save()
        known.add(alias.normalised)
        aliases += 1
    if normalise_name(source.name) not in known:
        SpeakerAlias.objects.create(speaker=target, name=source.name)
        aliases += 1
    return aliases


def _move_roles(source: Speaker, target: Speaker) -> int:
    """Move `source`'s roles that `target` does not hold (same title and dates) to it; how many moved."""
    roles = 0
    held = set(target.roles.values_list("title", "started_on", "ended_on"))
    for role in source.roles.all():
        if (role.title, role.started_on, role.ended_on) in held:
            continue
        role.speaker = target
        role.save()
        roles += 1
    return roles


def _redirect_slugs(source: Speaker, target: Speaker) -> None:
    """`source`'s slug and the old slugs that led to it resolve to `target` from now on."""
    SpeakerRedirect.objects.filter(speaker=source).update(speaker=target)
    SpeakerRedirect.objects.filter(old_slug=source.slug).delete()
    SpeakerRedirect.objects.create(old_slug=source.slug, speaker=target)


@transaction.atomic
def split_alias(alias: SpeakerAlias, *, user, name: str = "") -> Speaker:
    """Make `alias` a speaker of its own; the statements that named the speaker by it go with it."""
    source = alias.speaker
    name = (name or alias.name).strip()
    if normalise_name(alias.name) == normalise_name(source.name):
        raise CurationError(f"“{alias.name}” is the name of {source.name}; rename the speaker instead.")
    speaker = Speaker.objects.create(
        name=name, slug=unique_slug(Speaker, name), kind=source.kind, country=source.country
    )
    alias.speaker = speaker
    alias.save()
    if normalise_name(name) != alias.normalised:
        SpeakerAlias.objects.create(speaker=speaker, name=name)
    named = [
        pk for pk, mention in source.statements.values_list("pk", "speaker_mention")
        if mention and normalise_name(mention) == alias.normalised
    ]
    note = f"“{alias.name}” split off {source.name} ({source.slug}) as {speaker.name} ({speaker.slug})"

    def move(rows: QuerySet[Statement]) -> None:
        rows.update(speaker=speaker, updated_at=timezone.now())

    change_statements(named, move, user=user, action=history.SPLIT, note=note)
    history.record(speaker, history.SPLIT, user=user, after=_speaker_state(speaker), note=note, always=True)
    history.record(source, history.SPLIT, user=user, note=note, always=True)
    queue_statements(source.statements.values_list("pk", flat=True))  # its aliases changed
    schedule_index_update()
    return speaker


def _speaker_state(speaker: Speaker) -> dict:
    return {
        "name": speaker.name, "slug": speaker.slug, "country": speaker.country,
        "description": speaker.description, "aliases": sorted(speaker.aliases.values_list("name", flat=True)),
    }


# Syndicated copies -----------------------------------------------------------------------------------

def separate_copy(article: Article, *, user) -> int:
    """A curator's "not a copy": the article grouped as a syndicated copy of another becomes an original of
    its own, its statements extracted and stored (and indexed). Returns how many."""
    if article.copy_of_id is None:
        raise CurationError(f"“{article}” is not grouped as a copy of another article.")
    original = article.copy_of_id
    try:
        extracted = extract_stored(article)
    except ExtractionError as error:
        raise CurationError(f"Its text could not be extracted again ({error}); it stays a copy.") from None
    with transaction.atomic():
        count = store_separated_copy(article, extracted, SpeakerRegistry())
        history.record(
            article, history.SEPARATED, user=user, before={"copy_of": original}, after={"copy_of": None}, always=True,
            note=f"not a copy of article {original}: {count} statements of its own",
        )
        schedule_index_update()
    return count


# Conflicts -------------------------------------------------------------------------------------------

def statements_affected_by(conflicts: Iterable[Conflict]) -> QuerySet[Statement]:
    """Statements a change to these conflicts may re-tag: those tagged with them, and those in articles
    that mention one of their keywords or places."""
    conflicts = list(conflicts)
    mentions = Q()
    for conflict in conflicts:
        for term in (*conflict.keyword_list(), *conflict.place_list(), conflict.name):
            mentions |= Q(article__body__icontains=term) | Q(article__title__icontains=term)
    return Statement.objects.filter(Q(conflicts__in=conflicts) | mentions).distinct()


def retag_conflicts(statements: QuerySet[Statement], *, user=None) -> BulkOutcome:
    """Tag statements again from today's conflict keywords and places, by extraction's own rule;
    conflicts a curator set are left as they are."""
    gazetteer = gazetteer_from_db()
    matcher = conflict_matcher(gazetteer)
    slug_ids = dict(Conflict.objects.values_list("slug", "id"))
    topics: dict[int, tuple[str, ...]] = {}
    through = Statement.conflicts.through

    def apply(rows: QuerySet[Statement]) -> None:
        rows = [
            (pk, text, paragraph, article)
            for pk, text, paragraph, article, origin, curated in rows.values_list(
                "pk", "text", "paragraph", "article_id", "origin", "curated_fields"
            )
            if origin != StatementOrigin.CURATOR and "conflicts" not in curated
        ]
        for article_id, title, body in Article.objects.filter(
            pk__in={row[3] for row in rows} - topics.keys()
        ).values_list("pk", "title", "body"):
            topics[article_id] = article_conflicts(matcher, title, body)
        wanted = {
            pk: {slug_ids[s] for s in statement_conflicts(matcher, text, matcher.tags(paragraph), topics[article])}
            for pk, text, paragraph, article in rows
        }
        current: dict[int, set[int]] = {pk: set() for pk in wanted}
        for statement_id, conflict_id in through.objects.filter(statement_id__in=wanted).values_list(
            "statement_id", "conflict_id"
        ):
            current[statement_id].add(conflict_id)
        for pk, conflict_ids in wanted.items():
            if conflict_ids != current[pk]:
                through.objects.filter(statement_id=pk).exclude(conflict_id__in=conflict_ids).delete()
                through.objects.bulk_create(
                    [through(statement_id=pk, conflict_id=c) for c in conflict_ids - current[pk]]
                )

    return change_statements(statements, apply, user=user, action=history.RETAGGED, curate=False)

