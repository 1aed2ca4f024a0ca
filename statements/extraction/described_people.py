"""People a speaker phrase describes without naming them: by whom they are close to ("those around Trump"), who
asked them ("tax experts interviewed by Bloomberg News"), what they belong to ("veterans of the diplomatic
service") or where they are ("a taxi driver in Paris", "some in Gaza"), and the unnamed sources mentions.py reads
with what follows them ("a source familiar with the talks", "an aide who works for several House Democrats"). The
speaker phrases themselves are found by statements.extraction.mentions; statements.extraction.speakers names these
sources as written.
"""

from __future__ import annotations

import re

from statements.extraction.cues import (
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PEOPLE_PLURALS,
    PERSON_ROLE_NOUNS,
    is_relative_pronoun,
    SOURCE_KNOWLEDGE,
    UNNAMED_HEADS,
    trie_pattern,
)
from statements.extraction.noun_phrases import Mention, collect_backward, tokenize
from statements.extraction.speaker_guard import is_place

_PEOPLE_AROUND = re.compile(r"(?<![\w’'-])(?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+)?(?:[Tt]hose|[Pp]eople|[Pp]erson|"
                            r"[Ss]ources?|[Ff]riends?|[Aa]llies|[Aa]lly|[Cc]onfidants?|[Aa]ssociates?)\s+"
                            r"(?:(?:close|closest|loyal|near)\s+to|around)\s+")


# A relative clause after a source's head, with or without "who": "who spoke to Reuters", "we spoke to"
_RELATIVE_OPENER = r"\s+(?:who|we|I|I’ve|I've|we’ve|we've)\s"
_PEOPLE_WHO = re.compile(r"(?:[\w’'-]+\s+){0,3}?(?P<head>[A-Za-z][a-z]+)" + _RELATIVE_OPENER)


def people_around(phrase: str) -> bool:
    """"Those around Trump", "sources close to the president", "tax experts interviewed by Bloomberg News", "a
    spokesman for Mayor Brandon Johnson", "witnesses who spoke to Reuters": people described by whom they are close
    to, who asked them, whom they work for or what they did, unnamed."""
    found = _PEOPLE_AROUND.match(phrase) or _PEOPLE_ASKED.match(phrase) or _STAFF_OF.match(phrase)
    if found is None and (found := _PEOPLE_WHO.match(phrase)) is not None and (
            found.group("head").lower() not in PEOPLE_PLURALS | UNNAMED_HEADS):
        found = None
    return found is not None and found.end() < len(phrase)


# (an indefinite one: "the spokesman for X" may be the one the article named)
_STAFF_OF = re.compile(r"(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|aide|adviser"
                       r"|advisor|staffer|lawyer|attorney|representative)\s+(?:for|to)\s+", re.IGNORECASE)
_PEOPLE_ASKED = re.compile(
    r"(?:(?:a|an|the|some|several|many|two|three|four|five)\s+)?(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(sorted(UNNAMED_HEADS)) + r")\s+(?:interviewed|surveyed|polled|consulted|contacted)\s+by\s+",
    re.IGNORECASE)


# searched before every subject: opening with the words, not a look-behind, lets the engine skip to their letters
PEOPLE_AROUND_END = re.compile(_PEOPLE_AROUND.pattern.removeprefix(r"(?<![\w’'-])") + "$")
# People described by what they belong to, not its staff: "Veterans of …", "families of the victims"
# (people, not bodies: "groups of", "parties to" are the bodies' own)
_PEOPLE_OF_HEADS = PEOPLE_PLURALS - frozenset("countries nations groups organisations organizations parties sides "
                                              "newspapers crowds".split())
PEOPLE_OF = re.compile(r"(?<![\w’'-])(?i:" + trie_pattern(_PEOPLE_OF_HEADS)
                       + r")\s+of\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+\s*$")
