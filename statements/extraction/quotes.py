"""Direct-quote spans: pairing quote marks per paragraph, and across paragraphs under the news convention.

Marks are classified rather than replaced (the body stays verbatim): curly, straight, low-9 and angle
double quotes; British single quotes only where they pair up outside double quotes and do not look like
apostrophes. A long quote that runs over several paragraphs opens every paragraph with a mark and closes
only the last one; such a chain becomes one quote. Anything that does not pair is skipped, never fatal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_DOUBLE = "“„‟«〝❝"
CLOSING_DOUBLE = "”»〞❞"
STRAIGHT_DOUBLE = '"＂″'
DOUBLE_MARKS = OPENING_DOUBLE + CLOSING_DOUBLE + STRAIGHT_DOUBLE
SINGLE_MARKS = "‘’'‹›"
# "``…''" (typewriter), "“…’’" (two closing singles) and "''…''" (two straight singles, as some wire feeds write
# both marks) are double quotes too.
# (each alternative opens with its first mark, read again by look-behind: a pattern that opens with a character class
# lets the engine skip to the next mark instead of trying every character of the article)
_DOUBLE_RE = re.compile(f"[`’'{re.escape(DOUBLE_MARKS)}](?:(?<=`)`|(?<=’)’|(?<=')'(?!\\w)|(?<![\\w’']')(?<=')'(?=\\w)"
                        f"|(?<=[{re.escape(DOUBLE_MARKS)}]))")
_SINGLE_CLOSE = re.compile(r"[.!?,]’(?=\s+[A-Z“\"]|\s*$)")
_SINGLE_RE = re.compile(f"[{re.escape(SINGLE_MARKS)}]")
_WORD_RE = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_LEFT_CONTEXT = " \t\n([{—–-/:;,"
_RIGHT_CONTEXT = " \t\n.,;:!?)]}—–-…"


@dataclass(frozen=True)
class Quote:
    open_at: int  # body index of the opening mark
    close_at: int  # body index of the closing mark
    start: int  # body index of the first character of the content
    end: int  # body index just after the content (before the closing mark, spaces trimmed)
    first_paragraph: int
    last_paragraph: int
    double: bool = True

    @property
    def multi_paragraph(self) -> bool:
        return self.first_paragraph != self.last_paragraph


def find_quotes(body: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every paired quote in the body, in order of their opening marks."""
    quotes: list[Quote] = []
    pending: tuple[int, int] | None = None  # (open_at, paragraph) of a quote continuing into the next paragraph
    for index, (start, end) in enumerate(paragraphs):
        text = body[start:end]
        continuing = pending is not None and bool(text) and text[0] in OPENING_DOUBLE + STRAIGHT_DOUBLE
        if pending is not None and not continuing:
            _close_unclosed(body, paragraphs, pending, quotes)
        pairs, dangling = _pair_double(text, continuing)
        for open_at, close_at in pairs:
            if open_at < 0 and pending is not None:
                quotes.append(_make(body, pending[0], start + close_at, pending[1], index))
            elif open_at >= 0:
                quotes.append(_make(body, start + open_at, start + close_at, index, index))
        if continuing and dangling == -1:
            pass  # the quote goes on into the next paragraph as well
        elif dangling is not None and dangling >= 0:
            pending = (start + dangling, index)
        else:
            pending = None
        for open_at, close_at in _pair_single(text, pairs):
            quotes.append(_make(body, start + open_at, start + close_at, index, index, double=False))
    if pending is not None:
        _close_unclosed(body, paragraphs, pending, quotes)
    quotes.sort(key=lambda quote: quote.open_at)
    return [quote for quote in quotes if quote.end > quote.start and not _nickname(body, quote)]


# One capitalised word in quote marks between the words of a name: "Jose Enrique “Quiquito” Melendez"
_NICKNAME = re.compile(r"[A-Z][\w.’'-]* [“\"][A-Z][\w’'-]*[”\"] [A-Z]")


def _nickname(body: str, quote: Quote) -> bool:
    """A nickname, no quote: a one-word quote between two capitalised words of a name."""
    return quote.close_at - quote.open_at <= 25 and bool(
        _NICKNAME.match(body, max(0, body.rfind(" ", 0, quote.open_at - 1) + 1), quote.close_at + 3))


# A quote closed, its frame, and the sentence's end: "“…,” said Shapiro. " before a quote the page left open
_AFTER_A_FRAMED_QUOTE = re.compile(r"[”\"],?\s+[^“”\"]{2,60}?[.!?]\s*$")


