"""A colon introducing a quote without a speech verb before it: "Varga deflected with a quip: “…”", "But he qualified:
“…”", "Trump’s response: “…”", "a question came from a member of the audience: “…”" (issue 16, colon introductions).
direct_quotes.py asks it for the frame of a quote whose opening mark follows a colon."""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Frame
from statements.extraction.mention_after import phrase_after
from statements.extraction.noun_phrases import Mention
from statements.extraction.sentence_subjects import sentence_subject

# The verb after the subject of a colon introduction: "deflected with a quip:", "shot back:", "put it simply:".
# (an aside may come between: "One adviser, who requested anonymity, put it bluntly:")
_COLON_VERB = re.compile(r"(?:\s*,[^,:;~“”\"]{1,150},)?\s+(?:[a-z]+ly\s+)?"
                         r"([a-z]+ed|[a-z]+s|shot|hit|struck|went|put|wrote|spoke|gave|took"
                         # "Rubio had a message for voters: “…”"
                         r"|had(?=\s+(?:a|an|this|the|one|his|her)\s+(?:[a-z]+\s+)?(?:message|warning|words?|answer|"
                         r"response|reply|retort|advice|plea)\b))\b")
# A conjunction or adverb opening a colon introduction before its subject: "But he qualified:", "Later, Kral wrote:"
_COLON_OPENER = re.compile(r"(?:But|And|Yet|So|Still|Then|Later|However|Instead|Meanwhile),?\s+")
# "After his talk, a question came from a member of the audience:": the one it came from speaks.
_CAME_FROM = re.compile(r"\b(?P<noun>question|reply|response|answer|retort|warning|call)\s+came\s+from\s+"
                        r"(?=[^:;~“”\"]{2,80}:\s*$)")
# "Trump’s response:", "Her answer:", "Clinton’s retort:" before a quote: the owner's words.
_OWNED_WORDS = re.compile(
    r"\s*(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*(?=[’']s\s)|His|Her|Their)(?:[’']s)?\s+(?:[a-z]+\s+)?"
    r"(?P<noun>response|reply|answer|retort|reaction|verdict|message|advice|warning|promise|pitch|plea|explanation)"
    r"(?:\s+(?:to|on|about|for)\s+[^:;,.~“”\"]{1,40})?\s*:\s*$"
)
# "Kovac doesn’t hide it, but he resents it:": the last clause's pronoun subject and its verb
_COLON_CLAUSE = re.compile(r"[,;]\s+(?:but|and|yet|so)\s+(?P<subject>he|she|they)\s+(?:[a-z]+ly\s+)?"
                           r"(?P<verb>[a-z]+ed|[a-z]+s)\b[^,;:~“”\"]{0,40}:?\s*$")


def colon_introduction(masked: str, start: int, colon_before: int) -> Frame | None:
    """`Varga deflected with a quip: “…”`: a sentence opening with a named speaker and its verb, then a colon."""
    came = _CAME_FROM.search(masked, start, colon_before)
    if came is not None:  # "After his talk, a question came from a member of the audience: “…”"
        mention = phrase_after(masked, came.end(), colon_before)
        return Frame(mention, Cue(came.start("noun"), came.end("noun"), came.group("noun"))) if mention else None
    owned = _OWNED_WORDS.fullmatch(masked, start, colon_before)
    if owned is not None:  # "Trump’s response: “…”", "His answer: “…”"
        owner = owned.group("owner")
        pronoun = {"His": "he", "Her": "she", "Their": "they"}.get(owner)
        mention = Mention(pronoun, owned.start("owner"), owned.end("owner")) if pronoun else phrase_after(
            masked, owned.start("owner"), owned.end("owner"))
        cue = Cue(owned.start("noun"), owned.end("noun"), owned.group("noun"))
        return Frame(mention, cue) if mention is not None else None
    mention = sentence_subject(masked, start, colon_before)
    opener = _COLON_OPENER.match(masked, start, colon_before)
    if mention is None or not (mention.start == start and mention.text[:1].isupper() or opener is not None and (
            mention.start == opener.end())):  # (and "But he qualified: “…”")
        return _colon_clause(masked, start, colon_before)
    verb = _COLON_VERB.match(masked[mention.end : colon_before])
    if verb is None:
        return _colon_clause(masked, start, colon_before)  # "Al-Kahlout doesn’t hide it, but he resents it: “…”"
    return Frame(mention, Cue(mention.end + verb.start(1), mention.end + verb.end(1), verb.group(1)))

def _colon_clause(masked: str, start: int, colon_before: int) -> Frame | None:
    """`Kovac doesn’t hide it, but he resents it: “…”`: the last clause before the colon has a pronoun subject
    and its verb."""
    clause = _COLON_CLAUSE.search(masked, start, colon_before)
    if clause is None:
        return None
    mention = Mention(clause.group("subject"), clause.start("subject"), clause.end("subject"))
    return Frame(mention, Cue(clause.start("verb"), clause.end("verb"), clause.group("verb")))
