"""Ingest: the only code that writes articles and extracted statements to the database.

One transaction per article; idempotent by content hash (ingesting the same article again changes
nothing); every statement written is queued for the search index in the same transaction, and the
index is brought up to date after commit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import IntegrityError, transaction

from statements.extraction.countries import countries_in
from statements.extraction.page_meta import outlet_name, registrable_domain
from statements.extraction.page_type import classify_page
from statements.extraction.pipeline import extract_article
from statements.extraction.speaker_guard import Refusal, minted_name
from statements.extraction.urls import canonical_url
from statements.devtools.faults import checkpoint
from statements.extraction.types import (
    ExtractedArticle,
    ExtractedStatement,
    ExtractionError,
    Gazetteer,
    SpeakerRef,
)
from statements.ingest.documents import Document, IngestOutcome, Provenance  # noqa: F401 (re-exported)
from statements.extraction.near_duplicates import Sketch, sketch
from statements.ingest.gazetteer_loader import gazetteer_from_db
from statements.ingest.readers import MAX_DOCUMENT_BYTES, decode_document, read_documents  # noqa: F401
from statements.ingest.syndication import original_in_transaction, store_bands
from statements.models import (
    Article,
    Conflict,
    Outlet,
    PageCapture,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    SpeakerRedirect,
    SpeakerRole,
    Statement,
    fingerprint,
    review_priority_of,
    unique_slug,
)
from statements.search import process_index_queue, queue_statements, schedule_index_update
from statements.text import normalise_name, person_key, remove_control_characters, sentence_of

# How many articles ingest stores before it brings the search index up to date: one index commit
# per batch instead of one per article.
INDEX_BATCH_ARTICLES = 500


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; wins over what the document says."""

    outlet: str = ""
    url: str = ""
    published_on: date | None = None


def ingest_paths(paths: Iterable[str | Path], overrides: Overrides = Overrides()) -> Iterator[IngestOutcome]:
    """Ingest every document in `paths` (files, folders, globs, URLs, "-"), yielding one outcome per document
    or unreadable input; never stops early."""
    return ingest_items(read_documents(paths), overrides)


def ingest_items(
    items: Iterable[Document | IngestOutcome], overrides: Overrides = Overrides()
) -> Iterator[IngestOutcome]:
    """Ingest what a reader gives; its outcomes (what it could not read) pass through."""
    gazetteer = gazetteer_from_db()
    registry = SpeakerRegistry()
    pending = 0
    try:
        for item in items:
            if isinstance(item, IngestOutcome):
                yield item
                continue
            outcome = ingest_document(item, gazetteer, overrides, registry=registry, index_now=False)
            pending += outcome.status == "added"
            if pending >= INDEX_BATCH_ARTICLES:
                process_index_queue(wait=True)
                pending = 0
            yield outcome
    finally:
        process_index_queue(wait=True)


def ingest_document(
    document: Document,
    gazetteer: Gazetteer,
    overrides: Overrides = Overrides(),
    *,
    registry: SpeakerRegistry | None = None,
    index_now: bool = True,
) -> IngestOutcome:
    url = overrides.url or document.meta.get("url", "")
    if (known := _article_at(canonical_url(url))) is not None:
        # Before extraction: a feed polled every hour lists the same stories again and again.
        return IngestOutcome(document.source, "skipped", known, reason=f"{canonical_url(url)} is already article {known}")
    content_hash = Article.hash_content(document.raw)
    if existing := _article_with(content_hash):
        return IngestOutcome(document.source, "unchanged", existing, reason="already in the archive")
    if document.fmt == "html" and not (page := classify_page(document.raw, url)).is_article:
        return IngestOutcome(document.source, "not_article", reason=f"not an article: {page.reason}")
    try:
        extracted = _extract_document(document, gazetteer, overrides, url)
    except ExtractionError as error:
        return IngestOutcome(document.source, "failed", reason=str(error), warnings=document.warnings)
    url = canonical_url(extracted.meta.url)
    if (other := _article_at(url)) is not None:
        return IngestOutcome(
            document.source, "skipped", other, reason=f"another version of {url} is already article {other}"
        )
    try:
        article, count = store_article(
            extracted, content_hash, source_name=document.source, registry=registry or SpeakerRegistry(),
            url=url, provenance=document.provenance, sketch=sketch(extracted.body),
        )
    except IntegrityError:
        # A concurrent ingest of the same article (same text or same URL) won the race; ours rolled back whole.
        existing = _article_with(content_hash)
        if existing is None and (existing := _article_at(url)) is None:
            raise
        return IngestOutcome(document.source, "unchanged", existing, reason="already in the archive")
    checkpoint("ingest.after_commit")
    if index_now:
        schedule_index_update()
    return _stored_outcome(document, extracted, article, count)


