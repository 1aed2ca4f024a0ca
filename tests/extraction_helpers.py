"""Shared helpers for the extraction tests: the fixture gazetteer and a one-call extractor."""

from functools import cache
from pathlib import Path

from statements.extraction.gazetteer import read_gazetteer
from statements.extraction.pipeline import extract_article
from statements.extraction.types import ExtractedArticle, Gazetteer

REPO = Path(__file__).resolve().parent.parent


@cache
def fixture_gazetteer() -> Gazetteer:
    return read_gazetteer(REPO / "fixtures" / "gazetteer")


def extract(text: str, **overrides) -> ExtractedArticle:
    return extract_article(text, gazetteer=fixture_gazetteer(), **overrides)


def by_text(article: ExtractedArticle) -> dict[str, tuple[str, str | None]]:
    """statement text → (kind, speaker name) for compact assertions."""
    return {s.text: (s.kind, s.speaker.name if s.speaker else None) for s in article.statements}


def by_text_and_cue(article: ExtractedArticle) -> dict[str, tuple[str, str, str | None]]:
    """statement text → (kind, cue, speaker name)."""
    return {s.text: (s.kind, s.cue, s.speaker.name if s.speaker else None) for s in article.statements}


def paragraph_statements(title: str, *paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    """statement text → (kind, cue, speaker name), for an article of `title` and one paragraph per argument."""
    return by_text_and_cue(extract(title + "\n\n" + "\n\n".join(paragraphs) + "\n"))
