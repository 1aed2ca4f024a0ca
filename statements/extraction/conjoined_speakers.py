"""Speaker phrases that join several parties: "The United States, France and Britain condemned" (the list),
"Trump and Ryan said" and "Hamas and Iran" (the first named, as docs/gold-realnews.md credits conjoined speakers),
"Officials from Egypt and Qatar" (people of both, described), and "They" after a sentence that ends naming two
people. Mixed into `SpeakerResolver` (speakers.py), whose `_person`, `_organisation` and `_alias_match` it uses.
"""

from __future__ import annotations

import re

from statements.extraction.alias_index import GazetteerIndex, strip_determiner
from statements.extraction.article_names import ArticleNames
from statements.extraction.countries import country_of
from statements.extraction.cues import (
    KIN_NOUNS,
    KNOWN_ORGANISATIONS,
    NON_SPEAKER_HEADS,
    PEOPLE_PLURALS,
    PERSON_ROLE_NOUNS,
    ROLE_MODIFIERS,
    SURVEY_BODY,
    UNNAMED_HEADS,
)
from statements.extraction.genders import first_name_gender
from statements.extraction.keys import name_key
from statements.extraction.listed_subjects import STATE_PLURALS
from statements.extraction.organisation_names import company_name
from statements.extraction.organisation_names import proper_name
from statements.extraction.speaker_names import head_word, split_name, unnamed_description
from statements.extraction.types import SpeakerRef
from statements.text import CAPITAL

# Bodies named like a non-speaker noun: "Serbian List", "Joint List" (parties), "Hindenburg Research" (a firm)
_NAMED_BODY_HEADS = frozenset({"list", "research"})
_PEOPLE_PREPOSITIONS = frozenset({"from", "of", "in"})
_PAIR_AT_END = re.compile(rf"(?P<first>[{CAPITAL}][\w’'-]+\s+[{CAPITAL}][\w’'-]+)\s+and\s+(?:[a-z]+\s+){{0,2}}"
                          rf"(?P<second>[{CAPITAL}][\w’'-]+\s+[{CAPITAL}][\w’'-]+)\.$")


