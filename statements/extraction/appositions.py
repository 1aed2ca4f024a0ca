"""A subject with an apposition before its verb: "Armenia, Russia's formal ally, denied", "The EU special envoy,
Miroslav Lajcak, said", "Médecins Sans Frontières (MSF), which supported the hospital, said". Which comma opens the
apposition, and whether the subject is the phrase before it or the name inside it; and an apposition whose closing
comma the copy left out ("Michael Kugelman, a South Asia analyst based in Washington said"). Used by mentions.py.
"""

from __future__ import annotations

import re

from statements.extraction.clause_words import SUBORDINATORS
from statements.extraction.cues import (
    DETERMINERS,
    ONE_OF_THEM,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
    SETTING_OPENING_WORDS,
    UNNAMED_HEADS,
    is_relative_pronoun,
)
from statements.extraction.described_people import subject_with_postmodifier
from statements.extraction.countries import country_of
from statements.extraction.genders import first_name_gender
from statements.extraction.listed_subjects import PREPOSITIONS, countries_listed, listed_object
from statements.extraction.noun_phrases import NAME_PARTICLES, Mention, Token, collect_backward, tokenize

PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*")  # "D-Ariz.", "R-N.Y."

CLAUSE_OPENERS = frozenset(
    "who whose which speaking having writing talking asked answering responding appearing addressing visiting "
    "meeting for in too meanwhile however including led".split()  # ("Several Republicans, including Sen. X, R-Ark.,")
)


