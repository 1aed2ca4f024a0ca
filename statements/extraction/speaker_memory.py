"""Who one article has named, most recent last: the antecedents of "he", "she", "they", "the spokesman".

`SpeakerMemory` is mixed into `SpeakerResolver` (speakers.py), which fills `entities` as it resolves mentions
and owns `index` (the gazetteer index: the roles a known speaker holds). An entity carries what the article
says of the speaker: role words, gender (honorifics, gendered roles, first names) and number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from statements.extraction.alias_index import SIGNATURE_SKIP, GazetteerIndex
from statements.extraction.article_names import ArticleNames
from statements.extraction.countries import another_country, countries_of, country_of
from statements.extraction.cues import DETERMINERS, FIRST_PERSON, ORG_NOUNS, ROLE_ACRONYMS, ROLE_WORD_SYNONYMS
from statements.extraction.genders import pronoun_gender
from statements.extraction.keys import name_key
from statements.extraction.speaker_names import PLURAL_HEADS, head_word
from statements.extraction.types import GazetteerSpeaker, SpeakerRef

# Kinds that stand for people: an unnamed source ("a senior official") is "he" or "she" in the next paragraph.
PERSONAL = ("person", "unnamed")
# Words of standing any holder of a role may be given ("the senior diplomat", "the veteran diplomat" after "Deputy
# Foreign Minister Sergei Ryabkov"): no role word a holder must have been named with
_STANDING = frozenset("senior veteran longtime seasoned experienced career top".split())
FEMALE_HONORIFICS = frozenset("mrs mrs. ms ms. dame lady baroness madam".split())
MALE_HONORIFICS = frozenset("mr mr. sir lord baron monsieur".split())
_FEMALE_ROLES = frozenset(
    "spokeswoman chairwoman councilwoman congresswoman businesswoman queen princess duchess countess baroness empress "
    "woman mother wife daughter sister grandmother actress".split()
)
_MALE_ROLES = frozenset(
    "spokesman chairman councilman congressman businessman king prince duke earl count baron emperor man father "
    "husband son brother grandfather actor".split()
)
# Abbreviated titles written before a name, and the role word each stands for
_TITLES = {
    "gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator", "rep.": "representative",
    "gen.": "general", "brig.": "brigadier", "brig": "brigadier", "lt.": "lieutenant", "col.": "colonel",
    "adm.": "admiral", "sgt.": "sergeant",
    "capt.": "captain", "prof.": "professor", "prof": "professor", "dr.": "doctor", "dr": "doctor",
    "rev.": "reverend", "atty.": "attorney", "supt.": "superintendent", "insp.": "inspector", "det.": "detective",
    "cmdr.": "commander", "adv.": "advocate", "adv": "advocate", "judge": "judge", "justice": "justice",
}
_FORMER = frozenset("former ex onetime one-time retired".split())
# Words that make a role someone else's than the holder just named ("the opposition leader" after the prime minister)
_ANOTHER_HOLDER = _FORMER | frozenset(
    "opposition deputy vice acting interim assistant associate junior rival rebel new incoming outgoing then late "
    "other second first".split())
GENERIC_HEADS = frozenset("official officials representative source sources diplomat diplomats person".split())


@dataclass
class Entity:
    ref: SpeakerRef
    role_words: set[str] = field(default_factory=set)
    gender: str = ""
    plural: bool = False
    key: str = ""  # slug or normalised name: how the article's mentions of one speaker are merged
    silent: bool = False  # an unnamed body the narration said kept silent ("The army did not respond"): "it" next


class SpeakerMemory:
    """The article's speakers, most recent last (`entities`), and the rules that pick an antecedent."""

    entities: list[Entity]
    index: GazetteerIndex
    names: ArticleNames
    position: int | None

    def last_person(self) -> SpeakerRef | None:
        """The person most recently named or quoted (the interviewee of a transcript's "A:")."""
        for entity in reversed(self.entities):
            if entity.ref.kind in PERSONAL and not entity.plural:
                return entity.ref
        return None

    def note_silent(self, ref: SpeakerRef | None) -> None:
        """The body just resolved kept silent ("The army did not respond to questions"): "it" may name it next."""
        key = (ref.slug or name_key(ref.name)) if ref is not None else None
        entity = next((e for e in self.entities if e.key == key), None)
        if entity is not None:
            entity.silent = True

    def remember(self, ref: SpeakerRef) -> None:
        """Make `ref` the most recent speaker (a continuation quote spoke again); not the narrator, whom the
        article's "he" or "she" never means."""
        if ref.mention.lower() not in FIRST_PERSON:
            self._remember(ref, ref.role, ref.mention)

    def recall(self, word: str) -> bool:
        """Make the person remembered under `word` (a surname or a full name) the most recent, if there is one."""
        key = name_key(word)
        for entity in reversed(self.entities):
            known = name_key(entity.ref.name)
            if entity.ref.kind in PERSONAL and not entity.plural and key and (
                    known == key or known.split()[-1:] == key.split()[-1:] and " " not in key):
                self.entities.remove(entity)
                self.entities.append(entity)
                return True
        return False

    def _family_member(self, word: str, surname: str) -> str | None:
        """"Clinton said" when the article names two Clintons: the one named in full earlier in the same paragraph,
        else the one the article introduced first (its subject: "Rep. Mark Meadows", then his wife)."""
        family = [e for e in reversed(self.entities)
                  if e.ref.kind == "person" and " " in name_key(e.ref.name) and name_key(e.ref.name).split()[-1] == surname]
        if not family:
            return None  # nobody of that name remembered: the name lookup after this step decides
        names = {n for n in self.names.names_with(word) if name_key(n).split()[-1:] == [surname]}
        if len({name_key(n) for n in names} | {name_key(e.ref.name) for e in family}) < 2:
            return None
        text, position = self.names.text, self.position or 0
        paragraph = text[text.rfind("\n", 0, position) + 1 : position]
        nearest = next((e for e in family if e.ref.name in paragraph), None)
        if nearest is not None:
            return nearest.ref.name
        named = _given_name_last(text, max(0, position - 800), position, names | {e.ref.name for e in family})
        if named is not None:
            return named  # "Swift and Travis attended …. “…,” Kelce shared": the Kelce just named by his first name
        return self.names.full_person_name(word) or min(names | {e.ref.name for e in family}, key=self.names.first_at)

    def _recent_with_role(self, words: list[str], definite: bool = False) -> Entity | None:
        keys = name_key(" ".join(words)).split()
        wanted = set(keys) - DETERMINERS - GENERIC_HEADS - SIGNATURE_SKIP - _STANDING
        if not wanted and keys[-1:] and keys[-1].endswith("s"):
            wanted = {keys[-1]}  # "the officials" are people with that role, not whoever spoke last
        holders = [entity for entity in reversed(self.entities) if entity.ref.kind in PERSONAL and all(
            word in entity.role_words or ROLE_WORD_SYNONYMS.get(word, frozenset()) & entity.role_words
            or self._spelled_out_in(word, words, entity.role_words)
            or (country := country_of(word)) is not None and name_key(country) in entity.role_words  # "Armenian"
            for word in wanted)]
        countries = countries_of(words)
        # "the U.S. president" is no president of another country the article named ("Venezuelan President X")
        holders = [entity for entity in holders if not another_country(entity.role_words, countries)]
        if "former" not in keys:
            # "the governor said": the sitting governor the article is about, not "Whitman, a former governor"
            holders = [entity for entity in holders if not entity.role_words & _FORMER] or holders
        if not holders and definite and len(keys) >= 2 and keys[-1] in wanted and all(
                word.islower() and word.isalpha() for word in words) and not wanted & _ANOTHER_HOLDER:
            # "said the insular socialist leader" after "The leader of PS/Madeira, Paulo Cafôfo": lower-case words
            # describing the role of the person just named (not "the opposition leader", "the deputy leader")
            last = self._recent_person()
            holders = [last] if last is not None and keys[-1] in last.role_words and not another_country(
                last.role_words, countries) else []
        return holders[0] if holders else None

    def _spelled_out_in(self, key: str, words: list[str], role_words: set[str]) -> bool:
        """"the spokesperson of the FO" after "Foreign Office (FO) spokesperson Mumtaz Zehra Baloch", whom the
        gazetteer knows as her foreign ministry's: an acronym the article spelled out, a word of which is a role
        word."""
        written = next((word for word in words if word.isupper() and word.lower() == key), None)
        expanded = self.names.acronym(written) if written else None
        return bool(expanded and set(name_key(expanded).split()) - DETERMINERS & role_words)

    def _recent_unnamed(self, head: str) -> Entity | None:
        singular = head.removesuffix("s")
        for entity in reversed(self.entities):
            if entity.ref.kind == "unnamed" and singular in name_key(entity.ref.name).replace("s ", " ").split() + [
                    w.removesuffix("s") for w in name_key(entity.ref.name).split()]:
                return entity
        return None

    def _one_of_group(self, mention: str) -> SpeakerRef | None:
        """"Diplomats said … One said …", "One of them said", "said another": one of the people last quoted as a
        group, unnamed; nobody when the article quoted no group (never the person named last)."""
        for entity in reversed(self.entities):
            if entity.plural or entity.ref.kind == "unnamed" and entity.ref.name.split()[-1].endswith("s"):
                if entity.ref.kind != "unnamed":
                    return None
                return SpeakerRef(name=f"one of the {entity.ref.name}", mention=mention, kind="unnamed")
            if entity is self.entities[-1] and entity.ref.kind == "unnamed" and mention.lower().startswith("another"):
                # "One senior Tory said … Another said …": another of the same description
                return SpeakerRef(name=f"another {entity.ref.name}", mention=mention, kind="unnamed")
        return None

    def _recent_person(self) -> Entity | None:
        return next((e for e in reversed(self.entities) if e.ref.kind in PERSONAL and not e.plural), None)

    def _recent_without_role(self) -> Entity | None:
        """"the prime minister said" after "Keir Starmer has promised": the last person whose role is unknown."""
        for entity in reversed(self.entities):
            if entity.ref.kind in PERSONAL and not entity.plural:
                return entity if not entity.role_words else None
        return None

    def _recent_of_gender(self, gender: str) -> Entity | None:
        """"“…,” the actress says" when no one is named an actress: the last person of the role's sex, as
        "she"."""
        return next((e for e in reversed(self.entities)
                     if e.ref.kind in PERSONAL and not e.plural and e.gender == gender), None)

    def _pronoun(self, pronoun: str, mention: str) -> SpeakerRef | None:
        entity = self._gendered(pronoun) if pronoun in ("he", "she") else self._collective(pronoun)
        if entity is None:
            return None
        self.entities.remove(entity)
        self.entities.append(entity)
        ref = entity.ref
        return SpeakerRef(ref.name, mention, ref.slug, ref.role, ref.kind)

    def _gendered(self, pronoun: str) -> Entity | None:
        """The most recent person whose gender matches or is unknown (recency beats a known match)."""
        entity = self._compatible(pronoun)
        if entity is not None:
            entity.gender = "male" if pronoun == "he" else "female"
        return entity

    def _compatible(self, pronoun: str, *, known: bool = False) -> Entity | None:
        """The most recent person the pronoun fits (recency beats a known match); with `known`, of the two most
        recent, the one known to fit ("Hillary Clinton …, Barack Obama …; her campaign"), else nobody."""
        wanted = "male" if pronoun == "he" else "female"
        # (never a body named as unnamed: "The government said …. “…,” he said in 2004")
        people = [e for e in reversed(self.entities) if e.ref.kind in PERSONAL and not e.plural and e.gender in (
            "", wanted) and not (e.ref.kind == "unnamed" and head_word(e.ref.name.split()) in ORG_NOUNS)]
        if known:
            fitting = next((e for e in people[:2] if e.gender == wanted), None)
            recent = [e for e in reversed(self.entities) if e.ref.kind in PERSONAL and not e.plural][:2]
            if fitting is None and len(recent) == 1 and people and people[0] is recent[0]:
                return people[0]  # "Bernie Sanders spoke …; his campaign": the one person named, gender unknown
            return fitting
        return people[0] if people else None

    def latest_person(self, mention: str) -> SpeakerRef | None:
        """The person named last, for a description of one that names no role ("the Malawian told Al Jazeera")."""
        entity = next((e for e in reversed(self.entities) if e.ref.kind == "person" and not e.plural), None)
        if entity is None:
            return None
        ref = entity.ref
        return SpeakerRef(ref.name, mention, ref.slug, ref.role, ref.kind)

    def owner(self, possessive: str) -> SpeakerRef | None:
        """Whom "his", "her" or "their" stands for, without making them the most recent speaker; only a person
        known to fit, since a wrong owner would name another organisation."""
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(possessive)
        if pronoun is None:
            return None
        entity = self._compatible(pronoun, known=True) if pronoun in ("he", "she") else self._collective(pronoun)
        return entity.ref if entity is not None else None

    def _collective(self, pronoun: str) -> Entity | None:
        last = self.entities[-1] if self.entities else None
        if pronoun == "they" and last is not None and last.ref.kind == "unnamed" and not last.plural and not (
                last.ref.name.endswith("s") or last.ref.name.split()[-1] in ("men", "women", "people", "police")):
            return last  # "A senior Whitehall official was more blunt. “…,” they said.": singular they
        for entity in reversed(self.entities):
            if pronoun == "it" and (entity.ref.kind in PERSONAL and not entity.silent or entity.plural):
                continue
            if pronoun == "they" and entity.ref.kind in PERSONAL and not entity.plural:
                continue
            return entity
        return None

    def _remember(self, ref: SpeakerRef, role: str, mention: str) -> None:
        key = ref.slug or name_key(ref.name)
        entity = next((e for e in self.entities if e.key == key), None)
        if entity is None:
            entity = Entity(ref, key=key)
            gazetteer_speaker = self.index.aliases.get(name_key(ref.name))
            if gazetteer_speaker is not None:
                for title in gazetteer_speaker.roles:
                    entity.role_words |= set(name_key(title).split()) - SIGNATURE_SKIP
            if ref.kind in PERSONAL:  # the name's evidence, read once: "Mr Pashinyan" among the gazetteer's aliases,
                # else the first name in the speaker's country, else a Slavic surname, else "his wife, Jamie …"
                entity.gender = alias_gender(gazetteer_speaker) or name_gender(
                    ref.name, gazetteer_speaker.country if gazetteer_speaker else "") or written_gender(
                    "", self.names.words_before(ref.name) if " " in ref.name else set())
        else:
            self.entities.remove(entity)
        self.entities.append(entity)
        entity.role_words |= with_role_acronyms(
            set(name_key(f"{own_role(role)} {own_role(ref.role)}").split()) - SIGNATURE_SKIP)
        words = mention.split()
        # "Ohio Gov. John Kasich", later "the Ohio governor": an abbreviated title is its role word
        entity.role_words |= {_TITLES[w.lower()] for w in words if w.lower() in _TITLES}
        first = words[0].lower() if words else ""
        if ref.kind in PERSONAL:
            # the article's words (an honorific, a gendered role) overrule the first-name lexicon's guess
            style = set(name_key(ref.name).split()[:1])  # "Duchess of Varnia", "Prince Harry": the style is a role
            entity.gender = written_gender(first, entity.role_words | style) or entity.gender
        last_word = head_word(words) if words else ""  # "the Sage group of science advisers" is one body
        # "Sen. Ted Cruz and Democrat Hillary Clinton" resolved to Clinton does not make her "they" for good
        entity.plural = (entity.plural or ref.kind == "group" or ref.kind != "person" and (
            last_word in PLURAL_HEADS or " and " in head_phrase(mention)))



