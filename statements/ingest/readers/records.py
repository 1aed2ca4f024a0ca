"""Records: one article per JSON Lines line or CSV row, with its metadata in named fields.

JSON Lines: an object per line with "text" (or "body") and optionally "title", "url", "outlet",
"author", "published" (ISO date) and "format": "html" when "text" is a page's HTML rather than the
article's text ("text" is the default). CSV: a header row naming the same columns, plus "html" for a
page's HTML as an alternative to "text". Both go through `record_document`, so a CSV row and a JSON
line with the same fields make the same document.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date

from statements.ingest.documents import Document, IngestOutcome

META_FIELDS = ("title", "url", "outlet", "author")
CSV_COLUMNS = {"title", "text", "body", "html", "url", "published", "published_on", "outlet", "author", "format"}
# Articles are long: a CSV field holds a whole page's HTML (the csv module's default is 128 kB).
csv.field_size_limit(64 * 1024 * 1024)


def read_jsonl(name: str, text: str) -> Iterator[Document | IngestOutcome]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{name}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestOutcome(source, "failed", reason=f"invalid JSON: {error.msg}")
            continue
        if not isinstance(record, dict):
            yield IngestOutcome(source, "failed", reason="a line must be a JSON object")
            continue
        yield record_document(source, record)


def read_csv(name: str, text: str) -> Iterator[Document | IngestOutcome]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = {(column or "").strip().lower() for column in reader.fieldnames or ()}
    if not header & {"text", "body", "html"}:
        yield IngestOutcome(
            name, "failed",
            reason=f"the header names no text or html column (found: {', '.join(sorted(header)) or 'nothing'})",
        )
        return
    try:
        for number, row in enumerate(reader, start=2):  # line 1 is the header
            record = {(key or "").strip().lower(): value for key, value in row.items() if key in reader.fieldnames}
            record = {key: value for key, value in record.items() if key in CSV_COLUMNS and value}
            if record.get("html") and not (record.get("text") or record.get("body")):
                record["text"], record["format"] = record.pop("html"), "html"
            yield record_document(f"{name}#{number}", record)
    except csv.Error as error:
        yield IngestOutcome(name, "failed", reason=f"CSV error after line {reader.line_num}: {error}")


def record_document(source: str, record: dict) -> Document | IngestOutcome:
    text = record.get("text") or record.get("body")
    if not isinstance(text, str) or not text.strip():
        return IngestOutcome(source, "failed", reason='no "text" field with the article text')
    meta = {key: record[key] for key in META_FIELDS if isinstance(record.get(key), str) and record[key].strip()}
    published = record.get("published") or record.get("published_on")
    if published:
        try:
            meta["published_on"] = date.fromisoformat(str(published)[:10])
        except ValueError:
            return IngestOutcome(source, "failed", reason=f"published {published!r} is not an ISO date")
    fmt = "html" if record.get("format") == "html" else "text"
    return Document(source, text, fmt, meta)
