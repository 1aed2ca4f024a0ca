"""What may be a speaker in the raw extraction, and what stands in for a mention that may not.

`SpeakerChecks` is mixed into `SpeakerResolver` (speakers.py), beside `SpeakerMemory`. A resolved speaker passes
two checks: the article's own evidence (`_junk`: a town the article puts "in", a quantity, an adverb opening the
sentence, a capitalised word the article also writes in lower case) and the mint guard's rule
(`speaker_guard.never_a_speaker`, the one the writer applies before it stores a speaker). A mention refused so is
replaced, in this order, by the issuer of a document mentioned again ("another release", "the statement": the
organisation quoted last), by a described document ("the ransom note", for its unnamed author), by an unnamed
source described as written when its head is a source noun ("police", "local authorities", "a rights group"),
else by nothing: "The company" names no one.
"""

from __future__ import annotations

import re

from statements.extraction.article_names import ArticleNames
from statements.extraction.countries import country_of
from statements.extraction.cues import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    KNOWN_ORGANISATIONS,
    MONTHS,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
    UNNAMED_HEADS,
    WEEKDAYS,
    WRITTEN_BY_OTHERS,
)
from statements.extraction.genders import first_name_gender
from statements.extraction.keys import name_key
from statements.extraction.speaker_guard import is_place, never_a_speaker, region_names, subdivision_names
from statements.extraction.speaker_memory import PERSONAL, Entity
from statements.extraction.speaker_names import head_word
from statements.extraction.noun_phrases import Mention
from statements.extraction.types import SpeakerRef

# Words that open a sentence as its subject without naming anyone ("Thousands have said …").
_QUANTITIES = frozenset("thousands hundreds dozens millions scores many most some several others few all both".split())
# Heads of a source the article describes without naming it: people, groups, and the state's bodies in general
# ("the ministry", "local authorities"); a company or a party named by a common noun names no one.
_SOURCE_HEADS = UNNAMED_HEADS | GROUP_NOUNS | PERSON_ROLE_NOUNS | frozenset(
    "group authorities authority government governments ministry ministries department military army junta "
    "militia charity coalition brigade battalion regiment garrison".split())
# Heads of civic bodies that speak when the article says which ("the police union", "the aid agency", "the city
# council"), never bare ("the agency said" with no agency named is no one)
_BODY_HEADS = frozenset("union unions agency council board commission committee association office offices service "
                        "wing".split())  # ("the central bank's press service", "the military's media wing")
# The capitalised words a sentence opens with ("Prime Minister Benjamin Netanyahu authorized …")
_OPENING_NAME = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+)\s+[a-z]")
# Words before a document noun that point back to a document already quoted ("another release", "a new statement").
_RANGE = re.compile(r"[a-z-]+s to [a-z-]+s")
_BACK_REFERENCES = DETERMINERS | frozenset("another second later new further earlier subsequent same".split())


def _document_name(name: str) -> bool:
    """Whether a speaker's name is a document's ("final communique"), which speaks for an issuer."""
    return not DOCUMENT_NOUNS.isdisjoint(name.lower().split())


