"""The gazetteer's aliases and roles as lookup tables: built once per gazetteer, shared by every article.

A role is compared by its signature, the content words with countries normalised, so that "Kosovo's prime
minister" and "Prime Minister of Kosovo" find the same speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process

from statements.extraction.countries import country_of
from statements.extraction.keys import name_key
from statements.extraction.types import Gazetteer, GazetteerRole, GazetteerSpeaker

SIGNATURE_SKIP = frozenset("of the for s a an and to".split())


def role_signature(text: str) -> frozenset[str]:
    """Content words of a role with countries normalised: "Kosovo's prime minister" ≡ "Prime Minister of Kosovo"."""
    signature = set()
    for word in name_key(text).split():
        if word in SIGNATURE_SKIP:
            continue
        country = country_of(word)
        signature.add(f"@{country}" if country else word)
    return frozenset(signature)


@dataclass(frozen=True)
class GazetteerIndex:
    aliases: dict[str, GazetteerSpeaker]
    roles: dict[frozenset[str], GazetteerSpeaker | None]  # None: two speakers share the role
    person_aliases: list[str]
    long_aliases: list[str]
    max_alias_words: int
    # every holder of each role with the dates held, for the one holder on an article's date
    role_holders: dict[frozenset[str], tuple[tuple[GazetteerSpeaker, date | None, date | None], ...]] = field(
        default_factory=dict
    )
    fuzzy_memo: dict[tuple[str, bool], str | None] = field(default_factory=dict)

    def role_holder(self, signature: frozenset[str], on_date: date | None) -> GazetteerSpeaker | None:
        """The one speaker holding the role: its only holder ever, or else the only one on `on_date`; None
        when two held it then, or when it had several holders and the article has no date (never a guess)."""
        speaker = self.roles.get(signature)
        if speaker is not None or on_date is None:
            return speaker
        held = {
            id(who): who
            for who, start, end in self.role_holders.get(signature, ())
            if (start is None or start <= on_date) and (end is None or on_date <= end)
        }
        return next(iter(held.values())) if len(held) == 1 else None

    def fuzzy_alias(self, key: str, *, people_only: bool) -> str | None:
        """The alias within ratio 90 of `key` (memoised: the same names recur across a corpus)."""
        memo_key = (key, people_only)
        if memo_key not in self.fuzzy_memo:
            if len(self.fuzzy_memo) > 50_000:
                self.fuzzy_memo.clear()
            choices = self.person_aliases if people_only else self.long_aliases
            best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=90) if choices else None
            self.fuzzy_memo[memo_key] = best[0] if best else None
        return self.fuzzy_memo[memo_key]


_INDEX_CACHE: dict[int, tuple[Gazetteer, GazetteerIndex]] = {}


def gazetteer_index(gazetteer: Gazetteer) -> GazetteerIndex:
    """Alias and role lookup tables, built once per gazetteer object."""
    cached = _INDEX_CACHE.get(id(gazetteer))
    if cached and cached[0] is gazetteer:
        return cached[1]
    aliases: dict[str, GazetteerSpeaker] = {}
    roles: dict[frozenset[str], GazetteerSpeaker | None] = {}
    holders: dict[frozenset[str], list[tuple[GazetteerSpeaker, date | None, date | None]]] = {}
    for speaker in gazetteer.speakers:
        for alias in (speaker.name, *speaker.aliases):
            key = strip_determiner(name_key(alias))
            if key:
                aliases.setdefault(key, speaker)
        for role in speaker.roles:
            signature = role_signature(role)
            if signature:
                roles[signature] = speaker if roles.get(signature, speaker) is speaker else None
        for held in speaker.dated_roles or [GazetteerRole(title) for title in speaker.roles]:
            signature = role_signature(held.title)
            if signature:
                holders.setdefault(signature, []).append((speaker, held.started_on, held.ended_on))
    person_aliases = [key for key, speaker in aliases.items() if speaker.kind == "person" and " " in key]
    long_aliases = [key for key in aliases if " " in key]
    index = GazetteerIndex(
        aliases,
        roles,
        person_aliases,
        long_aliases,
        max((len(k.split()) for k in aliases), default=1),
        {signature: tuple(held) for signature, held in holders.items()},
    )
    if len(_INDEX_CACHE) > 8:
        _INDEX_CACHE.clear()
    _INDEX_CACHE[id(gazetteer)] = (gazetteer, index)
    return index


def strip_determiner(key: str) -> str:
    for determiner in ("the ", "a ", "an "):
        if key.startswith(determiner):
            return key[len(determiner) :]
    return key
