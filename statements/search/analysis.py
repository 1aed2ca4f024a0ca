"""Words as every backend sees them: what a word character is, and text folded before indexing.

Whoosh folds token by token inside its analyzer (whoosh_schema). PostgreSQL's and Tantivy's
analyzers cannot, so the text they index is folded here first, word by word, with
statements.text.fold: then "Vučić", "Vuc\u030cic\u0301" and "Vucic" are one word to all three engines.
"""

from __future__ import annotations

import re

from statements.text import INVISIBLE, fold

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD_CHARS = r"[\w" + _COMBINING + "".join(re.escape(chr(code)) for code in INVISIBLE) + "]"
# Like Whoosh's default word pattern (keeps "U.S" together), with the wider notion of a word character:
# combining accents and invisible characters (soft hyphen, zero-width space) stay inside the word.
WORD_PATTERN = rf"{_WORD_CHARS}+(?:\.?{_WORD_CHARS}+)*"
WORD = re.compile(WORD_PATTERN)


def fold_word(word: str) -> str:
    # ASCII needs no unicode work (fold would only lowercase it), and it is most of the text.
    return word.lower() if word.isascii() else fold(word)


def fold_text(text: str) -> str:
    """`text` with each word folded and everything between words kept as a single space."""
    return " ".join(fold_word(match.group()) for match in WORD.finditer(text))


def words_of(text: str) -> list[str]:
    return [fold_word(match.group()) for match in WORD.finditer(text)]