# "a taxi driver in Paris", "the shopkeeper from Kharkiv": a person described by where they are
# "Some in Gaza", "Many Palestinians interviewed in Gaza", "People in Kherson": people described by a quantity
_PEOPLE_QUANTITY = r"(?i:some|many|several|most|few|others|people)\s+(?:[\w-]+\s+){0,2}?"
_PERSON_AT_PLACE = re.compile(
    rf"(?<![\w’'-])(?:(?:a|an|the|one|A|An|The|One)\s+(?:[a-z][\w-]*\s+){{1,3}}|{_PEOPLE_QUANTITY})"
    r"(?:in|from|near|outside)\s+$"
)
# A person, by where they work: "A doctor at the", "One nurse at"
_PERSON_AT = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+)\s+at\s+"
                        r"(?:the\s+)?$")
# ... and where they are ("one user on Weibo" too)
_PEOPLE_AT_PLACE = re.compile(rf"(?:{_PEOPLE_QUANTITY}|(?i:one|another)\s+(?:[\w-]+\s+){{0,2}}?)"
                              r"(?:in|from|near|outside|on)\s+[A-Z]")


# "Local residents in the town of Zvecan", "protesters in the city of Tbilisi": people of a kind, and the place
_PLURAL_AT_PLACE = re.compile(
    r"(?<![\w’'-])(?:[A-Za-z][\w-]*\s+)?(?P<head>[A-Za-z][a-z]+s)\s+(?:in|from|near|outside)\s+"
    r"(?:the\s+(?:town|city|village|region|province|district|port|capital|area)\s+of\s+"
    r"|(?:two|three|four|five|six|several|many|both|some|other|\d+)\s+)?$")  # ("Officials from three NATO members")


# "Sources in the BJP", "officials within the Law Ministry": unnamed people of a body, not the body
_PLURAL_IN_BODY = re.compile(r"(?:[A-Za-z][\w-]*\s+)?(?P<head>[A-Za-z][a-z]+s)\s+(?:in|within|inside)\s+the\s+[A-Z]")


def people_at_place(phrase: str) -> bool:
    """"Some in Gaza", "Many farmers interviewed in Tarnovo", "residents in the town of Zvecan", "sources in the BJP":
    people described by a quantity or their kind, and a place or a body."""
    if _PEOPLE_AT_PLACE.match(phrase) is not None:
        return True
    body = _PLURAL_IN_BODY.match(phrase)
    if body is not None and body.group("head").lower() in UNNAMED_HEADS:
        return True
    at = phrase.rfind(" ") + 1
    found = _PLURAL_AT_PLACE.search(phrase, 0, at)
    return (found is not None and found.start() == 0 and found.group("head").lower() in UNNAMED_HEADS
            and phrase[at:][:1].isupper())


def person_at_place(masked: str, floor: int, mention: Mention) -> Mention:
    """The whole phrase when `mention` is only the place of a person described before it ("a wine merchant in
    Berlin": not Germany's government)."""
    if mention.is_pronoun:
        return mention
    plural = _PLURAL_AT_PLACE.search(masked, max(floor, mention.start - 60), mention.start)
    if not mention.text[:1].isupper():
        # "Three diplomats from allied countries said": the diplomats (only "from" before a description)
        from_place = plural is not None and plural.group().rstrip().endswith("from")
        return Mention(masked[plural.start() : mention.end], plural.start(), mention.end) if from_place and (
            plural.group("head").lower() in UNNAMED_HEADS) else mention
    if plural is not None and plural.group("head").lower() in UNNAMED_HEADS:
        return Mention(masked[plural.start() : mention.end], plural.start(), mention.end)
    at = _PERSON_AT.search(masked, max(floor, mention.start - 60), mention.start)
    if at is not None and at.group("head").lower() in UNNAMED_HEADS:
        # "A doctor at the Saudi Hospital told AFP": the doctor, unnamed, not a person "Hospital"
        return Mention(masked[at.start() : mention.end], at.start(), mention.end)
    found = _PERSON_AT_PLACE.search(masked, max(floor, mention.start - 60), mention.start)
    if found is None or found.group().split()[-2].lower() in ORG_NOUNS:
        return mention  # "the ministry in Moscow" is the ministry's government
    if not is_place(mention.text) and _PEOPLE_AT_PLACE.match(masked, found.start()) is None:
        return mention  # a place the gazetteer does not know only after "some", "many", "people" …
    return Mention(masked[found.start() : mention.end], found.start(), mention.end)


