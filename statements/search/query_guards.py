"""Checks and clean-up every backend applies to a query string before parsing it.

Done on the raw text, before any parser sees it: a 1,000-deep nest of parentheses must be refused
here, since a recursive parser would hit Python's recursion limit on it.
"""

from __future__ import annotations

import unicodedata

from statements.search.errors import QueryError
from statements.text import remove_control_characters, strip_invisible

MAX_QUERY_LENGTH = 500
MAX_NESTING = 8

# Typographic quotes count as the straight ones the query syntax uses: a phrase pasted from a word
# processor (“like this”) is still a phrase.
_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
})


def clean_query(q: str) -> str:
    """The query as the parser should see it: composed, straight quotes, no invisible or control characters."""
    q = unicodedata.normalize("NFC", strip_invisible(remove_control_characters(q)))
    return q.translate(_QUOTES).strip()


def check_query(q: str) -> None:
    if len(q) > MAX_QUERY_LENGTH:
        raise QueryError(f"The search is too long ({len(q)} characters): keep it under {MAX_QUERY_LENGTH}.")
    if nesting_depth(q) > MAX_NESTING:
        raise QueryError(f"The search nests brackets too deeply: use at most {MAX_NESTING} levels of ( ).")


def nesting_depth(q: str) -> int:
    """Deepest level of parentheses outside quoted phrases (unbalanced ones count as they open)."""
    depth = deepest = 0
    quoted = False
    for ch in q:
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == ")":
            depth = max(0, depth - 1)
    return deepest
