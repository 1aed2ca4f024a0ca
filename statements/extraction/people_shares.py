"""Shares of people and parts of the electorate as the sources of reported speech (poll copy).

Election copy reports what a share of the people asked said ("59 percent said it was not", "half said so",
"three-quarters said the same of X", "Less than a third agreed that …", "52 percent of registered voters say …").
A share of people is an unnamed source of the article, described as written: the share with what it is a share of
when the sentence says it ("52 percent of registered voters", "Six in 10 Virginia voters", "three-quarters"). It
is never merged with another article's, never a pronoun's antecedent. Only shares count: a percentage, a
fraction, "N in 10", a majority, minority or plurality, opening their clause and standing right before the cue;
"in 2015 said", "the 59 percent figure shows", "$5 million" are no shares. Described electorates ("Democratic
voters") and the electorate's parts ("Most Americans", "Republicans") are unnamed sources as written too.

Pure functions of the masked text or of a mention; polls.py (polls, reports, outlets, and the mixin that
walks the sentence) calls them.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from statements.extraction.cues import (
    BASE_CUES,
    DETERMINERS,
    FINITE_CUES,
    GROUP_NOUNS,
    SKIPPABLE_BEFORE_VERB,
    UNNAMED_HEADS,
)
from statements.extraction.noun_phrases import Mention
from statements.extraction.types import SpeakerRef

_UNITS = "one two three four five six seven eight nine"
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_NUMBER = (
    r"(?:\d{1,3}(?:\.\d+)?|(?:" + "|".join(_TENS.split()) + r")(?:[- ](?:" + "|".join(_UNITS.split()) + r"))?"
    r"|" + "|".join(_TEENS.split() + _UNITS.split()) + r")"
)
_FRACTION = r"(?:half|(?:a|one|two|three|four)[- ](?:third|thirds|quarter|quarters|fifth|fifths|tenth|tenths))"
_MAJORITY = (
    r"(?:(?:a|the)\s+)?(?:(?:large|small|slim|narrow|clear|overwhelming|solid|bare|vast|strong|wide|comfortable|"
    r"sizable|sizeable|slight|big)\s+)?(?:majority|majorities|minority|minorities|plurality)"
)
_APPROXIMATELY = (
    r"(?:(?:another|the\s+other|the\s+remaining|an\s+additional|a\s+further)\s+)?"
    r"(?:(?:(?:less|fewer|more)\s+than|nearly|almost|about|around|roughly|some|only|just|over|under|at\s+least|"
    r"at\s+most|barely|well\s+over|close\s+to|a\s+full|fully)\s+){0,2}"  # "Only about a quarter"
)
# The share and what it is a share of ("of registered voters", "Virginia Democratic primary voters"), up to the cue
_SHARE = re.compile(
    r"(?i:" + _APPROXIMATELY + r"(?:" + _NUMBER + r"\s*(?:percent|per\s+cent|%)|" + _NUMBER
    + r"\s+(?:in|out\s+of)\s+(?:10|ten|\d|five|four|three)|" + _FRACTION + "|" + _MAJORITY + r"))"
    r"(?P<rest>(?:\s+[\w’'.-]+){0,14}?)"
    r"(?P<skip>(?:\s+(?:" + "|".join(sorted(SKIPPABLE_BEFORE_VERB | {"now", "also", "still", "even"})) + r"))*)\s*"
)
# Cheap necessary condition, searched before _SHARE: a share's word near the cue
_SHARE_WORD = re.compile(r"(?i:percent|%|\bin\s+(?:\d+|ten|five|four|three)\b|out\s+of|half|third|quarter|fifth|"
                         r"tenth|majorit|minorit|pluralit)")
# Where a share may open its clause: the sentence's start, a comma, or a conjunction
_OPENER = re.compile(r"(?:[,;:—–]\s+|\b(?:[Aa]nd|[Bb]ut|after|before|while|whereas|when|though|although|[Ss]till|"
                     r"[Yy]et|[Ss]o|with|than)\s+)")
# Words that cannot stand inside a share's description: a clause has begun
_NOT_IN_SHARE = frozenset(
    "he she they it we i you is are was were be been has have had will would can could should that which who "
    "whom whose this these there not".split()
) | FINITE_CUES | BASE_CUES
# Heads that make a share one of people ("of registered voters", "of Democrats", "of those polled")
_PEOPLE = UNNAMED_HEADS | GROUP_NOUNS | frozenset(
    "people public electorate respondents adults men women americans independents democrats republicans "
    "those them us parents renters homeowners members residents participants citizens superdelegates "
    "caucusgoers caucus-goers latinos hispanics whites blacks evangelicals conservatives liberals moderates "
    "millennials seniors polled surveyed asked questioned interviewed".split()
)
_PEOPLE_ENDING = re.compile(r"(?:ers|ors|ents|ants|ans|ists|ats|ites|ees)$")


def share_before(masked: str, floor: int, cue_start: int) -> Mention | None:
    """The share of people that is the subject of the cue at `cue_start` ("…, 59 percent said", "and half said",
    "Still, 52 percent of registered voters say"), opening its clause after `floor`; None for anything else."""
    window = max(floor, cue_start - 160)
    words = _share_words(masked)
    at = bisect.bisect_left(words, window)
    if at == len(words) or words[at] >= cue_start:
        return None  # no share's word near the cue: most cues
    segment_end = len(masked[window:cue_start].rstrip()) + window
    if masked[cue_start : cue_start + 16].split()[1:3] == ["to", "be"]:
        return None  # "are said to be": no speech
    starts = [window] if window == floor else []
    starts += [m.end() for m in _OPENER.finditer(masked, window, segment_end)]
    for start in starts:  # the longest share first: "Less than a third", not "a third"
        found = _SHARE.fullmatch(masked, start, segment_end + 1) or _SHARE.fullmatch(masked, start, segment_end)
        if found is None or not _describes_people(found.group("rest")):
            continue
        end = found.start("skip")
        return Mention(masked[start:end], start, end)
    return None


def _share_words(masked: str) -> list[int]:
    """Where the article's share words start (one scan per article, kept for the article's cues)."""
    global _scanned
    scanned = _scanned  # one slot, replaced whole (text and positions together), so threads never mix articles
    if scanned[0] is not masked:
        positions = [found.start() for found in _IN_TEN.finditer(masked)]  # opens with a literal: a fast scan
        for word in _SHARE_LITERALS:  # str.find runs in C; a case-blind regex over the article tries every character
            at = masked.find(word)
            while at >= 0:
                positions.append(at)
                at = masked.find(word, at + 1)
        scanned = (masked, sorted(positions))
        _scanned = scanned
    return scanned[1]


# The share words without their first letter, so that one search finds "Half" and "half"; a position a few
# characters early only widens the pre-check
_SHARE_LITERALS = ("ercent", "%", "out of", "alf", "hird", "uarter", "ifth", "enth", "ajorit", "inorit", "lurali")
_IN_TEN = re.compile(r"in (?:\d|ten|five|four|three)")  # "6 in 10", "one in five"


_scanned: tuple[str, list[int]] = ("", [])


def _describes_people(rest: str) -> bool:
    """Whether the words after a share's number continue a description of people (or are none)."""
    words = [w.lower().strip(".’'") for w in rest.split()]
    if not words:
        return True
    if any(w in _NOT_IN_SHARE for w in words) or any(w.isdigit() and len(w) == 4 for w in words):
        return False  # "in 2015": a year is no share's description
    if words[0] == "of" and len(words) > 1 and words[1] in ("the", "its", "their", "his", "her") and len(words) < 3:
        return False
    return any(w in _PEOPLE or _PEOPLE_ENDING.search(w) for w in words)


