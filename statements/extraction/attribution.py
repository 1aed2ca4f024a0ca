"""Statements and their speakers, sentence by sentence, in reading order.

Direct quotes take their speaker from the frame right after the closing mark (`“…,” Peskov said`,
`“…,” said the minister`), else from the cue before the opening mark (`Peskov told reporters: “…”`,
`…, saying that “…”`), else from the previous quote of the same paragraph (split quotes), else — for a
paragraph that opens with a quote — from the speaker of the previous paragraph (continuation).

Reported speech needs an explicit cue with a speaker outside any quote. The span is the whole sentence
(the gold convention, speaker included: "Peskov said the Russian military ..."), clipped where the
narrator takes over (", while ...", ", as ...", ", a sentiment echoed by ..."). `…, X said, adding that Y`
gives a separate reported statement from "adding". "This is what X said" attributes the sentence before.

`Attributor` walks the article and holds what the rules share; the rules themselves live in
`direct_quotes`, `reported_speech`, `speech_around_quotes` and `block_quotes` (mixins), their common
types in `attribution_frames`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from statements.extraction.attribution_frames import PARTICIPLE_PHRASES, Cue, Draft, Frame
from statements.extraction.block_quotes import BlockQuotes
from statements.extraction.countries import nationality_adjective
from statements.extraction.datelines import CUT_DATELINE, dateline_end
from statements.extraction.cues import (
    BASE_CUES,
    CLAUSE_ONLY_CUES,
    CLAUSE_PARTICIPLES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_CUES,
    IN_THEIR_WORDS,
    NEWS_OUTLET_NAMES,
    OUTLET_HEADS,
    PARTICIPLE_CUES,
    PHRASAL_FINITE_CUES,
    QUOTE_ONLY_CUES,
    TOLD,
    trie_pattern,
)
from statements.extraction.direct_quotes import DirectQuotes
from statements.extraction.narration_notes import NarrationNotes
from statements.extraction.not_speech import NOT_SPEECH_AFTER
from statements.extraction.noun_phrases import Mention, is_possessive
from statements.extraction.people_shares import electorate_speaker, group_speaker, share_speaker
from statements.extraction.polls import poll_speaker
from statements.extraction.quotes import Quote
from statements.extraction.reported_speech import ReportedSpeech
from statements.extraction.sentences import split_sentences
from statements.extraction.speaker_names import is_role_phrase
from statements.extraction.speakers import SpeakerResolver
from statements.extraction.speech_around_quotes import SpeechAroundQuotes
from statements.extraction.types import SpeakerRef

__all__ = ["Attributor", "Draft"]

# "the threatening memo", "a warning shot": a participle after a determiner is an adjective or a noun
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an|this|that|its|their|his|her)\s+$", re.IGNORECASE)
# (not "that" before a past form: "the deal that promised …" is a relative clause)
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)

_CUE_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + trie_pattern({*PHRASAL_FINITE_CUES, *PARTICIPLE_PHRASES, "according to", "According to", "as per", "As per",
                    "in the words of",
                    "In the words of", *IN_THEIR_WORDS, *FINITE_CUES, *BASE_CUES,
                    *PARTICIPLE_CUES, *QUOTE_ONLY_CUES, "chimed in", "went on", "goes on"})
    + r")(?![\w-])"
)
_CLAUSE_CUE_PATTERN = re.compile(
    r"(?<![\w-])(?P<verb>" + trie_pattern(set(CLAUSE_ONLY_CUES)) + r")"
    r"(?:\s+(?:several\s+times|repeatedly|again|twice|publicly|privately|openly|directly))?"  # "asked several times whether"
    r"(?:\s+(?:whether|if)\b|(?=\s+(?:that|why)\b)"  # ("questioned why …")
    # "found last week that", "agreed with the President that": a time or a partner before the clause
    r"|(?=\s+(?:last|this|earlier|with)\s+(?:[\w’'-]+\s+){0,3}?that\b)"
    r"|(?=\s*[.!?][\"”’]?\s*$)"  # "…, the paper states.": a closing frame, its clause before it
    # "…, Pioneer disclosed in a filing Tuesday.": the same, with the document it was written in
    r"|(?=\s+in\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:filing|statement|report|letter|interview|"
    r"post|release|note|submission)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s*[.!?][\"”’]?\s*$)"
    r"|(?=,\s+(?:as|while|because|since|although|though)\s)"  # "…, Martin suggested, as each change …"
    # "Mr Zardari revealed he was donating …", "Rowley revealed 161 serving officers have been convicted": a pronoun or
    # a count as subject and its auxiliary, a clause without "that" (not "Washington had concluded the establishment
    # of settlements was …", inside another cue's clause)
    r"|(?=\s+(?:he|she|they|it|we|I|\d[\d,]*\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+s)\s+"
    r"(?:was|were|is|are|had|has|have|would|will|could|should|did|cannot|can|must|may|might|does|[a-z]+n[’']t)\b))"
)
# The clause-only verbs as plain words, which the engine finds by their first letters: a sentence without one is not
# searched with _CLAUSE_CUE_PATTERN or _INVERTED_CLAUSE_CUE
_CLAUSE_VERB = re.compile(trie_pattern(set(CLAUSE_ONLY_CUES)))
# "…, estimates Evan Sparks, CEO of …": an inverted closing frame, its clause before it
_INVERTED_CLAUSE_CUE = re.compile(
    r"(?<=,\s)(?P<verb>" + trie_pattern(set(CLAUSE_ONLY_CUES)) + r")(?=\s+(?:[A-Z]|the\s|a\s|an\s))"
)
# "asked them to reconsider", "asked voters “…”": a request reports its object; not "asked for a photo", "was asked"
# (not ", who asked not to be identified": the source's anonymity, not a request it reports)
_ASKED_TO = re.compile(r"(?<![\w-])(?<!was\s)(?<!were\s)(?P<verb>asked|asks)(?!\s+not\s+to\s+be\b)"
                       r"(?=\s+(?!for\b|about\b|if\b|whether\b)"
                       # ("has asked the campaign of Democratic presidential candidate Bernie Sanders to …")
                       r"(?:(?!about\b|for\b)[\w’'-]+\s+){0,9}?(?:to\s+[a-z]|[“\"]))")
# "asked how the bridge will be paid for", "asked the mayor why …": a question reports its clause (the wh-word opens
# the content); "who"/"which" only right after the verb ("asked the man who …" is a relative clause)
_ASKED_WH = re.compile(r"(?<![\w-])(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?P<verb>asked|asks)"
                       r"(?=\s+(?:who|which)\s|\s+(?:[\w’'-]+\s+){0,3}?(?:how|why|what|when|where)\s)")
# "joined growing calls on Thursday for the release of …": a call made by joining it
_JOINED_CALLS = re.compile(r"(?<![\w-])(?P<verb>joined|joins|joining)\s+(?:(?:the|growing|mounting|renewed|bipartisan)\s+)*"
                           r"calls\s+(?:(?:on|this|last)\s+[A-Z]?[a-z]+\s+)?(?:for|on)\b")
# "asked for a full account", a request; not "was asked for comment" (a passive without its source)
_ASKED_FOR_PASSIVE = re.compile(r"(?:was|were|been|being|be|when|if|not|n[’']t)\s+$")
# "called the attack “a spit in the face”", "called it a “historic opportunity”".
_NAMING_QUOTE = re.compile(r"(?:\s+[\w’'.-]+){1,9}?\s+(?:a|an|the)?\s*[“\"‘«]")  # "called both X and Y “…”"
# "called him a political opportunist", "called Cruz a liar": a person named as something (not "called it a day")
_NAMING_NOUN = re.compile(r"\s+(?:him|her|them|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:a|an)\s+(?!day\b)[a-z]")
_POSTED = frozenset("posted tweeted published released issued".split())
_DOCUMENT_BEFORE = re.compile(
    r"\b(?i:statement|post|message|video|letter|communiqu[eé]|note|interview|paper|report|study|article|survey"
    r"|videos|photos|images|footage|pictures|clips|posts|messages)\s+$")
# A modal of possibility earlier in the base verb's clause (no punctuation between)
_MODAL = re.compile(r"may|might|could|should")  # _MIGHT's words, found by their first letters: a cheap check first
_ADJECTIVAL = re.compile(r"[a-z]+-(?:led|backed|based|made|run|owned|sponsored|proposed|imposed)")
_NOUN_ADJECTIVES = frozenset("latest new recent previous fresh repeated initial final earlier such these those".split())


def _modified_noun(masked: str, floor: int, cue_start: int) -> bool:
    """Whether the word before a cue and the cue form a noun phrase: "the Saudi-led [demands]", "the latest
    [claims]", "British [claims]" (a nationality's adjective, not "Britain claims")."""
    end = cue_start - 1
    last = masked[max(floor, masked.rfind(" ", floor, end) + 1) : end]
    if not last or last[0].islower() and "-" not in last and last not in _NOUN_ADJECTIVES:
        return False  # (the common case, "officials says"/"he says", decided at once)
    if _ADJECTIVAL.fullmatch(last.lower()) or last.lower() in _NOUN_ADJECTIVES and last.islower():
        return True
    return nationality_adjective(last)


