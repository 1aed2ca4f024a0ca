"""From a speaker phrase to a speaker: gazetteer aliases and roles first, then people and organisations
named earlier in the same article, else a new SpeakerRef (name, role, kind; slug None).

`SpeakerResolver` holds one article's state: who has spoken, most recent last, so that "he",
"the spokesman", "the ministry" and a bare surname find their antecedent. Names are split into role
and person with lexicons (roles, organisations, countries), never by a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from statements.extraction.countries import capitals, country_of, geo_index
from statements.extraction.cues import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    NEWS_OUTLET_NAMES,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
    ROLE_MODIFIERS,
)
from statements.extraction.mentions import Mention, is_possessive
from statements.extraction.types import Gazetteer, GazetteerSpeaker, SpeakerRef
from statements.text import normalise_name

_GENERIC_HEADS = frozenset("official officials representative source sources diplomat diplomats person".split())
_PLURAL_HEADS = frozenset(
    "officials leaders diplomats sources ministers members representatives analysts experts residents witnesses "
    "deputies lawmakers aides negotiators observers activists counterparts".split()
)
_NAME_PARTICLES = frozenset("de da di van von bin al el la le du der ibn".split())
_OUTLETS = frozenset(normalise_name(name) for name in NEWS_OUTLET_NAMES)
_FEMALE_HONORIFICS = frozenset("mrs mrs. ms ms. dame lady madam".split())
_MALE_HONORIFICS = frozenset("mr mr. sir lord monsieur".split())


@dataclass(frozen=True)
class GazetteerIndex:
    aliases: dict[str, GazetteerSpeaker]
    roles: dict[str, GazetteerSpeaker]
    person_aliases: list[str]
    max_alias_words: int


_INDEX_CACHE: dict[int, tuple[Gazetteer, GazetteerIndex]] = {}


def gazetteer_index(gazetteer: Gazetteer) -> GazetteerIndex:
    """Alias and role lookup tables, built once per gazetteer object."""
    cached = _INDEX_CACHE.get(id(gazetteer))
    if cached and cached[0] is gazetteer:
        return cached[1]
    aliases: dict[str, GazetteerSpeaker] = {}
    roles: dict[str, GazetteerSpeaker] = {}
    for speaker in gazetteer.speakers:
        for alias in (speaker.name, *speaker.aliases):
            key = normalise_name(alias)
            if key.startswith("the "):
                key = key[4:]
            if key:
                aliases.setdefault(key, speaker)
        for role in speaker.roles:
            roles.setdefault(_strip_determiner(normalise_name(role)), speaker)
    person_aliases = [key for key, speaker in aliases.items() if speaker.kind == "person" and " " in key]
    index = GazetteerIndex(aliases, roles, person_aliases, max((len(k.split()) for k in aliases), default=1))
    if len(_INDEX_CACHE) > 8:
        _INDEX_CACHE.clear()
    _INDEX_CACHE[id(gazetteer)] = (gazetteer, index)
    return index


def _strip_determiner(key: str) -> str:
    for determiner in ("the ", "a ", "an "):
        if key.startswith(determiner):
            return key[len(determiner) :]
    return key


@dataclass
class _Entity:
    ref: SpeakerRef
    role_words: set[str] = field(default_factory=set)
    gender: str = ""
    plural: bool = False


class SpeakerResolver:
    """Resolves speaker phrases within one article, remembering who spoke."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.index = gazetteer_index(gazetteer)
        self.entities: list[_Entity] = []

    def resolve(self, mention: Mention) -> SpeakerRef | None:
        text = mention.text.strip()
        low = text.lower()
        if low in ("he", "she", "they", "it"):
            return self._pronoun(low, text)
        if low in ("we", "i", "who", "which", "that", "whom"):
            return None
        words = _clean_words(text)
        if not words or normalise_name(" ".join(words)) in _OUTLETS:
            return None
        ref, role = self._resolve_words(words, mention)
        if ref is not None:
            self._remember(ref, role, text)
        return ref

    def _resolve_words(self, words: list[str], mention: Mention) -> tuple[SpeakerRef | None, str]:
        mention_text = mention.text
        words = _author_of_document(words)
        if not words:
            return None, ""
        phrase = " ".join(words)
        alias = self._alias_match(words)
        name, role = split_name(words)
        if not name and mention.apposition:
            appos_name, _ = split_name(_clean_words(mention.apposition))
            if appos_name:
                name, role = appos_name, phrase
                alias = self._alias_match(appos_name.split()) or alias
        if not role and mention.apposition:
            role = mention.apposition
        if alias is not None and alias.kind == "person":
            return self._gazetteer_ref(alias, mention_text, role), role
        if name:
            return self._person(name, role, mention_text), role
        if alias is not None:
            return self._gazetteer_ref(alias, mention_text, role), role
        return self._descriptor(words, phrase, mention_text), phrase

    def _alias_match(self, words: list[str]) -> GazetteerSpeaker | None:
        keys = normalise_name(" ".join(words)).split()
        for size in range(min(len(keys), self.index.max_alias_words), 0, -1):
            found = None
            for begin in range(len(keys) - size + 1):
                speaker = self.index.aliases.get(" ".join(keys[begin : begin + size]))
                if speaker is not None and (found is None or speaker.kind == "person"):
                    found = speaker
            if found is not None:
                return found
        return None

    def _gazetteer_ref(self, speaker: GazetteerSpeaker, mention: str, role: str) -> SpeakerRef:
        return SpeakerRef(name=speaker.name, mention=mention, slug=speaker.slug, role=role, kind=speaker.kind)

    def _person(self, name: str, role: str, mention: str) -> SpeakerRef:
        key = normalise_name(name)
        if " " in key and self.index.person_aliases:
            best = process.extractOne(key, self.index.person_aliases, scorer=fuzz.ratio, score_cutoff=90)
            if best is not None:
                return self._gazetteer_ref(self.index.aliases[best[0]], mention, role)
        surname = key.split()[-1]
        for entity in reversed(self.entities):
            known = normalise_name(entity.ref.name).split()
            if entity.ref.kind == "person" and known and (known[-1] == surname or key == " ".join(known)):
                return SpeakerRef(entity.ref.name, mention, entity.ref.slug, role or entity.ref.role, "person")
        return SpeakerRef(name=name, mention=mention, role=role, kind="person")

    def _descriptor(self, words: list[str], phrase: str, mention: str) -> SpeakerRef | None:
        """"the spokesman", "a senior official", "the ministry", "Tehran", "NATO"."""
        key = _strip_determiner(normalise_name(phrase))
        if key in self.index.roles:
            return self._gazetteer_ref(self.index.roles[key], mention, phrase)
        head = words[-1].lower()
        definite = mention.lower().startswith(("the ", "this ", "that ")) or mention.lower().startswith("the")
        if head in PERSON_ROLE_NOUNS:
            if definite:
                found = self._recent_with_role(words, person=True)
                if found is not None:
                    return SpeakerRef(found.ref.name, mention, found.ref.slug, phrase, found.ref.kind)
            for role, speaker in self.index.roles.items():
                if key and (key in role or role in key) and len(key.split()) > 1:
                    return self._gazetteer_ref(speaker, mention, phrase)
            return SpeakerRef(name=_strip_determiner(phrase), mention=mention, role=phrase, kind="person")
        capital = capitals().get(key)
        if capital:
            return SpeakerRef(name=capital, mention=mention, kind="government")
        if definite and head in ORG_NOUNS:
            found = self._recent_with_role(words, person=False)
            if found is not None:
                return SpeakerRef(found.ref.name, mention, found.ref.slug, found.ref.role, found.ref.kind)
        name = " ".join(words)
        kind = "government" if country_of(name) else "organisation"
        return SpeakerRef(name=name, mention=mention, kind=kind)

    def _recent_with_role(self, words: list[str], *, person: bool) -> _Entity | None:
        wanted = {w.lower() for w in words if w.lower() not in DETERMINERS and w.lower() not in _GENERIC_HEADS}
        wanted -= {"of", "for", "the"}
        for entity in reversed(self.entities):
            if (entity.ref.kind == "person") != person:
                continue
            if wanted <= entity.role_words or not wanted:
                return entity
        return None

    def _pronoun(self, pronoun: str, mention: str) -> SpeakerRef | None:
        for entity in reversed(self.entities):
            if pronoun in ("he", "she"):
                wanted = "male" if pronoun == "he" else "female"
                if entity.ref.kind != "person" or entity.plural or entity.gender not in ("", wanted):
                    continue
                entity.gender = wanted
            elif pronoun == "it" and entity.ref.kind == "person":
                continue
            elif pronoun == "they" and entity.ref.kind == "person" and not entity.plural:
                continue
            ref = entity.ref
            self.entities.remove(entity)
            self.entities.append(entity)
            return SpeakerRef(ref.name, mention, ref.slug, ref.role, ref.kind)
        return None

    def _remember(self, ref: SpeakerRef, role: str, mention: str) -> None:
        key = ref.slug or normalise_name(ref.name)
        entity = next((e for e in self.entities if (e.ref.slug or normalise_name(e.ref.name)) == key), None)
        if entity is None:
            entity = _Entity(ref)
            gazetteer_speaker = self.index.aliases.get(normalise_name(ref.name))
            if gazetteer_speaker is not None:
                for title in gazetteer_speaker.roles:
                    entity.role_words |= set(normalise_name(title).split())
        else:
            self.entities.remove(entity)
        self.entities.append(entity)
        entity.role_words |= set(normalise_name(f"{role} {ref.role}").split())
        first = mention.split()[0].lower() if mention.split() else ""
        if first in _FEMALE_HONORIFICS:
            entity.gender = "female"
        elif first in _MALE_HONORIFICS:
            entity.gender = "male"
        last_word = mention.split()[-1].lower() if mention.split() else ""
        entity.plural = entity.plural or last_word in _PLURAL_HEADS or " and " in mention

    def remember(self, ref: SpeakerRef) -> None:
        """Make `ref` the most recent speaker (a continuation quote spoke again)."""
        self._remember(ref, ref.role, ref.mention)


