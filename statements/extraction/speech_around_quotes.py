"""Reported speech around quotes: the clause before a quote (`Peskov reiterated X, though indicating that
“…”`), reported content running into quoted words (kind mixed: `Peskov said it is “very stressful,” and that
…`), narration before a quote a closing frame reports (`…“…,” a joint statement said`), and `“…,” Peskov said,
adding that Y`.
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Draft, Frame, coordinated, relative, trim_end
from statements.extraction.content import after_introduction, content_after_cue, object_end
from statements.extraction.mentions import subject_before
from statements.extraction.quotes import Quote, word_count
from statements.extraction.narration_ends import RELAY_AFTER_QUOTE
from statements.extraction.parenthetical_frames import PARENTHETICAL_TAIL
from statements.extraction.second_acts import second_act

# "Before the vote, Finance Minister Brian Manning said, “…”": a lead-in, not a clause the speaker said
_INTRODUCTORY_LEAD = re.compile(
    r"(?:[A-Z][a-z]+ing|In|On|At|During|After|Before|Following|Earlier|Later|Meanwhile|Separately|Asked|When|While|"
    r"As|Since|Speaking|Addressing|Outside|Inside)\b"
)
# The comma (and conjunction) that ends a clause before a frame: "…, and Harlan told", "…, a man yelled".
_LEAD_END = re.compile(r",\s*(?:(?:and|but|while|as|then)\s+)?(?:(?:the|a|an)\s+)?$")
_JOINED_AT_END = re.compile(r"\s+(?:and|but)\s*$")
_WHO = re.compile(r",\s+who\s+(?:[\w’'-]+\s+){0,4}")  # "Novak, who has in the past called …"
_ASKED = re.compile(r"(?:When\s+)?(?:Asked|Questioned|Pressed)\b")


# Between two quotes of one content: "“…” because “…”", "“…,” and “…”" (not a frame: "“…,” he said, “…”")
_JOINT = re.compile(r",?\s+(?:because|and|but|since|while|although|so|or|as)\s+(?:that\s+)?")


_LONE_OPENERS = frozenset("but and so yet still instead also now then however indeed or".split())


class SpeechAroundQuotes:
    """Mixed into `Attributor` (attribution.py) beside `DirectQuotes` and `ReportedSpeech`, whose helpers
    (`_add_content`, `_clip`, `_continuation`, `_resolve`, `_span_start`, `_add`) it calls."""

    def _around_quotes(self, paragraph: int, start: int, end: int, cues: list[Cue],
                       accepted: list[tuple[Quote, Frame | None]]) -> None:
        first, first_frame = accepted[0]
        # ("Said Dorothy Poynter, who grew up with Ali, “…”": an inverted frame, the description no content)
        inverted = first_frame is not None and first_frame.cue.kind != "according" and (
            first_frame.cue.end <= first_frame.mention.start < first.open_at)
        if first_frame is not None and first_frame.cue.start < first.open_at and not inverted:
            if (first_frame.cue.kind == "participle" or coordinated(self.masked, start, first_frame.cue.start)
                    or relative(self.masked, start, first_frame.mention.start)):
                self._before_participle(paragraph, start, first, first_frame, cues)
            elif first_frame.cue.kind in ("finite", "quote"):
                self._clause_before_frame(paragraph, start, end, first_frame, cues)
            if first_frame.cue.kind != "according" or self._clause_into_quote(first, first_frame):
                self._into_quote(paragraph, start, end, first, first_frame, cues)
        elif first_frame is not None and first_frame.cue.start > first.close_at:
            self._content_before_quote(paragraph, start, first, first_frame, cues)
        for (previous, _), (quote, frame) in zip(accepted, accepted[1:]):
            # "“…,” she said, adding that she went to “one of the most senior people” to raise the concerns"
            if frame is not None and previous.close_at < frame.cue.start < quote.open_at and frame.cue.kind != "according":
                self._into_quote(paragraph, start, end, quote, frame)
        self._joined_quotes(paragraph, accepted)
        last, last_frame = accepted[-1]
        if last_frame is not None:
            self._adding_that(paragraph, last, last_frame, end)

    def _joined_quotes(self, paragraph: int, accepted: list[tuple[Quote, Frame | None]]) -> None:
        """`Trump says “the whole game has become screwed up” because “football has become soft.”`: two quotes a
        conjunction joins after one cue are one content, quoted words and the narrator's joint: kind mixed."""
        (first, frame), *rest = accepted
        if frame is None or frame.cue.end > first.open_at or not rest or rest[0][1] is not None:
            return
        joined = rest[0][0]
        if _JOINT.fullmatch(self.masked, first.close_at + 1, joined.open_at):
            self._replace_with_mixed(first.open_at, joined.close_at + 1, frame, paragraph)

    def _clause_into_quote(self, quote: Quote, frame: Frame) -> bool:
        """"According to Emery, his side had “deserved a point.”": the source's clause runs into the quote (not "asked
        by X, “…?”", nor "According to Zakharova, Moscow is certain that “…”", whose quote is the clause)."""
        before = self.masked[frame.mention.end : quote.open_at]
        return frame.cue.text.lower() == "according to" and not re.search(r"\bthat\s*[,:]?\s*$", before)

    def _before_participle(self, paragraph: int, start: int, quote: Quote, frame: Frame, cues: list[Cue]) -> None:
        """`Peskov reiterated X, though indicating that “…”`: the object of the main verb is reported speech."""
        finite = [c for c in cues if c.kind == "finite" and c.end <= frame.cue.start and c != frame.cue]
        if finite:
            main = finite[0]
            mention = subject_before(self.masked, start, main.start)
        else:  # "…, calling it “disqualifying” and asserting that “…”": an earlier participle of the subject
            earlier = self._participle_frame(start, frame.cue.start, [c for c in cues if c.end <= frame.cue.start])
            if earlier is None or earlier[0].cue == frame.cue:
                return
            main, mention = earlier[0].cue, earlier[0].mention
        if word_count(self.masked[main.end : frame.cue.start]) < (3 if finite else 2):
            return  # not "accused Bloomberg of arguing “…”"
        speaker = self._resolve(mention, main) if mention else None
        if speaker is None:
            return
        comma = self.masked.rfind(",", main.end, frame.cue.start)
        limit = comma if comma > main.end else frame.cue.start
        joined = _JOINED_AT_END.search(self.masked, main.end, limit)
        limit = joined.start() if joined is not None else limit  # "calling it “crazy” and asserting that …"
        content_start = content_after_cue(self.masked, main.text, main.end, limit)
        content_end = trim_end(self.body, content_start, object_end(self.masked, main.text, content_start, limit))
        if word_count(self.body[content_start:content_end]) >= 2:
            self._add_content(content_start, content_end, speaker, main.text,
                              self.masked[start : main.end], paragraph)

    def _clause_before_frame(self, paragraph: int, start: int, end: int, frame: Frame, cues: list[Cue]) -> None:
        """`Kovac said the talks had failed, and Harlan told reporters: “…”`, `when Reyes said it was great to be
        home, a man yelled “…”`: a clause before the quote's frame, with a speech verb of its own, reports too."""
        lead = _LEAD_END.search(self.masked, start, min(frame.mention.start, frame.cue.start))
        if lead is None:
            return
        lead_cues = [c for c in cues if c.end <= lead.start() and c.kind != "quote"]
        if not any(c.kind == "finite" for c in lead_cues):
            return
        position = next((at for at, (s, _) in enumerate(self.sentences[paragraph]) if s == start), 0)
        self._reported(paragraph, position, start, lead.start(), lead_cues)

    def _into_quote(self, paragraph: int, start: int, end: int, quote: Quote, frame: Frame,
                    cues: list[Cue] | None = None) -> None:
        """`Peskov said it is “very stressful,” and that Moscow is monitoring …`: reported content that runs into
        quoted words is one statement of kind mixed (it replaces the direct statement of the quote)."""
        if frame.cue.start < frame.mention.start and frame.cue.kind in ("finite", "according") and (
                frame.mention.end < quote.open_at):
            anchor = frame.mention.end  # "said Peskov, …", "According to Emery, …"
        else:
            anchor = frame.cue.end
        if self.masked[anchor : quote.open_at].rstrip().endswith(":"):
            return  # "Peskov told reporters: “…”" — the quote alone is the statement
        content_start = content_after_cue(self.masked, frame.cue.text, anchor, quote.open_at + 1)
        tail = PARENTHETICAL_TAIL.match(self.masked, frame.cue.end, quote.open_at)
        before = self.masked[start : frame.mention.start].rstrip()
        if tail is not None and before.endswith(",") and frame.mention.start > frame.cue.start - 40:
            lead_start = self._span_start(start, paragraph)
            if word_count(self.masked[lead_start : frame.mention.start]) >= 3 and not _INTRODUCTORY_LEAD.match(
                    self.masked, lead_start, frame.mention.start):
                # "Armenia remained Russia's ally, he told reporters, and Moscow would keep working “…”"
                direct = next((d for d in self.state.drafts if d.start == quote.start), None)
                if direct is not None and direct.speaker is not None:
                    self._add_content(lead_start, trim_end(self.body, lead_start, len(before) + start), direct.speaker,
                                      frame.cue.text, self.masked[frame.mention.start : tail.end()], paragraph)
                content_start = tail.end()
        act = second_act(self.masked, content_start, quote.open_at)
        cue = frame.cue.text
        if act is not None:
            # "warned that X, highlighting that data “is our eyes and ears …”": X is a statement of its own, the
            # second act's content runs into the quote
            direct = next((d for d in self.state.drafts if d.start == quote.start), None)
            if direct is None or direct.speaker is None:
                return
            first_end = trim_end(self.body, content_start, act.start())
            if word_count(self.body[content_start:first_end]) >= 2:
                self._add_content(content_start, first_end, direct.speaker, cue, self.masked[start : frame.cue.end],
                                  paragraph)
            content_start, cue = content_after_cue(self.masked, act.group("cue"), act.end("cue"), quote.open_at + 1), \
                act.group("cue")
        if content_start >= quote.open_at or word_count(self.masked[content_start : quote.open_at]) < 1:
            return
        main = next((c for c in cues or () if c.kind == "finite" and c.start > quote.close_at), None)
        if main is not None and (self.masked[quote.close_at + 1 : main.start].strip(" ,")
                                 or not _WHO.fullmatch(self.masked, frame.mention.end, frame.cue.start)):
            main = None
        if main is not None:
            # "Novak, who called the plan “a disaster,” said he would not vote": the relative clause ends with the
            # quote, and the main clause is the subject's statement of its own
            content_end = quote.close_at + 1
        elif re.search(r"[.!?]\s*$", self.body[quote.start : quote.end]) and quote.close_at + 2 >= end or (
                RELAY_AFTER_QUOTE.match(self.masked, quote.close_at + 1, end)):
            content_end = quote.close_at + 1  # (not "…,” IRNA reported.": the outlet relays it)
        else:
            content_end = self._clip(quote.close_at + 1, end)
            following = second_act(self.masked, quote.close_at + 1, content_end)
            if following is not None:
                content_end = following.start()
            content_end = max(object_end(self.masked, frame.cue.text, content_start, content_end), quote.close_at + 1)
            content_end = max(trim_end(self.body, content_start, content_end), quote.close_at + 1)
        second = self._second_speaker(frame, end, cues) if cues else None
        if second is not None and second[1] > quote.close_at:
            # "pledged that the department “would …,” but board members questioned whether …": a second speaker
            content_end = max(min(content_end, trim_end(self.body, content_start, second[0])), quote.close_at + 1)
        self._replace_with_mixed(content_start, content_end, frame, paragraph, cue)
        if main is not None:
            self._reported_span(paragraph, start, end, Frame(frame.mention, main), self._clip(main.end, end))
        if second is not None and second[1] > quote.close_at:
            position = next((at for at, (s, _) in enumerate(self.sentences[paragraph]) if s == start), 0)
            self._reported(paragraph, position, second[1], end, [c for c in cues if c.start >= second[1]])

    def _content_before_quote(self, paragraph: int, start: int, quote: Quote, frame: Frame, cues: list[Cue]) -> None:
        """`the leaders agreed to … “solely on the basis of …,” a joint statement said`: the narration before the
        quote is the content the closing frame reports, quoted words included."""
        content_start = after_introduction(self.masked, self._span_start(start, paragraph), quote.open_at)
        lead = self.masked[content_start : quote.open_at].rstrip()
        # (a few words are enough: "The plane is “an airborne White House,” said …", "Sinwar “is someone who …,”"; not
        # a lone "But" or "Still")
        if (not lead or lead.lower() in _LONE_OPENERS or lead.endswith((",", ":", ";"))
                or any(content_start <= c.start < quote.open_at and c.kind != "quote" for c in cues)
                or any(d.end > content_start and d.start < quote.open_at for d in self.state.drafts if d.start != quote.start)):
            return
        if _ASKED.match(self.masked, content_start):
            return
        self._replace_with_mixed(content_start, quote.close_at + 1, frame, paragraph)

    def _replace_with_mixed(self, start: int, end: int, frame: Frame, paragraph: int, cue: str | None = None) -> None:
        inner = [d for d in self.state.drafts if d.kind == "direct" and start <= d.start and d.end <= end]
        if not inner or inner[0].speaker is None:
            return
        for draft in inner:
            self.state.drafts.remove(draft)
        self._add(Draft(start, end, "mixed", inner[0].speaker, cue or frame.cue.text, inner[0].frame, paragraph,
                        inner[0].inherited))

    def _adding_that(self, paragraph: int, quote: Quote, frame: Frame, end: int) -> None:
        """`“…,” Peskov said, adding that Y.` / `… “…”, accusing X of Y.`: a reported statement of the same speaker."""
        after = max(quote.close_at + 1, frame.cue.end if frame.cue.start > quote.close_at else 0)
        match = second_act(self.masked, after, end)
        if match is not None:
            speaker = self.state.drafts[-1].speaker if self.state.drafts else None
            if speaker is not None:
                self._continuation(paragraph, match, end, self.masked[frame.mention.start : frame.cue.end], speaker)
