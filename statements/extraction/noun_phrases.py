"""Tokens and noun phrases of a masked sentence: the words a speaker phrase is made of, without a parser.

A noun phrase here is a run of capitalised words, role / organisation nouns, name particles and connectors
("the head of Armenia's National Security Council Armen Grigoryan"), or a pronoun. statements.extraction.mentions
finds the one next to a cue verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from statements.extraction.cues import (
    AUTHORED_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    NP_CONNECTORS,
    ORG_NOUNS,
    OUTLET_HEADS,
    PERSON_ROLE_NOUNS,
    PRONOUNS,
    ROLE_MODIFIERS,
    UNNAMED_HEADS,
    is_relative_pronoun,
)
from statements.extraction.sentences import MASK

# No token starts with a space: (?=\S) turns the spaces between tokens away before every alternative is tried.
TOKEN = re.compile(
    r"(?=\S)(?:(?P<word>(?:[^\W\d_]\.){2,}|(?=[A-Z][a-z]{1,4}\.)(?:Gen|Lt|Col|Maj|Brig|Adm|Sgt|Capt|Cmdr|Gov|Sen|Rep"
    # titles and companies' legal forms keep their full stop ("Acme Inc. said": the end of the subject)
    r"|Prof|Dr|Mr|Mrs|Ms|St|Jr|Sr|Rev|Hon|Supt|Insp|Det|Atty|Adv|Corp|Inc|Co|Ltd"
    # (and the professional titles of Nigerian and Ghanaian copy: "the Commissioner for Works, Engr. Musa Bello,")
    r"|Engr|Barr|Amb|Cdre|Pharm|Rt)\.(?=[\s,]|$)"
    r"|[A-Z]\.(?=\s+[A-Z])|\d{1,3}(?:,\d{3})+\b"
    r"|[A-Z]{1,3}&[A-Z]{1,3}\b"  # ("AT&T", "T&T": capitals joined by an ampersand are one word)
    r"|[^\W_](?:[\w’'\-.]*[^\W_])?(?:[’']s?)?)|(?P<punct>[,;:()\[\]—–“”\"«»„!?]|~+|\.))"
)
# Arabic and other name particles written in lower case and joined to the name: "al-Burhan", "bin Salman".
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|az|abu|bin|ibn|bint|ben|de|da|di|du|van|von|le|la|der|den)[-’'][A-Z]")
# Lower-case particles between a given name and a surname: "Laurence des Cars", "Ursula von der Leyen",
# "Juan de la Fuente", "Mohammed bin Salman", "André Corrêa do Lago".
NAME_PARTICLES = frozenset(
    "de da di du des do dos das del della dei van von der den ter ten zu bin ibn bint al el la le".split()
)
# (a question's auxiliary, never a particle: "Why do Americans say …")
# Plural nouns whose possessive qualifies a body's name ("the UN children’s agency", "a women’s rights group")
_POSSESSED_BY_PEOPLE = frozenset("children women people worker farmer veteran".split())
# The lower-case particles that may open a surname written without its given name ("von der Leyen", "de Klerk")
_SURNAME_OPENERS = frozenset("von van de der den del della di da du dos das ter ten".split())
_NOT_BEFORE_PARTICLE = frozenset("what why how where when who which whom whose".split())
# (and "news", "daily", "weekly": "A Channel 12 news report claimed", "the Serbian daily Vecernje Novosti")
NOUN_WORDS = (PERSON_ROLE_NOUNS | ROLE_MODIFIERS | ORG_NOUNS | DOCUMENT_NOUNS | GROUP_NOUNS | UNNAMED_HEADS
              | AUTHORED_NOUNS | OUTLET_HEADS | {"news", "daily", "weekly", "powers"}
              # what an agency is for ("Gaza’s civil defence agency", "the fire and rescue service")
              | set("civil fire rescue disaster ambulance coast border aviation weather meteorological television ship "
                    "tanker crew".split()))
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Capitalised only because they open a sentence or clause; never part of a name.
FUNCTION_WORDS = frozenset(
    """
    then but and however meanwhile also so still yet now later earlier instead separately finally moreover
    indeed in on at during after before while when where whereas as since this that these those there here if although
    though because with without for from by to of speaking asked asking responding answering turning
    """.split()
)


class Token(NamedTuple):
    """A word or punctuation mark of a masked sentence (a NamedTuple: tokens are made by the thousand)."""

    text: str
    start: int
    end: int
    is_word: bool

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Mention:
    """A speaker phrase as written; `apposition` holds a comma-enclosed description next to it."""

    text: str
    start: int
    end: int
    apposition: str = ""

    @property
    def is_pronoun(self) -> bool:
        return self.text.lower() in PRONOUNS or self.text.lower() in OBJECT_PRONOUNS


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [
        new_tuple(Token, (m[0], offset + m.start(), offset + m.end(), m.lastgroup == "word"))
        for m in TOKEN.finditer(text)
    ]


# Tokens are made by the thousand per article: tuple.__new__ skips the NamedTuple's Python-level __new__.
new_tuple = tuple.__new__


# Companies whose name is a possessive: "Moody’s said" has a subject, not an owner without its noun
POSSESSIVE_NAMES = frozenset("Moody's McDonald's Sotheby's Christie's Lloyd's Sainsbury's Macy's Kellogg's Wendy's "
                             "Domino's Lowe's Kohl's Hershey's Dillard's Denny's".split())


def is_possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'")) and word.replace("’", "'") not in POSSESSIVE_NAMES


def is_particle_name(word: str) -> bool:
    """"al-Burhan", "bin Salman": lower-case particles joined to a name are part of the name."""
    return bool(_PARTICLE_NAME.match(word))


_ARTICLES = frozenset("the a an".split())


def collect_backward(tokens: list[Token]) -> Mention | None:
    """The noun phrase at the end of `tokens`, or None if they do not end in one."""
    picked: list[Token] = []
    skip_to = -1
    for at in range(len(tokens) - 1, -1, -1):
        if at > skip_to >= 0:
            continue
        token = tokens[at]
        if not token.is_word:
            if picked and nickname_at(tokens, at - 2):
                skip_to = at - 3  # "Jose Enrique “Quiquito” Melendez said": a nickname inside the name
                continue
            if picked and token.text == ")" and at >= 3 and tokens[at - 2].text == "(" and (
                    tokens[at - 1].text.isupper() and tokens[at - 1].text.isalpha() and tokens[at - 3].text[:1].isupper()):
                skip_to = at - 3  # "Foreign Office (FO) spokesperson Amina Rauf": the name's acronym in brackets
                continue
            if picked and at >= 3 and _titled(tokens, at):
                # "The “Poker Face” singer told …": a quoted title before the noun, the article's epithet for
                # someone it named; the phrase keeps its determiner, without the title
                picked.append(tokens[at - 3])
            break
        low = token.text.lower()  # (not the .low property: a Python call per token)
        if picked and particle_in_name(tokens, at):
            picked.append(token)
            continue
        if picked and is_possessive(token.text) and low.rstrip("s’'").rstrip("’'") in _POSSESSED_BY_PEOPLE:
            picked.append(token)  # "The UN children’s agency said": the possessive names whom the body is for
            continue
        if picked and token.text in _SURNAME_OPENERS and picked[-1].text[0].isupper():
            opening = at
            while opening > 0 and tokens[opening - 1].text in NAME_PARTICLES:
                opening -= 1
            if opening == 0 or not tokens[opening - 1].is_word:
                # "“We are ready,” von der Leyen added", "de Klerk said": the particles open the surname
                return mention_of([*tokens[opening : at + 1], *reversed(picked)])
        if not picked:
            if low in PRONOUNS:
                return Mention(token.text, token.start, token.end)
            if is_relative_pronoun(token.text):
                return Mention(token.text, token.start, token.end)
            if low in NP_CONNECTORS or low in DETERMINERS or is_possessive(token.text):
                return None
        if np_word(token):
            picked.append(token)
            if low in _ARTICLES and at > 0 and picked[:-1] and tokens[at - 1].is_word and (
                    tokens[at - 1].text.islower() and tokens[at - 1].low not in NP_CONNECTORS
                    or tokens[at - 1].text[:1].isupper() and picked[-2].text.islower()):
                # "in a statement the Tánaiste said", "under Moon the military announced": the article opens the
                # phrase after a noun or a name (but "Ivan the Terrible")
                break
        else:
            break
    picked.reverse()
    while picked and (picked[0].low in NP_CONNECTORS and picked[0].low not in DETERMINERS or picked[0].low in FUNCTION_WORDS):
        if picked[0].low in NAME_PARTICLES and picked[0].text[:1].isupper() and len(picked) > 1 and (
                picked[1].text[:1].isupper()):
            break  # "“…,” Al Hassan said", "De Lima added", "Le Monde reported": the particle opens the name
        picked.pop(0)
    if len(picked) > 1 and picked[0].low in _MONTHS_AS_NAMES and picked[1].text[:1].isupper():
        before = tokens.index(picked[0]) - 1
        if before >= 0 and tokens[before].low in ("of", "in", "since", "until", "by", "from", "during", "early", "late"):
            picked.pop(0)  # "At the end of May Bouterse urged voters": the month, then the name
    return mention_of(picked)


# Months that are also given names
_MONTHS_AS_NAMES = frozenset("april may june july august".split())


def nickname_at(tokens: list[Token], opening: int) -> bool:
    """tokens[opening - 1 : opening + 4] are a one-word nickname in quote marks between capitalised words of a name
    ("Enrique “Quiquito” Melendez"; find_quotes leaves such marks unpaired, so the word is not masked)."""
    return (1 <= opening and opening + 3 < len(tokens) and tokens[opening].text in ("“", '"')
            and tokens[opening + 2].text in ("”", '"') and all(
                tokens[at].is_word and tokens[at].text[:1].isupper() for at in (opening - 1, opening + 1, opening + 3)))


def _titled(tokens: list[Token], at: int) -> bool:
    """tokens[at - 3 : at + 1] are a determiner and a masked quote: "the “~~~”"."""
    return (tokens[at].text == "”" and tokens[at - 1].text.startswith(MASK) and tokens[at - 2].text == "“"
            and tokens[at - 3].low in ("the", "a", "an"))


def particle_in_name(tokens: list[Token], at: int) -> bool:
    """Whether tokens[at] is a name particle between capitalised words ("des" in "Laurence des Cars")."""
    if tokens[at].low not in NAME_PARTICLES or not tokens[at].text.islower():
        return False
    before = at - 1
    while before >= 0 and tokens[before].low in NAME_PARTICLES and tokens[before].text.islower():
        before -= 1
    after = at + 1
    while after < len(tokens) and tokens[after].low in NAME_PARTICLES and tokens[after].text.islower():
        after += 1
    return (before >= 0 and after < len(tokens) and tokens[before].is_word and tokens[after].is_word
            and tokens[before].text[0].isupper() and tokens[after].text[0].isupper()
            and tokens[before].low not in _NOT_BEFORE_PARTICLE)


def np_word(token: Token) -> bool:
    low = token.low
    return (
        token.text[0].isupper()
        or bool(_PARTICLE_NAME.match(token.text))
        or token.text[0].isdigit()
        or low in NOUN_WORDS
        or low in NP_CONNECTORS
        or low in DETERMINERS
        or low.rstrip("’'s") in NOUN_WORDS
        or _hyphenated_role(low)
        or low.endswith("ies") and singular(low) in NOUN_WORDS  # "companies", "agencies"
        or low.endswith(("s'", "s’")) and low[:-2].isalpha()  # a plural's possessive: "the two countries' ministries"
    )


def singular(noun: str) -> str:
    """"companies" → "company", "councils" → "council"; other words as they are."""
    if noun.endswith("ies"):
        return f"{noun[:-3]}y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def mention_of(picked: list[Token]) -> Mention | None:
    if not picked:
        return None
    head = picked[-1]
    if head.low in NP_CONNECTORS or head.low in DETERMINERS or is_possessive(head.text):
        return None
    if not any(t.text[0].isupper() or t.low in NOUN_WORDS or _hyphenated_role(t.low) or _PARTICLE_NAME.match(t.text)
               for t in picked):
        return None  # (but "al-Hassan said": a surname with its particle)
    return Mention(" ".join(t.text for t in picked), picked[0].start, picked[-1].end)


def _hyphenated_role(low: str) -> bool:
    # "vice-chancellor", "co-founder"; "the 36-year-old", the person described by age
    return "-" in low and (low.split("-")[-1] in PERSON_ROLE_NOUNS or low.endswith("-year-old") and low[:1].isdigit())