def _extract_document(document: Document, gazetteer: Gazetteer, overrides: Overrides, url: str) -> ExtractedArticle:
    """Extraction of a document's raw text, the metadata given on the command line winning over its own."""
    meta = document.meta
    return extract_article(
        document.raw,
        gazetteer=gazetteer,
        fmt=document.fmt,
        published_on=overrides.published_on or meta.get("published_on"),
        url=url,
        outlet=overrides.outlet or meta.get("outlet", ""),
        title=meta.get("title", ""),
        author=meta.get("author", ""),
    )


def _stored_outcome(document: Document, extracted: ExtractedArticle, article: Article, count: int) -> IngestOutcome:
    """What became of a document stored: an article with its statements, or a syndicated copy without."""
    if article.copy_of_id is not None:
        return IngestOutcome(
            document.source, "syndicated", article.id, reason=(
                f"a copy of article {article.copy_of_id} ({article.copy_overlap:.0%} of the shorter "
                "text in common): stored without statements of its own"
            ), language=extracted.meta.language, warnings=document.warnings,
        )
    return IngestOutcome(
        document.source, "added", article.id, count, language=extracted.meta.language, warnings=document.warnings
    )


def extract_stored(article: Article, gazetteer: Gazetteer | None = None) -> ExtractedArticle:
    """Today's extraction of a stored article's raw text, with the metadata it was stored with."""
    return extract_article(
        article.raw_text,
        gazetteer=gazetteer or gazetteer_from_db(),
        fmt=article_format(article),
        published_on=article.published_on,
        url=article.url,
        outlet=article.outlet.name if article.outlet else "",
        title=article.title,
        author=article.author,
    )


def article_format(article: Article) -> str:
    """How the raw text was ingested: the file's type, else what the text looks like."""
    if Path(article.source_name.split("#")[0]).suffix.lower() in {".html", ".htm"}:
        return "html"
    head = article.raw_text[:2000].lstrip().lower()
    return "html" if head.startswith("<") and re.search(r"<(html|body|article|div|p)[\s>]", head) else "text"


def _article_at(url: str) -> int | None:
    return Article.objects.filter(url=url).values_list("id", flat=True).first() if url else None


def _article_with(content_hash: str) -> int | None:
    return Article.objects.filter(content_hash=content_hash).values_list("id", flat=True).first()


@transaction.atomic
def store_article(
    extracted: ExtractedArticle, content_hash: str, *, source_name: str, registry: SpeakerRegistry,
    url: str | None = None, provenance: Provenance | None = None, sketch: Sketch | None = None,
) -> tuple[Article, int]:
    """Write the article, its statements and (for a fetched page) its capture; `url` is the canonical URL
    (the extracted one when None). Given the `sketch` of its text, an article that copies an original
    already in is written as its syndicated copy, without statements (the original's stand for them);
    an original is written with its text's band keys."""
    original = original_in_transaction(sketch) if sketch is not None else None
    meta = extracted.meta
    url = clean_field(meta.url if url is None else url)
    article = Article.objects.create(
        outlet=resolve_outlet(meta.outlet, url, title=meta.title),
        title=clean_field(meta.title or source_name)[:500],
        url=url,
        published_on=meta.published_on,
        date_precision=meta.date_precision,
        author=clean_field(meta.author)[:300],
        body=extracted.body,
        raw_text=remove_control_characters(extracted.raw_text),
        source_name=source_name[:300],
        language=meta.language,
        content_hash=content_hash,
        copy_of_id=original.article_id if original else None,
        copy_overlap=original.overlap.containment if original else None,
    )
    checkpoint("ingest.article_row")
    if provenance is not None:
        PageCapture.objects.create(
            article=article, url=provenance.url[:2000], final_url=provenance.final_url[:2000],
            http_status=provenance.status, fetched_at=provenance.fetched_at,
            content_type=provenance.content_type[:200], raw_size=len(provenance.raw),
            raw_gzip=PageCapture.compress(provenance.raw),
        )
    if original is not None:
        return article, 0
    store_bands(article, sketch)
    return article, store_statements(article, extracted, registry)


