"""Fast equivalents of statements.text.fold / normalise_name (and of counting letters) for the extractor's hot paths.

The shared functions walk every character in Python; extraction folds each paragraph and phrase several
times, so it uses these: a casefold fast path for ASCII text and a regex for combining marks otherwise.
Results agree with the shared functions for Latin, Cyrillic and Greek text, which is what the
gazetteer and the conflict keywords are written in; both sides of every comparison use the same function.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from statements.text import INVISIBLE

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NON_WORD = re.compile(r"[^\w]+")
_INVISIBLE_RE = re.compile("[" + "".join(chr(code) for code in INVISIBLE) + "]")


def fast_fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Vučić' → 'vucic'."""
    if text.isascii():
        return text.casefold()
    if _INVISIBLE_RE.search(text):
        text = text.translate(INVISIBLE)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Folded, punctuation dropped, spaces collapsed: the key names and quotes are compared by. Memoised:
    the same names and role words are keyed over and over (about a hundred calls per article)."""
    return _NON_WORD.sub(" ", fast_fold(text)).replace("_", " ").strip()


def letter_count(text: str) -> int:
    """sum(map(str.isalpha, text)): the ASCII part counted in C, the other characters (curly quotes, accented
    names: a few in English news) one by one."""
    ascii_part = text.encode("ascii", errors="ignore")
    ascii_letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    return ascii_letters + sum(map(str.isalpha, _NON_ASCII.findall(text)))


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