_SHARE_TEXT = re.compile(_SHARE.pattern)


def share_speaker(mention: Mention) -> SpeakerRef | None:
    """An unnamed source for a share of people ("52 percent of registered voters"), described as written, cut
    before a participle or relative clause ("Large majorities of Republican primary voters in six states going to
    the polls …" → "… in six states")."""
    return _share_description(mention.text.strip())


@lru_cache(maxsize=4096)
def _share_description(text: str) -> SpeakerRef | None:
    if not _SHARE_WORD.search(text):
        return None  # most mentions: names and pronouns
    found = _SHARE_TEXT.fullmatch(text)
    if found is None or found.group("skip").strip() or not _describes_people(found.group("rest")):
        return None
    words = text.split()
    core = len(text[: found.start("rest")].split())
    for index, word in enumerate(words[core:], core):
        if word.endswith("ing") and word.islower() or word.lower() in ("who", "which", "that"):
            words = words[:index]  # "… in six states going to the polls": the description ends
            break
    described = " ".join(words)
    if described[:1].isupper() and not (words[0].isupper() and len(words[0]) > 1):
        described = described[0].lower() + described[1:]  # capitalised by the sentence: "Half", "Large majorities"
    return SpeakerRef(name=described, mention=text, role=described, kind="unnamed")