def _given_name_last(text: str, start: int, end: int, names: set[str]) -> str | None:
    """Of several people sharing a surname, the one the text last called by the given name alone in [start, end)
    ("Donna said", "Swift and Travis attended": the article tells its namesakes apart by first name)."""
    last, found = -1, None
    for name in names:
        given, surname = name.split()[0], name.split()[-1]
        at = text.rfind(given, start, end)
        while at >= 0 and (text[at - 1 : at].isalnum() or text[at + len(given) : at + len(given) + 1].isalnum()
                           or text.startswith(surname, at + len(given) + 1)
                           or _shares_surname(text, at + len(given), surname)):
            at = text.rfind(given, start, at)
        if at > last:
            last, found = at, name
    return found


def _shares_surname(text: str, after: int, surname: str) -> bool:
    """"to Mphutlane and ‘Matšosane Tšosane": a given name joined to another person's full name shares that surname,
    so it is not the given name written alone."""
    return text.startswith(" and ", after) and surname in text[after : after + 60].split(".", 1)[0]


def own_role(role: str) -> str:
    """"President Trump’s ambassador to the United Nations" → "ambassador to the United Nations": a person owning
    the role is someone else, whose words are not this speaker's role ("Russia's foreign minister" keeps Russia)."""
    words = role.split()
    for at, word in enumerate(words):
        if word.endswith(("’s", "'s")) and word[:1].isupper() and not country_of(word[:-2]):
            return " ".join(words[at + 1 :])
    return role