_SENTENCE_END_OR_THAT = re.compile(r"\s*(?:[.!?]|$|that\b|,)")
# An auxiliary right after a word ending in "s" makes the word a plural noun, the subject ("EU states will meet",
# "the reports have"), never a speech verb ("he states will" is not English)
_AUXILIARY_AFTER = re.compile(r"\s+(?:will|would|can|could|should|must|may|might|have|are|were|had|do)\b")
_MIGHT = re.compile(r"\b(?:may|might|could|should)\s+(?:not\s+)?(?:[\w’'-]+\s+){0,6}$")
_ASKED_CLAUSE = re.compile(r"\b[Aa]sked\s+(?:whether|if|why|how)\s[^,;:~“”\"]*$")
# "experts are warning", "Republicans have begun urging", "Reyes kept saying": the participle is the finite verb
_PROGRESSIVE = re.compile(r"(?:(?<![\w-])(?:is|are|was|were|has\s+been|have\s+been|had\s+been|(?:has|have|had)\s+begun"
                          r"|began|begin|begins|started|kept|keeps|keep|continued|continues|continue)"
                          # "He’s predicting", "they’re saying": the auxiliary joined to a pronoun
                          r"|(?:(?<=[Hh]e)|(?<=[Ss]he)|(?<=[Ii]t)|(?<=[Ww]e)|(?<=[Tt]hey)|(?<=[Ww]ho))[’'](?:s|re))"
                          r"\s+(?:(?:now|also|still|again)\s+)?$")
