"""Direct quotes: which quotes are statements (not scare quotes or titles) and whose they are.

The frame right after the closing mark comes first (`“…,” Peskov said`, `“…,” said the minister`), then the cue
before the opening mark (`Peskov told reporters: “…”`, `…, saying that “…”`), then the previous quote of the
same paragraph (split quotes), then — for a paragraph that opens with a quote — the speaker of the paragraph
before (continuation).
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import (
    COORDINATED_THAT,
    Cue,
    Draft,
    Frame,
    coordinated,
    fronted_participle,
)
from statements.extraction.colon_introductions import colon_introduction
from statements.extraction.content import reports_clause
from statements.extraction.continued_quotes import ContinuedQuotes
from statements.extraction.cues import FIRST_PERSON, PERSON_ROLE_NOUNS, is_relative_pronoun
from statements.extraction.mention_after import descriptor_word, phrase_after
from statements.extraction.mentions import subject_before
from statements.extraction.noun_phrases import Mention, collect_backward, tokenize
from statements.extraction.sentence_subjects import sentence_subject
from statements.extraction.quotes import Quote, word_count
from statements.extraction.relative_antecedents import relative_antecedent
from statements.extraction.types import SpeakerRef

# "a smiling", "an exasperated", "a visibly tired": an article and a description before the speaker's name
# "“…,” Peter Horvat, a resident who wrote about the smoke, said": the verb of a relative clause in the
# speaker's description is not the frame's cue.
_RELATIVE_VERB = re.compile(r"\b(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
_DESCRIBED_ARTICLE = re.compile(r"(?:a|an|the)(?=\s+\S)(?:\s+[A-Z][\w.-]*){0,2}(?:\s+[a-z][a-z-]+){0,3}")
# "“…,” Epstein's neighbor in both Florida and New York, Donald Trump, said": a description, then the name in
# apposition (one clause without a verb or a comma of its own)
_DESCRIPTION = re.compile(
    r"[ \t]*(?:the|a|an|his|her|their|its|[A-Z][\w.-]*[’']s)\s+(?:[A-Z][\w.-]*\s+){0,2}[a-z][\w-]*"
    r"(?:\s+[\w’'-]+){0,10}")
_DESCRIPTION_BEFORE_NAME = re.compile(_DESCRIPTION.pattern + r",\s+")
_TITLE_SMALL_WORDS = frozenset("of the and for in on to a an at by".split())
_NAMING_BEFORE = re.compile(
    r"\b(?:called|calls|described\s+(?:[\w’'-]+\s+){0,4}?as|dismissed\s+(?:[\w’'-]+\s+){0,4}?as|branded|labell?ed|termed)"
    r"(?:\s+[\w’'-]+){0,5}?\s+(?:a|an|the)?\s*$"
)
# A name and a comma-enclosed description of any length before the verb of a frame after a quote.
_NAME_AND_APPOSITION = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*,\s+[^~“”\"]{3,300},(?:\s+[a-z]+ly)?\s*$")
# "“…,” Kurinji Selvaraj, a research analyst at the … think tank told CBS News": the apposition's closing comma
# left out, the name before it speaks
_NAME_AND_OPEN_APPOSITION = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),\s+(?:(?:a|an|the)\s+|[a-z][\w-]+\s+(?:of|for|at)\s+)"
    r"[^~“”\"]{3,300}?[^,\s]\s*$")  # (", president of the Union of Women Farmers of Wallonia said")
# ", said Derek Scissors, …" closing a sentence that a quote opened
_INVERTED_CLOSING = re.compile(r",\s+(?P<cue>said|says|added|adds|told|tells)\s+(?=[A-Z])")
# "RIA Novosti quoted him as saying", "Peskov was quoted as saying": the quoted person speaks.
# ("was quoted by X as": passive; "The Guardian quotes Starmer as", "quoted economist X, a former IMF chief, as")
_QUOTED_AS = re.compile(r"\bquot(?:ed|es)\s+(?!by\s)(?P<np>[^~“”\".;:]{1,100}?)\s+as\s+$")
# "Sanders was asked by host Bill Maher, who …, “…”": the asker speaks the quote.
_ASKED_BY = re.compile(r"\b(?:was|were|is|are|being|been)\s+(?:also\s+)?asked\s+by\s+")
_SAYING = frozenset("saying said says say".split())
# A verb opening its sentence before the speaker: "Said Dorothy Poynter, who grew up with Ali, “…”"
_OPENING_CUE = re.compile(r"(?P<cue>Said|Says|Added|Adds)\s+(?=[A-Z])")
# "He continued, “…”", "He added, “…”": verbs that go on with the speaker of the quotes before.
_GOING_ON = frozenset("continued continues added adds went goes".split())
# A cue followed by a comma or colon and then the quote: "said, “Never.”", "exclaimed, “has totally overlapped.”".
_CUE_THEN_QUOTE = re.compile(r"(?:[ \t]+[a-z]+ly)?[ \t]*[,:][ \t]*$")  # also "said simply, “No.”"
# Between the pieces of a split quote, the frame alone: `,” Brodsky told the court, “` (not `, adding that X “`).
_SPLIT_FRAME = re.compile(r"[ \t]*,?[ \t]*(?:(?!that\b)[^\s,;:.!?]+[ \t]+){1,8}?(?!that\b)[^\s,;:.!?]+[ \t]*,[ \t]*")
# "a message on Twitter reading “…”", "a sign that read “…”": the words of a posted message.
_READING = re.compile(r"\b(?:message|tweet|post|sign|banner|placard|poster|note|caption|shirt|hat)s?\b"
                      r"(?:\s+[\w’'-]+){0,4}?"
                      r"\s+(?P<verb>reading|saying|(?:that|which)\s+(?:read|reads|said|says))\s*[:,]?\s*$")
# A quote right after the speech verb of a fronted clause ("When someone in the audience shouted, “Cruz,” Beck
# joked, …"): the clause's subject said it, whatever frame follows
_FRONTED_SPEECH = re.compile(r"(?:When|As|After|Before|While|Once|Until)\s[^~“”\"]{3,120}?\s(?:said|shouted|yelled|"
                             r"asked|called\s+out|cried|screamed|chanted|replied|responded|interrupted|wrote|tweeted)"
                             r"\s*,\s*$")
# "Varga — who has been endorsed by the union — said": an aside between dashes before the verb.
# Two offices a dash joins before a name: no narration between a quote and its speaker ("“…,” Deputy PM – FM X said")
_OFFICE_AND_DASH = re.compile(r"(?:(?:Deputy|Prime|Vice|First|Chief|Acting|Foreign|[A-Z][a-z]+(?:man|er|or|ent|ary|"
                              r"ister|ief|ead|an))\s+){1,4}[—–]")
_DASHED_ASIDE = re.compile(r"\s*[—–]\s*[^—–~“”\"]{1,200}?\s*[—–]\s*(?:[a-z]+ly\s+)?$")
# "As Nowak put it, “…”", "In Varga’s own words: “…”": the named person speaks the quote.
_AS_PUT_IT = re.compile(
    r"(?:\b[Aa]s\s+(?P<np>[^~“”\",;:]{1,60}?)\s+(?P<cue>(?:has\s+|once\s+)?(?:put|puts|said|says)\s+it)"
    r"|\b[Ii]n\s+(?P<np2>[^~“”\",;:]{1,60}?)[’']s?\s+(?:own\s+)?(?P<cue2>words))\s*[,:]?\s*$"
)
_PASSIVE_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+"
                                r"(?:by\s+[^~“”\",;:]{1,60}?\s+)?as\s+$")


# "“…,” she recalls him saying", "“…,” she remembered Ailes telling her": the quote is the one heard
_HEARING = frozenset("recalls recalled remembers remembered recalling remembering".split())
_HEARING_OBJECT = r"him|her|them|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
_HEARD_SAYING = re.compile(rf"\s+(?P<who>{_HEARING_OBJECT})\s+(?:saying|telling|asking|say|tell|ask)\b")


class DirectQuotes(ContinuedQuotes):
    """Direct quotes and their frames.

    Mixed into `Attributor` (attribution.py), which holds the article (`body`, `masked`, `paragraphs`, `sentences`,
    `quotes`), the `resolver` and the walk's `state`, and the helpers every part shares (`_cues`, `_resolve`,
    `_span_start`, `_sentence_end`, `_add`).
    """

    def _direct_quote(self, quote: Quote, paragraph: int, region_start: int, region_end: int,
                      cues: list[Cue], sentence_start: int,
                      accepted: list[tuple[Quote, Frame | None]]) -> Frame | None | bool:
        """The quote's frame (None when it has none but is still a statement), or False to drop it."""
        fronted = fronted_participle(self.masked, sentence_start, self._sentence_end(quote.close_at))
        if fronted is not None and quote.close_at < fronted[1]:
            return False  # "Conceding that a deal was likely “down the line,” he said …": reported_speech's
        after = self._frame_after(quote, region_end, opens_sentence=quote.open_at == sentence_start)
        if after is not None and _FRONTED_SPEECH.match(self.masked, sentence_start, quote.open_at):
            after = None  # "When someone in the audience shouted, “Cruz,” Beck joked": the shout is the crowd's
        before = None if after else self._frame_before(quote, region_start, cues, sentence_start)
        relaying = after is not None and (after.cue.text.lower() in ("reported", "reports")
                                          or after.cue.kind == "according")
        relayed = self._frame_before(quote, region_start, cues, sentence_start) if relaying else None
        if relaying and relayed is None and any(sentence_start <= c.start and c.end < quote.open_at
                                                and c.kind == "finite" for c in cues):
            return False  # "X said the budget reflects “continuing the journey,” SPA reported": reported_speech's
        if relayed is not None and sentence_start <= relayed.cue.start < quote.open_at:
            # "They said they are “…,” Telesur reports", "Araghchi said Iran would not yield “under pressure,”
            # according to IRNA": the outlet relays them
            after, before = None, relayed
        content = self.body[quote.start : quote.end]
        words = word_count(content)
        lead_in = self.masked[region_start : quote.open_at].rstrip().endswith(":")
        whole_paragraph = self._whole_paragraph(quote)
        if after is None and before is None and lead_in:
            before = colon_introduction(self.masked, region_start, quote.open_at)  # "Varga deflected with a quip: “…”"
        if after is None and before is None and not lead_in and quote.open_at == self.paragraphs[paragraph][0]:
            before = self._colon_paragraph_before(quote, paragraph)
            lead_in = before is not None
        if after is None:
            before = self._reading(region_start, quote.open_at) or before
        # “…,” Kirby told reporters. “Nobody’s giving up.” — a quoted sentence after the speaker's quote.
        continuation = (
            quote.open_at == sentence_start and self.state.paragraph_speaker is not None and words >= 2
            and not self.masked[quote.close_at + 1 : region_end].strip(" .,!?")
        )
        split = before is not None and self._split_piece(before, accepted)
        tight = (after is not None or split or (before is not None and (lead_in or self._introduces(before, quote)
                                                                        or before.cue.text == "reading"))
                 or whole_paragraph or continuation)
        # “It’s July,” Murray said: a sentence-opening quote its frame closes is an answer, however capitalised
        answer = after is not None and quote.open_at == sentence_start and content.rstrip().endswith((",", "?", "!"))
        if words == 0 or (words < 5 and not tight) or (words <= 6 and not answer and title_like(content)):
            return False
        if (after is None and words <= 6 and re.search(r"[a-z]\s*$", self.masked[sentence_start : quote.open_at])
                and title_like(content.rstrip(" ."))):
            return False  # "the founder of “Ohio Farmers for Varga 2008.”": a name (not ", “Only Rosie.”")
        if (after is None or after.cue.kind == "according") and self._naming(quote, sentence_start):
            return False  # “called the attack “a spit in the face” of peace efforts”: part of the reported sentence
        frame = after or before
        speaker: SpeakerRef | None = None
        inherited = False
        if split and frame is before:
            speaker = self.state.drafts[-1].speaker  # “A,” the judge said, “B”: B is the same speaker's, resolved once
        elif frame is not None:
            speaker = self._resolve(frame.mention, frame.cue)
        if speaker is None and after is not None and after.mention.text.lower() in FIRST_PERSON:
            return False  # "“…,” I said.", the byline naming nobody: the narrator's, never the last speaker's
        if speaker is None and after is not None:
            # "… ," he added. with no antecedent for "he": the frame before the quote may still name someone.
            frame = self._frame_before(quote, region_start, cues, sentence_start)
            speaker = self._resolve(frame.mention, frame.cue) if frame else None
        if speaker is None and frame is not None and frame.cue.end <= quote.open_at:
            speaker = self._going_on(frame)
        if frame is None:
            speaker, inherited = self._continued_speaker(quote, paragraph, accepted), True
        if speaker is None:
            return False
        if inherited:
            self.resolver.remember(speaker)
        frame_text = self._frame_text(quote, region_start, region_end)
        self._add(Draft(quote.start, quote.end, "direct", speaker, frame.cue.text if frame else "", frame_text,
                        paragraph, inherited))
        if frame is not None:
            self._note_addressee(quote, frame)
        return frame

    def _colon_paragraph_before(self, quote: Quote, paragraph: int) -> Frame | None:
        """`Cruz called them on it:` closing the paragraph before one that opens with the quote: that frame, as if
        the quote followed its colon in the same paragraph."""
        if not paragraph or not self.sentences[paragraph - 1]:
            return None
        start, end = self.sentences[paragraph - 1][-1]
        colon = len(self.masked[start:end].rstrip()) + start - 1
        if colon < start or self.masked[colon] != ":":
            return None
        frame = self._frame_before(quote, start, self._cues(start, colon), start)
        return frame or colon_introduction(self.masked, start, colon)

    def _note_addressee(self, quote: Quote, frame: Frame) -> None:
        """`A reporter asked Montoya, “What …?”`: the quote opening the next paragraph is the answer, Montoya's."""
        self._asked = None
        if frame.cue.text.lower() not in ("asked", "asks") or frame.cue.end > quote.open_at:
            return
        if not self.body[quote.start : quote.end].rstrip().endswith("?"):
            return
        mention = phrase_after(self.masked, frame.cue.end, quote.open_at)
        answerer = self.resolver.resolve(mention) if mention is not None else None
        if answerer is not None and self.state.drafts and self.state.drafts[-1].start == quote.start:
            self._asked = (quote.start, answerer)

    def _reading(self, start: int, open_at: int) -> Frame | None:
        """`Trump posted a message on Twitter reading “Thank you Georgia”`: the words of a message, tweet or sign
        its author posted are the author's quote (not a mixed statement of "a message … reading")."""
        found = _READING.search(self.masked, max(start, open_at - 120), open_at)
        if found is None:
            return None
        mention = sentence_subject(self.masked, start, found.start())
        if mention is None or not (mention.is_pronoun or mention.text[:1].isupper()):
            return None
        return Frame(mention, Cue(found.start("verb"), found.end("verb"), "reading"))

    def _introduces(self, frame: Frame, quote: Quote) -> bool:
        """A short quote right after its cue is a statement: `Varga said, “Never.”`, the second piece of `“…,” the
        judge exclaimed, “has totally overlapped.”`, `a man yelled “Stay there!”` (not `promised “a big wall”`)."""
        if frame.cue.end > quote.open_at or frame.cue.kind == "according":
            return False
        gap = self.masked[frame.cue.end : quote.open_at]
        if _CUE_THEN_QUOTE.fullmatch(gap):
            return True
        words = self.body[quote.start : quote.end].strip()
        if not gap.strip() and frame.cue.text.lower() in _SAYING and words[:1].isupper() and words[-1:] in ".!?":
            return True  # "ended her speech by saying “Never again.”": a whole sentence after "saying"
        return not gap.strip() and words[-1:] in "!?"

    def _split_piece(self, before: Frame, accepted: list[tuple[Quote, Frame | None]]) -> bool:
        """The second piece of `“A,” X said, “B”`: its frame before stands between it and the first piece."""
        if not accepted or not self.state.drafts:
            return False
        first, first_frame = accepted[-1]
        if first_frame is not None and first_frame.cue.start < first.open_at:
            return False  # "When a reporter asked, “Will you run?” Varga said, “Never.”": two speakers
        between = self.masked[first.close_at + 1 : self._open_after(first)]
        return (min(before.cue.start, before.mention.start) > first.close_at
                and self.state.drafts[-1].start == first.start and _SPLIT_FRAME.fullmatch(between) is not None)

    def _open_after(self, quote: Quote) -> int:
        return next((q.open_at for q in self.quotes if q.open_at > quote.close_at), len(self.masked))

    def _going_on(self, frame: Frame) -> SpeakerRef | None:
        """`He continued, “…”` whose pronoun found no antecedent (a first name of the other gender, a lede naming
        two people): the speaker of the quotes before goes on."""
        if not frame.mention.is_pronoun or frame.cue.text.lower() not in _GOING_ON:
            return None
        return self.state.paragraph_speaker or self.state.previous_paragraph_speaker

    def _naming(self, quote: Quote, sentence_start: int) -> bool:
        """A quote the narrator uses as the object of "called" / "described as" with more narration after it."""
        if not _NAMING_BEFORE.search(self.masked, max(sentence_start, quote.open_at - 80), quote.open_at):
            return False
        rest = self.masked[quote.close_at + 1 : self._sentence_end(quote.close_at)]
        return bool(re.search(r"[^\W\d_]{2,}", rest))

    def _whole_paragraph(self, quote: Quote) -> bool:
        start = self.paragraphs[quote.first_paragraph][0]
        end = self.paragraphs[quote.last_paragraph][1]
        return quote.open_at == start and not self.masked[quote.close_at + 1 : end].strip(" .,")

    def _tight_quote(self, quote: Quote) -> bool:
        return word_count(self.body[quote.start : quote.end]) >= 5 or self._whole_paragraph(quote)

    def _frame_after(self, quote: Quote, region_end: int, opens_sentence: bool = False) -> Frame | None:
        """`“…,” Peskov said` / `“…,” said the minister` / `“…,” according to the ministry`."""
        position = quote.close_at + 1
        gap = re.match(r"[ \t]*,?[ \t]*", self.masked[position:region_end])
        position += gap.end() if gap else 0
        rest = self.masked[position:region_end]
        # "“We will win” Nowak said.": no comma, but the quote opens the sentence and a short frame closes it
        short_frame = opens_sentence and len(rest.split()) <= 8 and rest.rstrip().endswith(".")
        # (a quote within the quote ends inside it: "“‘Hey, let’s scrub the numbers,’” Cancian said")
        last = self.body[quote.start : quote.end].rstrip(" ’'")[-1:]
        if not (gap and "," in gap.group()) and last not in ",.!?…" \
                and not short_frame:
            return self._closing_after_words(position, region_end) if opens_sentence else None
        found = self._cues(position, region_end)
        if found and found[0].text == "saying" and (
                passive := _PASSIVE_QUOTED_AS.search(self.masked, position, found[0].start)) is not None:
            # "“…,” its Commandant Ronnie Gavan was quoted as saying in a press release"
            mention = subject_before(self.masked, position, passive.start())
            return Frame(mention, found[0]) if mention is not None else None
        cues = [cue for cue in found if cue.kind != "participle"
                and not _RELATIVE_VERB.search(self.masked, max(position, cue.start - 40), cue.start)]
        if not cues:
            return None
        cue = cues[0]
        if cue.start == position and cue.text.lower() in _OBJECT_VERBS:
            return None  # "…, star of television’s “Scandal,” thanked Obama for …": the verb's object, no inversion
        if cue.start == position:
            mention = phrase_after(self.masked, cue.end, region_end)
            words_after = self.masked[mention.end : region_end].strip() if mention is not None else ""
            if mention is not None and mention.is_pronoun and words_after[:1].isalpha():
                return None  # "Novak, who called Kral “a narcissist,” said he would not vote": a clause, no frame
            return Frame(mention, cue) if mention else None
        if cue.kind not in ("finite", "quote"):
            return None
        open_apposition = _NAME_AND_OPEN_APPOSITION.match(self.masked, position, cue.start)
        if open_apposition is not None:
            return Frame(Mention(open_apposition["name"], *open_apposition.span("name")), cue)
        if len(tokenize(self.masked[position : cue.start])) > 16 and not _NAME_AND_APPOSITION.match(
                self.masked, position, cue.start):
            return None  # narration; but "“…,” Dr. Tomas Nowak, the director of … in the north, said"
        heard = _HEARD_SAYING.match(self.masked, cue.end, region_end) if cue.text.lower() in _HEARING else None
        if heard is not None:
            # "“…,” she recalls him saying": the one she heard speaks
            return Frame(Mention(heard.group("who"), heard.start("who"), heard.end("who")), cue)
        mention = subject_before(self.masked, position, cue.start)
        dashes = _DASHED_ASIDE.search(self.masked, position, cue.start) if mention is None else None
        if dashes is not None:
            mention = subject_before(self.masked, position, dashes.start())  # "“…,” Nowak — the front-runner — said"
        if mention is None:
            return None
        between = self.masked[position : mention.start].strip(" ,'’`")
        if between and not _DESCRIBED_ARTICLE.fullmatch(between) and not _DESCRIPTION_BEFORE_NAME.fullmatch(
                self.masked, position, mention.start) and not (
                # ("the UN undersecretary general for legal affairs, Ana Lind,": the head and its named apposition)
                mention.apposition and _DESCRIPTION.fullmatch(self.masked, position, mention.end)) and not (
                any(w[:1].isupper() for w in mention.text.split()) and _describes(between)) and not (
                _OFFICE_AND_DASH.fullmatch(between)):
            return None  # narration between the quote and the speaker; not "“…,” a smiling Varga said"
        return Frame(mention, cue)

    def _closing_after_words(self, position: int, region_end: int) -> Frame | None:
        """`“… Bigger than just the little deal” announced in October, said Derek Scissors, a China scholar.`: a
        quote opening the sentence that goes on for a few words to an inverted closing frame. Otherwise the quote
        ends nothing ("rejected what she described as “baseless” Indian claims and said")."""
        closing = _INVERTED_CLOSING.search(self.masked, position, region_end)
        if closing is None or word_count(self.masked[position : closing.start()]) > 8 or re.search(
                r"[.!?;:“”\"]", self.masked[position : closing.start()]):
            return None
        mention = phrase_after(self.masked, closing.end("cue"), region_end)
        if mention is None or mention.is_pronoun:
            return None
        return Frame(mention, Cue(closing.start("cue"), closing.end("cue"), closing.group("cue")))

    def _frame_before(self, quote: Quote, region_start: int, cues: list[Cue], sentence_start: int) -> Frame | None:
        """`Peskov said: “…”`, `Pashinyan told Putin that “…”`, `According to Zakharova, … “…”`."""
        if quote.open_at < region_start:
            return None
        put = _AS_PUT_IT.search(self.masked, region_start, quote.open_at)
        if put is not None:  # "As Nowak put it, “…”", "In Varga’s words, “…”"
            np, cue = ("np", "cue") if put.group("np") else ("np2", "cue2")
            mention = phrase_after(self.masked, put.start(np), put.end(np))
            return Frame(mention, Cue(put.start(cue), put.end(cue), put.group(cue))) if mention else None
        opening = _OPENING_CUE.match(self.masked, sentence_start) if sentence_start >= region_start else None
        if opening is not None:  # "Said Dorothy Poynter, who grew up with Ali, “…”": the frame inverted
            mention = phrase_after(self.masked, opening.end(), quote.open_at)
            return Frame(mention, Cue(opening.start(), opening.end("cue"), opening["cue"])) if mention else None
        before = [cue for cue in cues if region_start <= cue.start and cue.end <= quote.open_at]
        if not before:
            return None
        cue = before[-1]
        if cue.kind == "quote" and len(before) > 1 and before[-2].kind == "finite" and word_count(
                self.masked[cue.end : quote.open_at]) > 3:
            # "Pompeo said that … Washington had concluded the settlements were “…”": a quote-only verb far from
            # the quote is inside the earlier verb's content
            cue = before[-2]
        if len(before) > 1 and before[0].kind == "finite" and COORDINATED_THAT.search(
            self.masked, before[0].end, quote.open_at
        ):
            cue = before[0]
        if cue.kind == "according":
            mention = phrase_after(self.masked, cue.end, quote.open_at)
            return Frame(mention, cue) if mention else None
        asked = self._asked_by(region_start, quote.open_at)
        if asked is not None:
            return asked
        quoted = self._quoted_as(cue, sentence_start)
        if quoted is not None:
            return quoted
        if cue.kind == "participle" or coordinated(self.masked, region_start, cue.start):
            return self._participle_subject(cue, cues, sentence_start)
        mention = subject_before(self.masked, region_start, cue.start)
        dashes = _DASHED_ASIDE.search(self.masked, region_start, cue.start) if mention is None else None
        if dashes is not None:
            mention = subject_before(self.masked, region_start, dashes.start())  # "Varga — who …— said, “…”"
        mention = relative_antecedent(self.masked, mention, region_start, which=True)
        return Frame(mention, cue) if mention else None

    def _asked_by(self, start: int, open_at: int) -> Frame | None:
        """`Sanders was asked by host Bill Maher, who …, “…”`: the asker, not the subject, speaks the quote."""
        found = None
        for found in _ASKED_BY.finditer(self.masked, start, open_at):
            pass
        if found is None or re.search(r"[.!?;]", self.masked[found.end() : open_at]):
            return None
        mention = phrase_after(self.masked, found.end(), open_at)
        if mention is None:
            return None
        return Frame(mention, Cue(found.end() - len("asked by "), found.end() - 1, "asked by"))

    def _quoted_as(self, cue: Cue, sentence_start: int) -> Frame | None:
        """"TASS quoted Zakharova as saying" / "Peskov was quoted as saying": the quoted person, not the outlet."""
        if cue.text != "saying":
            return None
        before = self.masked[max(sentence_start, cue.start - 120) : cue.start]
        offset = cue.start - len(before)
        match = _QUOTED_AS.search(before)
        if match is not None:
            mention = phrase_after(self.masked, offset + match.start("np"), offset + match.end("np"))
            return Frame(mention, cue) if mention else None
        match = _PASSIVE_QUOTED_AS.search(before)
        if match is not None:
            mention = subject_before(self.masked, sentence_start, offset + match.start())
            return Frame(mention, cue) if mention else None
        return None

    def _participle_subject(self, cue: Cue, cues: list[Cue], sentence_start: int) -> Frame | None:
        """"…, saying that": the subject of the clause's finite cue, else the sentence's subject."""
        # "he began by saying", "did not mention X, but told his supporters, “…”": the earlier verb's subject
        earlier_cues = [c for c in cues if c.end <= cue.start and c.kind in ("finite", "quote") and c is not cue]
        main = sentence_subject(self.masked, sentence_start, cue.start) if earlier_cues else None
        for earlier in reversed(earlier_cues):
            if main is not None and main.start > earlier.end:
                break  # "When Winfrey asked if he could …, he declined, saying": a fronted clause's verb
            mention = subject_before(self.masked, sentence_start, earlier.start)
            if mention is not None and any(reports_clause(c.text) and re.fullmatch(
                    r"\s*(?:that\s+)?", self.masked[c.end : mention.start]) for c in earlier_cues if c is not earlier):
                continue  # "Peskov said Russia rejected the proposal, calling it …": a verb inside his content
            if mention is not None and not is_relative_pronoun(mention.text):
                return Frame(mention, cue)
        tokens = tokenize(self.masked[sentence_start : cue.start], sentence_start)
        mention = collect_backward(tokens)
        if mention is not None and any(t.low == "with" and t.end <= mention.start for t in tokens[-12:]) and \
                self.masked[sentence_start : mention.start].rstrip().endswith("with"):
            return Frame(mention, cue)  # "…, with Anna Varga saying that “…”"
        # ("Anna Lee then waved at the crowd and joked, “…”": one adverb between the subject and its verb)
        mention = sentence_subject(self.masked, sentence_start, cue.start, adverb=True)
        return Frame(mention, cue) if mention else None

    def _frame_text(self, quote: Quote, region_start: int, region_end: int) -> str:
        return self.masked[region_start : quote.open_at] + " " + self.masked[quote.close_at + 1 : region_end]


