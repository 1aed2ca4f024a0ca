"""One JSON-ready record per statement, the shape `manage.py extract --jsonl` prints and the benchmark scores.

Offsets are into the raw text as read when the input maps back to it (.txt, .jsonl text), otherwise into
the cleaned body (HTML).
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from statements.extraction.pipeline import extract_article
from statements.extraction.types import ExtractedArticle, ExtractedStatement, Gazetteer


def statement_record(doc: str, article: ExtractedArticle, statement: ExtractedStatement) -> dict:
    mapped = statement.source_start is not None and statement.source_end is not None
    return {
        "doc": doc,
        "text": statement.text,
        "start": statement.source_start if mapped else statement.start,
        "end": statement.source_end if mapped else statement.end,
        "speaker": statement.speaker.name if statement.speaker else None,
        "kind": statement.kind,
        "cue": statement.cue,
        "speaker_mention": statement.speaker.mention if statement.speaker else None,
        "speaker_kind": statement.speaker.kind if statement.speaker else None,
        "sentence": statement.sentence,
        "conflicts": list(statement.conflicts),
        "said_on": statement.said_on.isoformat() if statement.said_on else None,
    }


def article_records(doc: str, article: ExtractedArticle) -> list[dict]:
    return [statement_record(doc, article, statement) for statement in article.statements]


def doc_name(source: str) -> str:
    """"000_8cd3.txt" → "000_8cd3"; a JSON Lines record "batch.jsonl#3" → "batch#3" (one file, many articles)."""
    name, _, line = source.partition("#")
    stem = PurePath(name).stem
    return f"{stem}#{line}" if line else stem


def document_records(
    source: str, raw: str, fmt: str, meta: dict, gazetteer: Gazetteer, published_on: date | None = None
) -> list[dict]:
    """Extract one document (as read from a file) and return its statement records; raises ExtractionError."""
    article = extract_article(
        raw,
        gazetteer=gazetteer,
        fmt=fmt,
        published_on=published_on or meta.get("published_on"),
        url=meta.get("url", ""),
        outlet=meta.get("outlet", ""),
        title=meta.get("title", ""),
        author=meta.get("author", ""),
    )
    return article_records(doc_name(source), article)
