"""The query tree (query_syntax) as Tantivy queries.

An unprefixed word searches the statement text, its context, the speaker's names and roles and the
title, boosted by query_syntax.FIELD_WEIGHTS so that the text counts most; for relevance, unquoted words that all must match also add a sloppy phrase
clause, so statements where they stand close together rank first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import tantivy
from tantivy import Occur, Query

from statements.search import query_syntax as syntax
from statements.search.analysis import words_of
from statements.search.errors import QueryError
from statements.search.tantivy_schema import SCHEMA, text_analyzer

FIELD_BOOSTS = syntax.FIELD_WEIGHTS
ANALYZED = {"text": True, "context": True, "title": True, "speaker": False}
PROXIMITY_SLOP = 5
PROXIMITY_BOOST = 0.5
_TEXT = text_analyzer()


@dataclass
class Translated:
    query: Query
    stems: set[str] = field(default_factory=set)  # positive text stems, for highlighting
    prefixes: list[str] = field(default_factory=list)
    fuzzy: list[tuple[str, int]] = field(default_factory=list)


def translate(node) -> Translated:
    translated = Translated(query=Query.empty_query())
    for leaf, negated in syntax.walk(node):
        if negated or getattr(leaf, "field", "x") not in (None, "text"):
            continue
        if isinstance(leaf, (syntax.Word, syntax.Phrase)):
            translated.stems.update(analyse(" ".join(words_of(leaf.text)), True))
        elif isinstance(leaf, syntax.Prefix):
            translated.prefixes.extend(words_of(leaf.text)[:1])
        elif isinstance(leaf, syntax.Fuzzy):
            translated.fuzzy.append((" ".join(words_of(leaf.text)), leaf.edits))
    query = _query(node)
    proximity = _proximity(node)
    if proximity is not None:
        query = Query.boolean_query([(Occur.Must, query), (Occur.Should, proximity)])
    translated.query = query
    return translated


def analyse(text: str, stemmed: bool) -> list[str]:
    if not stemmed:
        return text.split()
    return list(_TEXT.analyze(text))


def _query(node) -> Query:
    if isinstance(node, (syntax.Word, syntax.Phrase)):
        fields = [node.field] if node.field else list(FIELD_BOOSTS)
        return _any([_boosted(_words(name, node.text), name, node.field) for name in fields])
    if isinstance(node, syntax.Prefix):
        words = words_of(node.text)
        if len(words) != 1:
            raise QueryError(f"A wildcard goes after one word: “{node.text}*” is not one.")
        name = "words" if node.field in (None, "text") else node.field
        # Unstemmed words: "demarcat*" must find "demarcation", whose stem "demarc" it is not a prefix of.
        return Query.regex_query(SCHEMA, name, re.escape(words[0]) + ".*")
    if isinstance(node, syntax.Fuzzy):
        words = words_of(node.text)
        if len(words) != 1:
            raise QueryError(f"Fuzzy matching (~) works on one word: “{node.text}~” is not one.")
        names = ["words", "speaker"] if node.field is None else ["words" if node.field == "text" else node.field]
        return _any([
            Query.fuzzy_term_query(SCHEMA, name, words[0], distance=node.edits, transposition_cost_one=True)
            for name in names
        ])
    if isinstance(node, syntax.Match):
        return Query.term_query(SCHEMA, node.field, node.value)
    if isinstance(node, syntax.DateRange):
        return date_range_query(node.start, node.end)
    if isinstance(node, syntax.Not):
        # A NOT on its own matches nothing in Tantivy: pair it with everything, then narrow.
        return Query.boolean_query([(Occur.Must, Query.all_query()), (Occur.MustNot, _query(node.child))])
    if isinstance(node, syntax.And):
        clauses = []
        for child in node.children:
            if isinstance(child, syntax.Not):
                clauses.append((Occur.MustNot, _query(child.child)))
            else:
                clauses.append((Occur.Must, _query(child)))
        if all(occur == Occur.MustNot for occur, _ in clauses):
            clauses.append((Occur.Must, Query.all_query()))
        return Query.boolean_query(clauses)
    if isinstance(node, syntax.Or):
        return _any([_query(child) for child in node.children])
    raise TypeError(f"unknown query node {node!r}")


def _words(name: str, text: str) -> Query:
    tokens = analyse(" ".join(words_of(text)), ANALYZED[name])
    if not tokens:
        return Query.empty_query()
    if len(tokens) == 1:
        return Query.term_query(SCHEMA, name, tokens[0])
    return Query.phrase_query(SCHEMA, name, tokens)


def _boosted(query: Query, name: str, field: str | None) -> Query:
    return query if field else Query.boost_query(query, FIELD_BOOSTS[name])


def _any(queries: list[Query]) -> Query:
    return queries[0] if len(queries) == 1 else Query.boolean_query([(Occur.Should, q) for q in queries])


def _proximity(node) -> Query | None:
    """A phrase with slop over the unquoted words of an all-must query: closeness adds to the score."""
    children = node.children if isinstance(node, syntax.And) else ()
    words = [child.text for child in children if isinstance(child, syntax.Word) and child.field is None]
    tokens = analyse(" ".join(w for word in words for w in words_of(word)), True)
    if len(tokens) < 2:
        return None
    return Query.boost_query(Query.phrase_query(SCHEMA, "text", tokens, slop=PROXIMITY_SLOP), PROXIMITY_BOOST)


def date_range_query(start, end) -> Query:
    """Statements said from `start` to `end`, both inclusive, either open."""
    return Query.range_query(
        SCHEMA, "day", tantivy.FieldType.Integer,
        lower_bound=_day(start) if start else 0, upper_bound=_day(end) if end else 99_991_231,
    )


def _day(value) -> int:
    return value.year * 10000 + value.month * 100 + value.day
