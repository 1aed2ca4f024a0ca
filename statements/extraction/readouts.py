"""Readouts, where the purpose of a call or a speech is what was said: "Blinken spoke today with Aliyev to urge
Azerbaijan to cease military actions", "used his acceptance speech to call for …". Used by reported_speech.py.
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Frame
from statements.extraction.mentions import subject_before

_PURPOSE_OF_CALL = re.compile(
    r"\b(?:spoke|talked|met|phoned|telephoned|held\s+(?:a\s+)?(?:phone\s+)?(?:call|talks))\b[^.;:~“”\"]{0,160}?"
    r"\bto\s+(?P<verb>urge|reaffirm|reiterate|express|convey|stress|underscore|emphasi[sz]e|condemn|welcome|demand|warn)\b"
    # "used his acceptance speech to call for …", "used the interview to warn against …"
    r"|\bused\s+(?:his|her|their|its|the|a)\s+(?:[\w-]+\s+){0,2}?(?:speech|remarks|address|appearance|interview|"
    r"statement|platform|op-ed|column|post|rally|debut|testimony)\s+to\s+(?P<use>call\s+for|call\s+on|urge|warn|"
    r"attack|criticize|criticise|condemn|demand|defend|praise|thank|announce|stress|insist|argue|accuse|deny|reject)\b"
)
# The verbs every _PURPOSE_OF_CALL match ends in, as plain words: a sentence holding none is not searched (the
# engine skips to their first letters; _PURPOSE_OF_CALL's leading \b makes it try every character)
_PURPOSE_VERB = re.compile(r"urge|reaffirm|reiterate|express|convey|stress|underscore|emphasi[sz]e|condemn|welcome|demand|warn"
                           r"|used\s")


def purpose_frame(masked: str, start: int, end: int) -> Frame | None:
    """The frame (speaker, the purpose's verb as cue) of a readout sentence in [start, end), if it is one."""
    purpose = _PURPOSE_OF_CALL.search(masked, start, end) if _PURPOSE_VERB.search(masked, start, end) else None
    if purpose is None:
        return None
    mention = subject_before(masked, start, purpose.start())
    if mention is None or mention.is_pronoun or masked[start : mention.start].strip():
        return None
    verb = "verb" if purpose.group("verb") else "use"
    return Frame(mention, Cue(purpose.start(verb), purpose.end(verb), purpose.group(verb)))
