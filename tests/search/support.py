"""Plain-ORM helpers shared by the search and index tests; the `search_backend` fixture is in conftest.py.

Every row is saved through the ORM, so the signal receivers queue it exactly as an admin edit would;
`index_now()` then drains the queue the way the writer does after a commit.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from statements.models import Article, Conflict, Outlet, Speaker, SpeakerAlias, Statement
from statements.search import process_index_queue

_numbers = itertools.count(1)

# Every backend the shared search cases run against.
BACKENDS = ["whoosh", "postgres", "tantivy"]


def only_on(search_backend: str, *names: str, reason: str) -> None:
    """Skip the current test unless it runs on one of `names` (a backend-specific behaviour)."""
    if search_backend not in names:
        pytest.skip(f"{search_backend}: {reason}")


def make_outlet(slug: str = "reuters") -> Outlet:
    return Outlet.objects.get_or_create(slug=slug, defaults={"name": slug.title()})[0]


def make_article(title: str = "Untitled report", outlet: Outlet | None = None) -> Article:
    n = next(_numbers)
    return Article.objects.create(
        outlet=outlet or make_outlet(), title=title, body="body", raw_text=f"raw {n}",
        content_hash=f"hash-{n}", published_on=date(2023, 9, 20),
    )


def make_speaker(name: str, slug: str, aliases: tuple[str, ...] = ()) -> Speaker:
    speaker = Speaker.objects.create(name=name, slug=slug)
    for alias in aliases:
        SpeakerAlias.objects.create(speaker=speaker, name=alias)
    return speaker


def make_conflict(slug: str) -> Conflict:
    return Conflict.objects.get_or_create(slug=slug, defaults={"name": slug.replace("-", " ").title()})[0]


def make_statement(
    text: str, *, speaker: Speaker | None = None, article: Article | None = None, said_on: date | None = date(2023, 9, 20),
    kind: str = "direct", status: str = "extracted", conflicts: tuple[Conflict, ...] = (),
) -> Statement:
    start = next(_numbers) * 10_000  # spans never collide within an article
    statement = Statement.objects.create(
        article=article or make_article(), speaker=speaker, text=text, kind=kind, start=start,
        end=start + len(text), said_on=said_on, status=status,
    )
    if conflicts:
        statement.conflicts.add(*conflicts)
    return statement


def index_now() -> int:
    return process_index_queue(wait=True)
