"""Conflict tags for statements: the statement's own words first, then its paragraph, then the article.

The article-level fallback follows the BBC/Citron observation that an article's topic applies to the
quotes in it. It is withheld when the statement itself names a country that no known conflict or
speaker involves ("travel plans ... to the Indonesian city of Bali"): such a statement is about
something else, and tagging it with the article's conflict would be wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from statements.extraction.countries import geo_index
from statements.extraction.types import Gazetteer
from statements.text import fold

_NAME_PART = re.compile(r"\s+(?:\d|[A-Z])")
_WORD = re.compile(r"[^\W\d_][\w’'.-]*[^\W_]|[^\W\d_]")


@dataclass(frozen=True)
class ConflictMatcher:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    related_countries: frozenset[str]

    def tags(self, text: str) -> tuple[str, ...]:
        folded = fold(text)
        return tuple(slug for slug, pattern in self.patterns if pattern.search(folded))

    def counts(self, text: str) -> Counter[str]:
        folded = fold(text)
        return Counter({slug: len(pattern.findall(folded)) for slug, pattern in self.patterns})

    def names_unrelated_country(self, text: str) -> bool:
        index = geo_index()
        for match in _WORD.finditer(text):
            word = match.group()
            if not word[0].isupper() or _NAME_PART.match(text, match.end()):
                continue  # "France 24", "Russia Today": part of a proper name, not the country
            country = index.get(fold(word.removesuffix("’s").removesuffix("'s")))
            if country and country not in self.related_countries:
                return True
        return False


_CACHE: dict[int, tuple[Gazetteer, ConflictMatcher]] = {}


def conflict_matcher(gazetteer: Gazetteer) -> ConflictMatcher:
    cached = _CACHE.get(id(gazetteer))
    if cached and cached[0] is gazetteer:
        return cached[1]
    patterns = []
    related: set[str] = set()
    index = geo_index()
    for conflict in gazetteer.conflicts:
        terms = sorted({fold(t) for t in (*conflict.keywords, *conflict.places) if t.strip()}, key=len, reverse=True)
        if terms:
            alternation = "|".join(re.escape(t) for t in terms)
            patterns.append((conflict.slug, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")))
        for text in (conflict.name, *conflict.keywords, *conflict.places):
            related.update(index[fold(w)] for w in _WORD.findall(text.replace("–", " ")) if fold(w) in index)
    for speaker in gazetteer.speakers:
        if speaker.country and fold(speaker.country) in index:
            related.add(index[fold(speaker.country)])
        elif speaker.country:
            related.add(speaker.country)
    matcher = ConflictMatcher(tuple(patterns), frozenset(related))
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(gazetteer)] = (gazetteer, matcher)
    return matcher


def article_conflicts(matcher: ConflictMatcher, title: str, body: str) -> tuple[str, ...]:
    """The article's main conflict: most keyword hits, the headline counting three times."""
    counts = matcher.counts(body)
    for slug, hits in matcher.counts(title).items():
        counts[slug] += 3 * hits
    ranked = [(hits, slug) for slug, hits in counts.items() if hits]
    if not ranked:
        return ()
    return (max(ranked)[1],)


def statement_conflicts(
    matcher: ConflictMatcher, text: str, paragraph: str, article: tuple[str, ...]
) -> tuple[str, ...]:
    own = matcher.tags(text)
    if own:
        return own
    if matcher.names_unrelated_country(text):
        return ()
    around = matcher.tags(paragraph)
    if around:
        return around
    return article
