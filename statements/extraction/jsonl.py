"""One JSON-ready record per statement, the shape `manage.py extract --jsonl` prints and the benchmark scores.

Offsets are into the raw text as read when the input maps back to it (.txt, .jsonl text), otherwise into
the cleaned body (HTML).
"""

from __future__ import annotations

from statements.extraction.types import ExtractedArticle, ExtractedStatement


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
        "conflicts": list(statement.conflicts),
        "said_on": statement.said_on.isoformat() if statement.said_on else None,
    }


def article_records(doc: str, article: ExtractedArticle) -> list[dict]:
    return [statement_record(doc, article, statement) for statement in article.statements]