def subject_with_apposition(masked: str, floor: int, tokens: list[Token]) -> Mention | None:
    """"Armenia, Russia's formal ally, denied" / "The RSF, which has fought since April 2023, denied" /
    "Médecins Sans Frontières (MSF), which supported the hospital, said": the subject is before the
    comma that opens the apposition (the nearest one that gives a speaker phrase)."""
    commas = [i for i, token in enumerate(tokens[:-1]) if token.text == ","]
    for first in reversed(commas):
        inner = tokens[first + 1 : -1]
        if not inner or len(inner) > 32:
            return None
        if _place_comma(tokens, first) and first != commas[0]:
            continue  # "X, an ecologist … in Cambridge, United Kingdom,": the region of a place inside the apposition
        # "Edem Wosornu, Director of Operations at the UN Office for … Affairs (OCHA), said": an acronym in
        # brackets does not end the apposition.
        plain = all(t.is_word or _bracketed_acronym(inner, i) or _listing_comma(inner, i) or _place_comma(inner, i)
                    or _quoted_words(inner, i) or t.text == "." and i and inner[i - 1].text == "No"  # "world No. 1"
                    for i, t in enumerate(inner)) and len(inner) <= 30
        if not plain and inner[0].low not in CLAUSE_OPENERS or inner[0].low in ("and", "or"):
            continue  # an inner comma, or a list's ", and": the apposition opens further left
        before = tokens[:first]
        if len(before) >= 3 and before[-1].text == ")" and before[-3].text == "(":
            before = before[:-3]  # "Médecins Sans Frontières (MSF)"
        elif len(before) >= 5 and before[-1].text == ")" and before[-4].text == "(" and PARTY_TAG.fullmatch(
                before[-3].text):
            before = before[:-4]  # "Rep. John Lewis (D-Ga.), a civil rights icon, said"
        if len(before) >= 4 and before[-1].text == "." and PARTY_TAG.fullmatch(before[-2].text):
            before = before[:-1]  # ("D-Ariz" and its full stop)
        if len(before) >= 3 and before[-2].text == "," and (before[-1].text.isdigit() and len(before[-1].text) <= 3
                                                             or PARTY_TAG.fullmatch(before[-1].text)):
            # "Woodrow Benford, 58, who lives …, says", "Sen. Mark Kelly, D-Ariz., a former pilot, said": the age
            # or the party and state are a second apposition
            before = before[:-2]
        if before and " ".join(t.low for t in before) in ONE_OF_THEM and inner[0].low in ("a", "an", "speaking"):
            # "One of them, a Yemeni man, said", "One of them, speaking on condition of anonymity, said": one of a
            # group, or the one described (not "One, who asked not to be named, said", whom realnews' gold names by
            # an earlier description)
            return Mention(masked[before[0].start : before[-1].end], before[0].start, before[-1].end,
                           masked[inner[0].start : inner[-1].end])
        head = _described_head(masked, before, collect_backward(before))
        source = subject_with_postmodifier(masked, floor, tokens[first].start) if plain and inner[0].low in (
            "who", "speaking") and (head is None or head.text.split()[0].lower() in DETERMINERS) else None
        if source is not None and source.end == tokens[first].start and (head is None or source.start < head.start):
            # "Two officials familiar with the investigation, who spoke on condition of anonymity, said"
            return Mention(source.text, source.start, source.end, masked[inner[0].start : inner[-1].end])
        if head is not None and " and " in head.text:
            head = countries_listed(masked, floor, before, head)
        if head is not None and any(t.low in ("and", "or") for t in inner) and listed_object(before, head):
            # "The G7 Foreign Ministers, representing Canada, France and Italy, have issued": a list inside the
            # apposition, whose opening comma is further left
            continue
        if head is not None and head.is_pronoun and len(before) == 1 and len(inner) <= 4 and (
                inner[0].low in _PRONOUN_ASIDES or inner[0].low in _SENTENCE_ADVERBS) and all(
                t.text.islower() for t in inner):
            return head  # "He, however, warned", "She, on her part, said": the pronoun, an adverb set off
        if head is None or head.is_pronoun or is_relative_pronoun(head.text):
            # ("Her rival, Gov. Tim Walz of Minnesota, said", "One of them, Sen. Joe Manchin of West Virginia,": the
            # name before its state)
            of = next((i for i, t in enumerate(inner) if t.low in ("of", "from")), len(inner))
            if plain and 2 <= of <= 4 and all(t.text[0].isupper() for t in inner[:of]) and all(
                    t.text[0].isupper() for t in inner[of + 1 :]) and len(inner) - of <= 4:
                inner = inner[:of]
            if plain and 2 <= len(inner) <= 4 and all(t.text[0].isupper() for t in inner):
                # "The EU special envoy for the Belgrade-Pristina dialogue, Miroslav Lajcak, said": the name; "The
                # group that owns her music, Big Machine, says": an organisation's name, its description kept
                return Mention(masked[inner[0].start : inner[-1].end], inner[0].start, inner[-1].end,
                               _organisation_described(masked, before))
            if plain and len(inner) == 1 and before and before[-1].text.islower() and first_name_gender(
                    inner[0].text) and not country_of(inner[0].text):
                # "Mr Murphy's sister, Aoife, told …", "His son, Daniel, said": the given name says who
                return Mention(inner[0].text, inner[0].start, inner[0].end)
            if plain and not any(t.low in ("and", "or") for t in inner):
                return None
            continue  # "…, senior vice president of fleet, finances and alliances at Zentra,": a list's comma
        styled = _after_style(inner) if plain and inner[0].low == "the" else None
        if styled is not None:
            # "Prime Minister of Grenada, the Hon. Dickon Mitchell, said", "…, the Rt. Hon. Mark Golding,": the
            # parliamentary style opens a person's name
            return Mention(masked[styled[0].start : styled[-1].end], styled[0].start, styled[-1].end,
                           masked[head.start : head.end])
        close = _SOURCE_CLOSE_TO.search(masked, max(floor, head.start - 60), head.end) if plain and (
            _full_name(inner)) else None
        if close is not None and close.start() <= head.start and (close["noun"][:6] != "spokes" or (
                head.text.split()[-1].lower() in PERSON_ROLE_NOUNS)):
            # "a source close to the Chancellor, Rachel Reeves, told", "A friend of the Chancellor, …", "A spokesman
            # for the prime minister, Keir Starmer, said": the name is the Chancellor's; the source speaks, unnamed
            # (but "A spokeswoman for the company, Jane Doe," names the spokeswoman)
            return Mention(masked[close.start() : head.end], close.start(), head.end)
        if plain and _full_name(inner) and head.text.split()[-1][:1].isupper() and not first_name_gender(
                head.text.split()[0]):
            # "Chief Executive (Acting) of the Pine Valley Authority, Jana Kovac, said": the organisation ends the
            # name's description, it is not the speaker ("his spokesman, Jan Kral," keeps its own rule)
            return Mention(masked[inner[0].start : inner[-1].end], inner[0].start, inner[-1].end,
                           _organisation_described(masked, before) or masked[head.start : head.end])
        outer = _outer_subject(tokens, first, head, named=inner[0].text[:1].isupper())
        if outer is not None:
            return Mention(outer.text, outer.start, outer.end, masked[outer.end : inner[-1].end].strip(" ,"))
        apposition = masked[inner[0].start : inner[-1].end]
        named = _NAME_BEFORE_APPOSITION.search(masked, max(floor, head.start - 60), head.start) if (
            inner[0].low == "who" and head.text[:1].islower()) else None
        if named is not None and not masked[floor : named.start()].strip(" “\"") and (
                named["name"].split()[0].lower() not in SETTING_OPENING_WORDS):
            # "Fernando Dias, the main opposition candidate, who had claimed victory, said": the name before both,
            # opening the clause (not "Speaking to the Kyiv Independent, an official …, who …, said")
            return Mention(named["name"], named.start("name"), named.end("name"), head.text)
        return Mention(head.text, head.start, head.end, apposition)
    return None


