"""Polls, surveys, news reports and outlets as the sources of reported speech (election news), and the walk that
reads them and the shares of people (people_shares.py) in a sentence.

Election copy reports what a poll found ("A Quinnipiac University poll found last week that …", "the poll also
finds that …", "according to a national Gallup Poll taken last week, …") and what the people it asked said.

- **A poll or survey** speaks for its author, an organisation: the capitalised name before the noun ("A YouGov
  poll", "a new Associated Press-GfK poll", "a national Gallup Poll") or after "by"/"from"/"conducted by" ("exit
  polls conducted for X by Edison Research"). Its "of" names whom it asked, never its author ("a survey of
  superdelegates"). A poll the article mentions again ("the poll also finds") is the author of the poll it
  named last; a poll whose author the article never names is no speaker.
- **A news report** without its outlet ("A news report published Wednesday said") is a document, for its
  unnamed author (the rule speaker_checks.py applies to "the ransom note").

- **A newspaper** named in full is an organisation, not a person ("The Valley Times": cues.NAME_HEADS); "As the
  Post reported on Monday, X" is the Post's X.

`PollSources` is mixed into `ReportedSpeech` (reported_speech.py), beside the frame rules: clauses a share opens
after a sentence's first frame ("…, after half said so"), "said so", "64 percent call him competent", where a
poll's or a share's content ends, what a poll "shows", "As X reported, …". The functions read the masked text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from statements.extraction.countries import country_of
from statements.extraction.cues import DETERMINERS, MONTHS, SKIPPABLE_BEFORE_VERB, SURVEY_BODY, WEEKDAYS
from statements.extraction.attribution_frames import Cue, Frame, trim_end
from statements.extraction.noun_phrases import Mention
from statements.extraction.people_shares import share_before, share_speaker
from statements.extraction.keys import name_key
from statements.extraction.speaker_guard import region_names
from statements.extraction.types import SpeakerRef

# -- polls, surveys and news reports -------------------------------------------------------------------------

_POLL_NOUN = r"(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys)"
# "A Marwick College poll", "a new Associated Press-GfK poll", "Gallup's poll", "the exit polls conducted by X";
# after the noun only a postmodifier ("poll workers", "poll numbers": no poll speaking)
_POLL_PHRASE = re.compile(
    r"(?:(?:[Ee]arly|[Pp]reliminary|[Ff]inal|[Tt]he)\s+results\s+of\s+)?"
    r"(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]nother)\s+)?(?P<before>(?:[\w’'/.&-]+\s+){0,5}?)"
    r"(?P<noun>" + _POLL_NOUN + r")\b(?P<after>(?:\s+(?:of|by|from|for|conducted|commissioned|carried|taken|released|"
    r"published|among)\b(?:\s+(?!(?:found|finds|find|shows|showed|show|revealed|reveals|suggests|suggested|has|"
    r"have|had|is|was|were|are|said|says)\b)[\w’'/.&-]+){0,15}?)?)"
)
_AUTHOR_AFTER = re.compile(
    r"\b(?:by|from)\s+(?P<author>(?:[Tt]he\s+)?[A-Z][\w’'/.&-]*"
    r"(?:\s+(?:of\s+|for\s+(?![Tt]he\b)|and\s+)?[A-Z][\w’'/.&-]*)*)"
)  # "by Edison Research for The Associated Press": the firm; "by the Center for American Progress": the whole name
_CLIENT_AFTER = re.compile(r"\bfor\s+(?P<author>(?:[Tt]he\s+)?[A-Z][\w’'/.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'/.&-]*)*)")
_NOT_AUTHORS = frozenset(
    "republican republicans democratic democrat democrats gop national statewide state new latest exit "
    "presidential primary general recent earlier previous prior other separate several two three both some many "
    "most independent internal private public online phone telephone weekly daily monthly annual tracking "
    "opinion straw campaign early final first second last our your this that these those".split()
) | frozenset(WEEKDAYS) | frozenset(MONTHS)
# "A news report published Wednesday", "a poll taken last week", "the survey released Monday"
_PARTICIPLE_TAIL = re.compile(
    r"\s+(?:published|released|taken|conducted|issued|out|made\s+public)(?:\s+(?:on|last|this|earlier|late|early|in))?"
    r"(?:\s+[\w’'-]+){0,2}\s*$"
)
_POLL_OR_REPORT = re.compile(r"[PpSsRr](?:oll|urvey|eport)")
_REPORT = re.compile(r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:(?:new|news|press|media|recent)\s+)*report$")


def poll_author(text: str) -> str | None:
    """The author a poll phrase names ("A YouGov poll of American voters" → "YouGov", "exit polls conducted for
    the AP by Edison Research" → "Edison Research"), or None."""
    found = _POLL_PHRASE.fullmatch(text.strip().rstrip(",").strip())
    if found is None:
        return None
    after = found.group("after")
    by = _AUTHOR_AFTER.search(after) or _CLIENT_AFTER.search(after)
    if by is not None:
        return re.sub(r"^[Tt]he\s+", "", by.group("author")).strip()
    words = found.group("before").split()
    author: list[str] = []
    for word in reversed(words):
        bare = word.removesuffix("’s").removesuffix("'s")
        if not bare[:1].isupper() and not bare[:1].isdigit() or bare.lower() in _NOT_AUTHORS | DETERMINERS:
            break
        if bare.endswith(".") and len(bare) > 2 and not bare.isupper():
            break  # a sentence's end ("in May. The survey"), not an initial
        author.insert(0, bare)
    name = " ".join(author)
    if not name or country_of(name) or name_key(name) in region_names():
        return None  # "a Virginia poll"; but a city's name is also a pollster's ("Gallup")
    return name


@lru_cache(maxsize=4096)
def is_poll(text: str) -> bool:
    if _POLL_OR_REPORT.search(text) is None:
        return False  # most mentions
    if SURVEY_BODY.search(text):
        return False  # "the U.S. Geological Survey", "the British Antarctic Survey": agencies, not polls
    return _POLL_PHRASE.fullmatch(text.strip().rstrip(",").strip()) is not None


def poll_speaker(mention: Mention, article: str) -> SpeakerRef | None:
    """The organisation a poll phrase speaks for: its author, or for a poll without one ("the poll also finds")
    the author of the last poll the article named before it. None when the phrase is no poll or names no one."""
    if not is_poll(mention.text):
        return None
    author = poll_author(mention.text)
    if author is None:
        author = last_pollster(article, mention.start)
    if author is None:
        return None
    return SpeakerRef(name=author, mention=mention.text.strip(), kind="organisation")


_NAMED_POLL = re.compile(
    r"(?:[A-Z][\w’'/&-]*(?:\.[\w’'/&-]+)*\x20+){1,5}" + _POLL_NOUN + r"\b|\b" + _POLL_NOUN
    + r"\x20+(?:\w+\x20+){0,8}?(?:by|from)\x20+[A-Z]"
)


def last_pollster(article: str, before: int) -> str | None:
    """The author of the last poll the article names before `before`."""
    author = None
    for found in _NAMED_POLL.finditer(article, max(0, before - 6000), before):
        author = _named_author(article, found.start(), found.end()) or author
    return author


def _named_author(article: str, start: int, end: int) -> str | None:
    phrase = article[start:end]
    if phrase.endswith(("by", "from")) or re.search(r"\s(?:by|from)\s+[A-Z]$", phrase):
        tail = article[end - 1 : end + 80]
        by = re.match(r"(?P<author>[A-Z][\w’'/.&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'/.&-]*)*)", tail)
        return by.group("author") if by else None
    return poll_author(phrase)


def poll_subject(masked: str, floor: int, cue_start: int) -> Mention | None:
    """The poll or news report that is the subject of the cue at `cue_start`, with what describes it ("A YouGov
    poll of American voters has, however, revealed", "An AP survey of superdelegates, who are …, found", "A news
    report published Wednesday said"); it opens the sentence (after "But", "And" …)."""
    window = max(floor, cue_start - 200)
    if all(masked.find(word, window, cue_start) < 0 for word in ("oll", "urvey", "eport")):
        return None  # most cues
    segment = masked[floor:cue_start]
    # what stands between subject and verb: "has, however,", "also", "last week"
    words = segment.rstrip().split()
    while words and (words[-1].strip(",").lower() in SKIPPABLE_BEFORE_VERB or words[-1] in (",",)):
        words.pop()
    phrase = re.split(r"\s[—–-]{1,2}\s", " ".join(words).rstrip(","))[-1]  # "WASHINGTON (AP) — A news report"
    opener = re.match(r"(?:(?:But|And|Still|Yet|However|Meanwhile|Now|So),?\s+)", phrase)
    offset = opener.end() if opener else 0
    phrase = phrase[offset:]
    # "The survey, conducted by Gallup, found": the participle names its author
    phrase = re.sub(r",\s+((?:conducted|commissioned|carried\s+out|released|published)\b[^,]*)$", r" \1", phrase)
    relative = re.search(r",\s+(?:who|which)\s+[^,]+$", phrase)
    if relative is not None:
        phrase = phrase[: relative.start()]  # "An AP survey of superdelegates, who are influential …,"
    if "," in phrase:
        return None
    tail = _PARTICIPLE_TAIL.search(phrase)
    core = phrase[: tail.start()] if tail is not None else phrase
    if not (is_poll(core) or _REPORT.fullmatch(core)):
        return None
    # where the phrase starts as written (it may hold an apposition's commas: "The survey, conducted by …")
    written = re.compile(r"\W+".join(map(re.escape, core.split()[:2]))).search(masked, floor, cue_start)
    if written is None:
        return None
    return Mention(core, written.start(), min(written.start() + len(core), cue_start))


def poll_after(masked: str, start: int, end: int) -> Mention | None:
    """The poll after "according to": "according to a national Gallup Poll taken last week, …", "According to
    early results of exit polls conducted by Edison Research for the AP, …"."""
    stop = masked.find(",", start, end)
    stop = stop if stop >= 0 else len(masked[start:end].rstrip(" .!?")) + start
    phrase = masked[start:stop].strip()
    tail = _PARTICIPLE_TAIL.search(phrase)
    core = phrase[: tail.start()] if tail is not None and "by" not in phrase[tail.start():].split() else phrase
    if not is_poll(core):
        return None
    at = masked.find(core, start, stop + 1)
    return Mention(core, at, stop)  # to the comma: "taken last week," is the poll's


# "…, the Times said, including speeches and meetings.": examples of the content before the frame, not a tail of
# the frame's own
_EXAMPLES = re.compile(r",\s+(?:including|such\s+as|among\s+them)\s[^;:~“”\"]*$")
# "As the Post reported on Monday, …": nothing but a setting between the cue and the comma
_AS_OPENING = re.compile(r"(?:As|as)\s")
_SETTING_ONLY = re.compile(
    r"(?:\s+(?:just|first|earlier|later|back|today|yesterday|tonight|this|last|on|in|at|during|before|after|reporters|"
    r"journalists|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night|the|a|an|"
    r"[A-Z][\w’'.-]*"
    r"|\d[\w,]*))*\s*,\s+"
)


def examples_removed(tail: str) -> str:
    """A closing frame's tail without the examples that go on the content before it."""
    found = _EXAMPLES.search(tail)
    return tail[: found.start()] + "." if found is not None else tail


_SAID_SO = re.compile(r"\s+(?P<so>so)\b(?![\w’'-]|\s+(?:that|much|many|far|long)\b)")


_SHOWS = re.compile(r"(?<![\w-])(?P<verb>shows|showed|show|indicates|indicated)\s+(?:that\s+)?(?=\S)")


_CALL = re.compile(r"(?<![\w-])(?P<verb>calls?)\s+(?!for\b|on\b|upon\b)(?=\S)")
_WHILE_AT = re.compile(r",?\s+(?:while|whereas)\b")
_RESULT = re.compile(r",\s+(?:putting|placing|leaving|giving|making)\s+(?:them|him|her|it|the|their|his)\b")


class PollSources:
    """Shares of people and polls in the sentence walk of `ReportedSpeech` (see the module's docstring)."""

    masked: str

    def _share_clauses(self, paragraph: int, start: int, end: int, cues: list, after: int) -> bool:
        """"Six in 10 say he is decisive, after half said so in the earlier poll": a share opening a later clause
        of the sentence says something of its own. Returns whether one was found."""
        found = False
        for cue in cues:
            if cue.start < after or cue.kind != "finite":
                continue
            share = share_before(self.masked, after, cue.start)
            if share is None or share.start == start:
                continue
            self._share_statement(paragraph, start, end, Frame(share, cue))
            found = True
        return found

    def _poll_finding(self, paragraph: int, start: int, end: int) -> bool:
        """"Exit polls conducted by Edison Research show two-thirds of voters …": what a poll shows is its author's
        finding, as what it found is (a sentence without a speech cue; added here, True)."""
        if self.masked.find("show", start, end) < 0 and self.masked.find("indicate", start, end) < 0:
            return False  # most sentences; a search for the verb itself costs more
        shows = _SHOWS.search(self.masked, start, end)
        if shows is None:
            return False
        mention = poll_subject(self.masked, start, shows.start())
        if mention is None or not is_poll(mention.text):
            return False
        content_start = shows.end()
        content_end = trim_end(self.body, content_start, self._clip(content_start, end))
        if len(self.masked[content_start:content_end].split()) < 4:
            return False  # "the poll shows a tie": no clause
        speaker = self._resolve(mention, Cue(shows.start("verb"), shows.end("verb"), shows.group("verb")))
        if speaker is None:
            return False
        self._add_content(content_start, content_end, speaker, shows.group("verb"),
                          self.masked[mention.start : content_start], paragraph)
        return True

    def _share_calls(self, paragraph: int, start: int, end: int) -> None:
        """"And 64 percent call him competent": a share's verdict on someone, with "call" (no cue of its own: "call
        a meeting" is no speech; "call for" and "call on" are phrasal cues the frame rules read)."""
        if self.masked.find("call", start, end) < 0:
            return
        for found in _CALL.finditer(self.masked, start, end):
            mention = share_before(self.masked, start, found.start())
            if mention is None:
                continue
            content_end = trim_end(self.body, found.end(), self._clip(found.end(), end))
            if len(self.masked[found.end() : content_end].split()) < 2:
                continue
            cue = Cue(found.start("verb"), found.end("verb"), found.group("verb"))
            speaker = self._resolve(mention, cue)
            if speaker is not None:
                self._add_content(found.end(), content_end, speaker, cue.text,
                                  self.masked[mention.start : found.end()], paragraph)

    def _finding_end(self, frame, span_end: int, end: int) -> int:
        """Where a poll's or a share's content ends: a poll's finding keeps its comparison ("…, while Sanders would
        beat him 52 to 38 percent"); the narrator's result after a share's answer is cut ("…, putting them ahead of
        every Republican")."""
        poll = is_poll(frame.mention.text)
        if poll and _WHILE_AT.match(self.masked, span_end, end):
            span_end = self._clip(_WHILE_AT.match(self.masked, span_end, end).end(), end)
        if poll or share_speaker(frame.mention) is not None:
            result = _RESULT.search(self.masked, frame.cue.end, span_end)
            if result is not None:
                span_end = result.start()
        return span_end

    def _share_statement(self, paragraph: int, start: int, end: int, frame) -> None:
        if not self._said_so(paragraph, frame, end):
            self._reported_span(paragraph, start, end, frame, self._clip(frame.cue.end, end))

    def _said_so(self, paragraph: int, frame, end: int) -> bool:
        """"half said so in the earlier poll": a share's answer is the one word "so" (added here; True)."""
        so = _SAID_SO.match(self.masked, frame.cue.end, end)
        if so is None or share_speaker(frame.mention) is None:
            return False
        speaker = self._resolve(frame.mention, frame.cue)
        if speaker is not None:
            at = so.start("so")
            self._add_content(at, at + 2, speaker, frame.cue.text, self.masked[frame.mention.start : at + 2],
                              paragraph)
        return True


    def _as_reported(self, paragraph: int, start: int, end: int, frame) -> bool:
        """"As the Washington Post reported on Monday, the inspector issued subpoenas": the main clause after the
        comma is what the source of the "as" clause reported (added here; True)."""
        if not _AS_OPENING.match(self.masked, start) or frame.cue.kind != "finite":
            return False
        setting = _SETTING_ONLY.match(self.masked, frame.cue.end, end)
        if setting is None or len(self.masked[frame.cue.end : setting.end()].split()) > 6:
            return False
        content_start = setting.end()
        content_end = trim_end(self.body, content_start, self._clip(content_start, end))
        if len(self.masked[content_start:content_end].split()) < 3:
            return False
        speaker = self._resolve(frame.mention, frame.cue)
        if speaker is None:
            return False
        self._add_content(content_start, content_end, speaker, frame.cue.text, self.masked[start:content_start],
                          paragraph)
        return True
