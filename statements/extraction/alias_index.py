"""The gazetteer's aliases and roles as lookup tables: built once per gazetteer, shared by every article.

A role is compared by its signature, the content words with countries normalised, so that "Kosovo's prime
minister" and "Prime Minister of Kosovo" find the same speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz, process

from statements.extraction.countries import country_of
from statements.extraction.keys import name_key
from statements.extraction.types import Gazetteer, GazetteerSpeaker
from statements.text import person_key

SIGNATURE_SKIP = frozenset("of the for s a an and to".split())


def role_signature(text: str) -> frozenset[str]:
    """Content words of a role with countries normalised: "Kosovo's prime minister" ≡ "Prime Minister of Kosovo"."""
    signature = set()
    words = name_key(text).split()
    index = 0
    while index < len(words):
        # "United Kingdom", "South Korea": a country of several words is one country, as "British" is
        for size in (3, 2, 1):
            country = country_of(" ".join(words[index : index + size])) if index + size <= len(words) else None
            if country:
                signature.add(f"@{country}")
                index += size
                break
        else:
            if words[index] not in SIGNATURE_SKIP:
                signature.add(words[index])
            index += 1
    return frozenset(signature)


@dataclass(frozen=True)
class GazetteerIndex:
    aliases: dict[str, GazetteerSpeaker]
    roles: dict[frozenset[str], GazetteerSpeaker | None]  # None: two speakers share the role
    person_aliases: list[str]
    long_aliases: list[str]
    max_alias_words: int
    # every holder of a role, with the dates they held it: "the US secretary of state" in 2019 is Pompeo
    holdings: dict[frozenset[str], list[tuple[GazetteerSpeaker, date | None, date | None]]] = field(
        default_factory=dict
    )
    # people by person_key of each full-name alias: "Volodymyr Zelenskyy" finds the gazetteer's Zelensky
    identities: dict[str, GazetteerSpeaker] = field(default_factory=dict)
    # the gazetteer's own country names (normalised key → country), for the countries the extraction table lacks
    places: dict[str, str] = field(default_factory=dict)
    fuzzy_memo: dict[tuple[str, bool], str | None] = field(default_factory=dict)

    def holder(self, signature: frozenset[str], on_date: date | None) -> GazetteerSpeaker | None:
        """The one speaker who held the role of `signature` on `on_date`; None when nobody or several did."""
        if on_date is None:
            return None
        found = {
            speaker.slug: speaker
            for speaker, started, ended in self.holdings.get(signature, ())
            if (started is None or started <= on_date) and (ended is None or on_date <= ended)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def elected(self, office: str, on_date: date | None) -> list[GazetteerSpeaker]:
        """Who took `office` ("president", of any country) in the 100 days after `on_date`: "the president-elect"
        of an article written between an election and an inauguration."""
        if on_date is None:
            return []
        found = {}
        for signature, holdings in self.holdings.items():
            if office in signature and all(word == office or word.startswith("@") for word in signature):
                for speaker, started, _ in holdings:
                    if started is not None and on_date < started <= on_date + timedelta(days=100):
                        found[speaker.slug] = speaker
        return list(found.values())

    def countries_named(self, key: str) -> frozenset[str]:
        """Countries a normalised phrase names, by name or demonym ("paraguay s foreign ministry" → Paraguay)."""
        words, found, index = key.split(), set(), 0
        while index < len(words):
            for size in (4, 3, 2, 1):
                phrase = " ".join(words[index : index + size]) if index + size <= len(words) else ""
                country = phrase and (country_of(phrase) or self.places.get(phrase))
                if country:
                    found.add(country)
                    index += size
                    break
            else:
                index += 1
        return frozenset(found)

    def same_country(self, speaker: GazetteerSpeaker, mention_key: str, alias_key: str) -> bool:
        """Whether an institution found through `alias_key` can be the one `mention_key` names: the mention names
        the countries the alias names, or only the institution's own country. "Paraguay's Foreign Ministry" is
        never the "US Foreign Ministry", nor "Paraguay's State Department" the US "State Department"."""
        if speaker.kind == "person":
            return True
        named, aliased = self.countries_named(mention_key), self.countries_named(alias_key)
        own = self.places.get(name_key(speaker.country))
        return named == aliased or (own is not None and named == {own} and aliased <= {own})

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
    holdings: dict[frozenset[str], list[tuple[GazetteerSpeaker, date | None, date | None]]] = {}
    identities: dict[str, GazetteerSpeaker | None] = {}
    places: dict[str, str] = {}
    shared: set[str] = set()
    for speaker in gazetteer.speakers:
        if speaker.country and name_key(speaker.country):
            places[name_key(speaker.country)] = country_of(speaker.country) or speaker.country
        for alias in (speaker.name, *speaker.aliases):
            key = strip_determiner(name_key(alias))
            if key:
                held = aliases.setdefault(key, speaker)
                if speaker.kind != "person" != held.kind and held.country != speaker.country:
                    shared.add(key)  # "Congolese Foreign Ministry": either Congo's, so neither
        for role in speaker.roles:
            signature = role_signature(role)
            if signature:
                roles[signature] = speaker if roles.get(signature, speaker) is speaker else None
        if speaker.kind == "person":
            for alias in (speaker.name, *speaker.aliases):
                identity = person_key(alias)
                if " " in identity:
                    identities[identity] = speaker if identities.get(identity, speaker) is speaker else None
        for held in speaker.dated_roles:
            signature = role_signature(held.title)
            if signature:
                holdings.setdefault(signature, []).append((speaker, held.started_on, held.ended_on))
    for key in shared:
        del aliases[key]
    person_aliases = [key for key, speaker in aliases.items() if speaker.kind == "person" and " " in key]
    long_aliases = [key for key in aliases if " " in key]
    index = GazetteerIndex(
        aliases, roles, person_aliases, long_aliases, max((len(k.split()) for k in aliases), default=1), holdings,
        {key: speaker for key, speaker in identities.items() if speaker is not None}, places,
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
