"""Reported speech: sentences with an explicit cue and a speaker outside any quote (the reported clauses
around quotes are in speech_around_quotes.py).

The span is the whole sentence (the gold convention, speaker included: "Peskov said the Russian military
..."), clipped where the narrator takes over (", while ...", ", as ...", ", a sentiment echoed by ...").
`…, X said, adding that Y` gives a separate reported statement from "adding". "This is what X said"
attributes the sentence before.
"""

from __future__ import annotations

import re

from statements.extraction.cues import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    IN_THEIR_WORDS,
    NEWS_OUTLET_NAMES,
    ORG_NOUNS,
    OUTLET_HEADS,
    PERSON_ROLE_NOUNS,
    SPEAKING_PARTICIPLES,
    UNNAMED_HEADS,
    WEEKDAYS,
    is_relative_pronoun,
)
from statements.extraction.attribution_frames import PARTICIPLE_PHRASES, Cue, Draft, Frame, coordinated, trim_end
from statements.extraction.closing_frames import ClosingFrames
from statements.extraction.direct_quotes import title_like
from statements.extraction.described_people import past_description
from statements.extraction.content import (
    after_introduction,
    content_after_cue,
    object_end,
    says_nothing,
)
from statements.extraction.mention_after import phrase_after
from statements.extraction.narration_ends import RELAY_AFTER_QUOTE, frame_end, narration_start
from statements.extraction.parenthetical_frames import DETERMINER_AT_END, ParentheticalFrames
from statements.extraction.people_shares import likely_to_say, share_before
from statements.extraction.polls import PollSources, poll_after, poll_subject
from statements.extraction.readouts import purpose_frame
from statements.extraction.mentions import subject_before
from statements.extraction.noun_phrases import Mention
from statements.extraction.sentence_subjects import named_in_apposition, sentence_subject
from statements.extraction.quotes import word_count
from statements.extraction.second_speakers import RECIPROCAL, SecondSpeakers
from statements.extraction.second_acts import SecondActs, second_act
from statements.extraction.subordinate_clauses import SubordinateClauses
from statements.extraction.relative_antecedents import relative_antecedent
from statements.extraction.types import SpeakerRef

# "X said she was …, the Liberty Times reported": a closing cue by which an outlet relays what X said
_RELAYING = frozenset("reported reports".split())
# (not "Investors have welcomed the deal, Reuters reported"; but "Peskov called the talks “useful”, TASS reported")
_SAID = frozenset("said says told tells called calls described describes branded labelled labeled dubbed".split())
_PASSIVE_CATAPHORA = re.compile(  # (after the outlet that relays it: "According to Censor.NET, with reference to
    # Ukrinform, this was stated by …", as Ukrainian agencies' English copy writes it)
    r"^(?:(?:According\s+to|As\s+reported\s+by)\s[^,;:~“”\"]{1,60},(?:\s+(?:with\s+reference\s+to|citing)\s"
    r"[^,;:~“”\"]{1,60},)?\s+(?=[a-z]))?"
    r"(?:[Tt]his|[Tt]hat|[Tt]hese|[Ii]t)\s+(?:was|were|has\s+been|is)\s+"
    r"(?:stated|said|announced|noted|declared|stressed|emphasi[sz]ed|reported|underlined)\s+by\s+"
)
# A news agency, state media or a report as a closing frame's subject ("…, KCNA said.", "…, the report added.")
_AGENCY = re.compile(r"(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:news\s+)?agency|state\s+(?:media|television|TV|radio)|report|"
                     r"[A-Z]{1,4}NA|" + "|".join(map(re.escape, sorted(NEWS_OUTLET_NAMES | {
                         "SPA", "WAM", "PTI", "ANI", "APP", "ANTARA", "Antara", "Bernama", "Kazinform", "Tasnim",
                         "Fars", "Mehr"}, key=len, reverse=True))) + ")")
# An outlet's name by its form, for outlets the lexicon lacks: an acronym ("LRT", "BTA") or a masthead's word
_OUTLET_TITLE = re.compile(r"(?:the\s+)?(?:[A-Z]{2,6}|(?:[A-Z][\w.’'-]*\s+){0,3}(?:Independent|Times|Post|Journal"
                           r"|Herald|Telegraph|Gazette|Tribune|Express|Observer|Chronicle|Inquirer|Dispatch|Monitor"
                           r"|News|TV"
                           r"|Radio|Television|Broadcasting|Daily|Weekly|Online))")