def store_statements(article: Article, extracted: ExtractedArticle, registry: SpeakerRegistry) -> int:
    """Write the statements extraction found in `article` (which has none yet) and queue them for the index."""
    conflicts = {c.slug: c for c in Conflict.objects.all()}
    rows, tags = [], []
    with registry.checked((found.speaker for found in extracted.statements), article):
        for found in extracted.statements:
            rows.append(statement_from_extraction(article, extracted, found, registry))
            tags.append([conflicts[slug] for slug in found.conflicts if slug in conflicts])
    Statement.objects.bulk_create(rows)
    through = Statement.conflicts.through
    through.objects.bulk_create(
        through(statement_id=row.id, conflict_id=conflict.id) for row, found in zip(rows, tags) for conflict in found
    )
    queue_statements(row.id for row in rows)
    checkpoint("ingest.before_commit")
    return len(rows)


@transaction.atomic
def store_separated_copy(article: Article, extracted: ExtractedArticle, registry: SpeakerRegistry) -> int:
    """A copy a curator separated from its original (statements.curation.decisions.separate_copy): it
    becomes an original, with its own statements and band keys."""
    article.copy_of = None
    article.copy_overlap = None
    article.body = extracted.body
    article.save(update_fields=["copy_of", "copy_overlap", "body"])
    store_bands(article)
    return store_statements(article, extracted, registry)


def statement_from_extraction(
    article: Article, extracted: ExtractedArticle, found: ExtractedStatement, registry: SpeakerRegistry
) -> Statement:
    """The unsaved row for one extracted statement (its conflicts are set separately)."""
    speaker = registry.speaker_for(found.speaker, article)
    return Statement(
        article=article,
        speaker=speaker,
        speaker_mention=clean_field(found.speaker.mention if found.speaker else "")[:300],
        text=found.text,
        kind=found.kind,
        cue=clean_field(found.cue)[:100],
        start=found.start,
        end=found.end,
        paragraph=extracted.paragraph_of(found.start, found.end),
        sentence=clean_field(found.sentence) or sentence_of(extracted.body, found.start, found.end),
        said_on=found.said_on or extracted.meta.published_on,
        confidence=found.confidence,
        fingerprint=fingerprint(found.text),
        review_priority=review_priority_of(speaker),
    )


