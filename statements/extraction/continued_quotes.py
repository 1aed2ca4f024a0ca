"""Who speaks a quote without a frame, a mixin of DirectQuotes (direct_quotes.py): the previous quote's speaker,
the last speaker of the paragraph before (news continuation), or a person the narration just named as a subject.
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Frame
from statements.extraction.genders import first_name_gender
from statements.extraction.noun_phrases import Mention
from statements.extraction.quotes import Quote, word_count
from statements.extraction.sentence_subjects import sentence_subject
from statements.extraction.types import SpeakerRef

# A sentence that goes on after its opening quote and ends with its own frame: "“…” with the IAEA delegation, AEOI
# spokesman Behrouz Kamalvandi said."
_FRAME_CLOSES_SENTENCE = re.compile(r"[^~“”\",;:]*[a-z][^~“”\";:]*,\s+(?:[A-Z][\w’'.-]*\s+|the\s+|[a-z]+\s+){1,6}"
                                    r"(?:said|says|added|adds)\.?\s*$")

# "…, according to Molly Reynolds, a senior fellow …" after the quote: the sentence's own source (a mixed statement)
_ACCORDING_CLOSES_SENTENCE = re.compile(r"[^~“”\"]*,\s+according\s+to\s+(?:the\s+)?[A-Z]")


class ContinuedQuotes:
    """Mixed into `DirectQuotes`; uses the article and walk state `Attributor` holds (`body`, `masked`, `paragraphs`,
    `sentences`, `state`, `resolver`, `_sentence_end`)."""

    def _continued_speaker(self, quote: Quote, paragraph: int,
                           accepted: list[tuple[Quote, Frame | None]]) -> SpeakerRef | None:
        """A quote without a frame: the previous quote of its sentence or paragraph, or — when it opens the
        paragraph — the last speaker of the paragraph before (news continuation convention)."""
        if accepted and self.state.drafts and self.state.drafts[-1].kind == "direct":
            return self.state.drafts[-1].speaker
        after = (quote.close_at + 1, self._sentence_end(quote.close_at))  # the rest of the quote's sentence
        if _ACCORDING_CLOSES_SENTENCE.match(self.masked, *after):
            return None  # "… “at the mercy of the calendar” with elections looming, according to Molly Reynolds."
        if self.state.paragraph_speaker is not None:
            return self._subject_since_statement(quote, paragraph, self.state.paragraph_speaker) or \
                self.state.paragraph_speaker
        if quote.open_at == self.paragraphs[paragraph][0]:
            if _FRAME_CLOSES_SENTENCE.match(self.masked, *after):
                return None  # "“…” with the IAEA delegation, AEOI spokesman X said.": its own frame, a mixed one
            asked = getattr(self, "_asked", None)
            if asked is not None and self.state.drafts and self.state.drafts[-1].start == asked[0]:
                return asked[1]  # the answer to the question that closed the paragraph before
            previous = self.state.previous_paragraph_speaker
            return (self._subject_since_statement(quote, paragraph - 1, previous) if previous and paragraph else
                    None) or previous
        return self._narrated_person(quote, paragraph)

    def _subject_since_statement(self, quote: Quote, paragraph: int, speaker: SpeakerRef) -> SpeakerRef | None:
        """`“…,” Kral said. … Lopez, however, was delighted, her eyes gleaming, as if to say, “…”`: a person the
        narration (of the quote's paragraph, or of the one before for a quote opening its paragraph: `… But Lopez
        was relentless.` / `“…”`) names as a subject after the last statement speaks an unframed quote, not Kral."""
        last = self.state.drafts[-1].end if self.state.drafts else 0
        for start, end in reversed(self.sentences[paragraph]):
            if start >= quote.open_at:
                continue
            if start < last:
                return None
            mention = sentence_subject(self.masked, start, min(end, quote.open_at))
            if mention is None:
                continue
            if not (mention.is_pronoun or mention.text[:1].isupper()) or self._opening_word_only(mention):
                return None
            named = self.resolver.resolve(mention)  # "he": the statement's speaker, or whom the narration named
            return named if named is not None and named.kind == "person" and named != speaker else None
        return None

    def _opening_word_only(self, mention: Mention) -> bool:
        """"Plastics seemed unsuitable": a lone word capitalised only where it opens a sentence, no first name and in
        no full name of the article, is a common noun, not a person the narration names."""
        word = mention.text
        names = self.resolver.names
        return not mention.is_pronoun and " " not in word and not first_name_gender(word) and not \
            names.full_person_name(word) and not names.capitalised_inside(word)

    def _narrated_person(self, quote: Quote, paragraph: int) -> SpeakerRef | None:
        """`Peter Novak, a first-year student, has just returned home. “I was living …”`: a sentence-long quote
        after narration about a person, in the same paragraph, is that person's."""
        if not self._whole_sentence(quote):
            return None
        own = next(((s, e) for s, e in self.sentences[paragraph] if s < quote.open_at < e), None)
        if own is not None and re.search(r"[^\W\d_]{2,}", self.masked[own[0] : quote.open_at]):
            # "In a riff on his line, they will hold banners proclaiming: “…”": narration in the quote's own
            # sentence that gave no frame; the subject of the sentence before does not speak it
            return None
        before = [(s, e) for s, e in self.sentences[paragraph] if e <= quote.open_at]
        if not before:
            return None
        mention = sentence_subject(self.masked, *before[-1])
        if mention is None or not (mention.is_pronoun or mention.text[:1].isupper()):
            return None
        speaker = self.resolver.resolve(mention)
        return speaker if speaker is not None and speaker.kind == "person" else None

    def _whole_sentence(self, quote: Quote) -> bool:
        """A quote that is its own sentence (nothing of the narrator's after it) of five words or more."""
        rest = self.masked[quote.close_at + 1 : self._sentence_end(quote.close_at)]
        return word_count(self.body[quote.start : quote.end]) >= 5 and not rest.strip(" .,!?")
