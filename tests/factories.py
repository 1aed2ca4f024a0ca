"""Small hand-written factories: each makes one saved row with sensible defaults, any field overridable.

    statement = make_statement(text="We want peace.", speaker=make_speaker(name="Dmitry Peskov"))

Names and slugs carry a counter so that rows never collide; nothing depends on database ids.
"""

from __future__ import annotations

import itertools
from datetime import date

from django.utils.text import slugify

from statements.models import Article, Conflict, Outlet, Speaker, Statement

_counter = itertools.count(1)


def _next() -> int:
    return next(_counter)


def make_outlet(**overrides) -> Outlet:
    n = _next()
    fields = {"name": f"Outlet {n}", "domain": f"outlet{n}.example", "country": ""}
    fields.update(overrides)
    fields.setdefault("slug", f"{slugify(fields['name'])[:60]}-{n}")  # slugs are 80 chars at most
    return Outlet.objects.create(**fields)


def make_article(*, body: str = "", **overrides) -> Article:
    n = _next()
    body = body or f"Article {n} body. Officials spoke to reporters on Monday."
    fields = {
        "title": f"Article {n}",
        "url": f"https://news.example/{n}",
        "published_on": date(2024, 1, 1),
        "body": body,
        "raw_text": body,
    }
    fields.update(overrides)
    if "outlet" not in fields:
        fields["outlet"] = make_outlet()
    fields.setdefault("content_hash", Article.hash_content(f"{fields['raw_text']}\n#{n}"))
    return Article.objects.create(**fields)


def make_speaker(**overrides) -> Speaker:
    n = _next()
    fields = {"name": f"Speaker {n}", "kind": "person", "country": ""}
    fields.update(overrides)
    fields.setdefault("slug", f"{slugify(fields['name'])[:60]}-{n}")  # slugs are 80 chars at most
    return Speaker.objects.create(**fields)


def make_conflict(**overrides) -> Conflict:
    n = _next()
    fields = {"name": f"Conflict {n}"}
    fields.update(overrides)
    fields.setdefault("slug", f"{slugify(fields['name'])[:60]}-{n}")  # slugs are 80 chars at most
    return Conflict.objects.create(**fields)


def make_statement(*, text: str = "", article: Article | None = None, conflicts=(), **overrides) -> Statement:
    """A statement whose start/end point at its text in the article body.

    Without an article, one is made whose body quotes the text; with one, the text must occur in its body.
    """
    text = text or f"Statement number {_next()} about the talks."
    if article is None:
        article = make_article(body=f"The minister spoke on Monday.\n“{text}”, the minister said.\nTalks go on.")
    start = article.body.find(text)
    if start == -1 and "start" not in overrides:
        raise ValueError(f"the statement text {text!r} does not occur in the article body")
    fields = {
        "text": text,
        "article": article,
        "speaker": None,
        "kind": "direct",
        "start": start,
        "end": start + len(text),
        "said_on": article.published_on,
    }
    fields.update(overrides)
    if "speaker" not in overrides:
        fields["speaker"] = make_speaker()
    statement = Statement.objects.create(**fields)
    if conflicts:
        statement.conflicts.set(conflicts)
    return statement


def change_form_data(statement: Statement, **changes) -> dict:
    """What the admin's change form posts for `statement`, with `changes` applied."""
    data = {
        "text": statement.text,
        "speaker": statement.speaker_id or "",
        "speaker_mention": statement.speaker_mention,
        "kind": statement.kind,
        "cue": statement.cue,
        "said_on": statement.said_on.isoformat() if statement.said_on else "",
        "conflicts": [c.pk for c in statement.conflicts.all()],
        "status": statement.status,
        "article": statement.article_id,
        "start": statement.start,
        "end": statement.end,
    }
    data.update(changes)
    return data