class SpeakerChecks:
    """The checks a resolved speaker passes before it is returned, and their fallbacks."""

    entities: list[Entity]
    names: ArticleNames
    position: int | None  # where the mention being resolved starts in `names.text`

    def _checked(self, ref: SpeakerRef | None, mention: str) -> SpeakerRef | None:
        """`ref`, or what stands in for it when it may be no speaker (see the module's docstring)."""
        if ref is None or ref.slug:
            return ref
        if self._junk(ref):
            return None
        refusal = never_a_speaker(ref.name, ref.kind, self.names.text)
        if refusal is None:
            return ref
        words = [w.lower() for w in mention.replace(",", " ").split()]
        head = head_word(words) if words else ""
        if head in DOCUMENT_NOUNS:
            words = self._document_phrase(words)
            if all(w in _BACK_REFERENCES for w in words[:-1]) and head not in WRITTEN_BY_OTHERS and (
                    words[0] != "the" or self._written_before(head)):
                # (a document the article had not mentioned, "According to the declaration, …", is its own
                # statement, as "the final declaration" is; so is one before anyone but documents spoke)
                issuer = self._issuer(mention, head)
                if issuer is not None or any(not _document_name(e.ref.name) for e in self.entities):
                    return issuer
        if head in ORG_NOUNS and words and words[0] in ("his", "her", "their"):
            return self._owned(words, head, mention)
        while words and words[0] in DETERMINERS:
            words.pop(0)  # "the foreign ministries of both countries": as written, but for the article
        if head not in _SOURCE_HEADS and head not in DOCUMENT_NOUNS and not (head in _BODY_HEADS and len(words) > 1):
            return None
        described = " ".join(words)
        # a document speaks for its unnamed author, an organisation ("the ransom note", "the internal memo")
        kind = "organisation" if head in DOCUMENT_NOUNS else "unnamed"
        return SpeakerRef(name=described, mention=mention, role=described, kind=kind)

    def _owned(self, words: list[str], head: str, mention: str) -> SpeakerRef | None:
        """"her campaign", "his party": the organisation of the person the pronoun stands for ("Anna Varga’s
        campaign"), or nobody when the article has named no one it fits."""
        owner = self.owner(words[0]) or self._sentence_person()
        if owner is None or owner.kind != "person":
            return None
        return SpeakerRef(name=f"{owner.name}’s {' '.join(words[1:])}", mention=mention, kind="organisation")

    def _sentence_person(self) -> SpeakerRef | None:
        """"Netanyahu authorized a delegation to travel to Qatar, his office said.": the person the sentence opens
        with, whom "his" means before any other is named."""
        if self.position is None:
            return None
        text = self.names.text
        start = max(text.rfind(". ", 0, self.position), text.rfind("\n", 0, self.position)) + 1
        opening = _OPENING_NAME.match(text, start, self.position)
        return self.resolve(Mention(opening.group(1), opening.start(1), opening.end(1))) if opening else None

    def _document_phrase(self, words: list[str]) -> list[str]:
        """A document's noun phrase with the lower-case words written before the mention ("the ransom note", of
        which the mention finder kept "note")."""
        if self.position is None or len(words) > 1 and words[0] in _BACK_REFERENCES:
            return words
        written: list[str] = []
        for word in reversed(self.names.text[max(0, self.position - 60):self.position].split()[-3:]):
            if word.lower() in _BACK_REFERENCES:
                return [word.lower(), *written, *words]  # "The ransom note", "another release"
            if not word.isalpha() or not word.islower():
                break
            written.insert(0, word)
        return words  # no determiner: "Bitcoin note" is no phrase of the mention

    def _issuer(self, mention: str, head: str) -> SpeakerRef | None:
        """The organisation quoted last, for a document (its noun `head`) mentioned again: a speaker that is not a
        person's full name (a company written by one word is taken for a surname until the article says more), or
        the same document quoted before."""
        for entity in reversed(self.entities):
            ref = entity.ref
            if _document_name(ref.name) and head not in ref.name.lower().split():
                continue  # ("The final communique said …. A draft seen by Reuters said": no document issues another)
            if ref.kind in ("organisation", "government", "group") or ref.kind == "person" and " " not in ref.name \
                    or entity.plural and ref.kind == "unnamed":  # ("the leaders said …. The communique said")
                return SpeakerRef(ref.name, mention, ref.slug, ref.role, ref.kind)
            if ref.kind in PERSONAL:
                return None  # a person spoke last: whose release it is, the text does not say
        return None

    def _junk(self, ref: SpeakerRef) -> bool:
        """Never a speaker: a place other than a country or capital ("California said"), a common noun capitalised
        by its place in the sentence ("Things", "Others": the article writes it in lower case elsewhere), or a
        phrase without a capital letter that names no role, organisation or group ("health")."""
        if _RANGE.fullmatch(ref.name):
            return True  # "residents who run the gamut from farmers to professors": a range, nobody speaking
        if ref.slug or ref.kind in ("unnamed", "group") or _document_name(ref.name):
            return False  # "a DEA complaint", "the internal memo": a document speaks for its unnamed author
        words = ref.name.split()
        if not words:
            return True
        if ref.kind != "government" and not country_of(ref.name) and not country_of(ref.mention) and (
                name_key(ref.name) in region_names() or name_key(ref.mention) in region_names()):
            return True  # "New Jersey said", read as a Mr New or as "New Hampshire" named before
        if len(words) == 1:
            word = words[0]
            low = word.lower()
            if ref.kind != "government" and is_place(word) and not country_of(word) and (
                    name_key(word) in region_names() or self.names.written_as_place(word)):
                return True  # but "Massy said", a company the article never puts "in", is no town speaking
            if ref.kind == "person" and name_key(word) in subdivision_names() and not first_name_gender(word) and (
                    self.names.full_person_name(word) is None):
                return True  # "Karnataka reported five deaths": a state, no surname of anyone the article names
            if low in _QUANTITIES or low in MONTHS or low in WEEKDAYS:
                return True  # ("May’s larger-than-expected increase": the month; Theresa May has her full name)
            if low.endswith("ly") and len(low) > 5 and not first_name_gender(word):
                return True  # "Eventually recalled by the Reich, Peters …": an adverb opening the sentence
            nouns = KNOWN_ORGANISATIONS | ORG_NOUNS | PERSON_ROLE_NOUNS | GROUP_NOUNS
            if word[:1].isupper() and not word.isupper() and low not in nouns and self.names.has_word(low):
                return True
        if not any(ch.isupper() for ch in ref.name):
            return head_word([w.lower() for w in words]) not in PERSON_ROLE_NOUNS | ORG_NOUNS | GROUP_NOUNS
        return False

