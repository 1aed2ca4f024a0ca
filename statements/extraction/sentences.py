"""Sentences of a paragraph, split on the narrator's punctuation only.

Quote contents are masked first (replaced by "~", keeping a final . , ! ?), so a multi-sentence quote
stays one unit with its "he said" frame, and cue words inside quotes never look like the narrator's.
"""

from __future__ import annotations

import re

from statements.extraction.cues import FINITE_CUES, MONTHS, PHRASAL_FINITE_CUES, QUOTE_ONLY_CUES, WEEKDAYS, trie_pattern
from statements.extraction.quotes import Quote
from statements.text import ABBREVIATIONS, CAPITAL

MASK = "~"
# statements.text's, and the rarer ones of news copy
_ABBREVIATIONS = frozenset(word.lower() for word in ABBREVIATIONS) | frozenset(
    """
    nos etc cmdr pres dept est approx fig op vol art para gov't mt ft supt insp det atty ald brig cpl pvt engr barr
    amb cdre pharm rt
    """.split()
)
# (a footnote number may follow the full stop: "…, according to Iowa Starting Line.2 Warren has …")
# (straight single marks too: British copy typed with ASCII quotes, "… proceedings. 'They want headlines,' he said.")
# (any capital opens a sentence: "Şimşek", "Łukasz", "Žižek", "Đorđe" too)
# (and a full stop after a word, then a lower-case word: copy that left its sentences uncapitalised, "… ties. canada
# said it welcomed the move.")
# (and "… to launch the strike.On Saturday, …", "… by 2030.Doctors have …": a copy that lost the space after a stop)
# (every alternative opens with the stop itself and reads what stands before it by look-behind: a pattern that opens
# with a character class lets the engine skip to the next stop instead of trying every character of the paragraph)
_BOUNDARY = re.compile(r"[.!?…](?:[.!?…]*[”\"’'»)\]]*(?:(?<=[a-z]\.)\d{1,2})?(\s+)(?=[“\"‘'«(\[]?[0-9~" + CAPITAL + "])"
                       r"|(?<=[a-z]{3}\.)(\s+)(?=[a-z])"
                       r"|(?:(?<=[a-z]{3}\.)|(?<=\d{4}\.))()(?=[A-Z][a-z]+[\s,]|[A-Z]\.[A-Z]\.\s))")  # ("megadeal.U.S. …")
_FRAME_AFTER_QUOTE = re.compile(
    r"(?:(?:[A-Z][\w’'.-]*|the|a|an)\s+){0,4}(?:he|she|they|[A-Z][\w’'.-]*)?\s*(?:said|asked|added|says|asks|replied|"
    r"wondered|shouted|told|wrote|continued|explained|insisted|demanded|cried|exclaimed)\b"
    r"(?!(?:\s+[\w’'-]+){0,3}\s+that\b)"  # "“… for her.” He said that every day …" opens the next sentence
)
# After a quote closed by ! or ?, any speech verb: "“Sad!” Nowak tweeted.", "“Why not?” Varga shot back."; not
# a verb with its own clause ("…?” Mr. Cueto responded that …" opens the next sentence).
_FRAME_AFTER_EXCLAMATION = re.compile(
    r"(?:(?:[A-Z][\w’'.-]*|the|a|an)\s+){0,4}(?:he|she|they|[A-Z][\w’'.-]*)?\s*(?:"
    + trie_pattern(FINITE_CUES | QUOTE_ONLY_CUES | set(PHRASAL_FINITE_CUES))
    + r")\b(?!(?:\s+[\w’'-]+){0,3}\s+that\b)"
)
# "… “a mistake.” Representative Nancy Mace said the cities could wait.": a subject's verb with a clause of its own
# (four words or more, not a setting) opens the next sentence; "“…​.” Mace said in a statement." closes this one
_CLAUSE_AFTER = re.compile(r"\s+(?!(?:on|in|at|during|after|before|to|via|from|late|early|last|this|of)\b|\w+ing\b)"
                           r"[\w’'-]+(?:\s+[\w’'“”\"~-]+){3,}")  # (nor "Rothman recalls thinking at the time.")
# "Touma described it as “… in the world.” She added, “This campaign …”": the frame after a quote closing a sentence
# of its own announces the next quote (but "“We will win.” Varga said, “and …”" frames both)
_QUOTE_ANNOUNCED = re.compile(r"\s*[,:]\s*[“\"]")
# What opens a live blog's entry: "10:47 GMT - ", "9:45 p.m. ET – ", "1:18pm: ", "Breaking: ", "17:35 GMT - Breaking: "
_ENTRY_LABEL = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*(?:[-–—:|]\s+|(?=[A-Z])))?"
    r"(?:(?:Breaking|BREAKING|Update|UPDATE|Analysis|Key\s+takeaway|Watch|WATCH)\s*:\s+)?")
