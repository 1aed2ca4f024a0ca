""""Did you mean": misspelt words and speaker names corrected from the index's own vocabulary.

Backend-neutral: a backend says which words it has never indexed and offers indexed words close to
one (same first letter, about the same length); the choice among them is made here, by edit distance
and then by how many statements use the word, so every backend suggests alike.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from statements.search.analysis import WORD, fold_word
from statements.search.requests import SearchRequest

OPERATORS = {"AND", "OR", "NOT", "TO"}
# Fields whose values are words (the others hold slugs or dates, corrected by the filters instead).
WORD_FIELDS = {None, "speaker", "title", "text"}
_TOKEN = re.compile(r'(?:(?P<field>[A-Za-z_]+):)?(?P<value>"[^"]*"?|\[[^\]]*\]?|[^\s()"]+)')
MIN_LENGTH = 3


def max_edits(word: str) -> int:
    # One slip in a short word, two in a long one: "peskv" -> "peskov", "zaharovaa" -> "zakharova".
    return 1 if len(word) <= 5 else 2


def corrected_query(backend, q: str) -> str | None:
    spans = list(_correctable_words(q))
    if not spans:
        return None
    unknown = set(backend.unknown_words(sorted({word for _, _, word in spans})))
    replacements = {}
    for word in unknown:
        best = _closest(word, backend.vocabulary_near(word))
        if best:
            replacements[word] = best
    if not replacements:
        return None
    corrected = q
    for start, end, word in reversed(spans):
        if word in replacements:
            corrected = corrected[:start] + replacements[word] + corrected[end:]
    try:
        found = backend.search_page(corrected, SearchRequest(q=corrected, limit=0)).total
    except ValueError:  # QueryError included: a correction that does not parse is no help
        return None
    return corrected if found else None


def _correctable_words(q: str):
    """(start, end, folded word) of each word a researcher may have misspelt."""
    for token in _TOKEN.finditer(q):
        field, value = token.group("field"), token.group("value")
        if (field.lower() if field else None) not in WORD_FIELDS or value.startswith("["):
            continue
        if value in OPERATORS or value.rstrip("*?").endswith(("*", "?")) or "*" in value or "?" in value or "~" in value:
            continue
        offset = token.start("value")
        for match in WORD.finditer(value):
            word = fold_word(match.group())
            if len(word) >= MIN_LENGTH and word.isalpha():
                yield offset + match.start(), offset + match.end(), word


def _closest(word: str, candidates: list[tuple[str, int]]) -> str | None:
    limit = max_edits(word)
    scored = []
    for candidate, frequency in candidates:
        if candidate == word:
            continue
        distance = Levenshtein.distance(word, candidate, score_cutoff=limit)
        if distance <= limit:
            scored.append((distance, -frequency, candidate))
    return min(scored)[2] if scored else None