# Electorates described by who they are ("Democratic voters", "Iowa voters", "Sanders supporters"): an unnamed
# source as written; the name splitter would take the capitalised word for a surname ("Democratic").
_ELECTORATE_HEADS = frozenset(
    "voters supporters delegates superdelegates respondents caucusgoers caucus-goers independents residents".split()
)


def electorate_speaker(mention: Mention) -> SpeakerRef | None:
    """An unnamed source for a described electorate ("Republican primary voters", "Minority and women voters")."""
    return _electorate(mention.text)


@lru_cache(maxsize=4096)
def _electorate(text: str) -> SpeakerRef | None:
    words = text.split()
    if not 2 <= len(words) <= 6 or words[-1].lower() not in _ELECTORATE_HEADS or words[0].lower() in DETERMINERS:
        return None
    if any(w.lower() in ("of", "by", "from", "for", "in", "at") or _POLL_WORD.match(w) for w in words):
        return None  # "An AP survey of superdelegates": a poll; "voters in Iowa" keeps the resolver's rules
    if any(w.endswith(("’s", "'s", "s’", "s'")) for w in words) or any(w.lower() in _NOT_IN_SHARE for w in words):
        return None
    described = " ".join(words)
    if words[0][:1].isupper() and words[0].lower() in ("minority", "many", "most", "some", "young", "older", "black",
                                                         "white", "female", "male", "women", "men"):
        described = described[0].lower() + described[1:]
    return SpeakerRef(name=described, mention=text, role=described, kind="unnamed")


# The electorate's parts by party, faith, origin or sex, as poll copy writes them ("Most Republicans say",
# "Women were more likely to say"): people described, not a person named "Most Republicans"
_ELECTORATE_GROUPS = frozenset(
    "americans republicans democrats independents women men evangelicals latinos hispanics conservatives liberals "
    "moderates millennials britons".split()
)
_QUANTITY_WORDS = frozenset("most many few some several all both".split())


def group_speaker(mention: Mention) -> SpeakerRef | None:
    """An unnamed source for "Most Americans", "Few Democrats", "many of the Republicans", "Republicans", "Women"."""
    return _group(mention.text)


@lru_cache(maxsize=4096)
def _group(text: str) -> SpeakerRef | None:
    words = text.split()
    if not words or words[0].lower() not in _QUANTITY_WORDS:
        rest = words if len(words) == 1 else []  # "Republicans"; "The opposition Christian Democrats" is a party
    else:
        rest = words[2:] if words[1:2] == ["of"] else words[1:]
        rest = rest[1:] if rest[:1] == ["the"] else rest
    if not rest or len(rest) > 3:
        return None
    head = rest[-1].lower()
    if head not in _ELECTORATE_GROUPS:
        return None  # "Some voters": the resolver's "voters"
    if any(not w.isalpha() or w.lower() in _NOT_IN_SHARE for w in rest):
        return None
    described = " ".join(words)
    if words[0].lower() in _QUANTITY_WORDS:
        described = described[0].lower() + described[1:]  # capitalised by the sentence
    return SpeakerRef(name=described, mention=text, role=described, kind="unnamed")


_POLL_WORD = re.compile(r"[PpSs](?:oll|urvey)")


# "Democratic voters are slightly more likely to say that …": the subject before the comparison speaks
_MORE_LIKELY = re.compile(
    r"\s(?:is|are|was|were|appeared|appear|appears|seem|seems|seemed)\s+(?:[a-z]+\s+){0,2}?(?:more|less)\s+likely\s+"
    r"(?:than\s+[^,;:]{1,40}?\s+)?to\s+$"
)


def likely_to_say(masked: str, floor: int, cue_start: int) -> int | None:
    """Where the verb before "more likely to <cue>" starts (the subject ends there), or None."""
    if masked.find("likely", max(floor, cue_start - 30), cue_start) < 0:
        return None  # most cues
    found = _MORE_LIKELY.search(masked, max(floor, cue_start - 80), cue_start)
    return found.start() if found is not None else None