def with_role_acronyms(words: set[str]) -> set[str]:
    """A role's words with its acronym, or the acronym's words: "the CMO" is the "Chief Medical Officer" named before."""
    for acronym, spelled in ROLE_ACRONYMS.items():
        spelled_words = set(spelled.split()) - SIGNATURE_SKIP
        if acronym in words:
            words = words | spelled_words
        elif spelled_words <= words:
            words = words | {acronym}
    return words


def head_phrase(mention: str) -> str:
    """The mention without its complement: "a spokesperson for the Universities and Colleges Association" is
    one person; "Varga and Nowak" are two."""
    return re.split(r"\s(?:of|for|at|from|in|with)\s", mention, maxsplit=1)[0]


def alias_gender(speaker: GazetteerSpeaker | None) -> str:
    """"Mr Pashinyan" among a gazetteer speaker's aliases."""
    firsts = {alias.split()[0].lower() for alias in speaker.aliases if " " in alias} if speaker else set()
    return "female" if firsts & FEMALE_HONORIFICS else "male" if firsts & MALE_HONORIFICS else ""


def written_gender(first_word: str, role_words: set[str]) -> str:
    """Gender as the article writes it: an honorific ("Ms", "Mr") or a gendered role ("the spokeswoman")."""
    if first_word in FEMALE_HONORIFICS or role_words & _FEMALE_ROLES:
        return "female"
    if first_word in MALE_HONORIFICS or role_words & _MALE_ROLES:
        return "male"
    return ""


def name_gender(name: str, country: str = "") -> str:
    """Gender as the name suggests it: the first-name lexicon (for the speaker's country where the gazetteer
    knows it: "Nikol" is a woman's name in Bulgaria, a man's in Armenia), else a Slavic surname's ending."""
    words = name.split()
    if len(words) >= 2 and pronoun_gender(words[0], country):
        return pronoun_gender(words[0], country)  # "Lynda Bennett", "Wayne King"
    if len(words) >= 3 and pronoun_gender(words[1], country):
        return pronoun_gender(words[1], country)  # "Jean Luc Brunel": "Jean" says nothing in English, "Luc" does
    surname = name_key(name).split()[-1] if name_key(name) else ""
    if surname.endswith(("ova", "eva", "ina", "skaya", "aya")) and len(surname) > 4:
        return "female"
    if surname.endswith(("ov", "ev", "in", "sky", "skiy")) and len(surname) > 3:
        return "male"  # not "-yan"/"-ian": Armenian surnames are a woman's as well as a man's
    return ""