_CHANNEL_CUES = TOLD | {"telling", "informed", "quoted", "cited"}
# what an outlet does ("Kommersant reported", "Le Figaro writes"): its name is what "the newspaper" means next
_REPORTING_CUES = frozenset({"reported", "reports", "writes", "wrote"})
_OUTLET_SOURCE = re.compile(
    r"(?:the\s+|The\s+)?(?P<name>"
    + "|".join(re.escape(n) for n in sorted(NEWS_OUTLET_NAMES, key=len, reverse=True))
    + r")(?:\s+news\s+agency|\s+newspaper)?"
)
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,4}$")


@dataclass
class _State:
    drafts: list[Draft] = field(default_factory=list)
    previous_paragraph_speaker: SpeakerRef | None = None
    paragraph_speaker: SpeakerRef | None = None
    # "Kallas said:" closing a paragraph: (paragraph, speaker, cue, frame) for a block quote that may follow
    introduction: tuple[int, SpeakerRef, str, str] | None = None


class Attributor(DirectQuotes, ReportedSpeech, SpeechAroundQuotes, BlockQuotes, NarrationNotes):
    """Walks one article's paragraphs and sentences and produces Drafts (the rules live in the mixins)."""

    def __init__(self, body: str, masked: str, paragraphs: list[tuple[int, int]], quotes: list[Quote],
                 resolver: SpeakerResolver) -> None:
        self.body = body
        self.masked = masked
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.resolver = resolver
        self.sentences = [split_sentences(masked, start, end) for start, end in paragraphs]
        self.paragraph_starts = [start for start, _ in paragraphs]
        # in reading order, for bisecting: a scan of every quote per sentence, or of every sentence per quote,
        # made long articles slow with the square of their length
        self._quote_opens = [quote.open_at for quote in quotes]
        self._all_sentences = [sentence for sentences in self.sentences for sentence in sentences]
        self._sentence_starts = [start for start, _ in self._all_sentences]
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
                self.state.previous_paragraph_speaker = self._colon_introducer(index)
        return self.state.drafts

    # -- one sentence -------------------------------------------------------------------------------

    def _sentence(self, paragraph: int, position: int) -> None:
        start, end = self.sentences[paragraph][position]
        start = self._span_start(start, paragraph)  # "WASHINGTON - The United States …": no dateline in any frame
        self._note_issuer(start, end)
        cues = self._cues(start, end)
        first = bisect.bisect_left(self._quote_opens, start)  # quotes are in order of their opening marks
        opening = self.quotes[first : bisect.bisect_left(self._quote_opens, end, first)]
        accepted: list[tuple[Quote, Frame | None]] = []
        for number, quote in enumerate(opening):
            region_start = accepted[-1][0].close_at + 1 if accepted else start
            region_end = opening[number + 1].open_at if number + 1 < len(opening) else self._sentence_end(quote.close_at)
            frame = self._direct_quote(quote, paragraph, region_start, region_end, cues, start, accepted)
            if frame is not False:
                accepted.append((quote, frame or None))
        drafts_before = len(self.state.drafts)
        if accepted:
            self._around_quotes(paragraph, start, end, cues, accepted)
        else:
            # quotes no frame claimed: the sentence may still report ("He expressed amusement that X had described
            # his views “…”")
            self._reported(paragraph, position, start, end, cues)
        if len(self.state.drafts) == drafts_before and not accepted:
            self._note_subject(start, end, cues)
        elif len(self.state.drafts) > drafts_before and self.state.drafts[drafts_before].speaker is not None:
            first = self.state.drafts[drafts_before]
            self._note_said_in(start, end, first.speaker)
            if first.speaker.kind in ("organisation", "government") and first.start <= start + 1 and first.kind == (
                    "indirect"):
                # "Kim Jong Un inspected a factory, according to KCNA. He stressed …": the person the relayed
                # narration is about, not the agency, is the next "he"
                self._note_subject(start, first.end, [])
            elif self.masked.find(" who ", start, end) > 0:
                self._note_main_subject(start, end, self.state.drafts[drafts_before:])

    def _cues(self, start: int, end: int) -> list[Cue]:
        # "questioned whether …" reports its clause (without "whether", as "asked whether" does)
        # (the clause patterns open with look-behinds, tried at every character: each is run only where it can match)
        patterns = []
        if _CLAUSE_VERB.search(self.masked, start, end):  # both open with one of these verbs
            patterns.append(_CLAUSE_CUE_PATTERN)
            if self.masked.find(",", max(start - 2, 0), end) >= 0:
                patterns.append(_INVERTED_CLAUSE_CUE)  # (", " before its verb)
        if self.masked.find("ask", start, end) >= 0:
            patterns.append(_ASKED_TO)
            patterns.append(_ASKED_WH)
        if self.masked.find("calls", start, end) >= 0:
            patterns.append(_JOINED_CALLS)
        found = [Cue(m.start(), m.end(), m.group("verb") if pattern is not _JOINED_CALLS else m.group(), clause=True)
                 for pattern in patterns for m in pattern.finditer(self.masked, start, end)
                 if pattern is not _CLAUSE_CUE_PATTERN or not self._noun_at_end(start, end, m)]
        for match in _CUE_PATTERN.finditer(self.masked, start, end):
            clause = next((cue for cue in found if cue.start == match.start()), None)
            if clause is not None:
                if match.group() in CLAUSE_ONLY_CUES:
                    continue  # "asked that …" reports; the quote-only "asked" is the same word
                found.remove(clause)  # "asked whether", a phrase of its own
            if match.group() in ("called", "calls") and not _NAMING_QUOTE.match(self.masked, match.end(), end) \
                    and not _NAMING_NOUN.match(self.masked, match.end(), end):
                continue  # "called it “a spit in the face”", "called him a liar" are speech; "called a meeting" is not
            if match.group() in ("called", "calls", "described", "describes") and _WHAT_BEFORE.search(
                    self.masked, max(start, match.start() - 40), match.start()):
                continue  # "because of what his office called a “pro-Armenian” stance": the narrator's clause
            if match.group() in _POSTED and _DOCUMENT_BEFORE.search(self.masked, max(start, match.start() - 20),
                                                                  match.start()):
                # "In a statement posted on X, the group said", "…, the team reported in a paper published this
                # week": a participle, the document does not speak
                continue
            if match.group() in ("asked for", "asks for") and _ASKED_FOR_PASSIVE.search(
                    self.masked, max(start, match.start() - 8), match.start()):
                continue  # "was asked for comment", "when asked for details": no source asks
            if self.masked.find("sked", max(start, match.start() - 80), match.start()) >= 0 and _ASKED_CLAUSE.search(
                    self.masked, max(start, match.start() - 80), match.start()):
                continue  # "Asked whether the minister regretted the decision, a spokesman said": the question's verb
            if match.group() in CLAUSE_PARTICIPLES and not self.masked.startswith(" that ", match.end()):
                continue  # "the ruling party", "holding talks": no clause, no report
            if match.group() == "commented" and self.masked.startswith(" on", match.end()):
                continue  # "commented on statements by Macron": a topic, not a statement
            window = max(start, match.start() - 60)
            if match.group() in BASE_CUES and _MODAL.search(self.masked, window, match.start()) \
                    and _MIGHT.search(self.masked, window, match.start()):
                continue  # "the Air Force may meet with Boeing and say, “…”": what someone might say one day
            if match.group().endswith("s") and _AUXILIARY_AFTER.match(self.masked, match.end(), end):
                continue  # "top diplomats from EU states will meet": a plural noun, the verb after it
            if match.group().endswith("s") and _modified_noun(self.masked, start, match.start()):
                continue  # "the Saudi-led demands", "disputes British claims": a plural noun, not a verb
            if match.group() == "reports" and not _SENTENCE_END_OR_THAT.match(self.masked, match.end(), end):
                continue  # "Media reports said …": the noun; ", BBC reports." and "the BBC reports that" report
            act = NOT_SPEECH_AFTER.get(match.group().lower())
            if act is not None and act.match(self.masked, match.end(), end):
                continue  # "declared independence in 2008", "protested in Mitrovica": acts, not statements
            if match.group() in PARTICIPLE_CUES and _DETERMINER_BEFORE.search(
                    self.masked, max(start, match.start() - 6), match.start()):
                continue  # "over the threatening memo": an adjective, no speech act
            if match.group().endswith("ed") and _ARTICLE_BEFORE.search(self.masked, max(start, match.start() - 6),
                                                                       match.start()):
                continue  # "according to the alleged wife", "the announced cuts": an adjective, no speech act
            if match.group() in PARTICIPLE_CUES or match.group() in PARTICIPLE_PHRASES:
                be = _PROGRESSIVE.search(self.masked, max(start, match.start() - 30), match.start())
                if be is not None:  # "experts are warning that …": a finite verb, its subject before "are"
                    found.append(Cue(be.start(), match.end(), match.group(), progressive=True))
                    continue
            found.append(Cue(match.start(), match.end(), match.group()))
        found.sort(key=lambda cue: cue.start)
        # "asked for" is a request only as the sentence's first speech act: after another cue it is most often
        # inside that cue's content ("…, he said, adding that Washington had asked for a longer transition")
        return [cue for number, cue in enumerate(found) if number == 0 or cue.text not in ("asked for", "asks for")]

    def _noun_at_end(self, start: int, end: int, match: re.Match[str]) -> bool:
        """"…, a startup that helps companies manage AI projects.": a clause verb closing the sentence reports only
        after a short closing frame ("…, the paper states."), not as the last word of a long phrase."""
        if self.masked[match.end() : min(end, match.end() + 3)].strip(" .!?\"”’"):
            return False  # a clause follows: "estimated that …"
        comma = self.masked.rfind(",", start, match.start())
        return comma < 0 or len(self.masked[comma + 1 : match.start()].split()) > 5

    def _sentence_end(self, position: int) -> int:
        # sentences are in order and do not overlap: the one holding `position` is the last starting at or before
        # it, or the one before that when `position` is where both meet
        at = bisect.bisect_right(self._sentence_starts, position)
        for start, end in self._all_sentences[max(at - 2, 0) : at]:
            if start <= position < end + 1:
                return end
        return position + 1

    # -- shared -------------------------------------------------------------------------------------

    def _span_start(self, start: int, paragraph: int) -> int:
        opening = self.paragraphs[paragraph][0]
        # (a dateline the sentence splitter cut at its full stop, "ASTANA. KAZINFORM - …", opens the paragraph too)
        if start == opening or CUT_DATELINE.fullmatch(self.body, opening, start):
            end = dateline_end(self.body, opening)
            if end is not None and end > start:
                return end
        return start

    def _resolve(self, mention: Mention | None, cue: Cue) -> SpeakerRef | None:
        if mention is None:
            return None
        if cue.text.lower() in ("read", "reads") and not mention.text.lower().split()[-1] in DOCUMENT_NOUNS:
            return None  # "he read the decree" is not speech; "the statement reads" is
        polled = (share_speaker(mention) or electorate_speaker(mention) or group_speaker(mention)
                  or poll_speaker(mention, self.masked))
        if polled is not None:
            return polled  # "59 percent", "Democratic voters": people_shares.py; "A YouGov poll": polls.py
        mention = self._with_leading_role(mention, self._paragraph_of(mention.start)[0])
        words = mention.text.split()
        if len(words) == 1 and is_possessive(words[0]) and words[0][:1].isupper():
            # "according to Jane’s, …": a name written with its possessive, owning nothing (mention_after.py)
            return SpeakerRef(name=words[0], mention=words[0], kind="organisation")
        if len(words) > 1 and words[-1] in OUTLET_HEADS and words[-2][:1].isupper() and (
                words[-2].lower() not in DETERMINERS):  # (not "The newspaper said": the outlet named before)
            # "The Guardian newspaper said", "according to a report in the Daily Express newspaper": the outlet (but
            # "Army Radio reported", whose capital makes the head part of its name)
            text = mention.text[: mention.text.rfind(" ")]
            mention = Mention(text, mention.start, mention.start + len(text), mention.apposition)
        if mention.is_pronoun:
            self._note_subject_before(mention.start)
        ref = self.resolver.resolve(mention, context=self._context(cue.start))
        if ref is None and cue.text.lower() not in _CHANNEL_CUES:
            outlet = _OUTLET_SOURCE.fullmatch(mention.text.strip())
            if outlet is not None:
                # "according to the Associated Press", "The Times said": the outlet is the source here, not the
                # channel it is in "told Reuters" (there the subject, not the outlet, is the frame's mention)
                ref = SpeakerRef(name=outlet.group("name"), mention=mention.text, kind="organisation")
        if ref is not None and cue.text.lower() in _REPORTING_CUES:
            self.resolver.note_outlet(ref)
        return ref

    def _sentence_start(self, position: int) -> int:
        index = max(bisect.bisect_right(self.paragraph_starts, position) - 1, 0)
        starts = [start for start, _ in self.sentences[index] if start <= position]
        return max(starts, default=self.paragraphs[index][0])

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