class SpeakerRegistry:
    """Finds or mints the Speaker row for each speaker extraction found, across the articles of one run.

    A gazetteer speaker is found by its slug; a person by the identity of their full name (person_key:
    titles, initials and romanisations aside), never by a surname alone; an institution by its name as an
    alias. An unnamed source ("a senior US official") is a speaker of its one article. What is minted passes
    the guard (statements.extraction.speaker_guard): a weekday, a place or a common noun is no speaker, and its
    statement stays unattributed (its mention kept) for a curator. `refused` counts the refusals by reason.
    """

    def __init__(self) -> None:
        self._cache: dict[tuple, Speaker] = {}
        self._alive: set[int] = set()  # cached speakers known to exist, inside `checked`
        self.refused: Counter[str] = Counter()

    @contextmanager
    def checked(self, refs: Iterable[SpeakerRef | None], article: Article | None = None):
        """Within: the cached speakers of `refs` are checked to still exist with one query, instead of one
        query per statement (a curator may have merged or deleted one since it was cached)."""
        keys = (self._key(ref, article) for ref in refs)
        cached = {self._cache[key].pk for key in keys if key in self._cache}
        self._alive = set(Speaker.objects.filter(pk__in=cached).values_list("pk", flat=True)) if cached else set()
        try:
            yield
        finally:
            self._alive = set()

    def speaker_for(self, ref: SpeakerRef | None, article: Article | None = None) -> Speaker | None:
        """The speaker row of `ref` in `article` (found or minted), or None when it may not be one."""
        key = self._key(ref, article)
        if key is None:
            return None
        speaker = self._cache.get(key)
        if speaker is None or (speaker.pk not in self._alive and not Speaker.objects.filter(pk=speaker.pk).exists()):
            speaker = self._find(ref, ref.name, article) or self._create(ref, article)
            if speaker is None:
                return None
            if speaker.kind != SpeakerKind.UNNAMED or key[0] == "unnamed":  # an unnamed source is its article's
                self._cache[key] = speaker
        return speaker

    @staticmethod
    def _key(ref: SpeakerRef | None, article: Article | None) -> tuple | None:
        if ref is None or not (ref.slug or ref.name.strip()):
            return None
        if ref.kind == SpeakerKind.UNNAMED and not ref.slug:
            return ("unnamed", article.pk if article else None, normalise_name(ref.name))
        return (ref.slug or "", ref.kind, normalise_name(ref.name))

    def _find(self, ref: SpeakerRef, name: str, article: Article | None) -> Speaker | None:
        if ref.slug:
            speaker = Speaker.objects.filter(slug=ref.slug).first()
            if speaker is None:
                redirect = SpeakerRedirect.objects.select_related("speaker").filter(old_slug=ref.slug).first()
                speaker = redirect.speaker if redirect else None
            if speaker is not None:
                return speaker
        if ref.kind == SpeakerKind.UNNAMED:
            if article is None:
                return None
            return Speaker.objects.filter(
                kind=SpeakerKind.UNNAMED, article=article, aliases__normalised=normalise_name(name)
            ).first()
        named = Speaker.objects.exclude(kind=SpeakerKind.UNNAMED)
        if ref.kind == SpeakerKind.PERSON:
            identity = person_key(name)
            if " " not in identity:
                return None  # a surname alone is nobody across articles
            matches = named.filter(aliases__identity=identity)
        else:
            key = normalise_name(name)
            matches = named.filter(aliases__normalised__in={key, key.removeprefix("the ")})
        # Two rows for one name (minted before a curator merged them): the gazetteer's, else the oldest.
        return matches.order_by("-from_gazetteer", "pk").first()

    def _create(self, ref: SpeakerRef, article: Article | None) -> Speaker | None:
        kind = ref.kind if ref.kind in SpeakerKind.values else SpeakerKind.PERSON
        verdict = minted_name(clean_field(ref.name)[:200], kind, article.body if article else "")
        if isinstance(verdict, Refusal):
            self.refused[verdict.reason] += 1
            return None
        name, kind = verdict
        if kind == SpeakerKind.PERSON and " " not in person_key(name):
            # a mononym its article declares ("Boediono, who uses only one name"): one speaker across such articles
            found = Speaker.objects.filter(kind=kind, aliases__identity=person_key(name)).order_by("-from_gazetteer", "pk")
            if found.first() is not None:
                return found.first()
        if name != clean_field(ref.name) or kind != ref.kind:
            found = self._find(SpeakerRef(name=name, kind=kind), name, article)  # "Taoiseach Micheal Martin"
            if found is not None:
                return found
        unnamed = kind == SpeakerKind.UNNAMED
        if unnamed and article is None:
            return None  # an unnamed source exists only in its article
        countries = countries_in(name) if unnamed else []
        speaker = Speaker.objects.create(
            name=name,
            slug=unique_slug(Speaker, f"{name} in article {article.pk}" if unnamed else name),
            kind=kind,
            country=countries[0] if len(countries) == 1 else "",
            description=clean_field(ref.role)[:500],
            article=article if unnamed else None,
        )
        SpeakerAlias.objects.create(speaker=speaker, name=name)
        if ref.role and not unnamed:
            SpeakerRole.objects.create(speaker=speaker, title=clean_field(ref.role)[:200])
        return speaker


def resolve_outlet(name: str, url: str, *, title: str = "") -> Outlet | None:
    """The outlet named (by name or slug); else the one of the URL's registrable domain (one outlet per
    domain, whatever its pages call it); else a new one, named as statements.extraction.page_meta names
    outlets (the known table, the site's own name, the domain), never a platform's default ("Hosted")."""
    name = clean_field(name)[:200]
    if name and (outlet := Outlet.objects.filter(slug=name).first() or Outlet.objects.filter(name__iexact=name).first()):
        return outlet
    domain = registrable_domain(url)
    if domain:
        for outlet in Outlet.objects.exclude(domain=""):
            if registrable_domain(f"https://{outlet.domain}/") == domain:
                return outlet
    name = clean_field(outlet_name(name, url, title))[:200]
    if not name:
        return None
    return Outlet.objects.filter(name__iexact=name).first() or Outlet.objects.create(
        name=name, slug=unique_slug(Outlet, name), domain=domain
    )


def clean_field(value: str) -> str:
    return " ".join(remove_control_characters(value or "").split())
