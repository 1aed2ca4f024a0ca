"""Quotes set as blocks: a live blog's "Kallas said:" paragraph followed by the quote without marks, and
interview transcripts ("Q: …", "Euronews: …?", "LAVROV: …").
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Draft, trim_end
from statements.extraction.cues import NEWS_OUTLET_NAMES
from statements.extraction.keys import name_key
from statements.extraction.noun_phrases import Mention
from statements.extraction.sentence_subjects import sentence_subject
from statements.extraction.quotes import OPENING_DOUBLE, STRAIGHT_DOUBLE, word_count
from statements.extraction.types import SpeakerRef

_QA_LABEL = re.compile(
    r"(?P<label>Q|A|Question|Answer|[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|al-[A-Z][\w’'-]*)){0,3})\s*:\s+(?=[^\s“\"‘'«])"
)
# "released the following statement:", "wrote in a letter:": an introduction without a speech cue.
_ANNOUNCES = re.compile(r"\b(?:following|statement|message|letter|tweet|post|remarks|words)\b")
_OUTLET_KEYS = frozenset(name_key(name) for name in NEWS_OUTLET_NAMES) | {"euronews", "interviewer", "host"}


class BlockQuotes:
    """Block quotes and transcript answers.

    Mixed into `Attributor` (attribution.py), which holds the article (`body`, `masked`, `paragraphs`, `sentences`,
    `quotes`), the `resolver` and the walk's `state`, and the helpers every part shares (`_cues`, `_resolve`,
    `_span_start`, `_sentence_end`, `_add`).
    """

    def _block_quote(self, index: int) -> bool:
        """`Kallas said:` / `Here is what Peskov told reporters:` closing a paragraph, then a paragraph without
        quote marks: live blogs set the quote as a block, so that paragraph is the speaker's direct statement
        and the introduction is not a statement of its own."""
        start, end = self.paragraphs[index]
        if index + 1 >= len(self.paragraphs) or not self.masked[start:end].rstrip().endswith(":"):
            return False
        intro = self.state.introduction
        if intro is None or intro[0] != index:
            return False
        if any(start <= q.open_at < end for q in self.quotes):
            return False
        next_start, next_end = self.paragraphs[index + 1]
        text = self.body[next_start:next_end].rstrip()
        if any(next_start <= q.open_at < next_end for q in self.quotes) or word_count(text) < 6 or text[-1:] not in ".!?":
            return False
        self.state.drafts = [d for d in self.state.drafts if d.paragraph != index or d.kind == "direct"]
        self._add(Draft(next_start, next_start + len(text), "direct", intro[1], intro[2], intro[3], index + 1))
        return True

    def _colon_introducer(self, index: int) -> SpeakerRef | None:
        """`President Clinton released the following statement:` closing a paragraph whose next paragraph opens
        with a quote: the subject of that sentence speaks the quote (read as the previous paragraph's speaker)."""
        start, end = self.paragraphs[index]
        if index + 1 >= len(self.paragraphs) or not self.masked[start:end].rstrip().endswith(":"):
            return None
        if self.body[self.paragraphs[index + 1][0] : self.paragraphs[index + 1][0] + 1] not in (
                *OPENING_DOUBLE, *STRAIGHT_DOUBLE):
            return None
        sentence_start, sentence_end = self.sentences[index][-1]
        announced = _ANNOUNCES.search(self.masked, sentence_start, sentence_end)
        if not (self._cues(sentence_start, sentence_end) or announced):
            return None
        mention = sentence_subject(self.masked, sentence_start, sentence_end)
        if mention is None or not (mention.is_pronoun or any(w[:1].isupper() for w in mention.text.split())):
            return None
        return self.resolver.resolve(mention)

    def _transcript_labels(self) -> dict[int, tuple[str, int]]:
        """Paragraphs of a Q&A transcript ("Q: …", "Euronews: …?", "LAVROV: …"): index → (label, text start).
        Only when the article has questions and answers both, so a lone "Kremlin: …" line is left alone."""
        labelled: dict[int, tuple[str, int]] = {}
        for index, (start, end) in enumerate(self.paragraphs):
            if self.body[start:start + 1].isupper():
                match = _QA_LABEL.match(self.body, start, end)
                if match is not None:
                    labelled[index] = (match.group("label"), match.end())
        if len(labelled) < 2:
            return {}
        asking = {index for index, (label, _) in labelled.items() if self._asks(index, label)}
        if not asking or len(asking) == len(labelled):
            return {}
        return {index: ("" if index in asking else label, at) for index, (label, at) in labelled.items()}

    def _asks(self, index: int, label: str) -> bool:
        low = label.lower()
        if low in ("q", "question", "interviewer") or name_key(label) in _OUTLET_KEYS:
            return True
        start, end = self.paragraphs[index]
        return self.body[start:end].rstrip().endswith("?") and low not in ("a", "answer")

    def _transcript_answer(self, paragraph: int, label: str, text_start: int) -> None:
        """An answer is a direct statement of the label's speaker ("A:" is the interviewee last named)."""
        if not label:
            return  # the interviewer's question
        if label.lower() in ("a", "answer"):
            speaker = self.resolver.last_person()
        else:
            words = label.split()
            if all(w.isupper() for w in words):
                label = " ".join(w.capitalize() for w in words)  # "LAVROV" → "Lavrov"
            speaker = self.resolver.resolve(Mention(label, text_start - len(label) - 2, text_start - 2))
        end = trim_end(self.body, text_start, self.paragraphs[paragraph][1])
        if speaker is not None and end > text_start:
            self._add(Draft(text_start, end, "direct", speaker, "", "", paragraph))
