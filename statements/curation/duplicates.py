"""Speakers that are likely one and the same, proposed to curators for a merge (the merge itself is
statements.curation.decisions.merge_speakers): two rows whose names have the same identity (person_key:
"Dr. Anthony Fauci" and "Anthony S. Fauci"), or one name standing inside another of the same kind and
country ("Foreign Ministry" and "Russian Foreign Ministry" of Russia, "Varga" and "Anna Varga")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count

from statements.models import Speaker, SpeakerAlias, SpeakerKind
from statements.text import normalise_name


@dataclass(frozen=True)
class Proposal:
    merge: Speaker  # the row to fold in
    into: Speaker  # the row that stays
    reason: str


def _keeper(a: Speaker, b: Speaker) -> tuple[Speaker, Speaker]:
    """(the row to merge, the row to keep): the gazetteer's, else the fuller name, else the one with more
    statements, else the older."""
    rank = lambda s: (s.from_gazetteer, len(s.name), s.statement_count, -s.pk)  # noqa: E731
    return (b, a) if rank(a) >= rank(b) else (a, b)


def duplicate_proposals(limit: int = 200) -> list[Proposal]:
    speakers = {
        s.pk: s for s in Speaker.objects.exclude(kind=SpeakerKind.UNNAMED).annotate(statement_count=Count("statements"))
    }
    proposals: dict[frozenset[int], Proposal] = {}

    by_identity: dict[str, set[int]] = defaultdict(set)
    aliases = SpeakerAlias.objects.filter(speaker__kind=SpeakerKind.PERSON).values_list("speaker_id", "identity")
    for speaker_id, identity in aliases:
        if " " in identity and speaker_id in speakers:
            by_identity[identity].add(speaker_id)
    for identity, ids in sorted(by_identity.items()):
        ordered = sorted(ids)
        for other in ordered[1:]:
            merge, into = _keeper(speakers[ordered[0]], speakers[other])
            proposals.setdefault(frozenset((merge.pk, into.pk)), Proposal(merge, into, f"same name: “{identity}”"))

    groups: dict[tuple[str, str], list[Speaker]] = defaultdict(list)
    for speaker in speakers.values():
        if speaker.country:
            groups[speaker.kind, speaker.country].append(speaker)
    for (kind, country), members in groups.items():
        names = [(f" {normalise_name(s.name)} ", s) for s in members]
        for short, a in names:
            for long, b in names:
                if a.pk != b.pk and len(short) < len(long) and short in long:
                    merge, into = _keeper(a, b)
                    proposals.setdefault(
                        frozenset((a.pk, b.pk)),
                        Proposal(merge, into, f"“{a.name}” is part of “{b.name}”, both {kind} of {country}"),
                    )
    return sorted(proposals.values(), key=lambda p: (not p.into.from_gazetteer, -p.merge.statement_count))[:limit]