# A relative clause whose second verb is the cue: ", who called the news “…” and said"
_WHO_THEN_AND = re.compile(r",\s+(?P<who>who)\s+[^,;:.]{1,140}?\s+and\s+(?:also\s+|then\s+)?$")
# Where and when the agent of "This was stated by X …" spoke, after X
_AGENT_SETTING = re.compile(r"\s+(?:on|in|at|during|via|while|after)\s")
# "the first lady quietly tore into …, insinuating that …": a definite role, the person it stands for
_ROLE_HOLDER = re.compile(
    r"the\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(map(re.escape, sorted(PERSON_ROLE_NOUNS - UNNAMED_HEADS))) + ")")
_CATAPHORA = re.compile(r"^(?:This|That|These|Such|So)\s+(?:is|was|are|were)\s+(?:what|how)\b")
# "When Varga said that …, the room fell silent": the content ends with the subordinate clause.
_SUBORDINATE_OPENING = re.compile(
    r"(?:(?:But|And|Yet)\s+(?=[a-z]))?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Aa]s|[Ss]ince|[Ww]hile|[Aa]lthough|[Tt]hough|[Ii]f"
    r"|[Oo]nce|[Bb]ecause)\s")
_ADDRESSEE_OPENERS = frozenset("the a an his her their its reporters journalists lawmakers parliament".split())
# "according to X, who declined to be named, …", "According to a senior official who was involved in the talks, …",
# "According to a report released last month, …": the source's relative clause or participle, up to the content
_RELATIVE_AFTER_SOURCE = re.compile(r",?\s+(?:who|which|whose|released|published|issued|prepared|compiled|obtained"
                                    r"|seen|conducted|commissioned|carried\s+out)\s[^,;:~“”\"]{1,120},")
# "Asked about the tattoo last week by newspaper GP, Tegnell laughed and simply said …": a lead-in before the subject
_LEAD_IN_PHRASE = re.compile(r"(?:[A-Z][a-z]+(?:ing|ed)|In|On|At|After|Before|During|Earlier|Later)\b[^,;:~“”\"]{0,100},\s*"
                             # "Colombia's recently elected President Gustavo Petro is …": the subject's own modifiers
                             r"|[A-Z][\w-]*[’']s\s+(?:[a-z-]+\s+){0,3}")
# An object that only points back, and a setting after it: "the decision during a visit to the region"
_ANAPHORIC_OBJECT = re.compile(
    r"(?:the|this|that|these|those|such)\s+(?:[a-z]+\s+)?(?:decision|move|step|measure|plan|proposal|idea|claims?|"
    r"accusations?|allegations?|charges?|criticism|remarks|comments|reports?|statements?|suggestion|assertion|notion)"
    r"(?:\s+(?:during|at|in|on|after|before)\s+[^,;:~“”\"]{1,60})?"
)
# A source's acronym in brackets and where it is, before the comma that ends "According to …"
_ACRONYM_AND_PLACE = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)"
                                r"(?:\s+in\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?,")
# Where a closing frame's clause ends: a semicolon, a colon, or a conjunction opening the next clause ("…, sources
# told 247Sports on Thursday, but administrators …")
_SEPARATOR = re.compile(r"[;:]\s|,\s+(?:but|yet|while|although|though)\s")
# "…, saying …", "…, instead urging …"
_COMMA_BEFORE_PARTICIPLE = re.compile(r"(?:,|\s[—–])\s*(?:(?:instead|also|again|repeatedly|while)\s+)?$")  # or a dash
# Participles that report only with a clause after them: "addressed the media, confirming that there would be no
# curfew" (not "confirming his attendance")
_THAT_PARTICIPLES = frozenset("confirming acknowledging announcing admitting revealing".split())
_DOCUMENT_SAYING = re.compile(r"\s(?:" + "|".join(sorted(DOCUMENT_NOUNS | {"announcement", "speech", "video"})) + r")"
                              # ("made the shock announcement on Tuesday saying …": when it was made, in between)
                              r"(?:\s+(?:on|late|early|last|this)\s+[A-Za-z]+(?:\s+(?:morning|afternoon|evening|night))?)?\s+$")
