"""What the search index holds for each public statement, read from the database.

Backend-neutral: every backend indexes these fields, and `content_hash` lets verify_index tell a
stale entry from a current one without comparing field by field.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from statements.models import SpeakerAlias, Statement

# Bump when the indexed fields or how a backend analyses them change: every entry then reads as stale,
# and verify_index --fix (or reindex) brings the index up to date.
DOCUMENT_VERSION = 2  # 2: the speaker's country, for the country filter of search_page


@dataclass(frozen=True)
class IndexedDocument:
    id: int
    text: str
    speaker_names: tuple[str, ...]  # canonical name first, then the aliases
    speaker_slug: str
    country: str  # the speaker's
    title: str
    outlet: str
    conflicts: tuple[str, ...]  # slugs
    kind: str
    said_on: date | None
    status: str

    def content_hash(self) -> str:
        payload = [
            DOCUMENT_VERSION, self.id, self.text, list(self.speaker_names), self.speaker_slug, self.country, self.title,
            self.outlet, list(self.conflicts), self.kind, self.said_on.isoformat() if self.said_on else None,
            self.status,
        ]
        encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        return hashlib.sha1(encoded).hexdigest()


_COLUMNS = (
    "id", "text", "kind", "said_on", "status", "speaker_id", "speaker__name", "speaker__slug",
    "speaker__country", "article__title", "article__outlet__slug",
)


def documents_for(statement_ids: Iterable[int]) -> list[IndexedDocument]:
    """Documents for those of `statement_ids` that are public; the others belong nowhere in the index."""
    ids = list(statement_ids)
    if not ids:
        return []
    return _documents(Statement.objects.public().filter(id__in=ids).order_by("id"))


def iter_public_documents(*, chunk_size: int = 2000) -> Iterator[IndexedDocument]:
    """Every public statement's document, in id order; keyset chunks keep memory flat at any archive size."""
    after = 0
    while True:
        chunk = _documents(Statement.objects.public().filter(id__gt=after).order_by("id")[:chunk_size])
        if not chunk:
            return
        yield from chunk
        after = chunk[-1].id


def _documents(statements: QuerySet[Statement]) -> list[IndexedDocument]:
    # Plain values and two side queries instead of model instances: the article body and raw text are
    # large and not indexed, and this runs for every batch the indexer drains.
    rows = list(statements.values_list(*_COLUMNS))
    if not rows:
        return []
    ids = [row[0] for row in rows]
    conflicts: dict[int, list[str]] = defaultdict(list)
    through = Statement.conflicts.through.objects.filter(statement_id__in=ids)
    for statement_id, slug in through.values_list("statement_id", "conflict__slug"):
        conflicts[statement_id].append(slug)
    aliases: dict[int, set[str]] = defaultdict(set)
    speaker_ids = {row[5] for row in rows if row[5] is not None}
    for speaker_id, name in SpeakerAlias.objects.filter(speaker_id__in=speaker_ids).values_list("speaker_id", "name"):
        aliases[speaker_id].add(name)
    documents = []
    for id_, text, kind, said_on, status, speaker_id, speaker_name, speaker_slug, country, title, outlet in rows:
        names = (speaker_name, *sorted(aliases[speaker_id] - {speaker_name})) if speaker_id else ()
        documents.append(
            IndexedDocument(
                id=id_, text=text, speaker_names=names, speaker_slug=speaker_slug or "",
                country=country or "", title=title,
                outlet=outlet or "", conflicts=tuple(sorted(conflicts[id_])), kind=kind, said_on=said_on,
                status=status,
            )
        )
    return documents
