"""Reported speech: sentences with an explicit cue and a speaker outside any quote, and the reported
clauses around quotes.

The span is the whole sentence (the gold convention, speaker included: "Peskov said the Russian military
..."), clipped where the narrator takes over (", while ...", ", as ...", ", a sentiment echoed by ...").
`…, X said, adding that Y` gives a separate reported statement from "adding". "This is what X said"
attributes the sentence before.
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import COORDINATED_THAT, Cue, Draft, Frame, coordinated, relative, trim_end
from statements.extraction.mentions import phrase_after, sentence_subject, subject_before
from statements.extraction.quotes import Quote, word_count

_PASSIVE_CATAPHORA = re.compile(
    r"^(?:This|That|These|It)\s+(?:was|were|has\s+been|is)\s+(?:stated|said|announced|noted|declared|stressed|"
    r"emphasi[sz]ed|reported|underlined)\s+by\s+"
)
_CATAPHORA = re.compile(r"^(?:This|That|These|Such|So)\s+(?:is|was|are|were)\s+(?:what|how)\b")
# Where the narrator takes over inside a reported sentence.
_CLIP = re.compile(
    r",\s+(?:while|whereas)\b|,\s+as\s+(?!well\b|much\b|long\b|soon\b|far\b|a\b|an\b|part\b)|;\s|\s[-–—]\s"
    r"|,\s+(?:a|an)\s+[a-z]+\s+(?:[a-z]+ed|that|which|shared|echoed)\b"
)
_RECIPROCAL = re.compile(r"^\s+(?:each other|one another)\b")
_TAIL_AFTER_CUE = re.compile(
    r"^(?:\s+(?:in|at|on|during|to|after|before|with|from|late|earlier|later|this|last|via|through|by|over)\b[^,;:~“”\"]*?)*"
    r"\s*[.!?]?\s*$"
)
_PARTICIPLE_CONTINUATION = re.compile(
    r",\s*(?:and\s+)?(?P<cue>adding|saying|noting|stressing|emphasizing|emphasising|explaining|insisting|arguing|"
    r"warning|recalling|stating|pointing out|urging|accusing|calling|describing|dismissing|rejecting|denying|"
    r"welcoming|vowing|promising|pledging|claiming|demanding)\b"
)
_PURPOSE_OF_CALL = re.compile(
    r"\b(?:spoke|talked|met|phoned|telephoned|held\s+(?:a\s+)?(?:phone\s+)?(?:call|talks))\b[^.;:~“”\"]{0,160}?"
    r"\bto\s+(?P<verb>urge|reaffirm|reiterate|express|convey|stress|underscore|emphasi[sz]e|condemn|welcome|demand|warn)\b"
)
# ", but Azerbaijan insists", ", a day after Pashinyan said": a second attributed clause with its own speaker.
_SECOND_CLAUSE = re.compile(r",\s+(?:but|while|whereas|(?:[a-z]+\s+){0,3}?(?:after|before))\s+(?=[A-Z])")
_RELAYED_BY = re.compile(r"\s+(?:quoted|cited)\s+by\s+[^,;:~“”\"]{1,60},")
# "… Moscow remained open to a solution but that any settlement …", "… committed to a deal and hoped to …":
# a second conjunct after a complete reported clause.
_SECOND_CONJUNCT = re.compile(r"\s(?:but|and)\s+(?:also\s+)?(?:that\b|[a-z]+ed\s+(?:to|that|at|on|for|by)\b)")
# What opens a sentence before its subject without being a reported clause: "Speaking to Anadolu, …",
# "Asked whether …, he said", "In a statement on Thursday, …".
_INTRODUCTORY = re.compile(
    r"(?:[A-Z][a-z]+ing|Asked|In|On|At|During|After|Before|Following|Despite|With|According|Earlier|Later|"
    r"Meanwhile|However|Separately|Still|Also|Then|Now|Today|Yesterday)\b"
)
_SPEAKING_PARTICIPLES = frozenset(
    "saying stressing insisting claiming arguing warning noting telling promising pledging vowing calling describing "
    "accusing urging denying dismissing".split()
)


class ReportedSpeech:
    """Reported speech, alone and around quotes.

    Mixed into `Attributor` (attribution.py), which holds the article (`body`, `masked`, `paragraphs`, `sentences`,
    `quotes`), the `resolver` and the walk's `state`, and the helpers every part shares (`_cues`, `_resolve`,
    `_span_start`, `_sentence_end`, `_add`).
    """

    def _reported(self, paragraph: int, position: int, start: int, end: int, cues: list[Cue]) -> None:
        if not cues:
            found = self._purpose_frame(start, end)
            if found is not None:
                self._reported_span(paragraph, start, end, *found)
            return
        text = self.masked[start:end]
        passive = _PASSIVE_CATAPHORA.match(text)
        if _CATAPHORA.match(text) or passive:
            self._cataphora(paragraph, position, start, cues, passive.end() + start if passive else None)
            return
        found = self._end_frame(start, end, cues)
        if found is None:
            found = self._initial_frame(start, end, cues)
        else:
            # "X told Y that Z, according to a readout / the ministry said": X speaks, the closing source relays.
            initial = self._initial_frame(start, end, [c for c in cues if c.kind == "finite" and c is not found[0].cue])
            if initial is not None and (found[0].cue.kind == "according" or self._reports_clause(initial[0].cue, end)):
                found = initial
        if found is None:
            return
        frame, span_end = found
        if _RECIPROCAL.match(self.masked[frame.cue.end : end]):
            return
        second = self._second_speaker(frame, span_end, cues)
        if second is not None:
            # "Pashinian says the treaty is ready, but Azerbaijan insists …": two statements, two speakers.
            span_end, clause = second
        adding = self._adding_after_frame(frame, span_end)
        if adding is not None:
            span_end = adding.start()  # "…, he said, adding that Y": Y is a statement of its own
        drafts_before = len(self.state.drafts)
        self._reported_span(paragraph, start, end, frame, span_end)
        if adding is not None and len(self.state.drafts) > drafts_before:
            self._continuation(paragraph, adding, end, self.masked[frame.mention.start : frame.cue.end])
        if second is not None:
            self._reported(paragraph, position, second[1], end, [c for c in cues if c.start >= second[1]])

    def _adding_after_frame(self, frame: Frame, span_end: int) -> re.Match[str] | None:
        """`…, he said, adding that …` / `…, Peskov told reporters, adding …`: a participle right after a closing
        attribution (only a short tail of place or time between them)."""
        if frame.cue.start < frame.mention.end or frame.cue.kind != "finite":
            return None
        match = _PARTICIPLE_CONTINUATION.search(self.masked, frame.cue.end, span_end)
        if match is None or match.group("cue") != "adding":
            return None
        tail = self.masked[frame.cue.end : match.start()]
        return match if len(tail.split()) <= 6 and " that " not in f" {tail} " else None

    def _reported_span(self, paragraph: int, start: int, end: int, frame: Frame, span_end: int) -> None:
        speaker = self._resolve(frame.mention, frame.cue)
        if speaker is None:
            return
        if self.masked[start:end].rstrip().endswith(":"):
            self.state.paragraph_speaker = speaker  # "The statement reads:" introduces the next quote
        span_start = self._span_start(start, paragraph)
        span_end = trim_end(self.body, span_start, span_end)
        if word_count(self.body[span_start:span_end]) < word_count(frame.mention.text) + 4:
            return
        frame_text = self.masked[span_start : min(frame.cue.end + 30, span_end)].split(" that ")[0]
        if frame.cue.start > (span_start + span_end) // 2:
            frame_text = self.masked[frame.mention.start : span_end]
        self._add(Draft(span_start, span_end, "indirect", speaker, frame.cue.text, frame_text, paragraph))

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
                if mention is not None and mention.start == clause and not mention.is_pronoun:
                    return match.start(), clause
                break
        return None

    def _end_frame(self, start: int, end: int, cues: list[Cue]) -> tuple[Frame, int] | None:
        """`Russia welcomes all efforts …, Peskov said.` — the attribution closes the sentence."""
        cue = cues[-1]
        before = self.masked[start : cue.start].rstrip()
        if cue.kind == "according":
            mention = phrase_after(self.masked, cue.end, end)
            return (Frame(mention, cue), end) if mention is not None and before.endswith(",") else None
        tail = self.masked[cue.end : end]
        if cue.kind == "participle" or len(tail.split()) > 8 or " that " in tail or not _TAIL_AFTER_CUE.match(tail):
            return None
        if before.endswith(","):
            mention = phrase_after(self.masked, cue.end, end)
            return (Frame(mention, cue), end) if mention is not None else None
        mention = subject_before(self.masked, start, cue.start)
        if mention is None or mention.start == start:
            return None
        if not self.masked[start : mention.start].rstrip().endswith(","):
            return None
        return Frame(mention, cue), end

    def _initial_frame(self, start: int, end: int, cues: list[Cue]) -> tuple[Frame, int] | None:
        """`Peskov said the Russian military …`, `According to him, …`."""
        for cue in cues:
            if cue.kind == "according":
                mention = phrase_after(self.masked, cue.end, end)
                if mention is not None and (
                    self.masked[mention.end : mention.end + 2].startswith(",")
                    or _RELAYED_BY.match(self.masked, mention.end, end)  # "an official quoted by the WSJ,"
                ):
                    return Frame(mention, cue), self._clip(cue.end, end)
                continue
            quoted = self._quoted_as(cue, start)
            if quoted is not None:
                return quoted, self._clip(cue.end, end)
            if cue.kind != "finite":
                continue
            mention = subject_before(self.masked, start, cue.start)
            if mention is None or mention.text.lower() in ("who", "which", "that"):
                continue
            return Frame(mention, cue), self._clip(cue.end, end)
        for cue in cues:
            # "China launched drills around Taiwan, saying they were a “strong punishment”": the subject speaks.
            if cue.text in _SPEAKING_PARTICIPLES and self.masked[start : cue.start].rstrip().endswith(","):
                mention = sentence_subject(self.masked, start, cue.start)
                if mention is not None and not mention.is_pronoun and mention.text[:1].isupper():
                    return Frame(mention, cue), self._clip(cue.end, end)
        return self._purpose_frame(start, end)

    def _purpose_frame(self, start: int, end: int) -> tuple[Frame, int] | None:
        """Readouts: "Blinken spoke today with Aliyev to urge Azerbaijan to cease military actions"."""
        purpose = _PURPOSE_OF_CALL.search(self.masked, start, end)
        if purpose is None:
            return None
        mention = subject_before(self.masked, start, purpose.start())
        if mention is None or mention.is_pronoun or self.masked[start : mention.start].strip():
            return None
        cue = Cue(purpose.start("verb"), purpose.end("verb"), purpose.group("verb"))
        return Frame(mention, cue), self._clip(cue.end, end)

    def _reports_clause(self, cue: Cue, end: int) -> bool:
        """`told his counterpart on Tuesday that …`: the cue introduces a that-clause of its own."""
        return "that" in self.masked[cue.end : end].split()[:8]

    def _clip(self, after: int, end: int) -> int:
        match = _CLIP.search(self.masked, after, end)
        return match.start() if match else end

    def _cataphora(self, paragraph: int, position: int, start: int, cues: list[Cue], agent: int | None = None) -> None:
        """"This is what X said" / "This was stated by X in …": X's statement is the sentence before."""
        cue = next((c for c in cues if c.kind == "finite"), None)
        if cue is None:
            return
        end = self.sentences[paragraph][position][1]
        mention = phrase_after(self.masked, agent, end) if agent is not None else subject_before(self.masked, start, cue.start)
        speaker = self._resolve(mention, cue) if mention else None
        if speaker is None:
            return
        if position > 0:
            target_start, target_end = self.sentences[paragraph][position - 1]
        elif paragraph > 0 and self.sentences[paragraph - 1]:
            target_start, target_end = self.sentences[paragraph - 1][-1]
        else:
            return
        if any(d.start < target_end and target_start < d.end for d in self.state.drafts):
            self.state.paragraph_speaker = speaker
            return
        target_start = self._span_start(target_start, paragraph)
        frame_text = self.masked[start : self.sentences[paragraph][position][1]]
        self._add(Draft(target_start, trim_end(self.body, target_start, target_end), "indirect", speaker,
                        cue.text, frame_text, paragraph))

    # -- reported speech around quotes ----------------------------------------------------------------

    def _around_quotes(self, paragraph: int, start: int, end: int, cues: list[Cue],
                       accepted: list[tuple[Quote, Frame | None]]) -> None:
        first, first_frame = accepted[0]
        if first_frame is not None and first_frame.cue.start < first.open_at:
            if (first_frame.cue.kind == "participle" or coordinated(self.masked, start, first_frame.cue.start)
                    or relative(self.masked, start, first_frame.mention.start)):
                self._before_participle(paragraph, start, first, first_frame, cues)
            elif first_frame.cue.kind == "finite":
                self._before_partial_quote(paragraph, start, first, first_frame)
        last, last_frame = accepted[-1]
        if last_frame is not None:
            self._adding_that(paragraph, last, last_frame, end)

    def _before_participle(self, paragraph: int, start: int, quote: Quote, frame: Frame, cues: list[Cue]) -> None:
        """`Peskov reiterated X, though indicating that “…”`: the part before the quote is reported speech."""
        finite = [c for c in cues if c.kind == "finite" and c.end <= frame.cue.start and c != frame.cue]
        if not finite:
            return
        main = finite[0]
        if word_count(self.masked[main.end : frame.cue.start]) < 3:
            return
        mention = subject_before(self.masked, start, main.start)
        speaker = self._resolve(mention, main) if mention else None
        if speaker is None:
            return
        span_start = self._span_start(start, paragraph)
        span_end = trim_end(self.body, span_start, quote.open_at)
        self._add(Draft(span_start, span_end, "indirect", speaker, main.text,
                        self.masked[span_start:span_end], paragraph))

    def _before_partial_quote(self, paragraph: int, start: int, quote: Quote, frame: Frame) -> None:
        """`She said Pakistan had used terrorism as a weapon and that “…”`: a complete reported clause before the
        quote's own "and/but that" is reported speech of its own (the seed convention). When the quoted words
        complete the only clause (`Vucic said Kurti “did everything …”`) the quote alone is the statement. So is a
        clause before a parenthetical attribution (`Armenia remained Russia's ally, he told reporters, and …“…”`)."""
        lead = self.body[frame.cue.end : quote.open_at]  # the words of a short quote inside it count
        coordinated = None
        for coordinated in _SECOND_CONJUNCT.finditer(lead):
            pass  # the last "and/but (that) <verb>" before the quote
        before = self.body[start : frame.mention.start].rstrip()
        parenthetical = (frame.mention.start > start and before.endswith(",") and word_count(before) >= 3
                         and not _INTRODUCTORY.match(before))
        if not parenthetical and (coordinated is None or word_count(lead[: coordinated.start()].split(" that ", 1)[-1]) < 3):
            return
        direct = next((d for d in self.state.drafts if d.start == quote.start and d.kind == "direct"), None)
        if direct is None or direct.speaker is None:
            return
        span_start = self._span_start(start, paragraph)
        span_end = trim_end(self.body, span_start, quote.open_at)
        self._add(Draft(span_start, span_end, "indirect", direct.speaker, frame.cue.text,
                        self.masked[span_start:span_end], paragraph))

    def _adding_that(self, paragraph: int, quote: Quote, frame: Frame, end: int) -> None:
        """`“…,” Peskov said, adding that Y.` / `… “…”, accusing X of Y.`: a reported statement of the same speaker."""
        after = max(quote.close_at + 1, frame.cue.end if frame.cue.start > quote.close_at else 0)
        match = _PARTICIPLE_CONTINUATION.search(self.masked, after, end)
        if match is not None:
            self._continuation(paragraph, match, end, self.masked[frame.mention.start : frame.cue.end])

    def _continuation(self, paragraph: int, match: re.Match[str], end: int, frame_text: str) -> None:
        """The "adding that Y" clause `match` found: an indirect statement of the speaker just added."""
        if any(match.start() <= q.open_at < end and self._tight_quote(q) for q in self.quotes):
            return  # a full quote after "adding" is a direct statement of its own
        span_start = match.start("cue")
        span_end = trim_end(self.body, span_start, self._clip(match.end(), end))
        if word_count(self.body[span_start:span_end]) < 5:
            return
        speaker = self.state.drafts[-1].speaker if self.state.drafts else None
        if speaker is None:
            return
        self._add(Draft(span_start, span_end, "indirect", speaker, match.group("cue"), frame_text, paragraph))
