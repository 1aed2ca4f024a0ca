"""Second speech acts of the same speaker inside one sentence: `…, he said, adding that Y`, `… rejected X and said
that Y`, `…, which he declared “a total disaster”`. Each ends the statement before it and is a statement of its own
(issue 16: two speech acts in one sentence are two statements).
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Frame, trim_end
from statements.extraction.content import content_after_cue, is_object_content
from statements.extraction.cues import ADDED_TO, FINITE_CUES, PARTICIPLE_CUES, PHRASAL_FINITE_CUES, trie_pattern
from statements.extraction.quotes import word_count
from statements.extraction.types import SpeakerRef

# "… rejected X and said Y": a second speech verb of the same subject opens a second statement.
COORDINATED_CUE = re.compile(  # (a character class first: the engine skips to commas and spaces)
    r"[,\s]\s*(?:and|but|(?:though|although)\s+(?:he|she|they|it))\s+(?:(?:he|she|they|it)(?:,\s+[a-z]+(?:\s+[a-z]+)?,)?\s+)?(?:(?:also|then|later|again|has|have|had|initially|previously|earlier|repeatedly|publicly|privately|subsequently|"
    r"further|separately|recently|quickly|explicitly|immediately|once|even)\s+){0,3}(?P<cue>"
    + trie_pattern({*PHRASAL_FINITE_CUES, "questioned", "disputed", "challenged",  # "said …, but questioned the plan"
                    *(FINITE_CUES - {"read", "reads", "called", "calls", "described", "describes", "lists", "listed"})})
    # "… and called Rubio a liar", "… and asked consumers to limit their use": a naming and a request
    + r"|called(?=\s+(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|him|her|them|it|(?:the|this|that|his|her|their|its)\s+"
      r"[a-z]+)\s+(?:an?\s|[“\"]))"  # ("… but called the result “an own goal”")
    + r"|asked(?=\s+(?:[\w’'-]+\s+){1,4}?to\s)"
    + r"|described(?=\s+(?:[\w’'-]+\s+){1,6}?as\s)"  # "…, but described the findings as “exaggerated”"
    # "…, and revealed that officials had met …", "… and boasted that he had ended seven wars"
    + r"|(?:revealed|disclosed|conceded|acknowledged|boasted|hinted|joked|estimated|highlighted|recalled|"
      r"testified)(?=\s+that\s)"
    + r")(?![\w-])"
)
# "…, warns Director Anna Kovac as she urged countries to …": a second speech act after an inverted frame.
AS_SECOND_ACT = re.compile(
    r"\s+(?:as|while|when)\s+(?:he|she|they)\s+(?:also\s+)?(?P<cue>"
    + trie_pattern(FINITE_CUES - {"read", "reads", "called", "calls", "described", "describes", "lists", "listed"})
    + r")(?![\w-])"
)
# (also after a quote whose comma stands inside its closing mark: `has “expanded the party,” claiming that …`, and
# after "while": `…, while insisting that …`)
_CONTINUING = trie_pattern((PARTICIPLE_CUES - {"pointing"}) | {"pointing out"})
_PARTICIPLE = re.compile(r"(?:,|(?<=,[”\"]))\s*(?:(?:and|while|whilst|but)\s+)?(?P<cue>" + _CONTINUING + r")\b")
# The same with a literal comma first, so the regex engine skips to commas (the look-behind above cannot be skipped
# to); `participle_continuation` confirms each candidate with _PARTICIPLE.
_PARTICIPLE_FAST = re.compile(r",[”\"]?\s*(?:(?:and|while|whilst|but)\s+)?(?:" + _CONTINUING + r")\b")


_ANONYMITY = re.compile(r"(?:asking|requesting)\s+not\s+to\s+be\s+(?:named|identified)\b")


def participle_continuation(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The first `…, adding that` / `“…,” claiming that` in [start, end) (its comma may stand before `start`, inside
    the closing mark of a quote)."""
    for found in _PARTICIPLE_FAST.finditer(masked, max(start - 2, 0), end):
        at = found.start() + 2 if masked[found.start() + 1] in "”\"" else found.start()
        if at >= start:
            match = _PARTICIPLE.match(masked, at, end)
            if match is not None and match["cue"] == "adding" and ADDED_TO.match(masked, match.end("cue"), end):
                continue  # "…, adding new fuel to a decadeslong conflict": an act
            if match is not None and _ANONYMITY.match(masked, match.start("cue"), end):
                continue  # "“…,” one activist told Al Jazeera, asking not to be named": how the source spoke
            return match
    return None


