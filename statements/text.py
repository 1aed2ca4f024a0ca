"""Text normalisation rules shared by extraction, speaker matching, fingerprints and search.

Pure Python, no Django: the extraction package and the search backends import it too.
"""

import re
import unicodedata

# Characters that are invisible in print but break word matching: zero-width space/joiners,
# word joiner, BOM, soft hyphen, bidi marks and overrides.
INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    None,
)
# C0/C1 control characters other than tab and newline: PostgreSQL rejects NUL, XML (Atom) rejects the rest.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NON_WORD = re.compile(r"[^\w]+")


def strip_invisible(text: str) -> str:
    return text.translate(INVISIBLE)


def remove_control_characters(text: str) -> str:
    """Same length as the input (controls become spaces) so offsets into the text stay valid."""
    return CONTROL.sub(" ", text.replace("\r\n", " \n").replace("\r", "\n"))


def fold(text: str) -> str:
    """Case- and accent-insensitive form of `text`: 'Vučić' and 'Vucic' fold alike."""
    decomposed = unicodedata.normalize("NFKD", strip_invisible(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalise_name(text: str) -> str:
    """Key for comparing names and quote texts: folded, punctuation dropped, spaces collapsed."""
    return _NON_WORD.sub(" ", fold(text)).replace("_", " ").strip()


def paragraph_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraph holding body[start:end] begins and ends: the one rule for "the paragraph a
    statement is in". A cleaned body separates paragraphs with blank lines and has no line break inside
    one, so the lines around the span are its paragraph (a body typed with single line breaks included)."""
    left = body.rfind("\n", 0, start) + 1
    right = body.find("\n", end)
    return left, len(body) if right < 0 else right


def paragraph_of(body: str, start: int, end: int) -> str:
    left, right = paragraph_span(body, start, end)
    return body[left:right]
