"""The change history of curated rows: each change with who made it, when, and every changed field
before and after; and a statement's history read back for its public page.

States are plain JSON values (a speaker by name, conflicts by name), so a record stays readable after
the speaker is merged away or the statement is removed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models

from statements.models import ChangeRecord, ReviewStatus, Statement

EDITED = "edited"
APPROVED = "approved"
REJECTED = "rejected"
ADDED = "added"
REMOVED = "removed"
REEXTRACTED = "re-extracted"
RETAGGED = "re-tagged"
MERGED = "merged"
SPLIT = "split"
SEPARATED = "separated"  # an article grouped as a syndicated copy, made an original by a curator
ACTIONS = (EDITED, APPROVED, REJECTED, ADDED, REMOVED, REEXTRACTED, RETAGGED, MERGED, SPLIT, SEPARATED)

# What the public page shows of a statement's changes, and the words it uses for each field.
PUBLIC_FIELDS = {
    "text": "text",
    "speaker": "speaker",
    "kind": "kind",
    "said_on": "date said",
    "conflicts": "conflicts",
    "status": "review status",
}
ACTION_WORDS = {
    EDITED: "corrected",
    APPROVED: "approved",
    REJECTED: "rejected",
    ADDED: "added by a curator",
    REEXTRACTED: "updated by re-extraction",
    RETAGGED: "conflicts re-tagged",
    MERGED: "speaker merged",
    SPLIT: "speaker split",
}

# Changes that follow a rule rather than a curator's judgement of this statement.
AUTOMATIC = (REEXTRACTED, RETAGGED, REMOVED)
# A statement is "corrected" when a curator changed what the public sees of it beyond its review status
# (or added it): the researcher's status=corrected.
CORRECTED_FIELDS = [key for key in PUBLIC_FIELDS if key != "status"]

# The article is recorded too (it never changes, so only a removal's record holds it): the page of a
# removed statement links to the article it stood in.
_STATE_COLUMNS = (
    "id", "article_id", "text", "start", "end", "speaker__name", "speaker_mention", "kind", "cue", "said_on", "status",
)


def statement_states(statement_ids: Iterable[int]) -> dict[int, dict]:
    """The recorded state of each statement, read from the database in two queries."""
    ids = list(statement_ids)
    if not ids:
        return {}
    conflicts: dict[int, list[str]] = defaultdict(list)
    through = Statement.conflicts.through.objects.filter(statement_id__in=ids)
    for statement_id, name in through.values_list("statement_id", "conflict__name").order_by("conflict__name"):
        conflicts[statement_id].append(name)
    states = {}
    for row in Statement.objects.filter(id__in=ids).values_list(*_STATE_COLUMNS):
        values = dict(zip(_STATE_COLUMNS, row))
        statement_id = values.pop("id")
        values["speaker"] = values.pop("speaker__name")
        values["said_on"] = values["said_on"].isoformat() if values["said_on"] else None
        values["conflicts"] = conflicts[statement_id]
        states[statement_id] = values
    return states


def changed_fields(before: dict, after: dict) -> dict[str, list]:
    return {key: [before.get(key), after.get(key)] for key in after.keys() | before.keys()
            if before.get(key) != after.get(key)}


def change_record(
    obj: models.Model, action: str, *, user=None, before: dict | None = None, after: dict | None = None,
    note: str = "", always: bool = False,
) -> ChangeRecord | None:
    """An unsaved record of `obj` changing from `before` to `after`; None when nothing changed (unless
    `always`: an addition, removal or merge is worth recording even with no field to show)."""
    changes = changed_fields(before or {}, after or {})
    if not changes and not always:
        return None
    return ChangeRecord(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=obj.pk,
        object_repr=str(obj)[:200],
        user=user if user is not None and user.is_authenticated else None,
        username=user.get_username() if user is not None and user.is_authenticated else "",
        action=action,
        changes=changes,
        note=note[:300],
    )


def record(obj: models.Model, action: str, **kwargs) -> ChangeRecord | None:
    entry = change_record(obj, action, **kwargs)
    if entry is not None:
        entry.save()
    return entry


def save_records(entries: Iterable[ChangeRecord | None]) -> int:
    saved = ChangeRecord.objects.bulk_create([entry for entry in entries if entry is not None], batch_size=500)
    return len(saved)


def corrected_statement_ids() -> models.QuerySet:
    """The ids of the statements a curator corrected, as a subquery (values of object_id)."""
    return (
        ChangeRecord.objects.filter(
            content_type=ContentType.objects.get_for_model(Statement), changes__has_any_keys=CORRECTED_FIELDS
        )
        .exclude(action__in=AUTOMATIC)
        .values("object_id")
    )


def records_of(obj: models.Model):
    return records_of_id(type(obj), obj.pk).select_related("user")


@dataclass(frozen=True)
class FieldChange:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class PublicChange:
    at: datetime
    by: str
    what: str
    fields: list[FieldChange]
    note: str


def public_history(statement: Statement) -> list[PublicChange]:
    """The statement's corrections as the public page shows them, oldest first: fields the public sees,
    made by a curator (named by full name, never by account name) or by re-extraction."""
    entries = []
    for entry in records_of(statement).order_by("at", "id"):
        fields = [
            FieldChange(label, _shown_field(key, entry.changes[key][0]), _shown_field(key, entry.changes[key][1]))
            for key, label in PUBLIC_FIELDS.items()
            if key in entry.changes
        ]
        if not fields and entry.action != ADDED:
            continue
        entries.append(
            PublicChange(
                at=entry.at,
                by=_who(entry),
                what=ACTION_WORDS.get(entry.action, entry.action),
                fields=fields,
                note=entry.note,
            )
        )
    return entries


def _who(entry: ChangeRecord) -> str:
    if entry.user is not None:
        return entry.user.get_full_name() or "a curator"
    return "a curator" if entry.username else "the archive"


def _shown_field(key: str, value) -> str:
    if key == "status" and value in ReviewStatus.values:
        return ReviewStatus(value).label  # the status's word, not its stored value
    return _shown(value)


def _shown(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


@dataclass(frozen=True)
class Withdrawal:
    """Why a statement's page no longer shows it: rejected by a curator, or removed by re-extraction."""

    at: datetime | None
    by: str
    why: str
    article_id: int | None
    text: str = ""  # a removed statement's last words (what its page showed), to find them again


def withdrawal_of(statement: Statement) -> Withdrawal:
    """When, by whom and why a rejected statement was withdrawn: the latest change of its public history
    that set its status to rejected (none recorded: an older rejection, said without a date)."""
    rejected = ReviewStatus.REJECTED.label
    for change in reversed(public_history(statement)):
        if any(field.label == PUBLIC_FIELDS["status"] and field.after == rejected for field in change.fields):
            return Withdrawal(change.at, change.by, change.note, statement.article_id)
    return Withdrawal(None, "a curator", "", statement.article_id)


def removal_of(statement_id: int) -> Withdrawal | None:
    """The removal of a statement that no longer exists, from its history; None if none is recorded."""
    entry = (
        records_of_id(Statement, statement_id).filter(action=REMOVED).select_related("user").order_by("-at", "-id").first()
    )
    if entry is None:
        return None
    before = {key: values[0] for key, values in entry.changes.items()}
    return Withdrawal(entry.at, _who(entry), entry.note, before.get("article_id"), before.get("text") or "")


def records_of_id(model: type[models.Model], object_id: int):
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
    return ChangeRecord.objects.filter(content_type=content_type, object_id=object_id)