# "calling it “disqualifying” and asserting that …": a participle joined by "and" alone, opening a clause
_AND_PARTICIPLE_THAT = re.compile(  # (a literal first: the engine skips to it)
    r" and\s+(?P<cue>(?:adding|saying|noting|stressing|insisting|arguing|warning|claiming|asserting|suggesting|"
    r"acknowledging|admitting|conceding|predicting|explaining|contending|maintaining|declaring|vowing|promising|"
    r"emphasi[sz]ing|reiterating|underlining|highlighting|recalling)"
    r"(?=\s+that\s)"
    # "warning that it would stir up trouble and accusing Tokyo of …", "… and questioning whether it could pass"
    r"|accusing(?=\s[^,;:~“”\"]{1,40}?\sof\s)|(?:questioning|asking)(?=\s+(?:whether|why|how)\s)"
    # "calling them rapists and vowing to make Mexico pay": a promise opening its infinitive
    r"|(?:vowing|promising|pledging|threatening)(?=\s+to\s))"
)
# "…, which he declared “a total disaster” for his party", "…, but he called it “a crucial step”": the speaker names
# what the content reported
_RELATIVE_NAMING = re.compile(
    r",\s+(?:(?:which|whom)\s+(?:he|she|they)"
    r"|(?:but|and)\s+(?:he|she|they)(?=\s+(?:also\s+)?[a-z]+\s+(?:it|them)\s+[“\"]))"
    r"\s+(?:also\s+|later\s+|then\s+)?(?P<cue>called|calls|declared|declares|"
    r"described|describes|dismissed|dismisses|branded|brands|labell?ed|labels|termed|terms)(?![\w-])"
)