# What a pronoun subject sets off between commas before its verb, as Nigerian and Ghanaian copy writes it: a sentence
# adverb, or "on his part", "for her part", "in turn"
_PRONOUN_ASIDES = frozenset("therefore thus though too equally on for in".split())


def _described_head(masked: str, before: list[Token], head: Mention | None) -> Mention | None:
    """"A senior congressional aide, who requested anonymity, said": the source with the lower-case words that
    describe it back to its determiner (collect_backward stops at words no lexicon holds: "congressional")."""
    if head is None or " " in head.text or head.text.lower() not in UNNAMED_HEADS | PERSON_ROLE_NOUNS:
        return head
    at = next((i for i, t in enumerate(before) if t.start == head.start), None)
    if at is None:
        return head
    for back in range(at - 1, max(at - 4, -1), -1):
        token = before[back]
        if token.low in DETERMINERS and token.low not in ("his", "her", "their", "its", "our"):
            return Mention(masked[token.start : head.end], token.start, head.end) if back < at - 1 else head
        if not token.is_word or not token.text.islower():
            return head
    return head


def _quoted_words(tokens: list[Token], at: int) -> bool:
    """A quoted name inside an apposition, its marks and its masked words: "a critic of the “total peace” policy"."""
    text = tokens[at].text
    if text in ("”", '"') and at and tokens[at - 1].text.strip("~") == "":
        return True  # (the apposition may end on it: "the star of “Scandal,” said")
    if text in ("“", '"'):
        return 0 < at < len(tokens) - 1
    return text.strip("~") == "" and 0 < at < len(tokens) - 1 and tokens[at - 1].text in ("“", '"')


def _organisation_described(masked: str, tokens: list[Token]) -> str:
    """"The group that owns her music" before ", Big Machine,": a description of an organisation, whose name the
    apposition gives (kept as the mention's apposition, so the name is no person's)."""
    described = len(tokens) > 1 and tokens[0].low in ("the", "a", "an") and tokens[1].low in ORG_NOUNS
    return masked[tokens[0].start : tokens[-1].end] if described else ""


# Sentence adverbs a story opens a sentence with ("Yesterday, the governor, Dr. X, said")
_SENTENCE_ADVERBS = frozenset("yesterday today meanwhile however earlier later also separately similarly likewise "
                              "furthermore moreover nevertheless nonetheless still again then".split())


