"""Syndicated copies: which original, if any, a new article's text is a copy of.

The rule (docs/ingest.md, "Syndicated copies"): an article is a copy of an original already in the archive
when at least COPY_CONTAINMENT of the shorter text's word 5-grams are in the other one (a copy cut short or
with a paragraph added still is; two outlets' own reports of one event share a few phrases, not half their
text). Candidates are the originals sharing an LSH band key with the new text (ArticleBand, an index
lookup), then confirmed on the exact 5-gram sets of the texts. Only originals have band keys, so a copy is
always grouped under an original, never under another copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef

from statements.extraction.near_duplicates import Overlap, Sketch, overlap, shingles, sketch
from statements.models import Article, ArticleBand

# Chosen with benchmarks/syndication.py (docs/ingest.md): every hard negative there stays below 0.11,
# every built copy (a third cut, a paragraph added, another site's boilerplate) is above 0.6.
COPY_CONTAINMENT = 0.5
# Originals whose texts are read to confirm a candidate: the ones sharing the most bands first.
MAX_CANDIDATES = 10


# Any fixed number: the key of the transaction-level advisory lock under which PostgreSQL ingests look for
# an original and store the new article, so two copies of one story ingested at once by two machines are
# not both stored as originals.
LOOKUP_LOCK_KEY = 0x5E1D1C47


@dataclass(frozen=True)
class Original:
    article_id: int
    overlap: Overlap


def find_original(text: Sketch) -> Original | None:
    """The original `text` is a copy of: the one sharing the most of it, the earliest of equals; None when
    none does (or the text is too short to tell)."""
    if not text.usable:
        return None
    candidates = list(
        ArticleBand.objects.filter(key__in=text.band_keys())
        .values("article_id")
        .annotate(bands=Count("key"))
        .order_by("-bands", "article_id")
        .values_list("article_id", flat=True)[:MAX_CANDIDATES]
    )
    if not candidates:
        return None
    best = None
    for article_id, body in Article.objects.filter(pk__in=candidates, copy_of__isnull=True).values_list("pk", "body"):
        shared = overlap(text.shingles, shingles(body))
        if shared.containment >= COPY_CONTAINMENT and (
            best is None or (shared.score, -article_id) > (best.overlap.score, -best.article_id)
        ):
            best = Original(article_id, shared)
    return best


def original_in_transaction(text: Sketch) -> Original | None:
    """find_original, inside the transaction that will store the article: on PostgreSQL after taking the
    lock that makes "look up, then store" one at a time across processes (released at commit)."""
    if not text.usable:
        return None
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOOKUP_LOCK_KEY])
    return find_original(text)


def store_bands(article: Article, text: Sketch | None = None) -> int:
    """Write the band keys of an original (its body's, unless `text` is given); replaces any it had."""
    text = text or sketch(article.body)
    ArticleBand.objects.filter(article=article).delete()
    if not text.usable:
        return 0
    rows = ArticleBand.objects.bulk_create(ArticleBand(article=article, key=key) for key in set(text.band_keys()))
    return len(rows)


def backfill_bands(batch: int = 500) -> Iterator[int]:
    """Write the band keys of every original that has none (articles stored before copies were looked for),
    `batch` articles a transaction; yields how many were given keys after each batch. Nothing is regrouped:
    articles already stored keep their statements; later copies of them are found."""
    last = 0
    missing = Article.objects.filter(copy_of__isnull=True).filter(~Exists(ArticleBand.objects.filter(article=OuterRef("pk"))))
    while rows := list(missing.filter(pk__gt=last).order_by("pk").values_list("pk", "body")[:batch]):
        last = rows[-1][0]
        bands = [
            ArticleBand(article_id=pk, key=key)
            for pk, body in rows if (text := sketch(body)).usable for key in set(text.band_keys())
        ]
        with transaction.atomic():
            ArticleBand.objects.bulk_create(bands, batch_size=2000)
        yield len({band.article_id for band in bands})
