"""From a speaker phrase to a speaker: gazetteer aliases and roles first, then people and organisations
named earlier in the same article, else a new SpeakerRef (name, role, kind; slug None).

`SpeakerResolver` holds one article's state: who has spoken, most recent last, so that "he",
"the spokesman", "the ministry" and a bare surname find their antecedent. Names are split into role
and person with lexicons (roles, organisations, countries), never by a model. Fuzzy matching
(rapidfuzz) is only used against the gazetteer's aliases, never to merge two unknown speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from statements.extraction.article_names import ArticleNames
from statements.extraction.countries import capitals, countries_in, country_of, demonyms
from statements.extraction.cues import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    KNOWN_ORGANISATIONS,
    NEWS_OUTLET_NAMES,
    NON_SPEAKER_HEADS,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
    ROLE_MODIFIERS,
    SEATS_OF_POWER,
)
from statements.extraction.mentions import CLAUSE_OPENERS, Mention, is_particle_name, is_possessive
from statements.extraction.types import Gazetteer, GazetteerSpeaker, SpeakerRef
from statements.extraction.keys import name_key

_GENERIC_HEADS = frozenset("official officials representative source sources diplomat diplomats person".split())
_PLURAL_HEADS = frozenset(
    "officials leaders diplomats sources ministers members representatives analysts experts residents witnesses "
    "deputies lawmakers aides negotiators observers activists counterparts".split()
) | GROUP_NOUNS
_NAME_PARTICLES = frozenset("de da di van von bin al el la le du der ibn".split())
_OUTLETS = frozenset(name_key(name) for name in NEWS_OUTLET_NAMES)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_FEMALE_HONORIFICS = frozenset("mrs mrs. ms ms. dame lady madam".split())
_MALE_HONORIFICS = frozenset("mr mr. sir lord monsieur".split())
_SIGNATURE_SKIP = frozenset("of the for s a an and to".split())
_SMALL_WORDS = frozenset("of the for and to on in at".split())
# "the alliance", "the bloc": the organisation they stand for, when the article names it (pattern).
_GENERIC_ORGANISATIONS = {
    "alliance": ("NATO", r"\bNATO\b|\bNato\b"),
    "bloc": ("European Union", r"\bEuropean Union\b|\bEU\b"),
}
_ROLE_SYNONYMS = (
    (" fm ", " foreign minister "), (" pm ", " prime minister "), (" head of state ", " president "),
    (" head of government ", " prime minister "), (" top diplomat ", " foreign minister "),
    (" chief diplomat ", " foreign minister "),
)
# A later descriptor may name the same role in other words: "the presidential aide" after "Assistant to
# the President …", "the premier" after "Prime Minister …".
_ROLE_WORD_SYNONYMS = {
    "aide": frozenset({"assistant", "adviser", "advisor"}),
    "assistant": frozenset({"aide", "adviser", "advisor"}),
    "adviser": frozenset({"aide", "assistant", "advisor"}),
    "advisor": frozenset({"aide", "assistant", "adviser"}),
    "premier": frozenset({"prime"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman"}),
    "spokesman": frozenset({"spokesperson"}),
    "spokeswoman": frozenset({"spokesperson"}),
    "envoy": frozenset({"representative", "ambassador"}),
    # a role adjective names the office its noun holds: "the presidential aide" after "an aide to President …"
    "presidential": frozenset({"president", "presidency"}),
    "ministerial": frozenset({"minister", "ministry"}),
    "parliamentary": frozenset({"parliament"}),
    "governmental": frozenset({"government"}),
}
_NEXT_SUBJECT = re.compile(r"([A-Z][^\n,.;:“”\"]{2,80}?)(?:,|\s+(?:said|told|added|stressed|warned|urged)\b)")
# Heads that describe any public person, so "the politician" after a named speaker is that speaker.
_WHOEVER_HEADS = frozenset({"politician", "statesman"})
_INDEFINITE = frozenset("a an some many several two three four other others one".split())
_PARTY_HEADS = frozenset({"list"})  # "Serbian List", "Joint List": parties named like a non-speaker noun
_GROUP_HEADS = frozenset("group movement organisation organization militia force forces".split())
_MINISTRY_OF = {"foreign affairs": "Foreign", "defence": "Defence", "defense": "Defense", "internal affairs": "Interior"}


def role_signature(text: str) -> frozenset[str]:
    """Content words of a role with countries normalised: "Kosovo's prime minister" ≡ "Prime Minister of Kosovo"."""
    signature = set()
    for word in name_key(text).split():
        if word in _SIGNATURE_SKIP:
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
    fuzzy_memo: dict[tuple[str, bool], str | None] = field(default_factory=dict)

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
    for speaker in gazetteer.speakers:
        for alias in (speaker.name, *speaker.aliases):
            key = _strip_determiner(name_key(alias))
            if key:
                aliases.setdefault(key, speaker)
        for role in speaker.roles:
            signature = role_signature(role)
            if signature:
                roles[signature] = speaker if roles.get(signature, speaker) is speaker else None
    person_aliases = [key for key, speaker in aliases.items() if speaker.kind == "person" and " " in key]
    long_aliases = [key for key in aliases if " " in key]
    index = GazetteerIndex(
        aliases, roles, person_aliases, long_aliases, max((len(k.split()) for k in aliases), default=1)
    )
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
    key: str = ""  # slug or normalised name: how the article's mentions of one speaker are merged


@dataclass(frozen=True)
class _AliasHit:
    speaker: GazetteerSpeaker
    key: str


class SpeakerResolver:
    """Resolves speaker phrases within one article, remembering who spoke."""

    def __init__(self, gazetteer: Gazetteer, text: str = "") -> None:
        self.gazetteer = gazetteer
        self.index = gazetteer_index(gazetteer)
        self.entities: list[_Entity] = []
        self.context: list[str] = []
        self.names = ArticleNames(text, split_name)
        self.position: int | None = None

    def resolve(self, mention: Mention, context: list[str] | None = None) -> SpeakerRef | None:
        """The speaker `mention` names; `context` (narration around it) names the parties of a joint statement."""
        self.context = context or []
        self.position = mention.start
        text = mention.text.strip()
        low = _OBJECT_PRONOUNS.get(text.lower(), text.lower())
        if low in ("he", "she", "they", "it"):
            return self._pronoun(low, text)
        if low in ("we", "i", "who", "which", "that", "whom"):
            return None
        words = _clean_words(text)
        if not words or name_key(" ".join(words)) in _OUTLETS:
            return None
        ref, role = self._resolve_words(words, mention)
        if ref is not None:
            # an apposition the name did not need still tells a later "the presidential aide" who this is
            extra = mention.apposition if _describes(mention.apposition) and mention.apposition not in role else ""
            self._remember(ref, f"{role} {extra}".strip(), text)
        return ref

    def note_person(self, mention: Mention) -> None:
        """Remember a person named in narration (not speaking) as a candidate antecedent for pronouns."""
        words = _clean_words(mention.text)
        alias = self._alias_match(words) if words else None
        name, role = split_name(words) if words else ("", "")
        if alias is not None and alias.speaker.kind == "person":
            self._remember(self._gazetteer_ref(alias.speaker, mention.text, role), role, mention.text)
        elif name and alias is None:
            self._remember(self._person(name, role, mention.text), role, mention.text)

    def last_person(self) -> SpeakerRef | None:
        """The person most recently named or quoted (the interviewee of a transcript's "A:")."""
        for entity in reversed(self.entities):
            if entity.ref.kind == "person" and not entity.plural:
                return entity.ref
        return None

    def remember(self, ref: SpeakerRef) -> None:
        """Make `ref` the most recent speaker (a continuation quote spoke again)."""
        self._remember(ref, ref.role, ref.mention)

    # -- the order of evidence ----------------------------------------------------------------------

    def _resolve_words(self, words: list[str], mention: Mention) -> tuple[SpeakerRef | None, str]:
        text = mention.text
        definite = text.lower().startswith(("the ", "this ", "that "))
        words = _author_of_document(words)
        if not words:
            return None, ""
        if all(w.lower() in DOCUMENT_NOUNS or w.lower() in ROLE_MODIFIERS for w in words):
            return self._document(words, text, definite), ""
        head = _head_word(words)
        if head in NON_SPEAKER_HEADS:
            if head in _PARTY_HEADS and _proper_name(words) and words[-1].lower() == head:
                return self._organisation(words, text, definite), ""  # "The Serbian List", a party
            return None, ""
        listed = re.sub(r"^(?:the|The)\s+", "", text.strip())
        parties = re.split(r",\s*(?:and\s+)?|\s+and\s+(?:the\s+)?", listed)
        if len(parties) >= 2 and all(country_of(party) for party in parties):
            # "The United States, France and Britain condemned …": the list speaks, as the article names it.
            return SpeakerRef(name=listed, mention=text, kind="group"), ""
        institution = _institution_of_members(words)
        if institution:
            words, head = institution, _head_word(institution)
        phrase = " ".join(words)
        key = _strip_determiner(name_key(phrase))
        if key in SEATS_OF_POWER:
            return SpeakerRef(name=_title(phrase), mention=text, kind="government"), ""
        if " " in key and country_of(phrase) and self._alias_match(words) is None:
            return SpeakerRef(name=phrase, mention=text, kind="government"), ""  # "The Democratic Republic of Congo"
        alias = self._alias_match(words)
        name, role = split_name(words)
        if alias is not None and alias.speaker.kind == "person" and _other_given_name(alias.speaker, name):
            alias = None  # "Tigran Grigoryan" is not the gazetteer's Armen Grigoryan
        if _named_organisation(words):
            return self._organisation(words, text, definite), ""
        apposition = mention.apposition if _describes(mention.apposition) else ""
        if not name and apposition:
            appos_name, _ = split_name(_clean_words(apposition))
            if appos_name:
                name, role = appos_name, phrase
                alias = self._alias_match(appos_name.split()) or alias
        if not role and apposition:
            role = apposition
        if alias is not None and alias.speaker.kind == "person":
            return self._gazetteer_ref(alias.speaker, text, role), role
        if name:
            return self._person(name, role, text), role
        if head in PERSON_ROLE_NOUNS:
            return self._person_descriptor(words, phrase, text, definite), phrase
        if head in GROUP_NOUNS:
            return SpeakerRef(name=_strip_determiner(phrase), mention=text, kind="group"), phrase
        if alias is not None and head in alias.key.split():
            return self._gazetteer_ref(alias.speaker, text, role), role
        capital = capitals().get(key)
        if capital:
            return SpeakerRef(name=capital, mention=text, kind="government"), ""
        return self._organisation(words, text, definite), ""

    def _alias_match(self, words: list[str]) -> _AliasHit | None:
        keys = name_key(" ".join(words)).split()
        for size in range(min(len(keys), self.index.max_alias_words), 0, -1):
            found: _AliasHit | None = None
            for begin in range(len(keys) - size + 1):
                speaker = self.index.aliases.get(" ".join(keys[begin : begin + size]))
                if speaker is not None and speaker.kind == "person" and _complement(keys, begin, begin + size):
                    continue  # "Zelensky's chief of staff", "adviser to President Aliyev": someone else speaks
                if speaker is not None and (found is None or speaker.kind == "person"):
                    found = _AliasHit(speaker, " ".join(keys[begin : begin + size]))
            if found is not None:
                return found
        return None

    def _gazetteer_ref(self, speaker: GazetteerSpeaker, mention: str, role: str) -> SpeakerRef:
        return SpeakerRef(name=speaker.name, mention=mention, slug=speaker.slug, role=role, kind=speaker.kind)

    def _person(self, name: str, role: str, mention: str) -> SpeakerRef:
        key = name_key(name)
        if " " in key:
            best = self.index.fuzzy_alias(key, people_only=True)
            if best is not None:
                return self._gazetteer_ref(self.index.aliases[best], mention, role)
        surname = key.split()[-1] if key else ""
        for entity in reversed(self.entities):
            known = name_key(entity.ref.name).split()
            if entity.ref.kind == "person" and known and (known[-1] == surname or key == " ".join(known)):
                return SpeakerRef(entity.ref.name, mention, entity.ref.slug, role or entity.ref.role, "person")
        if key and " " not in key:
            # "Szijjarto, for his part, said": the article named him in full before ("Peter Szijjarto").
            full = self.names.full_person_name(name)
            if full is not None and full != name:
                return self._person(full, role, mention)
        return SpeakerRef(name=name, mention=mention, role=role, kind="person")

    def _person_descriptor(self, words: list[str], phrase: str, mention: str, definite: bool) -> SpeakerRef:
        """"the spokesman", "Kosovo's prime minister", "a senior official"."""
        words = _expand_role(words)  # "the Armenian FM", "the Head of State": the roles as titles spell them
        signature = role_signature(" ".join(words))
        speaker = self.index.roles.get(signature)
        if speaker is not None and (definite or any(w.startswith("@") for w in signature) or len(signature) > 1):
            return self._gazetteer_ref(speaker, mention, phrase)
        first = mention.split()[0].lower()
        if definite or not mention[:1].islower() and first not in _INDEFINITE:
            plural = _head_word(words) in _PLURAL_HEADS
            found = self._recent_with_role(words) or (None if plural else self._recent_without_role())
            if found is None and definite and _head_word(words) in _WHOEVER_HEADS:
                found = self._recent_person()  # "the Green politician": a head any person fits, the last one named
            if found is not None:
                return SpeakerRef(found.ref.name, mention, found.ref.slug, phrase, found.ref.kind)
        if first in ("his", "her", "its", "their") or definite:
            named = self._named_next(words) or (self._lede_holder() if definite and not self.entities else None)
            if named is not None:
                return self._person(named, phrase, mention)
        return SpeakerRef(name=_strip_determiner(phrase), mention=mention, role=phrase, kind="person")

    def _lede_holder(self) -> str | None:
        """"The UN's top political affairs official on Tuesday urged …" opening an article, and the next paragraph
        begins "Rosemary DiCarlo, Under-Secretary-General …, told": the lede's descriptor is that person."""
        if self.position is None:
            return None
        text = self.names.text
        paragraph = text.find("\n\n", self.position)
        if paragraph < 0:
            return None
        match = _NEXT_SUBJECT.match(text, paragraph + 2)
        if match is None:
            return None
        name, _ = split_name(match.group(1).split())
        return name if " " in name else None

    def _named_next(self, words: list[str]) -> str | None:
        """"…, his spokesman said." followed by "spokesman Stephane Dujarric told reporters": the role's holder is
        named just after (within a few hundred characters)."""
        if self.position is None or len(words) > 3:
            return None
        role = words[-1]
        if role.lower() not in PERSON_ROLE_NOUNS or role.lower() in _GENERIC_HEADS:
            return None
        text = self.names.text
        pattern = re.compile(rf"\b{re.escape(role)},?\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)")
        match = pattern.search(text, self.position + len(" ".join(words)), self.position + 600)
        if match is None:
            return None
        name, _ = split_name(match.group(1).split())
        return name if " " in name else None

    def _document(self, words: list[str], mention: str, definite: bool) -> SpeakerRef | None:
        """"a joint statement said"; "the statement said" is the last document or organisation quoted."""
        if definite:
            for entity in reversed(self.entities):
                if entity.ref.kind != "person":
                    return SpeakerRef(entity.ref.name, mention, entity.ref.slug, entity.ref.role, entity.ref.kind)
        name = " ".join(w.lower() for w in words)
        if "joint" in name.split():
            # A joint statement is named by its parties, as curators and the gold labels do.
            for text in self.context:
                parties = countries_in(text)
                if len(parties) >= 2:
                    name = f"{name} of {', '.join(parties[:-1])} and {parties[-1]}"
                    break
        return SpeakerRef(name=name, mention=mention, kind="organisation")

    def _organisation(self, words: list[str], mention: str, definite: bool) -> SpeakerRef:
        """"Azerbaijan's Defence Ministry" → the gazetteer's Azerbaijani Defense Ministry; "the ministry" → the last one."""
        if len(words) == 1 and words[0].isupper() and words[0].lower() not in KNOWN_ORGANISATIONS:
            expanded = self.names.acronym(words[0])  # "the RSF" → "Rapid Support Forces (RSF)"
            if expanded:
                words = expanded.split()
        name = canonical_organisation(words)
        key = name_key(name)
        if key in self.index.aliases:
            return self._gazetteer_ref(self.index.aliases[key], mention, "")
        if " " in key:
            best = self.index.fuzzy_alias(key, people_only=False)
            if best is not None:
                return self._gazetteer_ref(self.index.aliases[best], mention, "")
        if definite and len(words) <= 2:
            head = words[-1].lower()
            for entity in reversed(self.entities):
                if entity.ref.kind != "person" and head in name_key(entity.ref.name).split():
                    return SpeakerRef(entity.ref.name, mention, entity.ref.slug, entity.ref.role, entity.ref.kind)
            found = self._named_earlier(head, mention)
            if found is not None:
                return found
        kind = "government" if country_of(name) else "organisation"
        return SpeakerRef(name=written_organisation(words), mention=mention, kind=kind)

    def _named_earlier(self, head: str, mention: str) -> SpeakerRef | None:
        """"the forum" → the "Hostages and Missing Families Forum" named before; "the alliance" → NATO when the
        article names it; "the group" → the last organisation that spoke."""
        full = self.names.organisation_ending(head, self.position)
        if full is not None:
            return self._organisation(full.split(), mention, False)
        stand_in = _GENERIC_ORGANISATIONS.get(head)
        if stand_in is not None and re.search(stand_in[1], self.names.text):
            return self._organisation(stand_in[0].split(), mention, False)
        if head in _GROUP_HEADS:
            for entity in reversed(self.entities):
                if entity.ref.kind in ("organisation", "group") and not set(name_key(entity.ref.name).split()) & DOCUMENT_NOUNS:
                    return SpeakerRef(entity.ref.name, mention, entity.ref.slug, entity.ref.role, entity.ref.kind)
        return None

    def _recent_with_role(self, words: list[str]) -> _Entity | None:
        wanted = {name_key(w) for w in words} - DETERMINERS - _GENERIC_HEADS - _SIGNATURE_SKIP
        for entity in reversed(self.entities):
            if entity.ref.kind == "person" and all(
                word in entity.role_words or _ROLE_WORD_SYNONYMS.get(word, frozenset()) & entity.role_words
                for word in wanted
            ):
                return entity
        return None

    def _recent_person(self) -> _Entity | None:
        return next((e for e in reversed(self.entities) if e.ref.kind == "person" and not e.plural), None)

    def _recent_without_role(self) -> _Entity | None:
        """"the prime minister said" after "Keir Starmer has promised": the last person whose role is unknown."""
        for entity in reversed(self.entities):
            if entity.ref.kind == "person" and not entity.plural:
                return entity if not entity.role_words else None
        return None

    def _pronoun(self, pronoun: str, mention: str) -> SpeakerRef | None:
        entity = self._gendered(pronoun) if pronoun in ("he", "she") else self._collective(pronoun)
        if entity is None:
            return None
        self.entities.remove(entity)
        self.entities.append(entity)
        ref = entity.ref
        return SpeakerRef(ref.name, mention, ref.slug, ref.role, ref.kind)

    def _gendered(self, pronoun: str) -> _Entity | None:
        """The most recent person whose gender matches or is unknown (recency beats a known match)."""
        wanted = "male" if pronoun == "he" else "female"
        people = (e for e in reversed(self.entities) if e.ref.kind == "person" and not e.plural)
        entity = next((e for e in people if e.gender in ("", wanted)), None)
        if entity is not None:
            entity.gender = wanted
        return entity

    def _collective(self, pronoun: str) -> _Entity | None:
        for entity in reversed(self.entities):
            if pronoun == "it" and (entity.ref.kind == "person" or entity.plural):
                continue
            if pronoun == "they" and entity.ref.kind == "person" and not entity.plural:
                continue
            return entity
        return None

    def _remember(self, ref: SpeakerRef, role: str, mention: str) -> None:
        key = ref.slug or name_key(ref.name)
        entity = next((e for e in self.entities if e.key == key), None)
        if entity is None:
            entity = _Entity(ref, key=key)
            gazetteer_speaker = self.index.aliases.get(name_key(ref.name))
            if gazetteer_speaker is not None:
                for title in gazetteer_speaker.roles:
                    entity.role_words |= set(name_key(title).split()) - _SIGNATURE_SKIP
        else:
            self.entities.remove(entity)
        self.entities.append(entity)
        entity.role_words |= set(name_key(f"{role} {ref.role}").split()) - _SIGNATURE_SKIP
        words = mention.split()
        first = words[0].lower() if words else ""
        if not entity.gender and ref.kind == "person":
            entity.gender = _gender(first, entity.role_words, ref.name)
        last_word = words[-1].lower() if words else ""
        entity.plural = entity.plural or ref.kind == "group" or last_word in _PLURAL_HEADS or " and " in mention


def _complement(keys: list[str], begin: int, end: int) -> bool:
    possessive = end < len(keys) - 1 and keys[end] == "s"
    after_preposition = begin > 0 and keys[begin - 1] in ("for", "to", "of") and any(
        k in PERSON_ROLE_NOUNS for k in keys[:begin]
    )
    return possessive or after_preposition


def _gender(first_word: str, role_words: set[str], name: str) -> str:
    """Gender where the text or the name makes it plain: honorifics, gendered roles, Slavic surname endings."""
    if first_word in _FEMALE_HONORIFICS or role_words & {"spokeswoman", "chairwoman", "queen"}:
        return "female"
    if first_word in _MALE_HONORIFICS or role_words & {"spokesman", "chairman", "king"}:
        return "male"
    surname = name_key(name).split()[-1] if name_key(name) else ""
    if surname.endswith(("ova", "eva", "ina", "skaya", "aya")) and len(surname) > 4:
        return "female"
    if surname.endswith(("ov", "ev", "in", "sky", "skiy", "ian", "yan")) and len(surname) > 3:
        return "male"
    return ""


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


def _institution_of_members(words: list[str]) -> list[str]:
    """"Analysts at the Institute for the Study of War" → the institute: unnamed members speak for it."""
    lows = [w.lower() for w in words]
    if len(lows) > 2 and lows[0] in _PLURAL_HEADS and lows[1] in ("at", "from", "of", "in"):
        rest = _clean_words(" ".join(words[2:]))
        named = any(w.lower() in ORG_NOUNS or w.lower() in KNOWN_ORGANISATIONS or (w.isupper() and len(w) > 1) for w in rest)
        place = country_of(" ".join(rest)) or capitals().get(name_key(" ".join(rest)))
        if rest and rest[0][:1].isupper() and named and not place:
            return rest  # not "analysts in Islamabad": a place is where they are, not whom they speak for
    return []


def _expand_role(words: list[str]) -> list[str]:
    text = " " + " ".join(words).lower() + " "
    for short, full in _ROLE_SYNONYMS:
        if short in text:
            text = text.replace(short, full)
            return text.split()
    return words


def _other_given_name(speaker: GazetteerSpeaker, name: str) -> bool:
    """Whether `name` gives a first name that none of the speaker's full-name aliases has (a namesake)."""
    keys = name_key(name).split()
    if len(keys) < 2:
        return False
    given = {word for key in map(name_key, (speaker.name, *speaker.aliases)) for word in key.split()[:-1]}
    return bool(given) and all(fuzz.ratio(keys[0], known) < 75 for known in given)


def _proper_name(words: list[str]) -> bool:
    """"Serbian List", "Joint Chiefs of Staff": two or more words, every content word capitalised."""
    content = [w for w in words if w.lower() not in ("of", "for", "and", "the", "on")]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _named_organisation(words: list[str]) -> bool:
    """"Joint Chiefs of Staff", "South Korea's Defense Ministry": a capitalised name ending in an
    organisation noun names the organisation, and its capitalised words are not a person's name."""
    last = words[-1].lower() if words else ""
    return (
        last in ORG_NOUNS and last != "side" and _proper_name(words)
        and _head_word(words) not in PERSON_ROLE_NOUNS
        and not any(w.lower() in PERSON_ROLE_NOUNS for w in words)
        and not _person_of(words)
    )


def _person_of(words: list[str]) -> bool:
    """"Artsvik Minasyan of the Armenia Alliance": a person's name before "of" is a member, not the party."""
    lows = [w.lower() for w in words]
    if "of" not in lows or lows.index("of") < 2:
        return False
    before = words[: lows.index("of")]
    return split_name(before)[0] == " ".join(before)


def _head_word(words: list[str]) -> str:
    """The phrase's head noun: the last word before any "of"/"for" complement."""
    lows = [w.lower() for w in words]
    for index, low in enumerate(lows):
        if low in ("of", "for", "from", "at", "to", "in", "familiar", "close", "briefed", "involved") and index > 0:
            return lows[index - 1].removesuffix("’s").removesuffix("'s")
    return lows[-1].removesuffix("’s").removesuffix("'s")


@lru_cache(maxsize=8192)
def _is_descriptor_word(word: str) -> bool:
    low = word.lower().removesuffix("’s").removesuffix("'s")
    return (
        low in PERSON_ROLE_NOUNS
        or ("-" in low and any(part in PERSON_ROLE_NOUNS for part in low.split("-")))  # "Commissioner-General"
        or low in ROLE_MODIFIERS
        or low in ORG_NOUNS
        or low in DOCUMENT_NOUNS
        or low in GROUP_NOUNS
        or low in HONORIFICS
        or low in KNOWN_ORGANISATIONS
        or country_of(word) is not None
        or (word.isupper() and sum(ch.isalpha() for ch in word) > 1)  # acronyms, not initials ("J.")
    )


def _is_name_word(word: str) -> bool:
    return (word[:1].isupper() and not _is_descriptor_word(word)) or is_particle_name(word)


def is_role_phrase(text: str) -> bool:
    """"Assistant to the President of Azerbaijan", "Head of the Presidential Administration": a capitalised
    title without a person's name in it, which can describe the person named next to it."""
    words = text.split()
    if not 1 < len(words) <= 10 or not words[0][:1].isupper():
        return False
    head = _head_word(words)
    return (head in PERSON_ROLE_NOUNS or head in _ROLE_WORD_SYNONYMS) and not split_name(words)[0]


def _describes(apposition: str) -> bool:
    """", Russia's formal ally," / ", Josep Borrell," describe the subject; ", which has fought since April 2023,"
    is a clause about it, and its capitalised words are not the subject's name."""
    first = apposition.split(maxsplit=1)[0].lower() if apposition.strip() else ""
    return bool(first) and first not in CLAUSE_OPENERS


def split_name(words: list[str]) -> tuple[str, str]:
    """("Vladimir Putin", "President of Russia") from "President Vladimir Putin of Russia"; ("", phrase) if no name."""
    return _split_name(tuple(words))


@lru_cache(maxsize=16384)
def _split_name(words: tuple[str, ...]) -> tuple[str, str]:
    runs: list[tuple[int, int]] = []
    index = 0
    in_org_name = False  # "Institute for the Study of War": capitalised words after an organisation noun
    while index < len(words):
        low = words[index].lower()
        if words[index][:1].isupper() and low in ORG_NOUNS:
            in_org_name = True
        elif not (words[index][:1].isupper() or low in ("of", "for", "the", "and", "on")):
            in_org_name = False
        if _is_name_word(words[index]) and not (
            index > 0 and words[index - 1].lower() == "of" and _org_run(words, index)
        ):
            end = index
            while end < len(words) and (
                _is_name_word(words[end])
                or (words[end].lower() in _NAME_PARTICLES and end + 1 < len(words) and _is_name_word(words[end + 1]))
            ):
                end += 1
            # "Nato official", "Kremlin spokesman": a capitalised word before a role noun qualifies it.
            qualifies = end < len(words) and words[end].lower() in PERSON_ROLE_NOUNS | GROUP_NOUNS | ORG_NOUNS
            if not qualifies and end - index == 1:
                # "Gaza Health Ministry": a single capitalised word qualifies a modified organisation noun too.
                after = end
                while after < len(words) and words[after].lower() in ROLE_MODIFIERS:
                    after += 1
                qualifies = after > end and after < len(words) and words[after].lower() in ORG_NOUNS
            # After an organisation noun single capitalised words continue its name ("Study of War");
            # two or more are a person ("Ministry of Foreign Affairs Maria Zakharova").
            if not qualifies and (not in_org_name or end - index >= 2):
                runs.append((index, end))
            index = end
        else:
            index += 1
    if not runs:
        return "", " ".join(words)
    # "Artsvik Minasian of the opposition Hayastan bloc", "a doctor at the South Hospital in El Fasher": a name
    # after a preposition is the complement's (a party, a place), not the speaker's.
    complements = [_after_preposition(words, begin) for begin, _ in runs]
    free = [run for run, complement in zip(runs, complements) if not complement]
    if free:
        runs = free
    elif not any(w[:1].isupper() and w.lower() in PERSON_ROLE_NOUNS for w in words[: runs[0][0]]):
        return "", " ".join(words)  # lower-case role head ("a doctor at …"): the names are all places
    begin, end = runs[-1]
    # "Al Jazeera’s Hani Mahmoud", "DW's Nick Connolly": a possessive owner is not part of the person's name
    begin = next((i + 1 for i in range(end - 2, begin - 1, -1) if is_possessive(words[i])), begin)
    name_words = [w.removesuffix("’s").removesuffix("'s") for w in words[begin:end]]
    role_words = words[:begin] + words[end:]
    return " ".join(name_words), " ".join(role_words).strip()


def _after_preposition(words: list[str], index: int) -> bool:
    """Whether the word before position `index` (past determiners and modifiers) is a preposition."""
    index -= 1
    while index >= 0 and (words[index].lower() in DETERMINERS or words[index].lower() in ROLE_MODIFIERS
                          and words[index][:1].islower()):
        index -= 1
    return index >= 0 and words[index].lower() in ("of", "at", "in", "from", "with", "for", "near", "outside")


def _org_run(words: list[str], index: int) -> bool:
    """"of Foreign Affairs", "of the Russian Ministry": capitalised words that are an organisation's name."""
    end = index
    while end < len(words) and words[end][:1].isupper():
        end += 1
    return any(w.lower() in ORG_NOUNS for w in words[index:end])


def canonical_organisation(words: list[str]) -> str:
    """"Ukraine's energy ministry" → "Ukrainian Energy Ministry"; "Ministry of Foreign Affairs of Armenia" →
    "Armenian Foreign Ministry": the gazetteer's naming pattern, so that names match its aliases. Only for
    looking up: an organisation the gazetteer does not know keeps the article's wording (`written_organisation`)."""
    words = list(words)
    country = None
    if len(words) > 2 and words[-2].lower() == "of" and country_of(words[-1]):
        country = country_of(words[-1])
        words = words[:-2]
    elif words and is_possessive(words[0]) and country_of(words[0]):
        country = country_of(words[0])
        words = words[1:]
    owner, words = _owner_and_proper_name(words)
    country = country or (country_of(owner) if owner else None)  # "South Korea's Defense Ministry" → "South Korean …"
    text = " ".join(words)
    low = text.lower()
    if low.startswith("ministry of "):
        field_name = low.removeprefix("ministry of ")
        text = f"{_MINISTRY_OF.get(field_name, _title(field_name))} Ministry"
    if country:
        text = f"{demonyms().get(country, country)} {text}"
    return _title(text)


def written_organisation(words: list[str]) -> str:
    """An organisation the gazetteer does not know, as the article names it ("Brazil's Foreign Ministry",
    "Qatar's Ministry of Foreign Affairs"), except that an owner which is not a country drops before a proper
    name of its own ("the Chinese military's Eastern Theater Command" → "Eastern Theater Command") and an
    acronym after a common noun is the name ("the UN peacekeeping mission MONUSCO" → "MONUSCO")."""
    owner, owned = _owner_and_proper_name(list(words))
    if owner and country_of(owner):
        owned = list(words)
    if len(owned) >= 2 and owned[-1].isupper() and len(owned[-1]) > 1 and owned[-2].lower() in ORG_NOUNS and owned[-2].islower():
        return owned[-1]  # "the UN peacekeeping mission MONUSCO", "the rebel group M23": the acronym is its name
    text = " ".join(owned)
    return text[:1].upper() + text[1:] if text[:1].islower() and not is_possessive(owned[0]) else text


def _owner_and_proper_name(words: list[str]) -> tuple[str, list[str]]:
    """("the Chinese military", ["Eastern", "Theater", "Command"]): a possessive owner before a capitalised
    organisation name; ("", words) when there is none."""
    for index in range(len(words) - 2, -1, -1):
        owned = words[index + 1 :]
        if (is_possessive(words[index]) and len(owned) >= 2 and all(w[:1].isupper() for w in owned)
                and owned[-1].lower() in ORG_NOUNS and not country_of(owned[0])):
            return " ".join(words[: index + 1]).removesuffix("’s").removesuffix("'s"), owned
    return "", words


def _title(text: str) -> str:
    return " ".join(
        w if (w[:1].isupper() or w.lower() in _SMALL_WORDS and i) else w[:1].upper() + w[1:]
        for i, w in enumerate(text.split())
    )
