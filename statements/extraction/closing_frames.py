"""Closing frames the main frame rules do not read, a mixin of ReportedSpeech (reported_speech.py): a name and its
description before the cue (`…, Jake Frith, a special agent, said.`) and a source that "put it" (`…, as the New York
Times put it.`).
"""

from __future__ import annotations

import re

from statements.extraction.attribution_frames import Cue, Frame, trim_end
from statements.extraction.mention_after import phrase_after
from statements.extraction.noun_phrases import FUNCTION_WORDS, Mention
from statements.extraction.cues import PERSON_ROLE_NOUNS
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
# "…, as the New York Times put it on Tuesday.": the source of the clause before
_AS_PUT_IT = re.compile(r",[”\"]?\s+as\s+(?P<np>[^,;:~“”\"]{2,60}?)\s+(?P<cue>(?:has\s+|once\s+)?puts?\s+it)"
                        r"(?:\s+(?:on|in|last|this|earlier)\b[^,;:~“”\"]{0,30})?\s*[.!?]?\s*$")


class ClosingFrames:
    """Mixed into `ReportedSpeech`; uses the `Attributor` helpers (`masked`, `body`, `_resolve`, `_span_start`,
    `_add_content`)."""

    def _as_put_it(self, paragraph: int, start: int, end: int) -> bool:
        """"…, as the New York Times put it on Tuesday.": the clause before is the source's."""
        found = _AS_PUT_IT.search(self.masked, start, end) if self.masked.find(" put it", start, end) > 0 else None
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
