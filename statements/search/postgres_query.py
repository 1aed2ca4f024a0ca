"""The query tree (query_syntax) as PostgreSQL: tsquery text for the words, SQL for the filters.

Words and phrases become one to_tsquery() expression over the `document` tsvector wherever the tree
allows (so the GIN index answers the whole boolean query at once); weight labels restrict a word to
its field (:A text, :B speaker, :C title, :D context). An unprefixed word carries no label: every
position has one of the four, so it matches what :ABCD matches, and the GIN index answers it without
reading the rows again (a weight-labelled word makes PostgreSQL recheck every match's tsvector).
Trailing wildcards search the unstemmed `words` vector. PostgreSQL has no edit-distance search in core,
so fuzzy words (~) are refused with a message instead of being run differently from the other backends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from statements.search import query_syntax as syntax
from statements.search.analysis import words_of
from statements.search.errors import QueryError
from statements.search.postgres_schema import CONFIG

LABELS = {None: "", "text": "A", "speaker": "B", "title": "C", "context": "D"}


@dataclass
class Tsq:
    text: str  # to_tsquery() input


@dataclass
class Pred:
    sql: str
    params: list = field(default_factory=list)


@dataclass
class CompiledQuery:
    where: str
    params: list
    rank: str | None  # to_tsquery() input for ts_rank_cd, None when nothing ranks (filters only)
    words: list[str]  # folded words of the positive text terms, for highlighting
    prefixes: list[str]


def compile_query(node) -> CompiledQuery | None:
    compiled = _compile(node)
    if compiled is None:
        return None
    pred = _as_pred(compiled)
    positives = [leaf for leaf, negated in syntax.walk(node) if not negated]
    if isinstance(compiled, Tsq):
        rank = compiled.text
    else:
        ranked = [_tsq_text(leaf) for leaf in positives if isinstance(leaf, (syntax.Word, syntax.Phrase))]
        ranked = [text for text in ranked if text]
        rank = " | ".join(f"({text})" for text in ranked) or None
    words, prefixes = [], []
    for leaf in positives:
        if isinstance(leaf, (syntax.Word, syntax.Phrase)) and leaf.field in (None, "text"):
            words.extend(words_of(leaf.text))
        elif isinstance(leaf, syntax.Prefix) and leaf.field in (None, "text"):
            prefixes.extend(words_of(leaf.text)[:1])
    return CompiledQuery(pred.sql, pred.params, rank, words, prefixes)


def tsquery_sql() -> str:
    return f"to_tsquery('{CONFIG}', %s)"


def _tsq_text(leaf) -> str | None:
    words = words_of(leaf.text)
    if not words:
        return None
    # words_of keeps word characters only, so nothing in them can break out of the quotes.
    label = LABELS[leaf.field]
    return f"'{' '.join(words)}'" + (f":{label}" if label else "")


def _compile(node):
    if isinstance(node, (syntax.Word, syntax.Phrase)):
        text = _tsq_text(node)
        return Tsq(text) if text else None
    if isinstance(node, syntax.Prefix):
        words = words_of(node.text)
        if len(words) != 1:
            raise QueryError(f"A wildcard goes after one word: “{node.text}*” is not one.")
        if node.field in (None, "text"):
            return Pred("words @@ to_tsquery('simple', %s)", [f"'{words[0]}':*"])
        return Tsq(f"'{words[0]}':*{LABELS[node.field]}")
    if isinstance(node, syntax.Fuzzy):
        raise QueryError(
            f"Fuzzy matching (“{node.text}~”) is not available with the PostgreSQL search engine: "
            f"check the spelling, or use a wildcard such as {node.text[:4]}*."
        )
    if isinstance(node, syntax.Match):
        if node.field == "conflict":
            return Pred("conflicts @> ARRAY[%s]::text[]", [node.value])
        column = {"speaker_slug": "speaker_slug", "outlet": "outlet", "kind": "kind"}[node.field]
        return Pred(f"{column} = %s", [node.value])
    if isinstance(node, syntax.DateRange):
        parts, params = [], []
        if node.start:
            parts.append("said_on >= %s")
            params.append(node.start)
        if node.end:
            parts.append("said_on <= %s")
            params.append(node.end)
        return Pred(" AND ".join(parts), params)
    if isinstance(node, syntax.Not):
        child = _compile(node.child)
        if child is None:
            return None
        if isinstance(child, Tsq):
            return Tsq(f"!({child.text})")
        return Pred(f"NOT ({child.sql})", child.params)
    if isinstance(node, (syntax.And, syntax.Or)):
        children = [c for c in (_compile(child) for child in node.children) if c is not None]
        if not children:
            return None
        if len(children) == 1:
            return children[0]
        if all(isinstance(child, Tsq) for child in children):
            operator = " & " if isinstance(node, syntax.And) else " | "
            return Tsq(operator.join(f"({child.text})" for child in children))
        preds = [_as_pred(child) for child in children]
        operator = " AND " if isinstance(node, syntax.And) else " OR "
        return Pred(operator.join(f"({pred.sql})" for pred in preds), [p for pred in preds for p in pred.params])
    raise TypeError(f"unknown query node {node!r}")


def _as_pred(compiled) -> Pred:
    if isinstance(compiled, Pred):
        return compiled
    return Pred(f"document @@ {tsquery_sql()}", [compiled.text])