def _clean_words(text: str) -> list[str]:
    words = [w for w in text.replace(",", " ").split() if w]
    while words and (words[0].lower() in DETERMINERS or words[0].lower() in HONORIFICS):
        words.pop(0)
    return words


def _author_of_document(words: list[str]) -> list[str]:
    """"statement from the Azerbaijani Foreign Ministry" → the ministry; "the ministry's statement" → ministry."""
    lows = [w.lower() for w in words]
    for index, low in enumerate(lows):
        if low in DOCUMENT_NOUNS:
            after = lows[index + 1 : index + 2]
            if after and after[0] in ("from", "by", "of", "issued"):
                return _clean_words(" ".join(words[index + 2 :]))
            if index > 0 and is_possessive(words[index - 1]):
                owner = words[:index]
                owner[-1] = owner[-1].removesuffix("’s").removesuffix("'s").rstrip("’'")
                return owner
    return words


def _is_descriptor_word(word: str) -> bool:
    low = word.lower().removesuffix("’s").removesuffix("'s")
    return (
        low in PERSON_ROLE_NOUNS
        or low in ROLE_MODIFIERS
        or low in ORG_NOUNS
        or low in DOCUMENT_NOUNS
        or low in HONORIFICS
        or country_of(word) is not None
        or (word.isupper() and len(word) > 1)
    )


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and not _is_descriptor_word(word)


def split_name(words: list[str]) -> tuple[str, str]:
    """("Vladimir Putin", "President of Russia") from "President Vladimir Putin of Russia"; ("", phrase) if no name."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        if _is_name_word(words[index]) and not (index > 0 and words[index - 1].lower() == "of" and _org_run(words, index)):
            end = index
            while end < len(words) and (
                _is_name_word(words[end])
                or (words[end].lower() in _NAME_PARTICLES and end + 1 < len(words) and _is_name_word(words[end + 1]))
            ):
                end += 1
            runs.append((index, end))
            index = end
        else:
            index += 1
    if not runs:
        return "", " ".join(words)
    begin, end = runs[-1]
    name_words = [w.removesuffix("’s").removesuffix("'s") for w in words[begin:end]]
    role_words = words[:begin] + words[end:]
    return " ".join(name_words), " ".join(role_words).strip()


def _org_run(words: list[str], index: int) -> bool:
    """"of Foreign Affairs", "of the Russian Ministry": capitalised words that are an organisation's name."""
    end = index
    while end < len(words) and words[end][:1].isupper():
        end += 1
    return any(w.lower() in ORG_NOUNS for w in words[index:end])


def known_country(word: str) -> bool:
    return normalise_name(word) in geo_index()