def second_act(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The first of `…, adding that Y` / `… and said that Y` in [start, end): a speech act of the same speaker that
    ends the statement before it (`pledged a “new era” and said that …`)."""
    coordinated = COORDINATED_CUE.search(masked, start, end)
    if coordinated is not None and not coordinated.group().startswith(",") and (
            named := _NAMED_PLUPERFECT.search(masked, start, coordinated.start())) and not (
            _CLAUSE_NEXT.match(masked, coordinated.end("cue"), end)) and named.group("subject").split()[0] not in (
            _SELF_SUBJECTS):
        # "said Austin had spoken with his counterpart and reaffirmed support": the second verb of a clause about
        # someone named, under its "had" (not "… it had killed dozens … and accused Hamas", the speaker itself; nor
        # "… had collapsed, and added that …", the speaker's next act opening a clause; nor ", and called on …" after a
        # comma, the main clause's second verb: "said Beijing had abstained because the text was weak, and called on")
        coordinated = None
    if coordinated is not None and coordinated.group("cue") in _DONE_TO_THEM and _PASSIVE_BEFORE.search(
            masked, max(start, coordinated.start() - 60), coordinated.start()):
        # "detainees were held incommunicado and denied access to lawyers", "were beaten and told to leave": the
        # second participle of a passive, what was done to them (a verb of two objects, one left after the passive)
        coordinated = None
    found = [m for m in (participle_continuation(masked, start, end), coordinated,
                         _RELATIVE_NAMING.search(masked, start, end), _AND_PARTICIPLE_THAT.search(masked, start, end))
             if m is not None]
    return min(found, key=lambda m: m.start(), default=None)


_NAMED_PLUPERFECT = re.compile(r"(?P<subject>(?:[A-Z][\w’'.-]*\s+){1,5})had\s+(?:[a-z]+ly\s+)?[a-z]+"
                               r"(?:ed|en|wn|ne|ok|ut|ght|id)\s")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|are|is|get|got)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn)|held|kept|left|shot|hit|"
    r"beat|sent|caught|brought|told|made|put|set|cut|fed)(?:\s+[a-z]+){0,2}\s*$")
_DONE_TO_THEM = frozenset("denied told asked refused".split())
_SELF_SUBJECTS = frozenset("It He She They We The This".split())
_CLAUSE_NEXT = re.compile(r"\s*(?:that\b|:|,|[“\"])")


_NAMED_IT = re.compile(r"(?:it|them|him|her|this|that)\s+(?P<quote>[“\"])[^“”\"]+[”\"][.,]?\s*$")


# Participles that open a second speech act right after a closing frame ("…, Reyes said, acknowledging that …").
_CONTINUING_AFTER_FRAME = frozenset(
    "adding acknowledging admitting conceding noting insisting arguing warning stressing predicting suggesting "
    "explaining claiming urging contending maintaining asserting".split()
)


class SecondActs:
    """Mixed into `ReportedSpeech`; uses the `Attributor` helpers (`_clip`, `_tight_quote`, `_add_content`)."""

    def _adding_after_frame(self, frame: Frame, span_end: int) -> re.Match[str] | None:
        """`…, he said, adding that …` / `…, Peskov told reporters, adding …`: a participle right after a closing
        attribution (only a short tail of place or time between them)."""
        if frame.cue.start < frame.mention.start and frame.cue.kind == "finite":
            return AS_SECOND_ACT.match(self.masked, frame.mention.end, span_end)  # "…, warns X as she urged …"
        if frame.cue.start < frame.mention.end or frame.cue.kind != "finite":
            return None
        match = participle_continuation(self.masked, frame.cue.end, span_end)
        if match is None or match.group("cue") not in _CONTINUING_AFTER_FRAME:
            return None
        tail = self.masked[frame.cue.end : match.start()]
        return match if len(tail.split()) <= 6 and " that " not in f" {tail} " else None

    def _continuation(self, paragraph: int, match: re.Match[str], end: int, frame_text: str,
                      speaker: SpeakerRef) -> None:
        """The "adding that Y" clause `match` found: an indirect statement of the speaker just added."""
        span_end = self._clip(match.end(), end)
        following = second_act(self.masked, match.end("cue"), span_end)
        if following is not None:
            span_end = following.start()  # "… and she pledged X and said that Y": Y is the next statement
        span_start = content_after_cue(self.masked, match.group("cue"), match.end("cue"), span_end)
        tight = [q for q in self.quotes if span_start <= q.open_at < end and self._tight_quote(q)]
        span_end = trim_end(self.body, span_start, span_end)
        # (a full quote after "adding" is a direct statement of its own)
        content = self.body[span_start:span_end]
        named = _NAMED_IT.match(content) if match.group("cue") == "called" else None
        if named is not None:  # "… and called it “very destabilising”": the quoted name alone, direct
            span_start += named.start("quote")
            content, tight = self.body[span_start:span_end], []
        if not (tight and tight[0].open_at == span_start) and (
                word_count(content) >= 3 or is_object_content(content, match.group("cue"))):
            inner = [d for d in self.state.drafts if d.kind == "direct" and span_start <= d.start and d.end <= span_end]
            for draft in inner:
                self.state.drafts.remove(draft)  # quoted words inside the added clause: one mixed statement
            self._add_content(span_start, span_end, speaker, match.group("cue"), frame_text, paragraph)
        if following is not None:
            self._continuation(paragraph, following, end, frame_text, speaker)
