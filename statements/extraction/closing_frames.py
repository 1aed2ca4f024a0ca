"""Closing frames, a mixin of ReportedSpeech (reported_speech.py): the attribution that ends the sentence
(`Russia welcomes all efforts …, Peskov said.`, `…, according to the ministry.`, `…, as confirmed by Blinken.`), a
name and its description before the cue (`…, Jake Frith, a special agent, said.`) and a source that "put it" (`…,
as the New York Times put it.`).
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Frame, trim_end
from statements.extraction.content import reports_clause
from statements.extraction.cues import (
    CLAUSE_ONLY_CUES,
    FINITE_CUES,
    OUTLET_MODIFIERS,
    PERSON_ROLE_NOUNS,
    TOLD,
    UNNAMED_HEADS,
)
from statements.extraction.mention_after import phrase_after
from statements.extraction.mentions import subject_before
from statements.extraction.narration_ends import (
    NARRATED_AFTER_FRAME,
    NARRATED_OBJECT_OPENING,
    NARRATOR_COMMENT,
    NARRATOR_PARTICIPLES,
    RELAY_AFTER_FRAME,
    TOLL_REMAINDER,
)
from statements.extraction.noun_phrases import FUNCTION_WORDS, Mention
from statements.extraction.parenthetical_frames import DETERMINER_AT_END
from statements.extraction.people_shares import share_before
from statements.extraction.polls import examples_removed, poll_after
from statements.extraction.quotes import word_count
from statements.extraction.second_acts import AS_SECOND_ACT, participle_continuation
from statements.extraction.speaker_names import head_word, is_role_phrase
from statements.text import CAPITAL

_CAP = f"[{CAPITAL}]"  # a capital letter, accented ones included
# "…, Jake Frith, special agent for the attorney general’s office, said.": a name, then its description
_NAME_AND_DESCRIPTION = re.compile(
    rf",\s+(?P<name>(?:{_CAP}[\w’'.-]*\s+){{0,3}}{_CAP}[\w’'-]*),\s+(?P<description>[^,;:~“”\"]{{3,120}}?),$")
# "…, the regional governor, Oleh Syniehubov, said.", "…, Kharkiv's governor, Oleh Syniehubov, said.": a
# description, then the name
_DESCRIPTION_AND_NAME = re.compile(
    rf",\s+(?P<description>(?:the|a|an|its|his|her|their|{_CAP}[\w-]*(?:’s|'s))\s+[^,;:~“”\"]{{2,80}}?),"
    rf"\s+(?P<name>(?:{_CAP}[\w’'.-]*\s+){{1,3}}{_CAP}[\w’'-]*),$")
# "…, Mark Eakin," before the description of an apposition left unclosed: a full name between commas
_NAME_AT_END = re.compile(rf",\s+(?P<name>(?:{_CAP}[\w’'.-]*\s+){{1,3}}{_CAP}[\w’'-]*),$")
# "…, a senior official, who spoke on condition of anonymity, said.": an unnamed source and its relative clause
_SOURCE_AND_WHO = re.compile(r",\s+(?P<source>(?:the|a|an|one|two|three|four|several)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?P<head>[a-z]+)),\s+(?P<who>who\s+[^,;:~“”\"]{3,80}),$")
# "…, as the New York Times put it on Tuesday.": the source of the clause before
# (and "…, as Serbia's Interior Minister Ivica Dacic said according to media reports.": as the source said)
_AS_PUT_IT = re.compile(r",[”\"]?\s+as\s+(?P<np>[^,;:~“”\"]{2,60}?)\s+(?P<cue>(?:has\s+|once\s+)?puts?\s+it|said|says|"
                        r"noted|explained|stated|wrote|reported|announced|confirmed|told\s+(?:reporters|journalists))"
                        r"(?:\s+(?:on|in|last|this|earlier|after|at)\b[^,;:~“”\"]{0,40})?"
                        r"(?:,?\s+according\s+to\s+[^,;:~“”\"]{2,60}?)?\s*[.!?]?\s*$")

# "…, as confirmed by Blinken.", "…, as reported by the Times.": a closing frame in the passive
_AS_CONFIRMED_BY = re.compile(r",\s+(?P<cue>as\s+(?:confirmed|reported|announced|stated|noted|revealed|indicated|"
                              r"explained|disclosed|acknowledged|first\s+reported)\s+by)\s")
# What follows a mid-sentence "according to X": a comma and a clause of its own ("…, even as …", "…, but …")
_CLAUSE_AFTER_SOURCE = re.compile(r",\s+(?:even\s+as|but|while|and|as|though|although)\s")
# A possessor between the comma and a closing frame's subject: ", the country’s", ", the world’s"
_OWNER_AT_END = re.compile(r",\s+(?P<owner>(?:the|The)\s+[a-z][\w-]*[’']s)$")
_MODIFIERS_AT_END = re.compile(r",\s+(?:(?:the|some|many|other)\s+)?(?P<words>(?:[a-z][a-z-]+\s+){0,1}[a-z][a-z-]+)$")
# Cue words that are adjectives before a source ("…, informed sources said Sunday.")
_SOURCE_ADJECTIVES = frozenset({"informed"})
# What the narrator adds after a closing frame: ", as each change brings …", ", by allowing errors to creep in"
_NARRATION_AFTER_FRAME = re.compile(  # (after a bare day, as US copy writes it: "…, officials said Tuesday, as …")
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"overnight|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:on|in|at|to)\s+[^,;:~“”\"]{1,40}?)?"  # ("…, X said on state television, escalating …")
    r"\s*,\s+(?:as|while|because|since|although|though|even\s+as|by\s+[a-z]+ing|further|amid|after|following|"
    r"despite|ahead\s+of|" + NARRATOR_PARTICIPLES + "|" + NARRATOR_COMMENT + r")\s|\s*,\s+" + TOLL_REMAINDER +
    r"|\s*,\s+" + NARRATED_AFTER_FRAME)
# (", deepening a rift …", ", in a move likely to anger Guyana": the narrator's consequence; ", amid a slump in
# prices", ", after prices fell": the narrator's setting)
# "…, says a report highlighting …", "…, said an aide who …": a description of the speaker closes the sentence
# ("…, said Russian shelling had killed a man": an -ing noun before a verb is the content's subject, not a speaker's
# postmodifier; nor is "including": "…, said allies including Japan had been consulted")
_SPEAKER_POSTMODIFIER = re.compile(
    r"(?:who|which|whose|(?!including\s)[a-z]{3,}ing"
    r"(?!\s+(?:had|has|have|was|were|is|are|will|would|could|may|might|did)\b))\s")
# What may follow the cue of a closing frame: a setting ("at a briefing in Yerevan") or a bare day, as US copy
# writes it ("…, officials said Tuesday.", "…, the ministry announced Wednesday morning.")
_TAIL_AFTER_CUE = re.compile(
    r"^(?:\s+(?:in|at|on|during|to|after|before|with|from|late|earlier|later|this|last|via|through|by|over|"
    # ("… said here", "in a statement issued here", "said while addressing a press conference": South Asian
    # agencies' habits; "…, the official said when asked whether …")
    r"as\s+(?:late|recently|early)\s+as|here|issued|released|while(?=\s+[a-z]+ing\b)|when\s+asked|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|overnight|"
    r"previously|recently|publicly|privately|repeatedly|again|separately|also)\b[^,;:~“”\"]*?)*"  # ("has said previously")
    r"\s*[.!?]?\s*$"
)
# A verb inside what follows a cue: a clause ("said the BJP had failed"), never a speaker phrase
_AUXILIARY_IN = re.compile(r"\s(?:had|has|have|is|was|were|are|will|would|could|should|must|can|did|does)\s")
# ("told RFE/RL.": an outlet's name with a slash)
_TOLD_OBJECT = re.compile(
    # an outlet described before its name: "… told Italian news agency ANSA", "told public broadcaster ZDF"
    r"^\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:news\s+agency|agency|newspaper|daily|broadcaster|channel|radio|"
    r"television|magazine|weekly|outlet)(?:\s+[A-Z][\w’'&-]*){1,4}(?:\s+\([\w&]+\))?(?=[\s.,!?]|$)"
    # or named before what it is: "told the Reuters news agency", "told the Kan public broadcaster"
    r"|^\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,3}(?:[a-z]+\s+)?(?:news\s+agency|agency|newspaper|daily|broadcaster|"
    r"channel|network|radio|television|magazine|weekly|outlet)(?=[\s.,!?]|$)"
    # or a gathering: "told a press conference", "told a joint news briefing", "told the party's annual congress"
    r"|^\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)(?:[\w’'-]+\s+){0,3}?(?:conference|briefing|"
    r"gathering|meeting|rally|session|hearing|forum|summit|congress|convention|audience|crowd)(?=[\s.,!?]|$)"
    r"|^\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w’'/-]+(?:\s+[A-Z][\w’'-]+){0,2}(?=[\s.,!?]|$)")

# "On Friday, immediately following the votes, Hołownia posted on X about …": when the subject acted, no content
_ONLY_WHEN = re.compile(r"(?:(?:On|In|At)\s+[^,;:~“”\"]{1,30},\s+)?(?i:(?:immediately|shortly|soon|just|right)\s+)?"
                        r"(?i:following|after|before|during|amid|ahead\s+of|prior\s+to)\s+[^,;:~“”\"]{1,80},")


class ClosingFrames:
    """Mixed into `ReportedSpeech`; uses the `Attributor` helpers (`masked`, `body`, `_resolve`, `_span_start`,
    `_add_content`)."""

    def _as_put_it(self, paragraph: int, start: int, end: int) -> bool:
        """"…, as the New York Times put it on Tuesday.": the clause before is the source's."""
        found = _AS_PUT_IT.search(self.masked, start, end) if self.masked.find(" as ", start, end) > 0 else None
        if found is None:
            return False
        mention = phrase_after(self.masked, found.start("np"), found.end("np"))
        if mention is None:
            return False
        cue = Cue(found.start("cue"), found.end("cue"), found.group("cue"))
        speaker = self._resolve(mention, cue)
        if speaker is None:
            return False
        content_start = self._span_start(start, paragraph)
        dash = max(self.masked.rfind("—", content_start, found.start()), self.masked.rfind(" – ", content_start,
                                                                                           found.start()))
        if dash > content_start:
            content_start = dash + (1 if self.masked[dash] == "—" else 3)  # "… very quickly—to get …, as Mosca put it"
        content_end = found.start() + (2 if self.masked[found.start() + 1] in "”\"" else 0)  # (its closing mark)
        self._add_content(content_start, trim_end(self.body, content_start, content_end), speaker, cue.text,
                          self.masked[found.start() + 1 : end].strip(), paragraph)
        return True

    def _named_and_described(self, start: int, before: str, cue: Cue, end: int) -> tuple[Frame, int] | None:
        """"The suspects were arrested on Interstate 10, Jake Frith, a special agent, said.": a name and its
        description between commas close the sentence before the cue."""
        found = _NAME_AND_DESCRIPTION.search(before)
        source = _SOURCE_AND_WHO.search(before) if found is None and " who " in before else None
        if source is not None and (source["head"] in UNNAMED_HEADS or source["head"] in PERSON_ROLE_NOUNS):
            # "…, the official, who spoke on condition of anonymity, said.": an unnamed source and its aside
            at = start + source.start("source")
            return Frame(Mention(source["source"], at, at + len(source["source"]), source["who"]), cue), end
        if found is None:
            found = _DESCRIPTION_AND_NAME.search(before)
            if found is None or head_word(found.group("description").split()) not in PERSON_ROLE_NOUNS:
                return None
        if found.group("name").split()[0].lower() in FUNCTION_WORDS:
            return None
        description = found.group("description")
        if not (description[:1].islower() or is_role_phrase(description)):
            return None  # "…, Kral, Varga, said": a list of names, not a name and who it is
        at = start + found.start("name")
        return Frame(Mention(found.group("name"), at, at + len(found.group("name")), description), cue), end

    def _end_frame(self, start: int, end: int, cues: list[Cue]) -> tuple[Frame, int] | None:
        """`Russia welcomes all efforts …, Peskov said.` — the attribution closes the sentence (a participle after it,
        `…, he said, adding that …`, is a statement of its own)."""
        if len(cues) > 1 and cues[-1].text.lower() in ("reports", "reported"):
            # "…, General Carsten Breuer announced, LRT reports.", "…, an official told journalists, LRT reports."
            frame_end = cues[-2].end + _audience_length(self.masked[cues[-2].end : end], cues[-2])
            if self.masked.startswith(",", frame_end) and RELAY_AFTER_FRAME.fullmatch(self.masked, frame_end, end):
                cues, end = cues[:-1], frame_end
        asked = [c for c in cues if c.text.startswith("asked") and self.masked.endswith("when ", start, c.start)]
        if asked and len(asked) < len(cues):
            cues = [c for c in cues if c not in asked]  # "…, the official said when asked whether …": the question
        confirmed = _AS_CONFIRMED_BY.search(self.masked, start, end) if "by" in self.masked[start:end] else None
        if confirmed is not None:
            # "The United States is seeking an agreement …, as confirmed by Secretary of State Antony Blinken."
            mention = phrase_after(self.masked, confirmed.end(), end)
            rest = self.masked[mention.end : end].strip() if mention is not None else "~"
            if mention is not None and (not rest.strip(".!?") or rest.startswith(",")
                                        or _TAIL_AFTER_CUE.match(" " + rest)):  # ("… in an interview on Thursday.")
                return Frame(mention, Cue(confirmed.start("cue"), confirmed.end(), confirmed.group("cue"))), end
        for cue in cues[:-1]:
            if cue.kind == "according":
                # "Allies are preparing for a floor fight, according to three sources …, even as the senator …": the
                # clause before a mid-sentence "according to" is its content (what follows, a clause of its own)
                mention = phrase_after(self.masked, cue.end, end)
                if mention is not None and word_count(self.masked[start : cue.start]) >= 4 and _CLAUSE_AFTER_SOURCE.match(
                        self.masked, mention.end, end) and not any(c.kind == "finite" and c.end <= cue.start for c in cues):
                    return Frame(mention, cue), end
            # "The Americas cannot ignore the risk, warns Director Kovac as she urged …": the inverted frame is not
            # the last cue of the sentence
            if cue.kind == "finite" and self.masked[start : cue.start].rstrip().endswith(","):
                mention = phrase_after(self.masked, cue.end, end)
                if mention is not None and AS_SECOND_ACT.match(self.masked, mention.end, end):
                    return Frame(mention, cue), end
        # "…, Martin suggested, as each change introduces questions.": the frame before the narrator's clause
        cue = next((c for c in cues[:-1] if c.kind == "finite" and _NARRATION_AFTER_FRAME.match(
            self.masked, c.end + _audience_length(self.masked[c.end : end], c), end)), cues[-1])
        if cue.kind == "participle" and len(cues) > 1:
            adding = participle_continuation(self.masked, cues[-2].end, end)
            if adding is not None and adding.start("cue") == cue.start:
                cue, end = cues[-2], adding.start()
        before = self.masked[start : cue.start].rstrip()
        if cue.kind == "according":
            mention = poll_after(self.masked, cue.end, end) or phrase_after(self.masked, cue.end, end)
            if mention is not None and (day := _DAY_AFTER_SOURCE.search(mention.text)) is not None:
                # "…, according to a court filing Wednesday.", "the ministry on Monday": when, not who
                mention = Mention(mention.text[: day.start()], mention.start, mention.start + day.start())
            if mention is not None and not before.endswith(",") and word_count(before) >= 4:
                rest = self.masked[mention.end : end].strip()
                if not rest.strip(".!?") or _SPEAKER_POSTMODIFIER.match(rest):
                    return Frame(mention, cue), end  # "… a $95 million investment according to county officials."
            # ("… to his wife -- according to the alleged wife, who …": a dash sets the source off as a comma does)
            return (Frame(mention, cue), end) if mention is not None and before.endswith((",", "--", "—", "–")) \
                else None
        tail = examples_removed(self.masked[cue.end : end])  # "…, the Times said, including speeches and …"
        at = _audience_length(tail, cue)  # ("…, three sources told Reuters, as prices fell.")
        narration = _NARRATION_AFTER_FRAME.match(tail, at) if cue.kind != "participle" else None
        if narration is not None:
            # "…, Martin suggested, as each minor change introduces …": the narrator's clause after the frame
            end, tail = cue.end + (at or narration.start()), ""
        # (not "…, told JIS News.": the channel follows "told", the speaker stands before it)
        # (nor "…, blamed Prime Minister X, saying": a verb of an object does not invert)
        if cue.kind != "participle" and before.endswith(",") and cue.text.lower() not in TOLD | {"informed"} \
                and (reports_clause(cue.text) or cue.text.lower() in CLAUSE_ONLY_CUES):
            # "…, said Anna Varga, a senior envoy who led the talks." — a description may follow the name
            mention = phrase_after(self.masked, cue.end, end)
            if mention is not None and _AUXILIARY_IN.search(mention.text):
                return None  # "Rahul Gandhi, meanwhile, said the BJP had failed farmers": a clause, no inversion
            rest = self.masked[mention.end : end].strip() if mention is not None else ""
            if mention is not None and (not rest.strip(".!?") or rest.startswith(",") or _TAIL_AFTER_CUE.match(rest)
                                        or _SPEAKER_POSTMODIFIER.match(rest)):
                return Frame(mention, cue), end
        if cue.text.lower() in TOLD | {"assured", "informed", "reminded"}:
            tail = _TOLD_OBJECT.sub("", tail, count=1)  # "…, Hajiyev told diplomats in Baku on Wednesday."
        long_setting = len(tail.split()) <= 16 and re.match(r"\s+(?:at|during|in|on|after|before|while|when\s+asked)\b",
                                                            tail)  # ("…, the official said when asked whether …")
        if cue.kind == "participle" or (len(tail.split()) > 8 and not long_setting) or " that " in tail \
                or not _TAIL_AFTER_CUE.match(tail):
            return None  # "…, Mirzoyan said at a joint press conference with his Lithuanian counterpart in Yerevan."
        if before.endswith(","):
            return self._named_and_described(start, before, cue, end)
        share = share_before(self.masked, start, cue.start)  # "The levy is unfair, 61 percent of voters said."
        if share is not None and share.start > start and self.masked[start : share.start].rstrip().endswith(","):
            return Frame(share, cue), end
        mention = subject_before(self.masked, start, cue.start)
        if mention is None or mention.start == start:
            return None
        before_mention = DETERMINER_AT_END.sub("", self.masked[start : mention.start].rstrip()).rstrip()
        owner = _OWNER_AT_END.search(before_mention)
        if owner is not None:
            # "…, the country’s health ministry said.", "…, the world’s leading authority on hunger said.": the
            # owner's body (the resolver reads the owner)
            at = start + owner.start("owner")
            mention = Mention(self.masked[at : mention.end], at, mention.end)
            before_mention = before_mention[: owner.start() + 1]
        modifiers = _MODIFIERS_AT_END.search(before_mention)
        if modifiers is not None and not (FINITE_CUES - _SOURCE_ADJECTIVES).intersection(
                modifiers.group("words").split()) and (
                mention.text.split()[-1].lower() in UNNAMED_HEADS
                or mention.text[:1].isupper() and modifiers.group("words") in OUTLET_MODIFIERS):
            # "…, city officials said Tuesday.": lower-case modifiers describe an unnamed source; "…, the state-run
            # Xinhua news agency said." a name (the resolver leaves them out of it)
            at = start + modifiers.start("words")
            mention = Mention(self.masked[at : mention.end], at, mention.end)
            before_mention = before_mention[: modifiers.start() + 1]
        if not before_mention.endswith(",") or mention.text.split()[0].lower() in ("something", "what") or (
                NARRATED_OBJECT_OPENING.match(self.masked[start + len(before_mention) : cue.start].strip())) or (
                _ONLY_WHEN.fullmatch(before_mention)):
            # "…, the UN refugee agency said."; ", something Russian officials denied", ", a figure the opposition
            # rejected": the narrator's
            return None
        named = _NAME_AT_END.search(before_mention)
        if named is not None and named.group("name").split()[0].lower() not in FUNCTION_WORDS and (
                is_role_phrase(mention.text) or mention.text.split()[0].lower() in ("a", "an", "the")
                and head_word(mention.text.split()) in PERSON_ROLE_NOUNS):
            # "…, Mark Eakin, a coordinator at NOAA said.": the name, its description's closing comma left out
            at = start + named.start("name")
            return Frame(Mention(named.group("name"), at, at + len(named.group("name")), mention.text), cue), end
        return Frame(mention, cue), end


# The day a closing source spoke, written after it ("according to a court filing Wednesday")
_DAY_AFTER_SOURCE = re.compile(r"(?:\s+on)?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                               r"yesterday|tonight)$")


def _audience_length(tail: str, cue: Cue) -> int:
    """How much of the words after a closing "told" is its audience ("… told Reuters, as prices fell"): 0 for
    any other cue."""
    told = _TOLD_OBJECT.match(tail) if cue.text.lower() in TOLD else None
    return told.end() if told is not None else 0