def _close_unclosed(body: str, paragraphs: list[tuple[int, int]], pending: tuple[int, int], quotes: list) -> None:
    """`Varga said: “We are ready to talk.` with no closing mark: after a colon the quote runs to the paragraph's end
    (elsewhere an unpaired mark is left alone)."""
    open_at, index = pending
    if not (index < len(paragraphs) and paragraphs[index][0] <= open_at):
        return
    end = paragraphs[index][1]
    # `“Let’s go. We can win.’ Schumer was there.`: a single closing mark after the sentence's end, with no single
    # opening mark before it, is the double quote's mistyped close.
    typo = _SINGLE_CLOSE.search(body, open_at + 1, end)
    if typo is not None and "‘" not in body[open_at:typo.start()]:
        quotes.append(_make(body, open_at, typo.start() + 1, index, index))
    elif body[:open_at].rstrip().endswith(":") or _AFTER_A_FRAMED_QUOTE.search(body, paragraphs[index][0], open_at):
        # (or `“…,” said Shapiro. “They need to pick one.` and no closing mark: the page lost it)
        quotes.append(_make(body, open_at, end, index, index))


def _make(body: str, open_at: int, close_at: int, first: int, last: int, double: bool = True) -> Quote:
    start, end = open_at + 1, close_at
    while start < end and (body[start].isspace() or body[start] in "`'" and body[start - 1] in "`'"):
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Quote(open_at, close_at, start, end, first, last, double)


# `“fly in the face of our Constitution. He continued: “Despite …,” Thomas wrote.`: a sentence ended, then a
# colon before the opening mark: the quote before was never closed, not a quote inside it
_NEW_QUOTE_AFTER_SENTENCE = re.compile(r"[.!?]\s+[A-Z][^“”\"]*:\s*$")


def _pair_double(text: str, continuing: bool) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs (open, close) of double marks in one paragraph; open -1 = the continued quote; dangling open."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = -1 if continuing else None
    open_glyph = "“"
    nested = 0  # straight quotes opened inside a straight quote: "… the so-called "humanitarian situation" …"
    curly_nested = 0  # the same for curly marks
    for mark in _DOUBLE_RE.finditer(text):
        i, ch = mark.start(), mark.group()
        if len(ch) == 2:
            ch = "“" if ch == "``" or ch == "''" and text[i + 2 : i + 3].isalnum() else "”"
        if continuing and i == 0:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None:
            if ch in OPENING_DOUBLE or (ch in STRAIGHT_DOUBLE and (not after.isspace() or _spaced_opener(text, i))):
                open_at, open_glyph = i, ch
            elif ch in CLOSING_DOUBLE and before in _LEFT_CONTEXT and after.isalnum():
                open_at, open_glyph = i, ch  # some outlets open with ” as well
            continue
        if ch in OPENING_DOUBLE and not (open_glyph == "„" and ch == "“"):
            if before in _LEFT_CONTEXT and not after.isspace():
                if sum(text.count(c, i + 1) for c in CLOSING_DOUBLE) >= 2 + curly_nested and not (
                        _NEW_QUOTE_AFTER_SENTENCE.search(text, (open_at or 0) + 1, i)):
                    curly_nested += 1  # “A “fair” and lasting settlement,” …: a quote inside the quote
                else:
                    open_at, open_glyph = i, ch  # the previous quote was never closed: start again here
            continue
        if ch in CLOSING_DOUBLE and curly_nested:
            curly_nested -= 1
            continue
        if ch in STRAIGHT_DOUBLE and open_glyph in STRAIGHT_DOUBLE:
            if before in " (" and after.isalnum() and i > (open_at or 0) + 1:
                nested += 1
                continue
            if nested and not before.isspace():
                nested -= 1
                continue
        pairs.append((open_at, i))
        open_at = None
    return pairs, open_at


def _spaced_opener(text: str, i: int) -> bool:
    """`He added, " A devaluation will …"`: a straight mark after a cue's comma or colon opens a quote even with a
    space after it, when another straight mark closes it later in the paragraph."""
    return text[max(0, i - 2) : i] in (", ", ": ") and any(c in STRAIGHT_DOUBLE for c in text[i + 1 :])


def _pair_single(text: str, double_pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """British-style ‘...’ quotes outside double quotes; apostrophes (Kyiv's, didn’t) never pair."""
    if not _SINGLE_RE.search(text):
        return []
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _SINGLE_RE.finditer(text):
        i, ch = mark.start(), mark.group()
        if any(max(a, 0) <= i <= b + 1 for a, b in double_pairs):
            continue  # inside a double quote, or the second mark of a closing ’’
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = ch in "‘‹'" and before in _LEFT_CONTEXT + "“\"" and after.isalnum()
        closes = ch in "’'›" and not before.isspace() and after in _RIGHT_CONTEXT + "”\""
        if open_at is None and opens:
            open_at = i
        elif open_at is not None and closes:
            pairs.append((open_at, i))
            open_at = None
        elif open_at is not None and opens:
            open_at = i
    return pairs


def word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))
