"""Robustness: any string in, an ExtractedArticle or ExtractionError out — never another exception — and
every statement's text is exactly its body slice (and raw slice, modulo removed control characters)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from statements.extraction.types import ExtractionError
from tests.extraction_helpers import extract

PIECES = [
    "Peskov said", " told reporters", '"', "“", "”", "«", "»", "‘", "’", "'", ",", ".", ":", "\n", "\n\n", " ",
    "According to", " he added", "Zakharova", "the spokesman", "This is what", " Moscow", "Kyiv's", "\x00", "\r\n",
    "\u200b", "Ukraine", "Karabakh", "on Monday", "adding that", "Title:", "Url:https://x", "(AFP)", "who said",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=80).map("".join),
)


def check(raw: str, fmt: str = "text") -> None:
    try:
        article = extract(raw, fmt=fmt)
    except ExtractionError:
        return
    for statement in article.statements:
        assert article.body[statement.start : statement.end] == statement.text
        assert statement.text.strip()
        if fmt == "text":
            assert 0 <= statement.source_start <= statement.source_end <= len(raw)
            assert len(raw[statement.source_start : statement.source_end]) == len(statement.text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_an_article_or_an_extraction_error(raw):
    check(raw)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_html_gives_an_article_or_an_extraction_error(raw):
    check(f"<html><body><p>{raw}</p></body></html>", fmt="html")


@pytest.mark.parametrize(
    "raw",
    [
        'T\n\n"' + "unclosed quote " * 200,
        "T\n\n" + "“" * 500 + "”" * 3,
        "T\n\n" + ("Peskov said the talks would continue. " * 3000),
        "T\n\n" + "\x00" * 5 + "Peskov said the army would stay in the region for some time.",
        "T\n\nZakharova said \ud800 that the lone surrogate is not a problem for the extractor at all.",
        "T\n\n" + "a" * 100_000,
    ],
)
def test_pathological_inputs(raw):
    check(raw)


def test_non_string_and_unknown_format_are_extraction_errors():
    with pytest.raises(ExtractionError):
        extract(b"bytes are not text")  # type: ignore[arg-type]
    with pytest.raises(ExtractionError):
        extract("Title\n\nSome text here for the article.", fmt="pdf")