def _outer_subject(tokens: list[Token], comma: int, head: Mention, named: bool = False) -> Mention | None:
    """"Angolan President Joao Lourenco, the African Union's mediator, who hosted …, urged" and "Corneille Nangaa,
    who leads the Congo River Alliance, a … coalition, told": the phrase found before the last apposition is
    itself an apposition (a description after a comma) or sits inside a relative clause; the subject is the
    name before them."""
    at = next((i for i in range(comma) if tokens[i].start == head.start), None)
    if at is None:
        return None
    previous = next((i for i in range(at - 1, -1, -1) if tokens[i].text == ","), None)
    if previous is None or previous + 1 >= at + 1:
        return None
    opener = tokens[previous + 1]
    # ", the director of …," / ", director of …,": a description, whether or not an article opens it;
    # ", managing director of …,": lower-case modifiers before the role noun
    described = previous + 1 == at and (opener.low in ("the", "a", "an") or opener.low in PERSON_ROLE_NOUNS) or (
        at - previous <= 4 and tokens[at].low in PERSON_ROLE_NOUNS
        and all(t.is_word and t.text.isalpha() and t.text.islower() for t in tokens[previous + 1 : at]))
    if not (described or opener.low in ("who", "whose", "which")):
        return None
    outer = collect_backward(tokens[:previous])
    if outer is None or outer.is_pronoun or is_relative_pronoun(outer.text) or not outer.text[:1].isupper():
        return None
    before = next((t for t in reversed(tokens[:previous]) if t.end <= outer.start), None)
    if before is not None and before.low in PREPOSITIONS:
        return None  # "In Brussels, the EU's chief, who …, said": a place, not the subject
    first = outer.text.split()[0].lower()
    if named and (first.endswith("ing") or " " not in outer.text and first in _SENTENCE_ADVERBS) and (
            before is None or before.text in ".!?\"”"):
        # "Reacting, the state governor, Dr. X, described": a fronted participle or adverb before a description
        # and the name it describes (not "Fleming, the minister, who …")
        return None
    return outer


def _listing_comma(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is a comma of a list ended by "and"/"or" ("of fleet, finances and alliances")."""
    return tokens[index].text == "," and any(t.low in ("and", "or") for t in tokens[index + 1 :]) and all(
        t.is_word or t.text == "," for t in tokens[index + 1 :])


def _place_comma(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is the comma of a place and its region ("from the Antarctic Survey in Cambridge,
    United Kingdom", "at Harvard in Cambridge, Mass."), which does not end an apposition."""
    return (tokens[index].text == "," and 0 < index < len(tokens) - 1 and tokens[index - 1].text[:1].isupper()
            and tokens[index + 1].text[:1].isupper()
            and any(t.low in ("in", "from", "of", "at", "near", "outside") for t in tokens[max(0, index - 3) : index])
            # (not "However, the mayor of Metula, David Azoulai, said": a given name and its surname, no region)
            and not (index + 2 < len(tokens) and first_name_gender(tokens[index + 1].text)
                     and tokens[index + 2].text[:1].isupper() and not country_of(tokens[index + 1].text)))


# A full name and the comma of its apposition, right before the apposition's words
_NAME_BEFORE_APPOSITION = re.compile(
    r"(?<![\w’'.-])(?:(?:But|And|Yet|Still|Meanwhile|However),?\s+)?"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?:(?:the|a|an|The)\s+)?(?:[a-z][\w-]*\s+){0,3}$")
# An unnamed source described by whom it is close to, whose name the apposition after gives
_SOURCE_CLOSE_TO = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}"
                              r"(?P<noun>source|friend|ally|aide|confidant|insider|person|"
                              r"spokes(?:man|woman|person))\s+(?:close\s+to|of|to|for)\s+"
                              r"(?=the\s|[A-Z])")
# The parliamentary styles before a name in an apposition: "the Hon.", "the Most Hon.", "the Rt. Hon."
_STYLE_WORDS = frozenset("the most right rt rt. hon hon. honourable honorable dr dr.".split())


