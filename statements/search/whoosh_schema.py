"""How the Whoosh backend analyses and stores a statement: one schema, two analyzers.

Folding follows statements.text.fold, applied per token after tokenising the original text, so a
token's character offsets still point into the statement as stored (highlighting depends on it).
The tokenizer counts combining accents and invisible characters as part of a word: a decomposed
'Vuc\u030cic\u0301' or a 'de\u00admar\u200bcation' with a soft hyphen and a zero-width space stays one word.
"""

from __future__ import annotations

from datetime import datetime

from whoosh import columns, fields
from whoosh.analysis import Filter, IDTokenizer, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

from statements.search.analysis import WORD_PATTERN
from statements.search.documents import IndexedDocument
from statements.search.errors import QueryError
from statements.text import fold

# Only words that never carry meaning in a diplomatic statement. Whoosh's default list drops "us",
# "not", "will", "may" and "can", which researchers search for ("US sanctions", "will not accept").
STOP_WORDS = frozenset(
    "a an and are as at be by for from in is it of on or that the this to was were with".split()
)


class FoldFilter(Filter):
    """Case-, accent- and invisible-character-insensitive token text (statements.text.fold)."""

    def __call__(self, tokens):
        for token in tokens:
            text = token.text
            # ASCII needs no unicode work (fold would only lowercase it), and it is most of the text.
            token.text = text.lower() if text.isascii() else fold(text)
            yield token


def text_analyzer():
    return (
        RegexTokenizer(WORD_PATTERN)
        | FoldFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | StemFilter(lang="en", cachesize=50000)
    )


def name_analyzer():
    # Names are not stemmed: "Peskova" is not "Peskov".
    return RegexTokenizer(WORD_PATTERN) | FoldFilter()


DATE_HELP = "write a date as date:2023, date:2023-09, date:2023-09-05 or date:[2023-01 to 2023-06]"


class DateField(fields.DATETIME):
    """Whoosh's date field, with unreadable dates reported to the researcher instead of as a crash."""

    def parse_query(self, fieldname, qstring, boost=1.0):
        parsed = super().parse_query(fieldname, qstring, boost)
        if getattr(parsed, "error", None):
            raise QueryError(f"“{qstring}” is not a date: {DATE_HELP}.")
        return parsed

    def parse_range(self, fieldname, start, end, startexcl, endexcl, boost=1.0):
        try:
            return super().parse_range(fieldname, start, end, startexcl, endexcl, boost)
        except Exception:
            raise QueryError(f"“{start or ''} to {end or ''}” is not a date range: {DATE_HELP}.") from None


def slug_analyzer():
    # kind:DIRECT finds "direct".
    return IDTokenizer() | LowercaseFilter()


def build_schema() -> fields.Schema:
    return fields.Schema(
        # shift_step=0: ids are looked up exactly, never by range, so one term per value instead of
        # Whoosh's sixteen tiers (which cost a sixth of the time to index a statement).
        id=fields.NUMERIC(int, bits=64, signed=False, stored=True, unique=True, sortable=True, shift_step=0),
        text=fields.TEXT(analyzer=text_analyzer(), phrase=True),
        # The statement's words unstemmed, for wildcards and fuzzy words: "demarcat*" must match
        # "demarcation", whose stem "demarc" it is not a prefix of.
        words=fields.TEXT(analyzer=name_analyzer(), phrase=False),
        speaker=fields.TEXT(analyzer=name_analyzer(), phrase=True),
        # sortable: a column per facet, read by whoosh_facets to count values over every match.
        speaker_slug=fields.ID(analyzer=slug_analyzer(), sortable=True),
        country=fields.ID(analyzer=slug_analyzer()),  # the speaker's, whole: "United States"
        title=fields.TEXT(analyzer=text_analyzer(), phrase=True),
        # The paragraph and the conflicts' names, aliases and places (IndexedDocument.context): positions
        # kept, since an unprefixed phrase is looked for in every default field (whoosh_query).
        context=fields.TEXT(analyzer=text_analyzer(), phrase=True),
        # Speaker, context and title again as one field, for unprefixed words only (whoosh_query): each
        # field an unprefixed word searches is one more posting list stepped in Python beside the text's,
        # and four of them cost ten times what the text alone did at 100k (docs/search.md).
        about=fields.TEXT(analyzer=text_analyzer(), phrase=True),
        outlet=fields.ID(analyzer=slug_analyzer(), sortable=True),
        conflict=fields.KEYWORD(lowercase=True, scorable=False),
        conflicts=fields.COLUMN(columns.VarBytesColumn()),  # the same slugs, space-separated, for facets
        kind=fields.ID(analyzer=slug_analyzer(), sortable=True),
        status=fields.ID(analyzer=slug_analyzer()),
        said_on=DateField(sortable=True),
        # Dated statements sort before undated ones in both date orders, as in the database (NULLS LAST).
        # A column only: sorted on, never searched.
        undated=fields.COLUMN(columns.NumericColumn("B")),
        content_hash=fields.STORED(),
    )


SCHEMA = build_schema()


def whoosh_fields(document: IndexedDocument) -> dict:
    """The keyword arguments for writer.add_document()."""
    values = {
        "id": document.id,
        "text": document.text,
        "words": document.text,
        "speaker": document.speaker_words,
        "title": document.title,
        "context": document.context,
        "about": "\n".join((document.speaker_words, document.context, document.title)),
        "kind": document.kind,
        "status": document.status,
        "undated": 0 if document.said_on else 1,
        "content_hash": document.content_hash(),
    }
    # Absent rather than empty: an empty value would be indexed as a searchable empty term.
    if document.speaker_slug:
        values["speaker_slug"] = document.speaker_slug
    if document.outlet:
        values["outlet"] = document.outlet
    if document.country:
        values["country"] = document.country
    if document.conflicts:
        values["conflict"] = " ".join(document.conflicts)
        values["conflicts"] = values["conflict"].encode("utf-8")
    if document.said_on:
        values["said_on"] = datetime(document.said_on.year, document.said_on.month, document.said_on.day)
    return values
