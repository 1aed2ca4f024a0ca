"""The query language, as Whoosh's parser configured for the archive, and what it refuses.

Syntax: words (all must match), "exact phrases", AND / OR / NOT and -word, ( ), field prefixes
speaker: (slug or a word of any of the speaker's names), conflict: and outlet: (slugs), kind:,
title:, date: (2023, 2023-09, 2023-09-05, date:[2023-01 to 2023-06], date:[2023-06 to]), trailing
wildcards (demarcat*), fuzzy words (zakharova~, at most two edits: zakharova~2).
Words without a prefix match the statement text, its context (paragraph, conflicts' names, aliases and
places), the speaker's names and roles and the article's title; a match in the text weighs most
(DEFAULT_FIELDS; the weights of query_syntax.FIELD_WEIGHTS, the context ones as one: docs/search.md).
"""

from __future__ import annotations

import logging

from whoosh import qparser, query

from statements.search.errors import QueryError
from statements.search.query_syntax import FIELD_WEIGHTS
from statements.search.whoosh_schema import DATE_HELP, SCHEMA
from statements.text import fold

logger = logging.getLogger(__name__)

# Unprefixed words: the statement's own words matter most; who said it, what it stands in and is about,
# then where it was reported, are context that should find a statement but rank it below one that says
# the word.
# Whoosh searches the three context fields as one (`about`, at the context's weight): stepping four
# posting lists per word in Python was most of a search's time at 100k. The prefixes (speaker:, context:,
# title:) still search each field alone.
DEFAULT_FIELDS = {"text": FIELD_WEIGHTS["text"], "about": FIELD_WEIGHTS["context"]}
MAX_FUZZY_EDITS = 2
MIN_FUZZY_LENGTH = 3
MIN_WILDCARD_PREFIX = 2
MAX_TERMS = 30 * len(DEFAULT_FIELDS)  # 30 words (query_syntax.MAX_TERMS), each one query per default field


class ArchiveQueryParser(qparser.QueryParser):
    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        if fieldname == "text" and termclass in (query.Wildcard, query.Prefix, query.FuzzyTerm):
            fieldname = "words"  # unstemmed: stems are no good for prefixes and edit distances
        if termclass in (query.Wildcard, query.Prefix):
            return termclass(fieldname, fold(text), boost=boost)  # the analyzer would split at * and ?
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if fieldname == "speaker" and termclass is query.Term:
            # speaker:dmitry-peskov is a slug; speaker:peskov a word of one of the names.
            slug = query.Term("speaker_slug", fold(text.strip()), boost=boost)
            return slug if q is None else query.Or([slug, q])
        return q


def _make_parser() -> ArchiveQueryParser:
    parser = ArchiveQueryParser(None, SCHEMA)
    parser.add_plugin(qparser.MultifieldPlugin(list(DEFAULT_FIELDS), fieldboosts=DEFAULT_FIELDS))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    # -word and +word only where a word starts: kosovo-serbia and 2023-09 keep their hyphens.
    parser.add_plugin(qparser.PlusMinusPlugin(plusexpr=r"(?<![^\s(])\+", minusexpr=r"(?<![^\s(])-"))
    parser.add_plugin(qparser.FieldAliasPlugin({"said_on": ["date"]}))
    return parser


_PARSER = _make_parser()


def parse_query(q: str) -> query.Query | None:
    """The Whoosh query for a cleaned, length-checked query string; None if nothing is left to search."""
    try:
        parsed = _PARSER.parse(q)
    except QueryError:
        raise
    except Exception:
        # The parser fails on some malformed input with IndexError and friends (e.g. ">~"); any failure
        # on untrusted text is the query's fault, reported as such.
        logger.debug("query parser failed on %r", q, exc_info=True)
        raise QueryError("The search could not be understood: check its quotes, brackets and operators.") from None
    check_parsed(parsed)
    if isinstance(parsed, type(query.NullQuery)):
        return None
    return parsed


def check_parsed(q: query.Query) -> None:
    """Refuse the parts of a parsed query that are errors or would cost too much to run."""
    leaves = 0
    for node in _walk(q):
        error = getattr(node, "error", None)
        if isinstance(error, QueryError):  # raised by a field's own parser (DateField)
            raise error
        if error:
            raise QueryError(f"Part of the search could not be understood ({error}).")
        if isinstance(node, query.PatternQuery) and node.fieldname == "said_on":  # date:ab*, date:20~
            raise QueryError(f"A date cannot hold a wildcard or ~: {DATE_HELP}.")
        if isinstance(node, query.Every):
            raise QueryError("A search for everything (*) is not allowed: add a word, or use the filters instead.")
        if isinstance(node, (query.Wildcard, query.Prefix)):
            _check_wildcard(node)
        elif isinstance(node, query.FuzzyTerm):
            _check_fuzzy(node)
        elif isinstance(node, query.TermRange) and node.fieldname != "said_on":
            raise QueryError(f"Ranges work on dates only: {DATE_HELP}.")
        if node.is_leaf():
            leaves += 1
    if leaves > MAX_TERMS:
        raise QueryError("The search has too many words and filters: remove some.")


def _check_wildcard(node: query.Wildcard | query.Prefix) -> None:
    shown = node.text + "*" if isinstance(node, query.Prefix) else node.text
    if shown[0] in "*?":
        raise QueryError(f"A word cannot start with a wildcard (“{shown}”): put * or ? after some letters.")
    first = min(i for i in (shown.find("*"), shown.find("?")) if i >= 0)
    if first < MIN_WILDCARD_PREFIX:
        raise QueryError(f"A wildcard needs at least {MIN_WILDCARD_PREFIX} letters before it (“{shown}” would match too much).")


def _check_fuzzy(node: query.FuzzyTerm) -> None:
    if node.maxdist > MAX_FUZZY_EDITS:
        raise QueryError(f"Fuzzy matching allows at most {MAX_FUZZY_EDITS} edits: write {node.text}~{MAX_FUZZY_EDITS}.")
    if len(node.text) < MIN_FUZZY_LENGTH:
        raise QueryError(f"Fuzzy matching (~) needs a word of at least {MIN_FUZZY_LENGTH} letters.")


def _walk(q: query.Query):
    yield q
    for child in q.children():
        yield from _walk(child)