# A verb joined by "and" to the verb of a relative clause that no comma has closed yet
_IN_RELATIVE_CLAUSE = re.compile(r"\s(?:who|which)\s[^,;:~“”\"]+\sand\s+(?:(?:has|have|had|also)\s+)?$")
_QUOTED_BEFORE = re.compile(r"\s(?:was|were|is|are|been)\s+(?:also\s+)?quoted\s+(?:as\s+)?$")
_RELAYED_BY = re.compile(r"\s+(?:quoted|cited)\s+by\s+[^,;:~“”\"]{1,60},")


class ReportedSpeech(PollSources, ParentheticalFrames, SecondActs, SecondSpeakers, SubordinateClauses,
                     ClosingFrames):
    """Reported speech, alone and around quotes.

    Mixed into `Attributor` (attribution.py), which holds the article (`body`, `masked`, `paragraphs`, `sentences`,
    `quotes`), the `resolver` and the walk's `state`, and the helpers every part shares (`_cues`, `_resolve`,
    `_span_start`, `_sentence_end`, `_add`).
    """

    def _reported(self, paragraph: int, position: int, start: int, end: int, cues: list[Cue]) -> None:
        end = frame_end(self.masked, start, end, cues)
        cues = [c for c in cues if c.end <= end]
        going_on = [c for c in cues if c.text in ("continued", "continues")]
        cues = [c for c in cues if c.kind != "quote"]  # "began the talks", "agreed a deal": no speech without a quote
        self._share_calls(paragraph, start, end)  # "64 percent call him competent": polls.py
        if going_on and not cues and self._parenthetical(paragraph, start, end, going_on):
            return  # "The Central Bank, he continued, intervenes …": the speaker goes on between commas
        if self._fronted_participle(paragraph, position, start, end, cues) or self._as_put_it(paragraph, start, end):
            return
        if not cues:
            if self._poll_finding(paragraph, start, end):
                return  # "the poll shows …"
            found = self._purpose_frame(start, end)
            if found is not None:
                self._reported_span(paragraph, start, end, *found)
            return
        text = self.masked[start:end]
        passive = _PASSIVE_CATAPHORA.match(text)
        if _CATAPHORA.match(text) or passive:
            self._cataphora(paragraph, position, start, cues, passive.end() + start if passive else None)
            return
        if self._parenthetical(paragraph, start, end, cues) or (
                self._with_clauses(paragraph, position, start, end, cues)) or \
                self._relative_then_main(paragraph, start, end, cues):
            return
        found = self._end_frame(start, end, cues)
        if found is None:
            # "These were no oversights, Brafman noted; the government had …", "Help is needed, Ortiz said: the
            # floods …": a closing frame before a semicolon, a colon or ", but …"
            separator = _SEPARATOR.search(self.masked, start, end)
            before = [c for c in cues if separator is not None and c.end <= separator.start()]
            if before and before[-1].kind == "finite":
                found = self._end_frame(start, separator.start(), before)
        closing = found is not None
        speech_end = end  # where the speaker's words stop: before a relaying "…, Reuters reported"
        if found is None:
            found = self._initial_frame(start, end, cues)
            relay = RELAY_AFTER_QUOTE.search(self.masked, found[0].cue.end, end) if found is not None else None
            if relay is not None:
                # "X called the strikes “…,” Iranian state media reported.": the relaying outlet after the quote
                found = (found[0], min(found[1], relay.start()))
                speech_end = found[1]
        else:
            # "X told Y that Z, according to a readout / the ministry said": X speaks, the closing source relays.
            initial = self._initial_frame(start, end, [c for c in cues if c.kind == "finite" and c is not found[0].cue
                                                       and c.start < found[0].cue.start])
            if initial is not None and (found[0].cue.kind == "according" or self._reports_clause(initial[0].cue, end)
                                        or (found[0].cue.text.lower() in _RELAYING or found[0].cue.text.lower() in (
                                            "said", "says", "added") and _AGENCY.fullmatch(found[0].mention.text))
                                        and initial[0].cue.text.lower() in _SAID):
                # ("Kim Jong Un said the industry should …, KCNA said.": the agency relays Kim; but "Biden told
                # Netanyahu …, a senior official said" is the official's account, as the golds label it)
                # (the relaying frame is no part of what X said)
                relay = min(found[0].mention.start, found[0].cue.start)
                comma = self.masked.rfind(",", initial[0].cue.end, relay)
                if comma > 0 and self.masked[comma + 1 : comma + 2] in ("”", '"'):
                    comma += 2  # "… would not yield “under pressure,” according to IRNA": the quote closes first
                found, closing = (initial[0], comma if comma > 0 else relay), False
                speech_end = found[1]
        if found is None:
            self._relative_clauses(paragraph, start, end, cues, start)
            return
        frame, span_end = found
        if RECIPROCAL.match(self.masked[frame.cue.end : end]):
            return
        if not closing:
            span_end = self._finding_end(frame, span_end, end)  # polls and shares: polls.py
        second = self._second_speaker(frame, end, cues)  # the clip may stop at its "while"
        if second is not None:
            # "Pashinian says the treaty is ready, but Azerbaijan insists …": two statements, two speakers.
            # (past a closing mark right after the comma: "… “would meet that standard,” but board members …")
            span_end = min(span_end, second[0] + 2 if self.masked[second[0] + 1 : second[0] + 2] in ("”", '"')
                           else second[0])
        # (not "As per the MEA, …", a source, not a subordinate "As")
        opening = None if closing or frame.cue.kind == "according" else _SUBORDINATE_OPENING.match(self.masked, start)
        hypothetical = False
        if opening is not None and opening.group()[:1].isupper() and frame.mention.start - opening.end() < 7:
            # "If the US insists on a long window, it will …": a condition, nobody has said it
            hypothetical = opening.group().split()[-1].lower() == "if"
            # (a lower-case subordinator only after "But", "And", "Yet": "But as Ruano asked how …, Nowak explained")
            if self._as_reported(paragraph, start, end, frame):
                return  # "As the Washington Post reported on Monday, the inspector …"
            comma = self.masked.find(",", frame.cue.end, span_end)
            if comma > 0:
                span_end = comma  # "When Varga said that the deal was dead, Nowak walked out."
                main = [c for c in cues if c.start > comma and c.kind == "finite"]
                if main and second is None:
                    second = (comma, comma + 1)  # "…, Nowak explained that …": the main clause's own statement
        # "Vucic condemned the killing, saying …", "… rejected the claims and said that …"
        adding = self._adding_after_frame(frame, end) if closing else second_act(self.masked, frame.cue.end, span_end)
        if adding is not None:
            span_end = adding.start()  # "…, he said, adding that Y": Y is a statement of its own
        if self._said_so(paragraph, frame, end) or hypothetical:
            speaker = None  # "half said so": a share's answer, its few words
        elif adding is not None and not closing and adding.group("cue").endswith("ing") and self._anaphoric_object(
                frame, span_end):
            # "Pashinyan defended the decision during a visit, telling residents that …": the participle's clause is
            # the statement (docs/gold-convention.md, "Not statements")
            speaker = self._resolve(frame.mention, frame.cue)
        else:
            speaker = self._reported_span(paragraph, start, end, frame, span_end, closing)
        if adding is not None and speaker is not None:
            self._continuation(paragraph, adding, speech_end, self.masked[frame.mention.start : frame.cue.end],
                               speaker)
        if closing and frame.cue.kind == "according" and frame.mention.start > frame.cue.start:
            later = [c for c in cues if c.start > frame.mention.end and c.kind == "finite"]
            if later:  # "…, according to X, but his rival Ruiz has vowed to fight on": the next clause reports too
                self._reported(paragraph, position, frame.mention.end + 1, end, later)
        if second is not None:
            self._reported(paragraph, position, second[1], end, [c for c in cues if c.start >= second[1]])
        elif not closing and not self._share_clauses(paragraph, start, end, cues, span_end):
            self._relative_clauses(paragraph, start, end, cues, span_end)

    def _anaphoric_object(self, frame: Frame, span_end: int) -> bool:
        """Whether the object of `frame` only points back ("the decision", "these claims"), a setting aside."""
        content_start = content_after_cue(self.masked, frame.cue.text, frame.cue.end, span_end)
        content_end = object_end(self.masked, frame.cue.text, content_start, span_end)
        return bool(_ANAPHORIC_OBJECT.fullmatch(self.masked[content_start:content_end].rstrip(" ,")))

    def _reported_span(self, paragraph: int, start: int, end: int, frame: Frame, span_end: int,
                       closing: bool = False) -> SpeakerRef | None:
        """Adds the reported content of `frame` and returns its speaker (None when the frame names nobody)."""
        speaker = self._resolve(frame.mention, frame.cue)
        if speaker is None:
            return None
        if self.masked[start:end].rstrip().endswith(":"):
            self.state.paragraph_speaker = speaker  # "The statement reads:" introduces the next quote
            if word_count(self.masked[start:end]) >= word_count(frame.mention.text) + 4:
                # a block quote may follow (not after a bare "Kallas said:" over a paragraph the cleaner left)
                self.state.introduction = (paragraph, speaker, frame.cue.text, self.masked[start:end])
        span_start = self._span_start(start, paragraph)
        span_end = trim_end(self.body, span_start, span_end)
        if closing:
            # "Russia welcomes all efforts, Peskov said.": the content is the clause before the frame.
            content_start = after_introduction(self.masked, span_start, frame.mention.start)
            left = min(frame.mention.start, frame.cue.start)
            comma = self.masked.rfind(",", content_start, left)
            if comma >= 0 and not DETERMINER_AT_END.sub("", self.masked[comma + 1 : left].strip()).strip():
                left = comma
            described = self.masked.rfind(",", content_start, left) if frame.mention.apposition else -1
            if described >= 0 and self.masked[described + 1 : left].strip() == frame.mention.apposition:
                left = described  # "…, the regional governor, Oleh Syniehubov, said."
            content_end = trim_end(self.body, content_start, left)
        else:
            anchor = frame.mention.end if frame.mention.start > frame.cue.start else frame.cue.end
            if frame.cue.kind == "according" and (bracketed := _ACRONYM_AND_PLACE.match(self.masked, anchor)
                                                  or _RELATIVE_AFTER_SOURCE.match(self.masked, anchor, span_end)):
                anchor = bracketed.end()  # past "(CDC) in the US,", ", who declined to be named,"
            elif frame.cue.kind == "according" and frame.mention.start > frame.cue.start:
                # "According to Ding Duo, a researcher, …", "According to X's ambassador, Alyona Getmanchuk, …"
                anchor = past_description(self.masked, anchor, span_end, frame.mention.apposition)
            content_start = content_after_cue(self.masked, frame.cue.text, anchor, span_end)
            content_end = trim_end(self.body, content_start,
                                   object_end(self.masked, frame.cue.text, content_start, span_end))
        content = self.body[content_start:content_end]
        if not says_nothing(content, frame.cue.text):  # "criticised the timing"; not "told reporters [on Monday.]"
            frame_text = self.masked[span_start : min(frame.cue.end + 30, span_end)].split(" that ")[0]
            if closing:
                frame_text = self.masked[frame.mention.start : span_end]
            self._add_content(content_start, content_end, speaker, frame.cue.text, frame_text, paragraph)
        return speaker

    def _add_content(self, start: int, end: int, speaker, cue: str, frame_text: str, paragraph: int) -> None:
        """Reported content as a statement: "mixed" when quoted words run inside it, "direct" when it is all quoted."""
        inside = [q for q in self.quotes if start <= q.open_at and q.close_at < end + 1
                  and not title_like(self.body[q.start : q.end])]  # code-named “Joint Sword-2024B”: a name
        kind = "mixed" if inside else "indirect"
        if len(inside) == 1 and inside[0].open_at == start and inside[0].close_at >= end - 2:
            start, end, kind = inside[0].start, inside[0].end, "direct"  # indicating that “they are now impossible”
        self._add(Draft(start, end, kind, speaker, cue, frame_text, paragraph))

    def _initial_frame(self, start: int, end: int, cues: list[Cue]) -> tuple[Frame, int] | None:
        """`Peskov said the Russian military …`, `According to him, …`."""
        for cue in cues:
            if cue.text in IN_THEIR_WORDS and self.masked.startswith(",", cue.end):
                # "In his words, …": "he" says it (the mention stands before the cue, so the content follows it)
                return Frame(Mention(IN_THEIR_WORDS[cue.text], cue.start, cue.start), cue), self._clip(cue.end, end)
            if cue.kind == "according":
                mention = poll_after(self.masked, cue.end, end) or phrase_after(self.masked, cue.end, end)
                if mention is not None and (
                    self.masked[mention.end : mention.end + 2].startswith(",")
                    or _RELAYED_BY.match(self.masked, mention.end, end)  # "an official quoted by the WSJ,"
                    or _RELATIVE_AFTER_SOURCE.match(self.masked, mention.end, end)
                    # "According to the Centre for Disease Control (CDC) in the US, …"
                    or _ACRONYM_AND_PLACE.match(self.masked, mention.end, end)
                ):
                    if self._relays_a_speaker(mention, cues, end):
                        continue
                    return Frame(mention, cue), self._clip(cue.end, end)
                continue
            quoted = self._quoted_as(cue, start)
            if quoted is not None:
                return quoted, self._clip(cue.end, end)
            if cue.kind != "finite":
                continue
            if _IN_RELATIVE_CLAUSE.search(self.masked, max(start, cue.start - 200), cue.start):
                continue  # "Nick Kaufman, a lawyer who served in the army and has defended clients, said": not its act
            compared = likely_to_say(self.masked, start, cue.start)  # "voters are more likely to say that …"
            mention = (share_before(self.masked, start, cue.start) or poll_subject(self.masked, start, cue.start)
                       or subject_before(self.masked, start, compared if compared is not None else cue.start))
            if mention is None and (joined := _WHO_THEN_AND.search(self.masked, max(start, cue.start - 160),
                                                                   cue.start)) is not None:
                # "… by President Joe Biden, who called the news an “incredible relief” and said …": the second
                # verb of a relative clause is its antecedent's
                mention = relative_antecedent(self.masked, Mention("who", joined.start("who"), joined.end("who")),
                                              start)
            if mention is None and coordinated(self.masked, start, cue.start) and cue.start - start < 200:
                # "Harlan met donors in Tampa and pledged to cut taxes": the verb shares the sentence's subject
                mention = sentence_subject(self.masked, start, cue.start)
                if mention is not None and mention.start - start > 12 and not _LEAD_IN_PHRASE.fullmatch(
                        self.masked, start, mention.start):
                    mention = None  # the subject of a clause inside the sentence, not of the verb
                participle = self._participle_frame(start, end, [c for c in cues if c.start < cue.start])
                if mention is not None and participle is not None:
                    return participle  # "Clinton attacked Trump, saying …, and reminded …": the first act first
            if mention is None or is_relative_pronoun(mention.text) or _noun_compound(mention, cue):
                continue
            return Frame(mention, cue), self._clip(cue.end, end)
        return self._participle_frame(start, end, cues, adverb=True) or self._purpose_frame(start, end)

    def _relays_a_speaker(self, source: Mention, cues: list[Cue], end: int) -> bool:
        """"According to a statement released by the ministry, Araghchi emphasized that …", "According to TASS,
        Peskov said …": a document or an outlet that relays what the person named next said, in a clause of their
        own."""
        if not any(word.lower() in DOCUMENT_NOUNS for word in source.text.split()) and not (
                _AGENCY.fullmatch(source.text) or _OUTLET_TITLE.fullmatch(source.text)):
            return False  # (an outlet relays too: "According to LRT, Budrys said that …")
        verb = next((c for c in cues if c.kind == "finite" and c.start > source.end), None)
        if verb is None or verb.start - source.end > 60:
            return False
        mention = subject_before(self.masked, source.end + 1, verb.start)
        # (or the role of someone named: "According to the statement, the President assured Nigerians that …"; or an
        # unnamed source: "According to the report, a top Indian trade official said that …")
        return mention is not None and not mention.is_pronoun and (mention.text[:1].isupper() or (
            _ROLE_HOLDER.fullmatch(mention.text.lower()) is not None and mention.text.split()[-1][:1].isupper()) or (
            mention.text.split()[0].lower() in ("a", "an") and mention.text.split()[-1].lower() in UNNAMED_HEADS))

    def _participle_frame(self, start: int, end: int, cues: list[Cue], adverb: bool = False) -> tuple[Frame, int] | None:
        """"China launched drills around Taiwan, saying they were a “strong punishment”": the subject speaks."""
        for cue in cues:
            quoted = _QUOTED_BEFORE.search(self.masked, max(start, cue.start - 30), cue.start)
            comma = _COMMA_BEFORE_PARTICIPLE.search(self.masked, start, cue.start) or quoted
            # ("calling for", "pointing out": a phrase of its own)
            speaking = cue.text in SPEAKING_PARTICIPLES or cue.text in PARTICIPLE_PHRASES or (
                cue.text in _THAT_PARTICIPLES and self.masked.startswith(" that ", cue.end))
            if speaking and (comma or self.masked.startswith(" that ", cue.end) or (
                    cue.text == "saying" and _DOCUMENT_SAYING.search(self.masked, max(start, cue.start - 45), cue.start))):
                # (without a comma: "commented on a repost saying that …", "filed a lawsuit saying he had …")
                # (`adverb`: one may stand before the verb, "Harlan later doubled down, insisting that …", "Rubio
                # also took aim at Trump, saying he was “not a conservative.”"; "Doherty was quoted calling …": the
                # subject of "was quoted")
                mention = subject_before(self.masked, start, quoted.start()) if quoted else (
                    self._second_clause_subject(start, cue.start, adverb) or sentence_subject(
                        self.masked, start, cue.start, adverb=adverb))
                if mention is not None:
                    mention = named_in_apposition(self.masked, mention, cue.start)
                if not comma and mention is not None and any(
                        w[:1].isupper() and w.lower() not in WEEKDAYS
                        for w in self.masked[mention.end : cue.start].split()):
                    continue  # without a comma, only after no other name: "commented on a repost saying that …"
                if mention is not None and (mention.text.lower() in ("he", "she") or mention.text[:1].isupper()
                                            or _ROLE_HOLDER.fullmatch(mention.text)
                                            or mention.text.startswith("the ") and mention.text[4:5].isupper()):
                    # ("On Thursday, the Supreme Court handed down a decision ruling that …": a name after "the")
                    return Frame(mention, cue), self._clip(cue.end, end)
        return None

    def _second_clause_subject(self, start: int, cue_start: int, adverb: bool) -> Mention | None:
        """"The Senate allocated … and Gov. Andrew Cuomo nixed …, arguing …": the subject of the last clause that
        "and" joins to the first, named, when the participle follows it."""
        joined = self.masked.rfind(" and ", start, cue_start)
        if joined < 0 or not self.masked[joined + 5 : joined + 6].isupper():
            return None
        mention = sentence_subject(self.masked, joined + 5, cue_start, adverb=adverb)
        return mention if mention is not None and mention.start == joined + 5 and mention.text[:1].isupper() else None

    def _purpose_frame(self, start: int, end: int) -> tuple[Frame, int] | None:
        """Readouts: "Blinken spoke today with Aliyev to urge Azerbaijan to cease military actions"."""
        frame = purpose_frame(self.masked, start, end)
        return (frame, self._clip(frame.cue.end, end)) if frame is not None else None

    def _reports_clause(self, cue: Cue, end: int) -> bool:
        """`told his counterpart on Tuesday that …`: the cue introduces a that-clause of its own (not "called on
        Armenia to refrain from steps that could …": an infinitive first, whose noun the "that" qualifies)."""
        words = self.masked[cue.end : end].split()[:8]
        if "that" not in words:
            return False
        before = words[: words.index("that")]
        return not any(word == "to" and following.islower() and following not in _ADDRESSEE_OPENERS
                       for word, following in zip(before, before[1:]))

    def _clip(self, after: int, end: int) -> int:
        return narration_start(self.masked, after, end)

    def _cataphora(self, paragraph: int, position: int, start: int, cues: list[Cue], agent: int | None = None) -> None:
        """"This is what X said" / "This was stated by X in …": X's statement is the sentence before."""
        cue = next((c for c in cues if c.kind == "finite"), None)
        if cue is None:
            return
        end = self.sentences[paragraph][position][1]
        mention = phrase_after(self.masked, agent, end) if agent is not None else subject_before(self.masked, start, cue.start)
        setting = _AGENT_SETTING.search(mention.text) if mention is not None and agent is not None else None
        if setting is not None:  # "by Mykola Oleshchuk on his Telegram channel": the agent, not where he wrote
            mention = Mention(mention.text[: setting.start()], mention.start, mention.start + setting.start())
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


# Present forms of cues that are also plural nouns: "the energy demands of …", "the safety claims", "price calls".
_NOUN_LIKE_CUES = frozenset(
    "demands claims notes calls reports promises pledges warns thanks lists reads remarks answers comments".split())
_SPEAKER_HEAD_WORDS = PERSON_ROLE_NOUNS | ORG_NOUNS | GROUP_NOUNS | UNNAMED_HEADS | DOCUMENT_NOUNS | OUTLET_HEADS | {
    "daily", "weekly", "paper"}


def _noun_compound(mention: Mention, cue: Cue) -> bool:
    """Whether `mention` + `cue` read as one noun phrase ("the energy demands"): a lower-case last word that heads
    no speaker phrase."""
    last = mention.text.split()[-1]
    return cue.text in _NOUN_LIKE_CUES and last.islower() and last.lower() not in _SPEAKER_HEAD_WORDS