def _after_style(tokens: list[Token]) -> list[Token] | None:
    """The name after "the Hon. (Dr)" / "the Rt. Hon." / "the Most Hon.", or None without such a style."""
    at = 0
    while at < len(tokens) and (tokens[at].low in _STYLE_WORDS or tokens[at].text == "."):
        at += 1
    name = tokens[at:]
    styled = any(t.low.startswith("hon") for t in tokens[:at])
    return name if styled and 2 <= len(name) <= 4 and all(t.is_word and t.text[0].isupper() for t in name) else None


def _full_name(tokens: list[Token]) -> bool:
    """"Jana Kovac", "Maria de la Cruz": a given name the lexicon knows and one to three more name words."""
    return (2 <= len(tokens) <= 4 and bool(first_name_gender(tokens[0].text))
            and all(t.text[0].isupper() or t.low in NAME_PARTICLES or _PREFIXED.match(t.text) for t in tokens)
            and (tokens[-1].text[0].isupper() or _PREFIXED.match(tokens[-1].text)))


_PREFIXED = re.compile(r"[a-z]{1,3}-[A-Z]")  # "al-Houthi", "el-Sisi": a surname with its article


def _bracketed_acronym(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is a bracket of "(OCHA)" / "(JCS)"."""
    token = tokens[index]
    if token.text == "(":
        inside, closing = tokens[index + 1 : index + 2], tokens[index + 2 : index + 3]
    elif token.text == ")":
        inside, closing = tokens[index - 1 : index], tokens[index - 2 : index - 1] if index >= 2 else []
    else:
        return False
    # (or a short name in title case: "the Employers Confederation of Mexico (Coparmex)")
    return bool(inside and closing) and (inside[0].text.isupper() or inside[0].text[:1].isupper() and (
        inside[0].text[1:].isalpha() and len(inside[0].text) <= 10)) and closing[0].text in "()"


# What opens an apposition: an article and a description, or a relative clause
_APPOSITION_OPENING = re.compile(r"(?:a|an|the|who)\s+[a-zA-Z]")
# ... or where the subject spoke: "O'Leary, speaking in Warsaw announced"
_SPEAKING_OPENING = re.compile(r"(?:speaking|writing|addressing)\s+(?:in|at|to|on|from|during|after)\s")
# ... or a role written as a title before its complement: "Mark Eakin, Coordinator of NOAA's Coral Reef Watch program"
_ROLE_OPENING = re.compile(r"[A-Z][a-z]+\s+(?:of|for|at)\s")
# Words a sentence opens with that start a setting or a subordinate clause, not a subject
_NOT_A_SUBJECT_OPENING = SETTING_OPENING_WORDS | SUBORDINATORS


def unclosed_apposition(masked: str, floor: int, end: int) -> Mention | None:
    """"Michael Kugelman, a South Asia analyst based in Washington said", "A resident of Abu Shouk, who asked not to
    be identified said": an apposition whose closing comma the copy left out; the phrase before its opening comma,
    opening the clause, is the subject."""
    comma = masked.find(", ", floor, end)
    if comma < 0 or masked.find(",", comma + 1, end) >= 0:
        return None
    opening = _APPOSITION_OPENING.match(masked, comma + 2, end) or _ROLE_OPENING.match(masked, comma + 2, end) or (
        _SPEAKING_OPENING.match(masked, comma + 2, end))
    if opening is None or (opening.re is _ROLE_OPENING and opening.group().split()[0].lower() not in PERSON_ROLE_NOUNS):
        return None
    if masked[floor:comma].split()[:1] and masked[floor:comma].split()[0].lower() in _NOT_A_SUBJECT_OPENING:
        return None  # "In Kabul, a spokesman for the ministry said": a setting
    head = collect_backward(tokenize(masked[floor:comma], floor))
    # (one word only before "speaking in …": "O'Leary, speaking in Warsaw announced", not "Separately, …")
    one_word = opening.re is _SPEAKING_OPENING and head is not None and not head.text.lower().endswith("ly")
    if head is None or head.is_pronoun or masked[floor : head.start].strip(" “”\"~,.!?") or not (
            head.text[:1].isupper() and (len(head.text.split()) >= 2 or one_word)):
        return None
    return Mention(head.text, head.start, head.end, masked[comma + 2 : end].strip())