class ConjoinedSpeakers:
    """The list and conjoined-party rules of `SpeakerResolver`."""

    names: ArticleNames
    index: GazetteerIndex

    def _pair_just_named(self, position: int) -> str | None:
        """"… two Democratic politicians: Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez. They
        criticised …": the two people the sentence before "They" ends with, the first of them."""
        before = self.names.text[max(0, position - 300) : position].rstrip()
        found = _PAIR_AT_END.search(before)
        if found is None or not first_name_gender(found["first"].split()[0]) or not first_name_gender(
                found["second"].split()[0]):
            return None
        return found["first"]

    def _non_speaker_or_list(self, words: list[str], text: str, definite: bool) -> tuple[SpeakerRef | None, str] | None:
        """No speaker for "according to the data"; "The United States, France and Britain condemned …": the list
        speaks, as the article names it."""
        head = head_word(words)
        if head in NON_SPEAKER_HEADS and not SURVEY_BODY.search(" ".join(words)):  # (not "the Geological Survey")
            if head in _NAMED_BODY_HEADS and proper_name(words) and words[-1].lower() == head and len(words) > 1:
                # "The Serbian List", a party; "Hindenburg Research", "Counterpoint Research": firms
                return self._organisation(words, text, definite), ""
            return None, ""
        listed = re.sub(r"^(?:(?:both|Both)\s+)?(?:the\s+|The\s+)?", "", text.strip())
        parties = re.split(r",\s*(?:and\s+)?|\s+and\s+(?:the\s+)?", listed)
        if len(parties) >= 2 and all(country_of(party) for party in parties):
            return SpeakerRef(name=listed, mention=text, kind="group"), ""
        if len(parties) >= 3 and all(self._listed_body(party) for party in parties):
            # "The African Union, ECOWAS and the EU condemned": the list speaks, as the article names it
            return SpeakerRef(name=listed, mention=text, kind="group"), ""
        people = [self._named_person(party) for party in parties] if len(parties) >= 2 else []
        if people and all(people):
            # "Trump and Ryan issued a statement", "both Vindman and Williams told lawmakers": conjoined people are
            # credited to the first named (docs/gold-realnews.md, "Conjoined speakers")
            return self._person(people[0], "", text), ""
        if len(parties) >= 2 and all(party.lower() in KIN_NOUNS for party in parties):
            return None, ""  # "father and son finally agreed": two people the article names elsewhere, no source
        if len(parties) >= 2 and all(head_word(party.split()) in PEOPLE_PLURALS for party in parties):
            first, _, rest = listed.partition(" ")  # "Black voters, campaign organizers and veteran volunteers"
            return SpeakerRef(name=f"{unnamed_description(first)} {rest}", mention=text, kind="unnamed"), ""
        return None

    def _listed_body(self, party: str) -> bool:
        """A state or a body a list names: a country, an acronym, or a name the lexicons know ("the EU", "ECOWAS",
        "the African Union")."""
        words = re.sub(r"^(?:the|The)\s+", "", party).split()
        return bool(words) and (country_of(" ".join(words)) is not None or len(words) == 1 and words[0].isupper()
                                or " ".join(words).lower() in KNOWN_ORGANISATIONS
                                or all(w[:1].isupper() for w in words) and self._alias_match(words) is not None)

    def _first_of_conjoined(self, words: list[str]) -> list[str]:
        """The name before the last "and" of a phrase joining two names, when the name after it is one the
        lexicons know, or a word the article also writes without the "and" ("Iran", "the European Union",
        "Microsoft"), and the whole phrase is no name ("Bosnia and Herzegovina", "Marks and Spencer")."""
        lows = [w.lower() for w in words]
        if "and" not in lows[1:-1]:
            return []
        at = len(lows) - 1 - lows[::-1].index("and")
        left, right = words[:at], [w for w in words[at + 1 :] if w.lower() != "the"]
        opening = next((i for i, low in enumerate(lows[:at]) if low in _PEOPLE_PREPOSITIONS), 0)
        if opening and lows[opening - 1] in PEOPLE_PLURALS | UNNAMED_HEADS:
            return []  # "Officials from Egypt and Qatar": people of both, described
        if all(low in ROLE_MODIFIERS or low in PERSON_ROLE_NOUNS or low in ("the", "of", "vice") for low in lows[:at]):
            return []  # "Deputy Prime Minister and Foreign Minister Ali Karimov": two offices of one person
        # "Poland and the Baltic states": states described after "and the" are a party as a name is (but "the United
        # States and Saudi governments" share their head)
        described = (lows[at + 1] == "the" and len(right) > 1 and right[-1] in STATE_PLURALS
                     and all(w[:1].isupper() for w in right[:-1]))
        if not right or not (described or all(w[:1].isupper() for w in right)) or not any(
                w[:1].isupper() for w in left):
            return []
        phrase = " ".join(words)
        if country_of(phrase) or strip_determiner(name_key(phrase)) in self.index.aliases:
            return []
        known = (described or country_of(" ".join(right)) or " ".join(right).lower() in KNOWN_ORGANISATIONS
                 or self._alias_match(right) is not None or company_name(right, self.names)
                 or len(right) == 1 and self.names.full_person_name(right[0]) is None and re.search(
                     rf"(?<![\w’'-])(?<!and ){re.escape(right[0])}(?![\w’'-])", self.names.text) is not None)
        return left if known else []

    def _named_person(self, phrase: str) -> str | None:
        """The person a list item names: a full name with a known given name, or a surname the article wrote in full."""
        words = phrase.split()
        name, title = split_name(words)
        if name and title:  # "Senator Tom Cotton and Senator Josh Hawley said": the names after their titles
            words = name.split()
        elif title:
            return None  # "Vice President and Foreign Minister X": an office, no person ("Vice" is a given name too)
        if len(words) == 1 and words[0][:1].isupper():
            return self.names.full_person_name(words[0])
        return " ".join(words) if 2 <= len(words) <= 3 and first_name_gender(words[0]) and all(
            w[:1].isupper() for w in words) else None
