"""Property-based fuzzing of extraction and ingest: generated and mutated article documents.

Each example is a batch of documents: slices of the seed corpus mutated (characters inserted, spans
deleted, duplicated or swapped, quotes changed, controls, NUL, bidi and zero-width characters sprinkled,
wrapped in HTML, truncated) and documents made from nothing. Every one goes through ingest_document, the
function `manage.py ingest` calls for each file, against the real database. Properties: no exception
escapes; every document is accepted (a non-empty body) or rejected with a reason; nothing stored holds
NUL or C0 controls.

FUZZ_DOCUMENTS sets how many (CI: 5,000 on SQLite, 1,000 on PostgreSQL, where the database-specific part
is storing the rows; `make fuzz` runs 20,000).
"""

from __future__ import annotations

import os
import re

import pytest
from django.conf import settings as django_settings
from django.db import connection
from hypothesis import HealthCheck, given, settings, strategies as st

from statements.ingest.gazetteer_loader import gazetteer_from_db
from statements.ingest.store import Document, IngestOutcome, SpeakerRegistry, ingest_document
from statements.models import Article, Statement

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

ON_SQLITE = connection.vendor == "sqlite"
SCALE = int(os.environ.get("FUZZ_EXAMPLES") or 0) or None
DOCUMENTS = (SCALE // 10 if SCALE else None) or int(os.environ.get("FUZZ_DOCUMENTS", "5000" if ON_SQLITE else "1000"))
BATCH = 20
SLICE = 1800  # characters of a seed article: extraction cost grows with length, the paths do not
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SPRINKLE = ["\x00", "\x01", "\x07", "\x0b", "\x1b", "\x7f", "\u202e", "\u202d", "\u2066", "\u200b", "\u200d", "\ufeff",
            "\u00ad", "\u0301", "\u0308", "\r", "\r\n", "\t", "\n\n", "“", "”", "‘", "’", '"', "'", "«", "»", "„",
            "\U0001F600", "\ud7ff", "\ufffd", "<", ">", "&", "&amp;", "<p>", "</p>", "<script>", "said", " told reporters",
            "Peskov", "Zakharova", ":", "Author:", "Published", "Url:http://x", "\u2028", "\u2029", "\x85"]


def seed_slices() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((django_settings.BASE_DIR / "fixtures" / "seeds").glob("*.txt"))]
    return [text[start : start + SLICE] for text in texts for start in (0, SLICE // 2)]


SEEDS = seed_slices()


@st.composite
def mutated_document(draw) -> tuple[str, str]:
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 8))):
        operation = draw(st.sampled_from(["insert", "delete", "duplicate", "swap", "truncate", "quotes", "upper"]))
        at = draw(st.integers(0, max(0, len(text) - 1)))
        if operation == "insert":
            piece = draw(st.one_of(st.sampled_from(SPRINKLE), st.text(max_size=12)))
            text = text[:at] + piece + text[at:]
        elif operation == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        elif operation == "duplicate":
            text = text[:at] + text[at : at + 300] + text[at:]
        elif operation == "swap":
            cut = draw(st.integers(0, max(0, len(text) - 1)))
            text = text[cut:] + text[:cut]
        elif operation == "truncate":
            text = text[:at]
        elif operation == "quotes":
            text = text.replace("“", '"').replace("”", '"') if draw(st.booleans()) else text.replace('"', "“")
        else:
            text = text.upper()
    fmt = draw(st.sampled_from(["text", "text", "text", "html"]))
    if fmt == "html":
        wrap = draw(st.sampled_from(["<html><body><p>{}</p></body></html>", "<div>{}", "{}", "<article><h1>T</h1>{}</article>"]))
        text = wrap.format(text.replace("\n\n", "</p><p>"))
    return text, fmt


generated_document = st.one_of(
    mutated_document(),
    mutated_document(),
    mutated_document(),
    st.tuples(st.text(max_size=400), st.sampled_from(["text", "html"])),
    st.tuples(st.lists(st.sampled_from(SPRINKLE + list("abc .\n")), max_size=120).map("".join), st.sampled_from(["text", "html"])),
)


def test_fuzzed_documents_are_ingested_or_rejected_with_a_reason(gazetteer):
    gazetteer_data = gazetteer_from_db()
    registry = SpeakerRegistry()
    counts = {"added": 0, "unchanged": 0, "skipped": 0, "failed": 0, "syndicated": 0}

    @settings(max_examples=max(1, DOCUMENTS // BATCH), deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(generated_document, min_size=BATCH, max_size=BATCH))
    def run(documents):
        for n, (raw, fmt) in enumerate(documents):
            document = Document(source=f"fuzz-{sum(counts.values())}.{fmt}", raw=raw, fmt=fmt, meta={})
            outcome = ingest_document(document, gazetteer_data, registry=registry, index_now=False)
            assert isinstance(outcome, IngestOutcome)
            counts[outcome.status] += 1
            if outcome.status == "failed":
                assert outcome.reason.strip(), raw[:200]
            elif outcome.status == "added":
                article = Article.objects.get(pk=outcome.article_id)
                assert article.body.strip(), raw[:200]
                for field in (article.body, article.title, article.raw_text):
                    assert not CONTROL.search(field), (field[:100], raw[:200])
                for text, paragraph, mention in article.statements.values_list("text", "paragraph", "speaker_mention"):
                    assert not CONTROL.search(text + paragraph + mention), text
            elif outcome.status == "syndicated":  # a mutated seed is a copy of one ingested before
                copy = Article.objects.get(pk=outcome.article_id)
                assert copy.copy_of_id and not copy.statements.exists(), raw[:200]

    run()
    print(f"document fuzz: {sum(counts.values())} documents: {counts}")
    assert sum(counts.values()) >= DOCUMENTS
    assert counts["added"] and counts["failed"]  # both paths really exercised
    assert not Statement.objects.filter(text="").exists()
