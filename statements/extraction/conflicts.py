"""Conflict tags for statements: the statement's own words first, then its paragraph, then the article.
Own words are a conflict's keywords and places, or the names of all its parties.

The article-level fallback follows the BBC/Citron observation that an article's topic applies to the
quotes in it. It is withheld when the statement itself uses the demonym of a country that no known conflict
involves as an adjective ("travel plans ... to the Indonesian city of Bali"): such a statement
is about something else, and tagging it with the article's conflict would be wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from statements.extraction.countries import adjective_index, countries_in, geo_index
from statements.extraction.cues import trie_pattern
from statements.extraction.types import Gazetteer
from statements.extraction.keys import fast_fold

_FOREIGN_CONTEXT = (
    "city|town|capital|region|province|island|islands|resort|village|port|coast|territory|county|district|"
    "counterpart|counterparts"
)
# Every demonym match needs one of these words after it: a text without any is not searched (most are not). Plain
# words: the engine skips to their first letters, which the demonym trie's leading look-behind does not let it do.
_FOREIGN_CONTEXT_WORD = re.compile(_FOREIGN_CONTEXT)
_WORD = re.compile(r"[^\W\d_][\w’'.-]*[^\W_]|[^\W\d_]")


@dataclass(frozen=True)
class ConflictMatcher:
    pattern: re.Pattern[str] | None  # every keyword and place of every conflict, folded, as one trie
    term_slugs: dict[str, tuple[str, ...]]  # folded term -> the conflicts it signals
    related_countries: frozenset[str]
    unrelated_adjective: re.Pattern[str] | None = None  # demonyms of unrelated countries used as adjectives
    parties: tuple[tuple[str, frozenset[str]], ...] = ()  # slug, the countries its name pairs ("Armenia–Azerbaijan")

    def tags(self, text: str, memo: dict[str, list[str]] | None = None) -> tuple[str, ...]:
        found: list[str] = []
        for slug in self._slugs(text, memo):
            if slug not in found:
                found.append(slug)
        return tuple(sorted(found))

    def counts(self, text: str) -> Counter[str]:
        return Counter(self._slugs(text))

    def _slugs(self, text: str, memo: dict[str, list[str]] | None = None) -> list[str]:
        """The conflict of every keyword or place named in `text`, once per mention. `memo` (one article's, text ->
        slugs) spares a second scan of a paragraph: the article's topic and its statements' paragraphs read the same."""
        if self.pattern is None:
            return []
        if memo is not None and text in memo:
            return memo[text]
        found = [slug for match in self.pattern.finditer(fast_fold(text)) for slug in self.term_slugs[match.group()]]
        if memo is not None:
            memo[text] = found
        return found

    def between_parties(self, text: str) -> tuple[str, ...]:
        """Conflicts whose every party `text` names, however far apart ("Armenia is ready to sign the peace
        agreement with Azerbaijan")."""
        named = set(countries_in(text))
        return tuple(slug for slug, countries in self.parties if countries <= named)

    def names_unrelated_country(self, text: str) -> bool:
        """A demonym of a country no conflict involves (by its name, keywords or places: the gazetteer's speakers
        come from every country, so they tell nothing), naming a place or a party ("the Indonesian
        city", "his Hungarian counterpart"); not "France 24", a list of capitals, or "Paris had agreed"."""
        return (self.unrelated_adjective is not None and _FOREIGN_CONTEXT_WORD.search(text) is not None
                and self.unrelated_adjective.search(text) is not None)


_CACHE: dict[int, tuple[Gazetteer, ConflictMatcher]] = {}


def conflict_matcher(gazetteer: Gazetteer) -> ConflictMatcher:
    cached = _CACHE.get(id(gazetteer))
    if cached and cached[0] is gazetteer:
        return cached[1]
    term_slugs: dict[str, tuple[str, ...]] = {}
    related: set[str] = set()
    index = geo_index()
    for conflict in gazetteer.conflicts:
        for term in {fast_fold(t.strip()) for t in (*conflict.keywords, *conflict.places) if t.strip()}:
            if conflict.slug not in term_slugs.get(term, ()):
                term_slugs[term] = (*term_slugs.get(term, ()), conflict.slug)
        for text in (conflict.name, *conflict.keywords, *conflict.places):
            related.update(index[fast_fold(w)] for w in _WORD.findall(text.replace("–", " ")) if fast_fold(w) in index)
    pattern = re.compile(rf"(?<!\w)(?:{trie_pattern(term_slugs)})(?!\w)") if term_slugs else None
    unrelated = [
        variant
        for adjective, country in adjective_index().items()
        if country not in related and adjective
        for variant in {adjective.title(), adjective.upper()}
    ]
    # Only where the foreign country is the place or the other party ("the Indonesian city of Bali", "his
    # Hungarian counterpart"); "German soldiers" in a Ukraine article are still about the war.
    adjective_pattern = re.compile(
        rf"(?<![\w’'.-])(?:{trie_pattern(unrelated)})(?=\s+(?:{_FOREIGN_CONTEXT})\b)"
    ) if unrelated else None
    parties = tuple(
        (conflict.slug, frozenset(countries_in(conflict.name.replace("–", " "))))
        for conflict in gazetteer.conflicts
        if len(countries_in(conflict.name.replace("–", " "))) >= 2
    )
    matcher = ConflictMatcher(pattern, term_slugs, frozenset(related), adjective_pattern, parties)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(gazetteer)] = (gazetteer, matcher)
    return matcher


def article_conflicts(matcher: ConflictMatcher, title: str, body: str,
                      memo: dict[str, list[str]] | None = None) -> tuple[str, ...]:
    """The article's main conflict: the one named in the most paragraphs, the headline counting two.
    Paragraphs, not raw hits: one aside paragraph ("Touching upon the war in Ukraine, …") that names a
    conflict three times must not outweigh the conflict the rest of the article is about. A conflict named in
    one paragraph only is the topic only when the headline names it or one of its parties ("Russia's Lavrov
    tells Armenia …"); otherwise it is an aside (a Taiwan article where one official mentions Ukraine)."""
    counts: Counter[str] = Counter()
    for paragraph in body.split("\n\n"):
        counts.update(set(matcher._slugs(paragraph, memo)))
    in_title = set(matcher._slugs(title))
    for slug in in_title:
        counts[slug] += 2
    in_headline = set(countries_in(title))
    ranked = [
        (hits, slug) for slug, hits in counts.items()
        if hits >= 2 or dict(matcher.parties).get(slug, frozenset()) & in_headline
    ]
    if not ranked:
        return ()
    return (max(ranked)[1],)


def statement_conflicts(
    matcher: ConflictMatcher, text: str, paragraph_tags: tuple[str, ...], article: tuple[str, ...], paragraph: str = ""
) -> tuple[str, ...]:
    """Tags from the statement's words, else its paragraph's tags, else the article's main conflict."""
    own = matcher.tags(text) or matcher.between_parties(text)
    if own:
        return own
    if matcher.names_unrelated_country(text):
        return ()
    if paragraph_tags:
        return paragraph_tags
    if paragraph and matcher.names_unrelated_country(paragraph):
        return ()  # "… at a news conference with his Hungarian counterpart": the article's topic may not apply
    return article
