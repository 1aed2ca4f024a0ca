"""Statements and their speakers, sentence by sentence, in reading order.

Direct quotes take their speaker from the frame right after the closing mark (`“…,” Peskov said`,
`“…,” said the minister`), else from the cue before the opening mark (`Peskov told reporters: “…”`,
`…, saying that “…”`), else from the previous quote of the same paragraph (split quotes), else — for a
paragraph that opens with a quote — from the speaker of the previous paragraph (continuation).

Reported speech needs an explicit cue with a speaker outside any quote. The span is the whole sentence
(the gold convention, speaker included: "Peskov said the Russian military ..."), clipped where the
narrator takes over (", while ...", ", as ...", ", a sentiment echoed by ..."). `…, X said, adding that Y`
gives a separate reported statement from "adding". "This is what X said" attributes the sentence before.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from statements.extraction.cues import (
    BASE_CUES,
    DOCUMENT_NOUNS,
    FINITE_CUES,
    NEWS_OUTLET_NAMES,
    PARTICIPLE_CUES,
    PHRASAL_FINITE_CUES,
    trie_pattern,
)
from statements.extraction.mentions import (
    Mention,
    phrase_after,
    sentence_subject,
    subject_before,
    tokenize,
)
from statements.extraction.keys import name_key
from statements.extraction.quotes import Quote, word_count
from statements.extraction.sentences import split_sentences
from statements.extraction.speaker_names import is_role_phrase
from statements.extraction.speakers import SpeakerResolver
from statements.extraction.types import SpeakerRef

_PARTICIPLE_PHRASES = ("calling on", "calling for", "pointing out")
_CUE_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + trie_pattern({*PHRASAL_FINITE_CUES, *_PARTICIPLE_PHRASES, "according to", "According to", *FINITE_CUES, *BASE_CUES,
                    *PARTICIPLE_CUES})
    + r")(?![\w-])"
)
_PASSIVE_CATAPHORA = re.compile(
    r"^(?:This|That|These|It)\s+(?:was|were|has\s+been|is)\s+(?:stated|said|announced|noted|declared|stressed|"
    r"emphasi[sz]ed|reported|underlined)\s+by\s+"
)
_CATAPHORA = re.compile(r"^(?:This|That|These|Such|So)\s+(?:is|was|are|were)\s+(?:what|how)\b")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w.]*\.?(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*"
    r"|[A-Z][A-Z .'’-]{2,},\s*[A-Z][a-z]+\.?\s*\d{1,2}\.?\s*/[A-Za-z -]+/\.?\s*)"
)
# Where the narrator takes over inside a reported sentence.
_CLIP = re.compile(
    r",\s+(?:while|whereas)\b|,\s+as\s+(?!well\b|much\b|long\b|soon\b|far\b|a\b|an\b|part\b)|;\s|\s[-–—]\s"
    r"|,\s+(?:a|an)\s+[a-z]+\s+(?:[a-z]+ed|that|which|shared|echoed)\b"
)
_ISSUED = re.compile(
    r"\b(?:issued|released|published|put out|adopted|circulated|distributed)\s+(?:a|an|its|the)\s+(?:\w+\s+)?"
    r"(?:statement|communiqu[eé]|declaration|readout|press release)\b"
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
_TITLE_SMALL_WORDS = frozenset("of the and for in on to a an at by".split())
# "called the attack “a spit in the face”", "called it a “historic opportunity”".
_NAMING_QUOTE = re.compile(r"(?:\s+[\w’'.-]+){1,6}?\s+(?:a|an|the)?\s*[“\"‘«]")
_PURPOSE_OF_CALL = re.compile(
    r"\b(?:spoke|talked|met|phoned|telephoned|held\s+(?:a\s+)?(?:phone\s+)?(?:call|talks))\b[^.;:~“”\"]{0,160}?"
    r"\bto\s+(?P<verb>urge|reaffirm|reiterate|express|convey|stress|underscore|emphasi[sz]e|condemn|welcome|demand|warn)\b"
)
# ", but Azerbaijan insists", ", a day after Pashinyan said": a second attributed clause with its own speaker.
_SECOND_CLAUSE = re.compile(r",\s+(?:but|while|whereas|(?:[a-z]+\s+){0,3}?(?:after|before))\s+(?=[A-Z])")
_RELAYED_BY = re.compile(r"\s+(?:quoted|cited)\s+by\s+[^,;:~“”\"]{1,60},")
# "said on X that Baku welcomed “…” but that “…”": the second "that" continues the first verb's clause.
_COORDINATED_THAT = re.compile(r"\b(?:but|and)\s+(?:also\s+)?that\s*$")
_SPEAKING_PARTICIPLES = frozenset(
    "saying stressing insisting claiming arguing warning noting telling promising pledging vowing calling describing "
    "accusing urging denying dismissing".split()
)
_NAMING_BEFORE = re.compile(
    r"\b(?:called|calls|described\s+(?:[\w’'-]+\s+){0,4}?as|dismissed\s+(?:[\w’'-]+\s+){0,4}?as|branded|labell?ed|termed)"
    r"(?:\s+[\w’'-]+){0,5}?\s+(?:a|an|the)?\s*$"
)
_QA_LABEL = re.compile(
    r"(?P<label>Q|A|Question|Answer|[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|al-[A-Z][\w’'-]*)){0,3})\s*:\s+(?=[^\s“\"‘'«])"
)
_OUTLET_KEYS = frozenset(name_key(name) for name in NEWS_OUTLET_NAMES) | {"euronews", "interviewer", "host"}
_DOCUMENT_BEFORE = re.compile(r"\b(?:statement|post|message|video|letter|communiqu[eé]|note|interview)\s+$")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,4}$")
# "RIA Novosti quoted him as saying", "Peskov was quoted as saying": the quoted person speaks.
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<np>[^~“”\".,;:]{1,80}?)\s+as\s+$")
_PASSIVE_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+"
                                r"(?:by\s+[^~“”\",;:]{1,60}?\s+)?as\s+$")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str

    @property
    def kind(self) -> str:
        low = self.text.lower()
        if low == "according to":
            return "according"
        if low in PARTICIPLE_CUES or low in _PARTICIPLE_PHRASES:
            return "participle"
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
class _Frame:
    mention: Mention
    cue: Cue


@dataclass
class _State:
    drafts: list[Draft] = field(default_factory=list)
    previous_paragraph_speaker: SpeakerRef | None = None
    paragraph_speaker: SpeakerRef | None = None


class Attributor:
    """Walks one article's paragraphs and sentences and produces Drafts."""

    def __init__(self, body: str, masked: str, paragraphs: list[tuple[int, int]], quotes: list[Quote],
                 resolver: SpeakerResolver) -> None:
        self.body = body
        self.masked = masked
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.resolver = resolver
        self.sentences = [split_sentences(masked, start, end) for start, end in paragraphs]
        self.paragraph_starts = [start for start, _ in paragraphs]
        self.state = _State()

    def run(self) -> list[Draft]:
        transcript = self._transcript_labels()
        block_quoted = -1
        for index in range(len(self.paragraphs)):
            self.state.paragraph_speaker = None
            if index == block_quoted:
                pass  # taken whole as the direct statement its introduction announced
            elif index in transcript:
                self._transcript_answer(index, *transcript[index])
            else:
                for position in range(len(self.sentences[index])):
                    self._sentence(index, position)
                if self._block_quote(index):
                    block_quoted = index + 1
            if self.state.paragraph_speaker is not None:
                self.state.previous_paragraph_speaker = self.state.paragraph_speaker
            else:
                self.state.previous_paragraph_speaker = None
        return self.state.drafts

    # -- block quotes ---------------------------------------------------------------------------------

    def _block_quote(self, index: int) -> bool:
        """`Kallas said:` / `Here is what Peskov told reporters:` closing a paragraph, then a paragraph without
        quote marks: live blogs set the quote as a block, so that paragraph is the speaker's direct statement
        and the introduction is not a statement of its own."""
        start, end = self.paragraphs[index]
        if index + 1 >= len(self.paragraphs) or not self.masked[start:end].rstrip().endswith(":"):
            return False
        intro = self.state.drafts[-1] if self.state.drafts else None
        if intro is None or intro.kind != "indirect" or intro.start < start or intro.speaker is None:
            return False
        if any(start <= q.open_at < end for q in self.quotes):
            return False
        next_start, next_end = self.paragraphs[index + 1]
        text = self.body[next_start:next_end].rstrip()
        if any(next_start <= q.open_at < next_end for q in self.quotes) or word_count(text) < 6 or text[-1:] not in ".!?":
            return False
        self.state.drafts.pop()
        self._add(Draft(next_start, next_start + len(text), "direct", intro.speaker, intro.cue, intro.frame, index + 1))
        return True

    # -- interview transcripts ----------------------------------------------------------------------

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
        end = _trim_end(self.body, text_start, self.paragraphs[paragraph][1])
        if speaker is not None and end > text_start:
            self._add(Draft(text_start, end, "direct", speaker, "", "", paragraph))

    # -- one sentence -------------------------------------------------------------------------------

    def _sentence(self, paragraph: int, position: int) -> None:
        start, end = self.sentences[paragraph][position]
        self._note_issuer(start, end)
        cues = self._cues(start, end)
        opening = [q for q in self.quotes if start <= q.open_at < end]
        touching = opening or [q for q in self.quotes if q.open_at < start <= q.close_at < end + 1]
        accepted: list[tuple[Quote, _Frame | None]] = []
        for number, quote in enumerate(opening):
            region_start = accepted[-1][0].close_at + 1 if accepted else start
            region_end = opening[number + 1].open_at if number + 1 < len(opening) else self._sentence_end(quote.close_at)
            frame = self._direct_quote(quote, paragraph, region_start, region_end, cues, start, accepted)
            if frame is not False:
                accepted.append((quote, frame or None))
        drafts_before = len(self.state.drafts)
        if accepted:
            self._around_quotes(paragraph, start, end, cues, accepted)
        elif not touching or not any(self._tight_quote(q) and not self._naming(q, start) for q in touching):
            self._reported(paragraph, position, start, end, cues)
        if len(self.state.drafts) == drafts_before and not accepted:
            self._note_subject(start, end)

    def _note_subject(self, start: int, end: int) -> None:
        """"Peskov spoke to reporters on Monday." — a named person in narration is the antecedent of a later "he"."""
        mention = sentence_subject(self.masked, start, end)
        if mention is not None and not mention.is_pronoun and any(w[:1].isupper() for w in mention.text.split()):
            self.resolver.note_person(mention)

    def _note_issuer(self, start: int, end: int) -> None:
        """"The ministry issued a statement": later "the statement said" is the ministry speaking."""
        match = _ISSUED.search(self.masked, start, end)
        if match is None:
            return
        mention = subject_before(self.masked, start, match.start())
        if mention is not None:
            self.resolver.resolve(mention)

    def _cues(self, start: int, end: int) -> list[Cue]:
        found = []
        for match in _CUE_PATTERN.finditer(self.masked, start, end):
            if match.group() in ("called", "calls") and not _NAMING_QUOTE.match(self.masked, match.end(), end):
                continue  # "called it “a spit in the face”" is speech; "called a meeting" is not
            if match.group() in ("called", "described") and _WHAT_BEFORE.search(self.masked, max(start, match.start() - 40), match.start()):
                continue  # "because of what his office called a “pro-Armenian” stance": the narrator's clause
            if match.group() in ("posted", "tweeted") and _DOCUMENT_BEFORE.search(
                self.masked, max(start, match.start() - 20), match.start()
            ):
                continue  # "In a statement posted on X, the group said": a participle, the document does not speak
            if match.group() == "commented" and self.masked.startswith(" on", match.end()):
                continue  # "commented on statements by Macron": a topic, not a statement
            found.append(Cue(match.start(), match.end(), match.group()))
        return found

    def _sentence_end(self, position: int) -> int:
        for sentences in self.sentences:
            for start, end in sentences:
                if start <= position < end + 1:
                    return end
        return position + 1

    # -- direct quotes ------------------------------------------------------------------------------

    def _direct_quote(self, quote: Quote, paragraph: int, region_start: int, region_end: int,
                      cues: list[Cue], sentence_start: int,
                      accepted: list[tuple[Quote, _Frame | None]]) -> _Frame | None | bool:
        """The quote's frame (None when it has none but is still a statement), or False to drop it."""
        after = self._frame_after(quote, region_end)
        before = None if after else self._frame_before(quote, region_start, cues, sentence_start)
        content = self.body[quote.start : quote.end]
        words = word_count(content)
        lead_in = self.masked[region_start : quote.open_at].rstrip().endswith(":")
        whole_paragraph = self._whole_paragraph(quote)
        # “…,” Kirby told reporters. “Nobody’s giving up.” — a quoted sentence after the speaker's quote.
        continuation = (
            quote.open_at == sentence_start and self.state.paragraph_speaker is not None and words >= 2
            and not self.masked[quote.close_at + 1 : region_end].strip(" .,!?")
        )
        tight = after is not None or (before is not None and lead_in) or whole_paragraph or continuation
        if words == 0 or (words < 5 and not tight) or (words <= 6 and _title_like(content)):
            return False
        if after is None and self._naming(quote, sentence_start):
            return False  # “called the attack “a spit in the face” of peace efforts”: part of the reported sentence
        frame = after or before
        speaker: SpeakerRef | None = None
        inherited = False
        if frame is not None:
            speaker = self._resolve(frame.mention, frame.cue)
        if speaker is None and after is not None:
            # "… ," he added. with no antecedent for "he": the frame before the quote may still name someone.
            frame = self._frame_before(quote, region_start, cues, sentence_start)
            speaker = self._resolve(frame.mention, frame.cue) if frame else None
        if frame is None:
            speaker, inherited = self._continued_speaker(quote, paragraph, accepted), True
        if speaker is None:
            return False
        if inherited:
            self.resolver.remember(speaker)
        frame_text = self._frame_text(quote, region_start, region_end)
        self._add(Draft(quote.start, quote.end, "direct", speaker, frame.cue.text if frame else "", frame_text,
                        paragraph, inherited))
        return frame

    def _naming(self, quote: Quote, sentence_start: int) -> bool:
        """A quote the narrator uses as the object of "called" / "described as" with more narration after it."""
        if not _NAMING_BEFORE.search(self.masked, max(sentence_start, quote.open_at - 80), quote.open_at):
            return False
        rest = self.masked[quote.close_at + 1 : self._sentence_end(quote.close_at)]
        return bool(re.search(r"[^\W\d_]{2,}", rest))

    def _continued_speaker(self, quote: Quote, paragraph: int,
                           accepted: list[tuple[Quote, _Frame | None]]) -> SpeakerRef | None:
        """A quote without a frame: the previous quote of its sentence or paragraph, or — when it opens the
        paragraph — the last speaker of the paragraph before (news continuation convention)."""
        if accepted and self.state.drafts and self.state.drafts[-1].kind == "direct":
            return self.state.drafts[-1].speaker
        if self.state.paragraph_speaker is not None:
            return self.state.paragraph_speaker
        if quote.open_at == self.paragraphs[paragraph][0]:
            return self.state.previous_paragraph_speaker
        return None

    def _whole_paragraph(self, quote: Quote) -> bool:
        start = self.paragraphs[quote.first_paragraph][0]
        end = self.paragraphs[quote.last_paragraph][1]
        return quote.open_at == start and not self.masked[quote.close_at + 1 : end].strip(" .,")

    def _tight_quote(self, quote: Quote) -> bool:
        return word_count(self.body[quote.start : quote.end]) >= 5 or self._whole_paragraph(quote)

    def _frame_after(self, quote: Quote, region_end: int) -> _Frame | None:
        """`“…,” Peskov said` / `“…,” said the minister` / `“…,” according to the ministry`."""
        position = quote.close_at + 1
        gap = re.match(r"[ \t]*,?[ \t]*", self.masked[position:region_end])
        position += gap.end() if gap else 0
        if not (gap and "," in gap.group()) and self.body[quote.start : quote.end].rstrip()[-1:] not in ",.!?…":
            return None  # "rejected what she described as “baseless” Indian claims and said": the quote ends nothing
        cues = [cue for cue in self._cues(position, region_end) if cue.kind != "participle"]
        if not cues:
            return None
        cue = cues[0]
        if cue.start == position:
            mention = phrase_after(self.masked, cue.end, region_end)
            return _Frame(mention, cue) if mention else None
        if cue.kind != "finite" or len(tokenize(self.masked[position : cue.start])) > 16:
            return None
        mention = subject_before(self.masked, position, cue.start)
        if mention is None or self.masked[position : mention.start].strip(" ,"):
            return None
        return _Frame(mention, cue)

    def _frame_before(self, quote: Quote, region_start: int, cues: list[Cue], sentence_start: int) -> _Frame | None:
        """`Peskov said: “…”`, `Pashinyan told Putin that “…”`, `According to Zakharova, … “…”`."""
        if quote.open_at < region_start:
            return None
        before = [cue for cue in cues if region_start <= cue.start and cue.end <= quote.open_at]
        if not before:
            return None
        cue = before[-1]
        if len(before) > 1 and before[0].kind == "finite" and _COORDINATED_THAT.search(
            self.masked, before[0].end, quote.open_at
        ):
            cue = before[0]
        if cue.kind == "according":
            mention = phrase_after(self.masked, cue.end, quote.open_at)
            return _Frame(mention, cue) if mention else None
        quoted = self._quoted_as(cue, sentence_start)
        if quoted is not None:
            return quoted
        if cue.kind == "participle" or _coordinated(self.masked, region_start, cue.start):
            return self._participle_subject(cue, cues, sentence_start)
        mention = subject_before(self.masked, region_start, cue.start)
        mention = self._antecedent(mention, region_start)
        return _Frame(mention, cue) if mention else None

    def _quoted_as(self, cue: Cue, sentence_start: int) -> _Frame | None:
        """"TASS quoted Zakharova as saying" / "Peskov was quoted as saying": the quoted person, not the outlet."""
        if cue.text != "saying":
            return None
        before = self.masked[max(sentence_start, cue.start - 120) : cue.start]
        offset = cue.start - len(before)
        match = _QUOTED_AS.search(before)
        if match is not None:
            mention = phrase_after(self.masked, offset + match.start("np"), offset + match.end("np"))
            return _Frame(mention, cue) if mention else None
        match = _PASSIVE_QUOTED_AS.search(before)
        if match is not None:
            mention = subject_before(self.masked, sentence_start, offset + match.start())
            return _Frame(mention, cue) if mention else None
        return None

    def _participle_subject(self, cue: Cue, cues: list[Cue], sentence_start: int) -> _Frame | None:
        """"…, saying that": the subject of the clause's finite cue, else the sentence's subject."""
        for earlier in reversed([c for c in cues if c.end <= cue.start and c.kind == "finite" and c is not cue]):
            mention = subject_before(self.masked, sentence_start, earlier.start)
            if mention is not None and mention.text.lower() not in ("who", "which", "that"):
                return _Frame(mention, cue)
        mention = sentence_subject(self.masked, sentence_start, cue.start)
        return _Frame(mention, cue) if mention else None

    def _antecedent(self, mention: Mention | None, floor: int) -> Mention | None:
        """"Lavrov, who said": the relative pronoun's antecedent before the comma."""
        if mention is None or mention.text.lower() not in ("who", "which", "that"):
            return mention
        if mention.text.lower() != "who":
            return None
        comma = self.masked.rfind(",", floor, mention.start)
        if comma < 0:
            return None
        from statements.extraction.mentions import collect_backward

        return collect_backward(tokenize(self.masked[floor:comma], floor))

    def _frame_text(self, quote: Quote, region_start: int, region_end: int) -> str:
        return self.masked[region_start : quote.open_at] + " " + self.masked[quote.close_at + 1 : region_end]

    # -- reported speech ----------------------------------------------------------------------------

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
        self._reported_span(paragraph, start, end, frame, span_end)
        if second is not None:
            self._reported(paragraph, position, second[1], end, [c for c in cues if c.start >= second[1]])

    def _reported_span(self, paragraph: int, start: int, end: int, frame: _Frame, span_end: int) -> None:
        speaker = self._resolve(frame.mention, frame.cue)
        if speaker is None:
            return
        if self.masked[start:end].rstrip().endswith(":"):
            self.state.paragraph_speaker = speaker  # "The statement reads:" introduces the next quote
        span_start = self._span_start(start, paragraph)
        span_end = _trim_end(self.body, span_start, span_end)
        if word_count(self.body[span_start:span_end]) < word_count(frame.mention.text) + 4:
            return
        frame_text = self.masked[span_start : min(frame.cue.end + 30, span_end)].split(" that ")[0]
        if frame.cue.start > (span_start + span_end) // 2:
            frame_text = self.masked[frame.mention.start : span_end]
        self._add(Draft(span_start, span_end, "indirect", speaker, frame.cue.text, frame_text, paragraph))

    def _second_speaker(self, frame: _Frame, span_end: int, cues: list[Cue]) -> tuple[int, int] | None:
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

    def _end_frame(self, start: int, end: int, cues: list[Cue]) -> tuple[_Frame, int] | None:
        """`Russia welcomes all efforts …, Peskov said.` — the attribution closes the sentence."""
        cue = cues[-1]
        before = self.masked[start : cue.start].rstrip()
        if cue.kind == "according":
            mention = phrase_after(self.masked, cue.end, end)
            return (_Frame(mention, cue), end) if mention is not None and before.endswith(",") else None
        tail = self.masked[cue.end : end]
        if cue.kind == "participle" or len(tail.split()) > 8 or " that " in tail or not _TAIL_AFTER_CUE.match(tail):
            return None
        if before.endswith(","):
            mention = phrase_after(self.masked, cue.end, end)
            return (_Frame(mention, cue), end) if mention is not None else None
        mention = subject_before(self.masked, start, cue.start)
        if mention is None or mention.start == start:
            return None
        if not self.masked[start : mention.start].rstrip().endswith(","):
            return None
        return _Frame(mention, cue), end

    def _with_leading_role(self, mention: Mention, floor: int) -> Mention:
        """`…, Assistant to the President of Azerbaijan, Head of the … Department Hikmet Hajiyev said`: a title
        between the two commas before the speaker phrase is a second apposition describing the same person."""
        if mention.apposition:
            return mention
        comma = self.masked.rfind(",", floor, mention.start)
        previous = self.masked.rfind(",", floor, comma) if comma > 0 else -1
        if previous < 0 or self.masked[comma + 1 : mention.start].strip():
            return mention
        segment = self.masked[previous + 1 : comma].strip()
        return Mention(mention.text, mention.start, mention.end, segment) if is_role_phrase(segment) else mention

    def _initial_frame(self, start: int, end: int, cues: list[Cue]) -> tuple[_Frame, int] | None:
        """`Peskov said the Russian military …`, `According to him, …`."""
        for cue in cues:
            if cue.kind == "according":
                mention = phrase_after(self.masked, cue.end, end)
                if mention is not None and (
                    self.masked[mention.end : mention.end + 2].startswith(",")
                    or _RELAYED_BY.match(self.masked, mention.end, end)  # "an official quoted by the WSJ,"
                ):
                    return _Frame(mention, cue), self._clip(cue.end, end)
                continue
            quoted = self._quoted_as(cue, start)
            if quoted is not None:
                return quoted, self._clip(cue.end, end)
            if cue.kind != "finite":
                continue
            mention = subject_before(self.masked, start, cue.start)
            if mention is None or mention.text.lower() in ("who", "which", "that"):
                continue
            return _Frame(mention, cue), self._clip(cue.end, end)
        for cue in cues:
            # "China launched drills around Taiwan, saying they were a “strong punishment”": the subject speaks.
            if cue.text in _SPEAKING_PARTICIPLES and self.masked[start : cue.start].rstrip().endswith(","):
                mention = sentence_subject(self.masked, start, cue.start)
                if mention is not None and not mention.is_pronoun and mention.text[:1].isupper():
                    return _Frame(mention, cue), self._clip(cue.end, end)
        return self._purpose_frame(start, end)

    def _purpose_frame(self, start: int, end: int) -> tuple[_Frame, int] | None:
        """Readouts: "Blinken spoke today with Aliyev to urge Azerbaijan to cease military actions"."""
        purpose = _PURPOSE_OF_CALL.search(self.masked, start, end)
        if purpose is None:
            return None
        mention = subject_before(self.masked, start, purpose.start())
        if mention is None or mention.is_pronoun or self.masked[start : mention.start].strip():
            return None
        cue = Cue(purpose.start("verb"), purpose.end("verb"), purpose.group("verb"))
        return _Frame(mention, cue), self._clip(cue.end, end)

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
        self._add(Draft(target_start, _trim_end(self.body, target_start, target_end), "indirect", speaker,
                        cue.text, frame_text, paragraph))

    # -- reported speech around quotes ----------------------------------------------------------------

    def _around_quotes(self, paragraph: int, start: int, end: int, cues: list[Cue],
                       accepted: list[tuple[Quote, _Frame | None]]) -> None:
        first, first_frame = accepted[0]
        if first_frame is not None and first_frame.cue.start < first.open_at:
            if (first_frame.cue.kind == "participle" or _coordinated(self.masked, start, first_frame.cue.start)
                    or _relative(self.masked, start, first_frame.mention.start)):
                self._before_participle(paragraph, start, first, first_frame, cues)
            elif first_frame.cue.kind == "finite":
                self._before_partial_quote(paragraph, start, first, first_frame)
        last, last_frame = accepted[-1]
        if last_frame is not None:
            self._adding_that(paragraph, last, last_frame, end)

    def _before_participle(self, paragraph: int, start: int, quote: Quote, frame: _Frame, cues: list[Cue]) -> None:
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
        span_end = _trim_end(self.body, span_start, quote.open_at)
        self._add(Draft(span_start, span_end, "indirect", speaker, main.text,
                        self.masked[span_start:span_end], paragraph))

    def _before_partial_quote(self, paragraph: int, start: int, quote: Quote, frame: _Frame) -> None:
        """`She said Pakistan had used terrorism as a weapon and that “…”`: a complete reported clause before the
        quote's own "and/but that" is reported speech of its own (the seed convention). When the quoted words
        complete the only clause (`Vucic said Kurti “did everything …”`) the quote alone is the statement."""
        lead = self.body[frame.cue.end : quote.open_at]  # the words of a short quote inside it count
        coordinated = _COORDINATED_THAT.search(lead)
        if coordinated is None or word_count(lead[: coordinated.start()].rsplit(" that ", 1)[-1]) < 3:
            return
        direct = next((d for d in self.state.drafts if d.start == quote.start and d.kind == "direct"), None)
        if direct is None or direct.speaker is None:
            return
        span_start = self._span_start(start, paragraph)
        span_end = _trim_end(self.body, span_start, quote.open_at)
        self._add(Draft(span_start, span_end, "indirect", direct.speaker, frame.cue.text,
                        self.masked[span_start:span_end], paragraph))

    def _adding_that(self, paragraph: int, quote: Quote, frame: _Frame, end: int) -> None:
        """`“…,” Peskov said, adding that Y.` / `… “…”, accusing X of Y.`: a reported statement of the same speaker."""
        after = max(quote.close_at + 1, frame.cue.end if frame.cue.start > quote.close_at else 0)
        match = _PARTICIPLE_CONTINUATION.search(self.masked, after, end)
        if match is None or any(
            match.start() <= q.open_at < end and self._tight_quote(q) for q in self.quotes
        ):
            return  # a full quote after "adding" is a direct statement of its own
        span_start = match.start("cue")
        span_end = _trim_end(self.body, span_start, self._clip(match.end(), end))
        if word_count(self.body[span_start:span_end]) < 5:
            return
        speaker = self.state.drafts[-1].speaker if self.state.drafts else None
        if speaker is None:
            return
        self._add(Draft(span_start, span_end, "indirect", speaker, match.group("cue"),
                        self.masked[frame.mention.start : frame.cue.end], paragraph))

    # -- shared -------------------------------------------------------------------------------------

    def _span_start(self, start: int, paragraph: int) -> int:
        if start == self.paragraphs[paragraph][0]:
            match = _DATELINE.match(self.body, start)
            if match:
                return match.end()
        return start

    def _resolve(self, mention: Mention | None, cue: Cue) -> SpeakerRef | None:
        if mention is None:
            return None
        if cue.text.lower() in ("read", "reads") and not mention.text.lower().split()[-1] in DOCUMENT_NOUNS:
            return None  # "he read the decree" is not speech; "the statement reads" is
        mention = self._with_leading_role(mention, self._paragraph_of(mention.start)[0])
        return self.resolver.resolve(mention, context=self._context(cue.start))

    def _paragraph_of(self, position: int) -> tuple[int, int]:
        return self.paragraphs[max(bisect.bisect_right(self.paragraph_starts, position) - 1, 0)]

    def _context(self, position: int) -> list[str]:
        """Narration of the paragraph holding `position`, then of the paragraph before (for joint statements)."""
        index = max(bisect.bisect_right(self.paragraph_starts, position) - 1, 0)
        start, end = self.paragraphs[index]
        previous = self.paragraphs[index - 1] if index else (0, 0)
        return [self.masked[start:end], self.masked[previous[0] : previous[1]]]

    def _add(self, draft: Draft) -> None:
        if draft.end <= draft.start:
            return
        if any(d.start < draft.end and draft.start < d.end for d in self.state.drafts):
            return
        self.state.drafts.append(draft)
        if draft.speaker is not None:
            self.state.paragraph_speaker = draft.speaker


def _coordinated(masked: str, floor: int, cue_start: int) -> bool:
    """"… said progress had been made but accused Yerevan": the verb shares the earlier subject."""
    words = masked[floor:cue_start].split()
    return bool(words) and words[-1].lower() in ("and", "but", "while", "yet")


def _relative(masked: str, floor: int, mention_start: int) -> bool:
    """"He accused Kurti of blocking X, which he described as “…”": the quote's verb sits in a relative clause,
    so the main clause before it is a speech act of its own."""
    words = masked[floor:mention_start].split()
    return bool(words) and words[-1].lower() in ("which", "what", "whom")


def _trim_end(body: str, start: int, end: int) -> int:
    while end > start and body[end - 1] in " \t\n,;:—–-":
        end -= 1
    return end


def _title_like(text: str) -> bool:
    """“Operation Iron Swords”, “Minsk Agreements”: names, not speech."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text)]
    if not words or re.search(r"[.!?]\s*$", text):
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
