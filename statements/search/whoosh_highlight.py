"""Statement text as escaped HTML with the words a query matched wrapped in <mark>.

Everything that reaches the output passes through django.utils.html.escape: the statement text
between matches and the matched words alike. The query itself is never echoed.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.html import escape
from whoosh import highlight, query
from whoosh.reading import IndexReader

from statements.search.whoosh_schema import SCHEMA

# A statement up to this long is shown whole; a longer one as its best passages.
WHOLE_TEXT_CHARS = 600
PASSAGE_CHARS = 300
PASSAGES = 3
ELLIPSIS = "\u2026"


class MarkFormatter(highlight.Formatter):
    between = f" {ELLIPSIS} "

    def _text(self, text):
        return escape(text)

    def format_token(self, text, token, replace=False):
        return f"<mark>{escape(highlight.get_text(text, token, replace))}</mark>"

    def format(self, fragments, replace=False):
        shown = super().format(fragments, replace)
        if fragments and fragments[0].startchar > 0:
            shown = f"{ELLIPSIS} {shown}"
        if fragments and fragments[-1].endchar < len(fragments[-1].text):
            shown = f"{shown} {ELLIPSIS}"
        return shown


def highlight_texts(parsed: query.Query | None, texts: Mapping[int, str], reader: IndexReader) -> dict[int, str]:
    terms = matched_text_terms(parsed, reader) if parsed is not None else frozenset()
    analyzer = SCHEMA["text"].analyzer
    formatter = MarkFormatter()
    shown = {}
    for key, text in texts.items():
        html = ""
        if terms:
            fragmenter = (
                highlight.WholeFragmenter() if len(text) <= WHOLE_TEXT_CHARS
                else highlight.ContextFragmenter(maxchars=PASSAGE_CHARS, surround=PASSAGE_CHARS // 4)
            )
            html = highlight.highlight(text, terms, analyzer, fragmenter, formatter, top=PASSAGES, mode="index")
        shown[key] = html or _unmarked(text)
    return shown


def matched_text_terms(parsed: query.Query, reader: IndexReader) -> frozenset[str]:
    """The statement-text words the query looks for, wildcards and fuzzy words expanded against the
    index; words it excludes (NOT, -word) are not marked."""
    wanted = parsed.accept(_without_negations)
    # Leaf by leaf: Query.existing_terms in whoosh-reloaded 2.7.5 reuses its `fieldname` argument as a
    # loop variable, so after the first leaf it skips every leaf of another field ("demarcat* provocations"
    # would mark only the wildcard's words).
    found = set()
    for leaf in wanted.leaves() if not wanted.is_leaf() else [wanted]:
        found |= leaf.existing_terms(reader, phrases=True, expand=True)
    analyzer = SCHEMA["text"].analyzer
    terms = set()
    for fieldname, btext in found:
        if fieldname == "text":
            terms.add(SCHEMA["text"].from_bytes(btext))
        elif fieldname == "words":  # a wildcard's or fuzzy word's expansions: stem them as the text is
            terms.update(token.text for token in analyzer(SCHEMA["words"].from_bytes(btext)))
    return frozenset(terms)


def _without_negations(node: query.Query) -> query.Query:
    if isinstance(node, query.Not):
        return query.NullQuery
    if isinstance(node, query.AndNot):
        return node.a
    return node


def _unmarked(text: str) -> str:
    # Matched on the speaker's name or another field only: show the start of the statement.
    if len(text) <= WHOLE_TEXT_CHARS:
        return escape(text)
    return escape(text[:PASSAGE_CHARS].rsplit(" ", 1)[0]) + f" {ELLIPSIS}"
