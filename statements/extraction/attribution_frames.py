"""What attribution works with: a speech cue, the frame (speaker phrase + cue) of a statement, the Draft it
produces, and the small text tests the direct-quote and reported-speech rules share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.extraction.cues import FINITE_CUES, IN_THEIR_WORDS, PARTICIPLE_CUES, QUOTE_ONLY_CUES
from statements.extraction.noun_phrases import Mention
from statements.extraction.types import SpeakerRef

PARTICIPLE_PHRASES = ("calling on", "calling upon", "calling for", "pointing out", "firing back", "hitting back at")
# "said on X that Baku welcomed “…” but that “…”": the second "that" continues the first verb's clause.
COORDINATED_THAT = re.compile(r"\b(?:but|and)\s+(?:also\s+)?that\s*$")
_FRONTED_PARTICIPLE = re.compile(r"(?P<verb>[A-Z][a-z]+ing)\s+that\s")
_HAVING_SAID = re.compile(r"Having\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed|said|told)\s+that\s")


_ADVERBS_BEFORE_VERB = frozenset("also then later again just still even instead".split())


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    progressive: bool = False  # "are warning": the participle is the finite verb, `start` is at "are"
    clause: bool = False  # "asked that …", "estimated that …": a verb that reports only with its clause

    @property
    def kind(self) -> str:
        low = self.text.lower()
        if self.progressive or self.clause:
            return "finite"
        if low in ("according to", "as per", "asked by", "in the words of") or low in IN_THEIR_WORDS:
            # ("In the words of Bonnie Glaser, “…”", "In his words, …")
            return "according"  # the speaker phrase follows the cue: "according to X, “…”", "was asked by X, “…”"
        if low in PARTICIPLE_CUES or low in PARTICIPLE_PHRASES:
            return "participle"
        if low in QUOTE_ONLY_CUES and low not in FINITE_CUES or low in ("chimed in", "went on", "goes on"):
            return "quote"  # only after a quote: "“…,” Varga sighed"
        return "finite"


@dataclass
class Draft:
    """A statement before conflicts and dates are added: body offsets, kind, speaker, cue, frame text."""

    start: int
    end: int
    kind: str
    speaker: SpeakerRef | None
    cue: str
    frame: str
    paragraph: int
    inherited: bool = False


@dataclass
class Frame:
    mention: Mention
    cue: Cue


def coordinated(masked: str, floor: int, cue_start: int) -> bool:
    """"… said progress had been made but accused Yerevan": the verb shares the earlier subject."""
    words = masked[floor:cue_start].split()
    while len(words) > 1 and (words[-1].lower() in _ADVERBS_BEFORE_VERB or words[-1].endswith("ly")):
        words.pop()  # "laughed and simply said"
    if len(words) > 1 and words[-1].lower() in ("has", "have", "had") and "that" not in words:
        # "is the nation's first leftist leader and has promised to …" (but "related that the loggers did make it
        # out and had informed police": the verb of the clause after "that")
        words.pop()
        while len(words) > 1 and (words[-1].lower() in _ADVERBS_BEFORE_VERB or words[-1].endswith("ly")):
            words.pop()
    if words[-1:] == ["yet"] and len(words) > 1 and (words[-2].lower() in ("not", "never") or words[-2].endswith(
            ("n't", "n’t"))):
        return False  # "Shas has not yet said whether …": an adverb of the negated verb, no conjunction
    return bool(words) and words[-1].lower() in ("and", "but", "while", "yet")


def relative(masked: str, floor: int, mention_start: int) -> bool:
    """"He accused Kurti of blocking X, which he described as “…”": the quote's verb sits in a relative clause,
    so the main clause before it is a speech act of its own."""
    words = masked[floor:mention_start].split()
    return bool(words) and words[-1].lower() in ("which", "what", "whom")


def trim_end(body: str, start: int, end: int) -> int:
    close = body.rfind(")", max(start, end - 2), end)
    if close >= 0 and body.find("(", start, close) < 0:
        end = close  # "(though Lassiter says he has evidence).": the mark closes the narrator's aside
    while end > start and body[end - 1] in " \t\n,;:—–-":
        end -= 1
    return end


def fronted_participle(masked: str, start: int, end: int) -> tuple[re.Match[str], int] | None:
    """A sentence opening with a participle cue and its that-clause ("Conceding that …,"): the match and the comma
    (a quote's closing mark after it included) that ends the clause, as the position after them."""
    verb = _FRONTED_PARTICIPLE.match(masked, start, end)
    if verb is None or verb.group("verb").lower() not in PARTICIPLE_CUES:
        verb = _HAVING_SAID.match(masked, start, end)  # "Having publicly said that he aims to …, Hayashi has …"
        if verb is None or verb.group("verb") not in FINITE_CUES:
            return None
    comma = masked.find(",", verb.end(), end)
    if comma < 0:
        return None
    return verb, comma + (2 if masked.startswith(("”", '"'), comma + 1) else 1)