# "Residents in her hometown of Nara", "Scientists using a telescope in Chile", "The lawsuits filed by 25 states and the
# District of Columbia": a clause opening with people (or documents) of a kind and a postmodifier, which the backward
# scan read as the speaker
_OPENING_PLURAL_DESCRIBED = re.compile(
    r"\s*(?P<phrase>(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?P<head>[A-Za-z][a-z]+s)\s+(?:in|from|near|outside|at|atop|on|using|of|based\s+in|"
    r"(?:filed|brought|led|run|hired|commissioned)\s+by|working\s+(?:in|at|on|for))\s+[^,;:~“”\"]{2,80}?)$")


def opening_plural_described(masked: str, floor: int, mention: Mention) -> Mention:
    """The whole phrase when `mention` is in the postmodifier of the people or documents that open the clause
    ("Residents in her hometown of Nara described her as …": the residents, not Nara)."""
    if mention.is_pronoun:
        return mention
    found = _OPENING_PLURAL_DESCRIBED.match(masked, floor, mention.end)
    if found is None or found.end("head") > mention.start:
        return mention
    head = found.group("head").lower()
    if not (head in PEOPLE_PLURALS or head[:-1] in DOCUMENT_NOUNS):
        return mention
    return Mention(masked[found.start("phrase") : mention.end], found.start("phrase"), mention.end)


# An unnamed source and its relative clause, no comma between them: "an aide who works for several House Democrats"
_SOURCE_WHO = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\w’'-]+\s+){0,3}?"
                         r"(?P<head>[a-z]+)\s+who\s+[^,;:~“”\"]{3,90}$")


# Plural sources opening their clause with a relative clause: "Witnesses who spoke to Reuters", "Villagers who fled to
# Mopti", "Officials we spoke to"
_PLURAL_WHO = re.compile(r"\s*(?:[A-Za-z][\w’'-]*\s+){0,2}?(?P<head>[A-Za-z][a-z]+s)" + _RELATIVE_OPENER
                         + r"[^,;:~“”\"]{3,90}$")


def source_with_relative(masked: str, floor: int, end: int) -> Mention | None:
    """"A Democratic strategist who advises several Senate campaigns said": the source, not the campaigns."""
    plural = _PLURAL_WHO.match(masked, floor, end) if end - floor < 110 else None
    if plural is not None and plural.group("head").lower() in PEOPLE_PLURALS | UNNAMED_HEADS:
        text = plural.group().strip()
        start = masked.index(text, plural.start())
        return Mention(text, start, start + len(text))
    if " who " not in masked[max(floor, end - 90) : end]:
        return None
    source = _SOURCE_WHO.search(masked, max(floor, end - 140), end)
    if source is None or source.group("head") not in UNNAMED_HEADS and source.group("head") not in PERSON_ROLE_NOUNS:
        return None
    text = source.group().rstrip()
    return Mention(text, source.start(), source.start() + len(text))