# Abbreviations that stand before a number, and are words ("no", "art") before anything else
_ON_PLATFORM = re.compile(r"\b(?:on|to|via)\s+$")
_NUMBER_ABBREVIATIONS = frozenset("no nos fig vol art para op".split())
_DATE_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def mask_quotes(body: str, quotes: list[Quote]) -> str:
    """The body with quote contents replaced by MASK; length, newlines and quote marks unchanged."""
    pieces: list[str] = []
    cursor = 0
    for quote in sorted(quotes, key=lambda q: q.open_at):
        inner_start = max(quote.open_at + 1, cursor)
        if inner_start >= quote.close_at:
            continue
        pieces.append(body[cursor:inner_start])
        inner = body[inner_start : quote.close_at]
        keep_last = quote.end - 1 >= inner_start and body[quote.end - 1] in ".,!?"
        last = quote.end - 1 - inner_start if keep_last else -1
        # every character but newlines masked: string products, not a regex substitution per character
        masked = "\n".join(MASK * len(part) for part in inner.split("\n"))
        if last >= 0:
            masked = masked[:last] + body[quote.end - 1] + masked[last + 1 :]
        pieces.append(masked)
        cursor = quote.close_at
    pieces.append(body[cursor:])
    return "".join(pieces)


def split_sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) body offsets of the sentences in masked[start:end], trailing spaces excluded."""
    sentences: list[tuple[int, int]] = []
    text = masked[start:end]
    label = _ENTRY_LABEL.match(text) if text[:1].isdigit() or text[:1] in "BUAKW" else None
    cursor = label.end() if label is not None else 0  # (no sentence of its own: nobody speaks in "10:47 GMT -")
    for match in _BOUNDARY.finditer(text):
        space = next(group for group in (1, 2, 3) if match.group(group) is not None)
        if space == 3 and text[_space_before(text, match.start()) : match.start()][:1].isupper() and text[
                _space_before(text, match.start()) : match.start()].lower() not in _DATE_NAMES:
            continue  # "News.Az", "Yahoo.News": a name with a dot, no lost space (but "… on Sunday.India is …")
        stop = match.start(space)
        frame = _FRAME_AFTER_EXCLAMATION if text[match.start() : stop].rstrip("”\"’»")[-1:] in "!?" \
            else _FRAME_AFTER_QUOTE
        framed = frame.match(text, match.end())
        if _is_abbreviation(text, match.start(), match.end()) or framed and text[
                stop - 1] in "”\"’»" and not _announced(text, cursor, match.start()) and not (
                len(framed.group().split()) > 1 and _CLAUSE_AFTER.match(text, framed.end())) and not (
                _QUOTE_ANNOUNCED.match(text, framed.end()) and text[cursor : cursor + 1] not in "“\""):
            continue  # "“Will you sign?” Varga asked." is one sentence
        if stop > cursor:
            sentences.append((start + cursor, start + stop))
        cursor = match.end()
    if cursor < len(text):
        sentences.append((start + cursor, start + len(text.rstrip())))
    return [(s, e) for s, e in sentences if e > s]


def _space_before(text: str, at: int) -> int:
    """Where the word ending at `at` starts."""
    return max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1


def _announced(text: str, cursor: int, stop_at: int) -> bool:
    """`Kral said, “We need more buses.” He added …`: a quote that a cue before it announced and a full stop
    closed ends its sentence; the frame-like words after it open the next one."""
    if text[stop_at] != ".":
        return False
    opening = max(text.rfind("“", cursor, stop_at), text.rfind('"', cursor, stop_at))
    return opening > cursor and text[cursor:opening].rstrip().endswith((",", ":"))


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """_WORD_BEFORE searched in text[:end]. A search from 0 tries every position of the paragraph for a run that
    reaches `end`, which made sentence splitting grow with the square of a paragraph's length: the last 64
    characters hold the run unless it is longer, and then the whole text is searched as before."""
    window = max(0, end - 64)
    match = _WORD_BEFORE.search(text, window, end)
    if match is not None and match.start() == window and window > 0:
        return _WORD_BEFORE.search(text, 0, end)
    return match


# Words that open a sentence and never follow an acronym inside one: "… attacks in the U.S. He says …"
_OPENS_SENTENCE = re.compile(
    r"(?:He|She|They|It|We|I|But|This|There|The|A|An|That|These|Those|His|Her|Their|Its|Our|Some|Many|And|So|Yet"
    r"|When|While|Meanwhile|However|After|In|On|At)\b")


def _is_abbreviation(text: str, dot_at: int, next_at: int | None = None) -> bool:
    if text[dot_at] != ".":
        return False
    match = _word_before(text, dot_at)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if word in _NUMBER_ABBREVIATIONS and next_at is not None:
        return text[next_at : next_at + 1].isdigit()  # "No. 10", but "he would vote no. Smith said …"
    if word in _ABBREVIATIONS:
        return True
    # Initials ("J. Smith") and dotted acronyms ("U.S.") rarely end a sentence in news copy; the platform X
    # ("… wrote on X. He said …") does.
    if len(word) == 1 and word.isalpha():
        return not (word == "x" and _ON_PLATFORM.search(text, max(0, dot_at - 8), dot_at - 1) is not None)
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)) and not (
        next_at is not None and _OPENS_SENTENCE.match(text, next_at))