# Verbs whose object follows them, which a quote's frame never inverts ("“…,” said X"; never "“…,” thanked X")
_OBJECT_VERBS = frozenset("thanked thanks praised praises blamed blames accused accuses congratulated criticised "
                          "criticized condemned condemns welcomed welcomes".split())


def _describes(between: str) -> bool:
    """Words between a quote and the name after it that describe the name: up to four lower-case words ("a smiling"),
    or up to six words of an office, capitalised or not, an acronym in brackets left out ("state House minority
    leader", "Director General Inter-Services Public Relations (DG ISPR) Lieutenant General"); not words of the
    sentence's syntax ("The", "He", "and")."""
    words = _BRACKETED_ACRONYM.sub(" ", between).split()
    # ("Danske Bank’s head of compliance", "the bank’s head of compliance": the office's owner, and its complement
    # after the role noun)
    owner = next((at for at, word in enumerate(words[:4]) if word.endswith(("’s", "'s"))), -1)
    if owner >= 0 and all(word[:1].isupper() or word in ("the", "The") for word in words[:owner]):
        words = words[owner + 1 :]
    words = [word for at, word in enumerate(words) if not (
        word in ("of", "for") and at > 0 and words[at - 1].lower() in PERSON_ROLE_NOUNS and at + 1 < len(words))]
    return all(descriptor_word(word) for word in words) and len(words) <= 4 or len(words) <= 6 and all(
        descriptor_word(word) or descriptor_word(word.lower()) and all(part[:1].isupper() for part in word.split("-"))
        for word in words)


_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,}(?:\s+[A-Z]{2,})*\)")


def title_like(text: str) -> bool:
    """“Operation Iron Swords”, “Minsk Agreements”: names, not speech."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text)]
    if len(words) < 2 or re.search(r"[.!?]\s*$", text):  # “Never,” is an answer, not a title
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
