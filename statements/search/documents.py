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

from statements.models import Conflict, SpeakerAlias, SpeakerRole, Statement

# Bump when the indexed fields or how a backend analyses them change: every entry then reads as stale,
# and verify_index --fix (or reindex) brings the index up to date.
DOCUMENT_VERSION = 3  # 2: the speaker's country, for the country filter of search_page; 3: context fields


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
    # Context: what finds a statement by what it is about when its own words do not say it (a statement
    # holds only what was said). Every backend indexes these below the statement's own words.
    speaker_roles: tuple[str, ...] = ()  # the speaker's role titles, any date
    paragraph: str = ""  # the rest of the paragraph the statement stands in (its own words left out)
    about: tuple[str, ...] = ()  # its conflicts' names, keywords (aliases) and places

    @property
    def speaker_words(self) -> str:
        """The speaker's names, then roles, one a line: what the speaker field of every backend holds."""
        return "\n".join((*self.speaker_names, *self.speaker_roles))

    @property
    def context(self) -> str:
        """Paragraph, then conflicts' names, aliases and places, one a line: every backend's context field."""
        return "\n".join((self.paragraph, *self.about)) if self.paragraph or self.about else ""

    def content_hash(self) -> str:
        payload = [
            DOCUMENT_VERSION, self.id, self.text, list(self.speaker_names), self.speaker_slug, self.country, self.title,
            self.outlet, list(self.conflicts), self.kind, self.said_on.isoformat() if self.said_on else None,
            self.status, list(self.speaker_roles), self.paragraph, list(self.about),
        ]
        encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        return hashlib.sha1(encoded).hexdigest()


_COLUMNS = (
    "id", "text", "kind", "said_on", "status", "speaker_id", "speaker__name", "speaker__slug",
    "speaker__country", "article__title", "article__outlet__slug", "paragraph",
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


def surroundings(text: str, paragraph: str) -> str:
    """The paragraph without the statement's own words: what the text field already holds is not indexed
    again as context, so a word of the statement matches it once, at its own weight. (Indexed twice, each
    of its words matched in two fields; on Whoosh that doubled what a search of a common word scores.)"""
    return paragraph.replace(text, " \u2026 ") if text else paragraph


def _documents(statements: QuerySet[Statement]) -> list[IndexedDocument]:
    # Plain values and two side queries instead of model instances: the article body and raw text are
    # large and not indexed, and this runs for every batch the indexer drains.
    rows = list(statements.values_list(*_COLUMNS))
    if not rows:
        return []
    ids = [row[0] for row in rows]
    conflicts: dict[int, list[int]] = defaultdict(list)
    through = Statement.conflicts.through.objects.filter(statement_id__in=ids)
    for statement_id, conflict_id in through.values_list("statement_id", "conflict_id"):
        conflicts[statement_id].append(conflict_id)
    # A few dozen conflicts and a few thousand speakers: their words are read once per batch, by id.
    conflict_terms = {
        conflict.pk: (conflict.slug, (conflict.name, *conflict.keyword_list(), *conflict.place_list()))
        for conflict in Conflict.objects.filter(pk__in={c for cs in conflicts.values() for c in cs})
        .only("slug", "name", "keywords", "places")
    }
    aliases: dict[int, set[str]] = defaultdict(set)
    roles: dict[int, set[str]] = defaultdict(set)
    speaker_ids = {row[5] for row in rows if row[5] is not None}
    for speaker_id, name in SpeakerAlias.objects.filter(speaker_id__in=speaker_ids).values_list("speaker_id", "name"):
        aliases[speaker_id].add(name)
    for speaker_id, title in SpeakerRole.objects.filter(speaker_id__in=speaker_ids).values_list("speaker_id", "title"):
        roles[speaker_id].add(title)
    documents = []
    for row in rows:
        id_, text, kind, said_on, status, speaker_id, speaker_name, speaker_slug, country, title, outlet, paragraph = row
        names = (speaker_name, *sorted(aliases[speaker_id] - {speaker_name})) if speaker_id else ()
        tagged = sorted(conflict_terms[conflict_id] for conflict_id in conflicts[id_])
        documents.append(
            IndexedDocument(
                id=id_, text=text, speaker_names=names, speaker_slug=speaker_slug or "",
                country=country or "", title=title,
                outlet=outlet or "", conflicts=tuple(slug for slug, _ in tagged), kind=kind, said_on=said_on,
                status=status, speaker_roles=tuple(sorted(roles[speaker_id])) if speaker_id else (),
                paragraph=surroundings(text, paragraph or ""), about=tuple(dict.fromkeys(term for _, terms in tagged for term in terms)),
            )
        )
    return documents
