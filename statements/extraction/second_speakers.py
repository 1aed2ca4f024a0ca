"""Where a second speaker takes over inside one sentence: `Pashinian says the treaty is ready, but Azerbaijan
insists …`, `…, and Mayor Hale condemned the delay`, `…, with Israel saying X and the Indonesian government firing
back that Y`. Each clause is a statement of its own speaker; the first ends where the second begins.
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Frame
from statements.extraction.cues import SPEAKING_PARTICIPLES
from statements.extraction.mentions import subject_before
from statements.extraction.noun_phrases import Mention

RECIPROCAL = re.compile(r"^\s+(?:each other|one another)\b")
# ", but Azerbaijan insists", ", a day after Pashinyan said": a second attributed clause with its own speaker.
_OWNED_ROLE = re.compile(r"(?:his|her|their|its)\s+(?:[A-Z][\w-]*\s+)?[a-z]+(?:\s+[a-z]+)?,?\s+")
_SECOND_CLAUSE = re.compile(
    # (", while another said …", ", while his German counterpart, X, said …")
    r",?\s+(?:while|whereas|even\s+as)\s+(?=[A-Z]|the\s|another\s|others\s|(?:two|three|four|several)\s+others\s|"
    r"(?:his|her|their|its)\s"
    r"|[a-z]+s\s+(?:said|say|says|warned|insisted|argued)\b)"  # (", even as residents said …")
    r"|,\s+as\s+(?=[A-Z]|the\s)"
    r"|,\s+(?:but|(?:[a-z]+\s+){0,3}?(?:after|before))\s+(?=[A-Z])"
    r"|,\s+but\s+(?=[a-z]+s[’']\s)"  # "…, but victims’ groups said …": a plural's possessive opens the subject
    r"|,\s+and\s+(?=[\w-]+\s+(?:[\w-]+\s+){0,3}?said\b)"  # "…, and three-quarters said the same of Sanders"
    r"|,[”\"]?\s+and\s+(?=[A-Z])"  # "…, and Mayor Hale condemned the delay": a named subject with its own cue
    r"|;\s+(?=[A-Z])"  # "Harlan said he was confident; Ruiz said the race was tied."
    r"|,[”\"]?\s+but\s+(?=(?:some\s+|many\s+|other\s+)?[a-z]+\s+[a-z]+s\s)"  # "…, but board members questioned whether …"
    # "…, though his campaign announced it would lay off staff", "…, although aides conceded …"
    r"|,[”\"]?\s+(?:but|(?:even\s+)?though|although)\s+(?=(?:his|her|their|its|the)\s+[a-z]|[a-z]+s\s)"
    r"|,[”\"]?\s+(?:(?:even\s+)?though|although)\s+(?=[A-Z])"
    r"|\((?:(?:even\s+)?though|although|but|while)\s+(?=[A-Z])"  # "… (though Lassiter claims …)"
    r"|,?\s+(?:and|but)\s+(?=the\s)"  # "… was fine and the military said it was keeping him safe"
    # "… and according to information received by this newspaper, the loggers alleged that …"
    r"|,?\s+and\s+according\s+to\s+[^,;:~“”\"]{1,80},\s+(?=the\s|[A-Z])"
)
# "with <subject> (quickly) coming to …'s defence and": a participle before the speaking one, joined by "and"
_EARLIER_PARTICIPLE = re.compile(r"\bwith\s+[^,;:~“”\"]{1,60}?\s(?P<verb>[a-z]+ing)\s[^,;:~“”\"]{1,80}?\sand\s+$")
_WITH_BEFORE = re.compile(r"\b(with|and)\s+(?:(?:the|a|an)\s+)?$")
class SecondSpeakers:
    """Mixed into `ReportedSpeech`; uses the `Attributor` helpers (`masked`, `_clip`, `_reported_span`)."""

    def _second_speaker(self, frame: Frame, span_end: int, cues: list[Cue]) -> tuple[int, int] | None:
        """(comma, clause start) where ", but <subject> <speech verb>" opens a second attributed clause."""
        if frame.cue.start < frame.mention.start or frame.cue.kind != "finite":
            return None
        for match in _SECOND_CLAUSE.finditer(self.masked, frame.cue.end, span_end):
            clause = match.end()
            for cue in cues:
                if cue.kind != "finite" or cue.start <= clause or cue.start - clause > 80:
                    continue
                mention = subject_before(self.masked, clause, cue.start)
                if mention is None or mention.start != clause:
                    # "…, and three-quarters said …": a second clause (the resolver names no speaker for a quantity,
                    # so it ends the first statement without making one)
                    mention = _indefinite_subject(self.masked, clause, cue.start)
                if mention is not None and not mention.is_pronoun and (mention.start == clause or _OWNED_ROLE.fullmatch(
                        self.masked, clause, mention.start)):
                    # ("his German counterpart Johann Wadephul": the name after the role it holds)
                    return match.start(), clause
                break
        return None

    def _with_clauses(self, paragraph: int, position: int, start: int, end: int, cues: list[Cue]) -> bool:
        """`…, with Israel saying Hamas built the facility and the Indonesian government firing back that it built
        the hospital`: each absolute clause names its own speaker; the next one ends the content before it."""
        frames = []
        for cue in cues:
            if cue.text not in SPEAKING_PARTICIPLES and cue.text not in ("firing back", "hitting back at") or \
                    RECIPROCAL.match(self.masked, cue.end, end):  # "with both leaders blaming each other"
                continue
            mention = subject_before(self.masked, start, cue.start)
            if mention is None and (earlier := _EARLIER_PARTICIPLE.search(self.masked, max(start, cue.start - 120),
                                                                         cue.start)) is not None:
                # "with many people quickly coming to her defence and saying …": the subject of the first participle
                mention = subject_before(self.masked, start, earlier.start("verb"))
            if mention is None or mention.is_pronoun:
                continue
            joined = _WITH_BEFORE.search(self.masked, max(start, mention.start - 6), mention.start)
            if joined is not None and (joined.group(1) == "with" or frames):
                frames.append((joined.start(), Frame(mention, cue)))
        for number, (_, frame) in enumerate(frames):
            span_end = frames[number + 1][0] if number + 1 < len(frames) else self._clip(frame.cue.end, end)
            self._reported_span(paragraph, start, end, frame, span_end)
        if frames and (before := [c for c in cues if c.kind == "finite" and c.end <= frames[0][0]]):
            # "Hamas said the offer was unacceptable, with senior official Osama Hamdan saying …": the clause before
            # the first "with" reports its own speaker
            clause_end = start + len(self.masked[start : frames[0][0]].rstrip(" ,"))  # (", Peskov said, with …")
            self._reported(paragraph, position, start, clause_end, before)
        return bool(frames)


_INDEFINITE = re.compile(
    r"\s*(?P<word>Some|Many|Others|Several|Most|Half|half|(?:[A-Za-z]+|\d+)(?:[ -]in[ -](?:10|ten)|[ -]quarters|[ -]thirds"
    r"|\s+percent|%)(?:\s+of\s+[^,;:~“”\"]{1,60}?)?)(?:\s+(?:also|have|had|later|even))*\s*$"
)


def _indefinite_subject(masked: str, start: int, cue_start: int) -> Mention | None:
    """A clause opened by a quantity as the subject of its cue ("three-quarters said", "Some questioned")."""
    found = _INDEFINITE.fullmatch(masked, start, cue_start)
    if found is None:
        return None
    return Mention(found.group("word"), found.start("word"), found.end("word"))
