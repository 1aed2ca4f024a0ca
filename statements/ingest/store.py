"""Ingest: the only code that writes articles and extracted statements to the database.

One transaction per article; idempotent by content hash (ingesting the same article again changes
nothing); every statement written is queued for the search index in the same transaction, and the
index is brought up to date after commit.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import IntegrityError, transaction

from statements.extraction.countries import countries_in
from statements.extraction.pipeline import extract_article
from statements.extraction.speaker_guard import Refusal, minted_name
from statements.devtools.faults import checkpoint
from statements.extraction.types import (
    ExtractedArticle,
    ExtractedStatement,
    ExtractionError,
    Gazetteer,
    SpeakerRef,
)
from statements.ingest.gazetteer_loader import gazetteer_from_db
from statements.ingest.outlet_names import outlet_name, registrable_domain
from statements.models import (
    Article,
    Conflict,
    Outlet,
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
from statements.text import normalise_name, person_key, remove_control_characters

FORMATS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
# How many articles ingest stores before it brings the search index up to date: one index commit
# per batch instead of one per article.
INDEX_BATCH_ARTICLES = 500


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; wins over what the document says."""

    outlet: str = ""
    url: str = ""
    published_on: date | None = None


@dataclass(frozen=True)
class Document:
    source: str  # file name, or file name#line for JSON Lines
    raw: str
    fmt: str  # text / html
    meta: dict  # title, url, outlet, author, published_on from a JSON Lines record


@dataclass(frozen=True)
class IngestOutcome:
    source: str
    status: str  # added / unchanged / skipped / failed
    article_id: int | None = None
    statements: int = 0
    reason: str = ""

    @property
    def failed(self) -> bool:
        return self.status == "failed"


def ingest_paths(paths: Iterable[str | Path], overrides: Overrides = Overrides()) -> Iterator[IngestOutcome]:
    """Ingest every supported file under `paths`, yielding one outcome per document; never stops early."""
    gazetteer = gazetteer_from_db()
    registry = SpeakerRegistry()
    pending = 0
    try:
        for item in read_documents(paths):
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
    content_hash = Article.hash_content(document.raw)
    existing = Article.objects.filter(content_hash=content_hash).values_list("id", flat=True).first()
    if existing:
        return IngestOutcome(document.source, "unchanged", existing, reason="already in the archive")
    meta = document.meta
    try:
        extracted = extract_article(
            document.raw,
            gazetteer=gazetteer,
            fmt=document.fmt,
            published_on=overrides.published_on or meta.get("published_on"),
            url=overrides.url or meta.get("url", ""),
            outlet=overrides.outlet or meta.get("outlet", ""),
            title=meta.get("title", ""),
            author=meta.get("author", ""),
        )
    except ExtractionError as error:
        return IngestOutcome(document.source, "failed", reason=str(error))
    url = extracted.meta.url
    if url and (other := Article.objects.filter(url=url).values_list("id", flat=True).first()):
        return IngestOutcome(
            document.source, "skipped", other, reason=f"another version of {url} is already article {other}"
        )
    try:
        article, count = store_article(
            extracted, content_hash, source_name=document.source, registry=registry or SpeakerRegistry()
        )
    except IntegrityError:
        # A concurrent ingest of the same article won the race; ours rolled back whole.
        existing = Article.objects.filter(content_hash=content_hash).values_list("id", flat=True).first()
        if existing is None:
            raise
        return IngestOutcome(document.source, "unchanged", existing, reason="already in the archive")
    checkpoint("ingest.after_commit")
    if index_now:
        schedule_index_update()
    return IngestOutcome(document.source, "added", article.id, count)


@transaction.atomic
def store_article(
    extracted: ExtractedArticle, content_hash: str, *, source_name: str, registry: SpeakerRegistry
) -> tuple[Article, int]:
    meta = extracted.meta
    article = Article.objects.create(
        outlet=resolve_outlet(meta.outlet, meta.url, title=meta.title),
        title=clean_field(meta.title or source_name)[:500],
        url=clean_field(meta.url),
        published_on=meta.published_on,
        date_precision=meta.date_precision,
        author=clean_field(meta.author)[:300],
        body=extracted.body,
        raw_text=remove_control_characters(extracted.raw_text),
        source_name=source_name[:300],
        language=meta.language,
        content_hash=content_hash,
    )
    checkpoint("ingest.article_row")
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
    return article, len(rows)


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
    """The outlet named, when an outlet has that name or slug; else the one of the URL's registrable domain
    (created, named by statements.ingest.outlet_names, if new); else one of that name (created if new)."""
    name = clean_field(name)[:200]
    if name:
        outlet = Outlet.objects.filter(slug=name).first() or Outlet.objects.filter(name__iexact=name).first()
        if outlet is not None:
            return outlet
    domain = registrable_domain(url)
    if domain:
        for outlet in Outlet.objects.exclude(domain=""):
            if registrable_domain(f"https://{outlet.domain}/") == domain:
                return outlet
        name = outlet_name(domain, name, title)[:200]
        outlet = Outlet.objects.filter(name__iexact=name).first()
        return outlet or Outlet.objects.create(name=name, slug=unique_slug(Outlet, name), domain=domain)
    if not name or normalise_name(outlet_name("", name, title)) != normalise_name(name):
        return None  # "Hosted", or the page's own headline: no outlet's name
    return Outlet.objects.create(name=name, slug=unique_slug(Outlet, name))


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | IngestOutcome]:
    """Every document under `paths`; what cannot be read comes out as a failed outcome with its reason."""
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS)
            if not files:
                yield IngestOutcome(str(path), "failed", reason="folder holds no .txt, .html or .jsonl files")
            for file in files:
                yield from _read_file(file)
        else:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Document | IngestOutcome]:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        yield IngestOutcome(path.name, "failed", reason=f"unsupported file type {path.suffix or '(none)'!r}")
        return
    try:
        text = decode_document(path.read_bytes(), limit=None if fmt == "jsonl" else MAX_DOCUMENT_BYTES)
    except OSError as error:
        yield IngestOutcome(path.name, "failed", reason=f"cannot read file: {error.strerror or error}")
        return
    except ValueError as error:
        yield IngestOutcome(path.name, "failed", reason=str(error))
        return
    if fmt != "jsonl":
        yield Document(path.name, text, fmt, {})
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _jsonl_document(f"{path.name}#{number}", line)


def decode_document(data: bytes, *, limit: int | None = MAX_DOCUMENT_BYTES) -> str:
    if limit is not None and len(data) > limit:
        raise ValueError(f"file is {len(data):,} bytes; the limit is {limit:,}")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (bad byte at position {error.start})") from None


def _jsonl_document(source: str, line: str) -> Document | IngestOutcome:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return IngestOutcome(source, "failed", reason=f"invalid JSON: {error.msg}")
    if not isinstance(record, dict):
        return IngestOutcome(source, "failed", reason="a line must be a JSON object")
    text = record.get("text") or record.get("body")
    if not isinstance(text, str) or not text.strip():
        return IngestOutcome(source, "failed", reason='no "text" field with the article text')
    meta = {key: record[key] for key in ("title", "url", "outlet", "author") if isinstance(record.get(key), str)}
    published = record.get("published") or record.get("published_on")
    if published:
        try:
            meta["published_on"] = date.fromisoformat(str(published)[:10])
        except ValueError:
            return IngestOutcome(source, "failed", reason=f"published {published!r} is not an ISO date")
    fmt = "html" if record.get("format") == "html" else "text"
    return Document(source, text, fmt, meta)


def clean_field(value: str) -> str:
    return " ".join(remove_control_characters(value or "").split())