# What follows an unnamed source without commas: "an Egyptian official briefed on the talks said".
_POSTMODIFIER = re.compile(
    r"\s+(?:" + SOURCE_KNOWLEDGE + r"|"
    r"speaking\s+on\s+condition|who\s+[a-z]+\b|in\s+charge\s+of|quoted\s+by|cited\s+by|"
    r"speaking\s+to|speaking\s+at|speaking\s+after|present\s+at|(?:on|at)\s+the\s+scene|in\s+the\s+area"
    # "Climate scientists watching the talks", "A delegate attending the summit": known by what they follow
    r"|(?:watching|following|tracking|monitoring|attending|covering)\s+(?:the|these|this)\s"
    # "Diplomats in the region", "Aid workers on the ground", "Critics on the right", "A diplomat from a northern EU
    # country", "Three diplomats from allied countries"
    r"|in\s+the\s+(?:occupied\s+(?:parts?\s+of\s+the\s+)?)?(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:region|city|area|province|district|"
    r"capital|town|village|oblast|territory|territories|enclave|south|north|east|west)\b"  # "… in the Belgorod region"
    r"|on\s+the\s+ground|on\s+the\s+(?:right|left)|from\s+(?:an?\s+|the\s+|\w+\s+)?[a-z]"
    # "A nurse at the hospital", "A resident of the camp": a person described by where they work or live
    r"|(?:at|of|in|near|outside|inside|for)\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?:hospital|clinic|camp|market|port|mine|"
    r"border|school|university|scene|site|checkpoint|crossing|shelter|prison|morgue|factory|plant|airport|"
    r"embassy|consulate|mosque|church|base|refinery|harbour|harbor|"
    # "A resident of the village", "A worker at the station", "A spokesperson for the district"
    r"village|town|city|area|district|county|neighbou?rhood|station|depot)\b"
    r"|in\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:province|district|county|village)\b"  # "A villager in Banteay Ampil district"
    r"|at\s+(?:a|an)\s"  # ("an executive at a Japanese materials firm said")
    # "The chief executive of one drone startup", "The mother of a soldier killed in the strike": a role of someone
    # or something the article does not name
    r"|of\s+(?:a|an|one|two|three|several|some|many)\s)[^,;:~“”\"]*$"
)


def subject_with_postmodifier(masked: str, floor: int, end: int) -> Mention | None:
    """"a source familiar with the talks", "an Egyptian official briefed on the talks": an unnamed source and what
    it is known by, ending at `end`; else the phrase before the postmodifier (None for "at a …", which describes
    only a source)."""
    match = _POSTMODIFIER.search(masked, max(floor, end - 120), end)
    if match is None:
        return None
    mention = collect_backward(tokenize(masked[floor : match.start()], floor))
    if mention is None or mention.is_pronoun or is_relative_pronoun(mention.text):
        return None
    head = mention.text.split()[-1].lower()
    if head in PERSON_ROLE_NOUNS or head in PEOPLE_PLURALS or head in UNNAMED_HEADS or head == "authorities":
        # (or "a person familiar …", "Authorities in the Kursk region")
        # "a source familiar with the talks", "Some consumers who sought help on launch day": the description an
        # unnamed source is known by
        end = len(masked[: match.end()].rstrip(" ,"))
        return Mention(masked[mention.start : end], mention.start, end)
    # ("at a …" describes a source, not a name: "… dancing with Prince Andrew at a club but said")
    return None if match.group().lstrip().startswith("at ") else mention


# "According to Ding Duo, a researcher, …": a description of the source between commas, before the content
_SEGMENT = re.compile(r",\s+(?P<words>[^,;:~“”\"]{2,90}?),\s")
_DESCRIPTION_OPENERS = frozenset("a an the its his her their".split())
_FINITE = re.compile(r"\b(?:had|has|have|is|are|was|were|will|would|could|should|can|may|might|did|does|do)\b")


def past_description(masked: str, at: int, end: int, apposition: str = "") -> int:
    """Where the content after a source at `at` starts: past ", a researcher," or ", the state grid operator,"
    (a head noun of a role or a body, no verb) and past the name the source's apposition gives; else `at`."""
    match = _SEGMENT.match(masked, at, end)
    if match is None:
        return at
    words = match.group("words")
    if words == apposition:
        return match.end("words") + 1
    first = words.split()[0].lower()
    head = words.split(" of ")[0].split()[-1].lower()
    if (first in _DESCRIPTION_OPENERS or first in PERSON_ROLE_NOUNS) and head in PERSON_ROLE_NOUNS | ORG_NOUNS and (
            not _FINITE.search(words)):
        return match.end("words") + 1
    return at
