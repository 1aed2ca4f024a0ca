"""How the Tantivy backend analyses and stores a statement.

Text reaches Tantivy folded word by word (analysis.fold_text: one space between words), so Tantivy
only splits at spaces, drops the same few stop words as Whoosh and stems (Snowball English). Filters
and facets are raw fast fields; dates are integers: `day` (YYYYMMDD) for ranges, and two sort keys
that put undated statements last in both orders with ties broken by id, as the database does.
"""

from __future__ import annotations

import tantivy
from tantivy import Filter, TextAnalyzerBuilder, Tokenizer

from statements.search.analysis import fold_text
from statements.search.documents import IndexedDocument

STOP_WORDS = sorted("a an and are as at be by for from in is it of on or that the this to was were with".split())
TEXT_ANALYZER = "archive_text"  # stemmed
WORD_ANALYZER = "archive_words"  # folded only: names, wildcards and fuzzy words
UNDATED_LAST = 99_991_231
ID_BITS = 32  # sort keys: day << ID_BITS | id


def text_analyzer() -> tantivy.TextAnalyzer:
    return (
        TextAnalyzerBuilder(Tokenizer.whitespace())
        .filter(Filter.custom_stopword(STOP_WORDS))
        .filter(Filter.stemmer("english"))
        .build()
    )


def word_analyzer() -> tantivy.TextAnalyzer:
    return TextAnalyzerBuilder(Tokenizer.whitespace()).build()


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("id", stored=True, indexed=True, fast=True)
    builder.add_text_field("text", tokenizer_name=TEXT_ANALYZER, index_option="position")
    builder.add_text_field("words", tokenizer_name=WORD_ANALYZER, index_option="basic")
    builder.add_text_field("speaker", tokenizer_name=WORD_ANALYZER, index_option="position")
    builder.add_text_field("title", tokenizer_name=TEXT_ANALYZER, index_option="position")
    builder.add_text_field("context", tokenizer_name=TEXT_ANALYZER, index_option="position")
    for name in ("speaker_slug", "country", "outlet", "kind", "conflict"):
        builder.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
    builder.add_integer_field("day", indexed=True, fast=True)
    builder.add_integer_field("year", indexed=False, fast=True)
    builder.add_integer_field("newest", fast=True)
    builder.add_integer_field("oldest", fast=True)
    builder.add_text_field("content_hash", stored=True, tokenizer_name="raw", index_option="basic")
    return builder.build()


SCHEMA = build_schema()


def register_analyzers(index: tantivy.Index) -> None:
    index.register_tokenizer(TEXT_ANALYZER, text_analyzer())
    index.register_tokenizer(WORD_ANALYZER, word_analyzer())


def tantivy_document(document: IndexedDocument) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned("id", document.id)
    text = fold_text(document.text)
    doc.add_text("text", text)
    doc.add_text("words", text)
    for name in (*document.speaker_names, *document.speaker_roles):
        doc.add_text("speaker", fold_text(name))
    doc.add_text("title", fold_text(document.title))
    for part in (document.paragraph, *document.about):
        doc.add_text("context", fold_text(part))
    for field, value in (("speaker_slug", document.speaker_slug), ("country", document.country.lower()),
                         ("outlet", document.outlet), ("kind", document.kind)):
        if value:
            doc.add_text(field, value)
    for slug in document.conflicts:
        doc.add_text("conflict", slug)
    day = _day(document.said_on)
    if day:
        doc.add_integer("day", day)
        doc.add_integer("year", document.said_on.year)
    doc.add_integer("newest", (day or 0) << ID_BITS | document.id)
    doc.add_integer("oldest", (day or UNDATED_LAST) << ID_BITS | document.id)
    doc.add_text("content_hash", document.content_hash())
    return doc


def _day(value) -> int | None:
    return value.year * 10000 + value.month * 100 + value.day if value else None
