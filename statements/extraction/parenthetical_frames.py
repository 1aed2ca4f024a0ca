"""Frames that stand inside the reported content, between commas: `Armenia remained Russia's ally, he told
reporters, and Moscow would keep …` (two statements), `The second precondition, he said, was …` and `The race,
according to Reyes, is far from over` (one clause the frame interrupts, kept whole: a span is contiguous), and
the inverted `Currently, said Dr Kovac, the director, there are 70 patients` (the content follows the frame).
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Frame, trim_end
from statements.extraction.cues import is_relative_pronoun
from statements.extraction.mention_after import phrase_after
from statements.extraction.mentions import subject_before
from statements.extraction.narration_ends import (
    NARRATED_AFTER_FRAME,
    NARRATOR_COMMENT,
    RELAY_AFTER_FRAME,
    TOLL_REMAINDER,
)
from statements.extraction.quotes import word_count

# "…, he told reporters, and …" / "…, they argued, …": what may follow the cue before the content goes on.
PARENTHETICAL_TAIL = re.compile(
    r"(?:\s+(?:to\s+)?(?:reporters|journalists|the\s+press|[A-Z][\w’'.-]*|on\s+[A-Z]?\w+|in\s+[A-Z]?\w+|"
    r"at\s+the\s+\w+|on\s+the\s+\w+|(?:in|on|at|during)\s+(?:his|her|its|their|a|an|the)(?:\s+[\w’'-]+){1,4}?"
    r")){0,3}\s*,\s+(?:(?:and|but|yet|so)\s+)?(?:that\s+)?"
)
DETERMINER_AT_END = re.compile(r"\b(?:the|a|an|its|his|her|their|our)$", re.IGNORECASE)
# What follows a parenthetical cue when it interrupts a single clause: the clause's verb ("was", "matters",
# "reached"), not a second clause with its own subject.
_CLAUSE_GOES_ON = re.compile(r"(?:was|is|were|are|had|has|have|would|will|could|should|must|did|can|may|might)\b")
# After a short subject only ("The issue, Lee notes, matters …", "Peak demand, according to X, reached …"): any
# word shaped like a finite verb (after a longer clause a plural noun looks the same: "…, he said, officials …").
_VERB_GOES_ON = re.compile(
    r"(?:does|do|remains|remained|(?!(?:this|his|its|has|was|us|as|is|thus|news|business|series)\b)[a-z]{3,}(?:s|ed))\b"
)
_NOT_A_PARENTHESIS = re.compile(r"[a-z]+ing\b|(?:as|while|after|before|when|amid|though|although|even|despite|"
                                r"following|ahead\s+of)\b"
                                r"|by\s+[a-z]+ing\b"  # "…, he warned, by allowing irregularities to creep in"
                                r"|" + TOLL_REMAINDER +  # "…, officials said, with dozens more missing."
                                r"|with\s+(?:[\w’'.-]+\s+){1,5}?[a-z]+ing\b"  # "…, X said, with Y saying …"
                                r"|" + NARRATED_AFTER_FRAME +
                                r"|" + NARRATOR_COMMENT)
# A lead-in that is narration, not content: "Currently, said X, …", "In 2019, according to X, …".
_LEAD_IN = re.compile(r"(?:[A-Z][a-z]+ly|In|On|At|During|After|Before|Since|By|Last|This|Earlier|Later|Now|Then|So|But"
                      r"|And|Still|Meanwhile|However|Today|Yesterday)\b[^,]{0,30}$")


# A condition before the frame: "If producers are squeezed too much, he noted, they may start to cut corners."
_CONDITION = re.compile(r"(?:If|Unless|Because|Although|Though|Once|Until|Even\s+if|As\s+long\s+as)\s[^,;:]{3,120}")
# ", the county clerk," after the speaker's name: a description of the speaker, not the content.
_DESCRIPTION = re.compile(r"\s*(?:the|a|an|his|her|its|their)\s+[^,;:~“”\"]{1,80}?,")


_JOINED = re.compile(r"\b(?:and|but|yet|so)\s")  # "…, he said, and voters …": a second clause, not the same one
_AUXILIARIES = frozenset("is was are were has had have will would can could did does began came went made took".split())


def _verb_like(word: str) -> bool:
    low = word.lower().strip(",.")
    return low in _AUXILIARIES or (word.islower() and low.endswith("ed") and len(low) > 4)


class ParentheticalFrames:
    """Mixed into `ReportedSpeech`; uses the `Attributor` helpers (`_resolve`, `_reported_span`, `_add_content`,
    `_span_start`, `_clip`)."""

    def _parenthetical(self, paragraph: int, start: int, end: int, cues: list[Cue]) -> bool:
        """`Armenia remained Russia's ally, he told reporters, and Moscow would keep …` / `…, they argued, …`: the
        content stands on both sides of the frame, so it is two statements of one speaker."""
        for cue in cues:
            if cue.kind == "according":
                if self._according_inside(paragraph, start, end, cue):
                    return True
                continue
            if cue.kind != "finite" and cue.text not in ("continued", "continues"):
                continue
            if self.masked[start : cue.start].rstrip().endswith(","):
                if self._inverted_inside(paragraph, start, end, cue):
                    return True
                continue
            mention = subject_before(self.masked, start, cue.start)
            if mention is None or mention.start == start or is_relative_pronoun(mention.text):
                continue
            before = self.masked[start : mention.start].rstrip()
            if not DETERMINER_AT_END.sub("", before).rstrip().endswith(",") or len(mention.text.split()) > 6:
                continue
            tail = PARENTHETICAL_TAIL.match(self.masked, cue.end, end)
            # (two words finish a clause whose subject stands before the frame: "The talks, Peskov said, were useful.")
            if tail is None or word_count(self.masked[tail.end() : end]) < (
                    2 if self._subject_only(start, mention.start) else 3):
                continue
            if _NOT_A_PARENTHESIS.match(self.masked, tail.end(), tail.end() + 60) or RELAY_AFTER_FRAME.fullmatch(
                    self.masked, tail.end(), end):
                # "…, he said, adding that …" / "…, he said, as allies pressed …" / "…, he said, LRT reported.": not
                # a parenthesis
                continue
            if any(c.kind == "finite" and c.end <= mention.start and subject_before(self.masked, start, c.start)
                   is not None for c in cues):
                # "Christie said that was part of the race — no different, he said, from …": the sentence's own
                # frame reports the clause before (the caller goes on with it); the words after the parenthesis
                # are this frame's
                speaker = self._resolve(mention, cue)
                if speaker is not None:
                    content_end = trim_end(self.body, tail.end(), self._clip(tail.end(), end))
                    self._add_content(tail.end(), content_end, speaker, cue.text,
                                      self.masked[mention.start : tail.end()], paragraph)
                return False
            goes_on = not _JOINED.search(tail.group()) and self._clause_goes_on(start, mention.start, tail.end(), end)
            lead_in = _LEAD_IN.fullmatch(before.rstrip(" ,"))  # "Simultaneously, he continued, Government has …"
            if word_count(before) < 3 and not (goes_on and self._subject_only(start, mention.start)) and not lead_in:
                continue
            if goes_on or _CONDITION.fullmatch(before.rstrip(" ,")):
                # "The second precondition, he said, was the dissolution …": the cue interrupts one clause, which
                # stays one statement (a span is contiguous); "If producers are squeezed, he noted, they may …": a
                # condition is no statement without its main clause
                return self._whole_clause(paragraph, start, end, Frame(mention, cue), tail.end())
            speaker = self._resolve(mention, cue) if lead_in else \
                self._reported_span(paragraph, start, end, Frame(mention, cue), end, closing=True)
            if speaker is None:
                return False
            content_end = trim_end(self.body, tail.end(), self._clip(tail.end(), end))
            self._add_content(tail.end(), content_end, speaker, cue.text, self.masked[mention.start : tail.end()],
                              paragraph)
            return True
        return False

    def _according_inside(self, paragraph: int, start: int, end: int, cue: Cue) -> bool:
        """`The race, according to Reyes, is far from over.`: the frame interrupts one clause."""
        before = self.masked[start : cue.start].rstrip()
        if not before.endswith(",") or not self._subject_only(start, cue.start):
            return False
        mention = phrase_after(self.masked, cue.end, end)
        if mention is None or not self.masked.startswith(",", mention.end):
            return False
        after = mention.end + 1
        while after < end and self.masked[after] == " ":
            after += 1
        if word_count(self.masked[after:end]) < 3 or not self._clause_goes_on(start, cue.start, after, end):
            return False
        return self._whole_clause(paragraph, start, end, Frame(mention, cue), after)

    def _inverted_inside(self, paragraph: int, start: int, end: int, cue: Cue) -> bool:
        """`Currently, said Dr Kovac, the director, there are 70 patients`: the content follows the inverted frame
        (a lead-in before it is narration; a clause the frame interrupts is kept whole)."""
        mention = phrase_after(self.masked, cue.end, end)
        if mention is None or mention.is_pronoun:
            return False
        comma = self.masked.find(",", mention.end, end)
        if comma < 0:
            return False
        rest = self.masked[mention.end : comma]
        if rest.strip() and not mention.apposition:
            return False  # "…, said Varga on Monday in a statement that …" is a closing frame's tail
        if mention.apposition or _DESCRIPTION.match(self.masked, comma + 1, end):
            # "said Dr Kovac, the director of the hospital, there are …": the description ends at the next comma
            comma = self.masked.find(",", comma + 1, end)
            if comma < 0:
                return False
        after = comma + 1
        while after < end and self.masked[after] == " ":
            after += 1
        if word_count(self.masked[after:end]) < 4 or _NOT_A_PARENTHESIS.match(self.masked, after, end):
            return False
        before = self.masked[start : cue.start].rstrip(" ,")
        if _LEAD_IN.match(before):
            speaker = self._resolve(mention, cue)
            if speaker is None:
                return False
            content_end = trim_end(self.body, after, self._clip(after, end))
            self._add_content(after, content_end, speaker, cue.text, self.masked[cue.start : after], paragraph)
            return True
        if self._subject_only(start, cue.start) and self._clause_goes_on(start, cue.start, after, end):
            return self._whole_clause(paragraph, start, end, Frame(mention, cue), after)
        return False

    def _clause_goes_on(self, start: int, frame_start: int, after: int, end: int) -> bool:
        return bool(_CLAUSE_GOES_ON.match(self.masked, after, end) or (
            self._subject_only(start, frame_start) and _VERB_GOES_ON.match(self.masked, after, end)))

    def _subject_only(self, start: int, limit: int) -> bool:
        """Whether the words before a parenthetical frame are a short subject the clause goes on from ("The issue",
        "Turnout", "Saturday's peak demand"), not a clause of their own."""
        words = self.masked[start:limit].rstrip(" ,").split()
        return 1 <= len(words) <= 6 and not any(_verb_like(w) for w in words)

    def _whole_clause(self, paragraph: int, start: int, end: int, frame: Frame, after: int) -> bool:
        speaker = self._resolve(frame.mention, frame.cue)
        if speaker is None:
            return False
        content_start = self._span_start(start, paragraph)
        frame_start = min(frame.mention.start, frame.cue.start)
        self._add_content(content_start, trim_end(self.body, content_start, self._clip(after, end)), speaker,
                          frame.cue.text, self.masked[frame_start:after], paragraph)
        return True
