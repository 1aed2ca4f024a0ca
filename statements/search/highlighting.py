"""Statement text as escaped HTML with matched words in <mark>, for backends without Whoosh's highlighter.

The backend says which words match (a predicate on the folded word); this module finds them in the
original text (so offsets and the shown text are the statement's own) and escapes every character.
Same shape as whoosh_highlight: a short statement whole, a long one as its first passages with matches.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.html import escape

from statements.search.analysis import WORD, fold_word

WHOLE_TEXT_CHARS = 600
PASSAGE_CHARS = 300
PASSAGES = 3
ELLIPSIS = "\u2026"


def mark_text(text: str, matches: Callable[[str], bool]) -> str:
    spans = [(m.start(), m.end()) for m in WORD.finditer(text) if matches(fold_word(m.group()))]
    if len(text) <= WHOLE_TEXT_CHARS:
        return _marked(text, 0, len(text), spans)
    if not spans:
        return escape(text[:PASSAGE_CHARS].rsplit(" ", 1)[0]) + f" {ELLIPSIS}"
    passages: list[tuple[int, int]] = []
    for start, end in spans:
        if passages and start < passages[-1][1]:
            continue
        if len(passages) == PASSAGES:
            break
        first = max(0, start - PASSAGE_CHARS // 4)
        first = text.rfind(" ", 0, first) + 1 if first else 0
        last = min(len(text), first + PASSAGE_CHARS)
        if last < len(text):
            last = max(end, text.rfind(" ", first, last))
        passages.append((first, last))
    shown = f" {ELLIPSIS} ".join(_marked(text, first, last, spans) for first, last in passages)
    if passages[0][0] > 0:
        shown = f"{ELLIPSIS} {shown}"
    if passages[-1][1] < len(text):
        shown = f"{shown} {ELLIPSIS}"
    return shown


def _marked(text: str, first: int, last: int, spans: list[tuple[int, int]]) -> str:
    parts, position = [], first
    for start, end in spans:
        if start < position or end > last:
            continue
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:last]))
    return "".join(parts)
