"""The extraction entry point: raw article in, ExtractedArticle out.

clean → quotes → sentences → attribution (+ speakers) → conflicts → dates. Everything here is pure
Python and regex/lexicon based so that an article takes a few milliseconds. Any failure on odd input
other than "this is not an article" (ExtractionError) is a bug; `extract_article` still converts it
into an ExtractionError rather than letting a caller crash on one bad file.
"""

from __future__ import annotations

import bisect
from datetime import date
from urllib.parse import urlparse

from statements.extraction.attribution import Attributor, Draft
from statements.extraction.clean import Cleaned, clean_extracted, clean_text
from statements.extraction.conflicts import article_conflicts, conflict_matcher, statement_conflicts
from statements.extraction.dates import resolve_said_on
from statements.extraction.language import detect_language
from statements.extraction.meta import MetaFound, parse_date
from statements.extraction.page_meta import clean_author, page_meta
from statements.extraction.quotes import find_quotes
from statements.extraction.sentences import mask_quotes
from statements.extraction.speakers import SpeakerResolver
from statements.extraction.split_body import later_parts
from statements.extraction.types import (
    ArticleMeta,
    ExtractedArticle,
    ExtractedStatement,
    ExtractionError,
    Gazetteer,
)
from statements.extraction.keys import name_key

MAX_INPUT_CHARS = 2_000_000  # ~300 pages of article text; anything longer is not a news article
# Raw HTML is mostly scripts and markup (a normal news page with inline JSON is 4-5 MB): the article limit
# applies to the text extracted from it; this cap only bounds what the HTML parser is given.
MAX_HTML_CHARS = 50_000_000
# The extractor's cues, names and attribution recipes are English; other languages are stored without
# statements until an extractor for them exists.
EXTRACTED_LANGUAGES = {"en"}


def extract_article(
    raw: str,
    *,
    gazetteer: Gazetteer,
    fmt: str = "text",
    published_on: date | None = None,
    url: str = "",
    outlet: str = "",
    title: str = "",
    author: str = "",
) -> ExtractedArticle:
    """Extract the statements of one article. Keyword arguments override what the text says."""
    if not isinstance(raw, str):
        raise ExtractionError("the input is not text")
    if fmt not in ("text", "html"):
        raise ExtractionError(f"unknown format {fmt!r}: expected 'text' or 'html'")
    if len(raw) > (MAX_HTML_CHARS if fmt == "html" else MAX_INPUT_CHARS):
        raise ExtractionError(f"the input is {len(raw):,} characters long, more than any article")
    try:
        cleaned = clean_html(raw, url) if fmt == "html" else clean_text(raw)
        if len(cleaned.body) > MAX_INPUT_CHARS:
            raise ExtractionError(f"the article text is {len(cleaned.body):,} characters long, more than any article")
        return _extract(raw, cleaned, gazetteer, fmt, published_on, url, outlet, title, author)
    except ExtractionError:
        raise
    except RecursionError as error:  # pragma: no cover - defensive: never crash the caller
        raise ExtractionError(f"the input could not be processed: {error}") from error
    except Exception as error:  # pragma: no cover - defensive: a bug must not stop a batch
        raise ExtractionError(f"extraction failed on this input ({type(error).__name__}: {error})") from error


def clean_html(raw: str, url: str = "") -> Cleaned:
    """Main text and metadata of an HTML page via trafilatura; offsets are into the extracted body. `url` is
    where the page was fetched from (its outlet is that site's, even when it names another as canonical)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False)
    if document is None:
        raise ExtractionError("no article text found in the HTML")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    found_date, precision = parse_date(data["date"]) if data.get("date") else (None, "day")
    page = page_meta(
        raw, title=(data.get("title") or "").strip(), site_name=(data.get("sitename") or "").strip(),
        author=(data.get("author") or "").strip(), url=url or (data.get("url") or "").strip(), published_on=found_date,
    )
    meta = MetaFound(
        title=page.title, author=page.author, url=(data.get("url") or "").strip(), outlet=page.outlet,
        published_on=page.published_on, date_precision=precision if page.published_on == found_date else "day",
    )
    text = data.get("text") or ""
    if not text.strip():
        raise ExtractionError("no article text found in the HTML")
    text = "\n".join([text, *later_parts(raw, text)])
    cleaned = clean_extracted(text, meta)
    # A byline line in the text ("By EARYEL BOWLEG", "By CBS News") is cleaned by the same rule as the page's.
    cleaned.meta.author = clean_author(cleaned.meta.author, page.outlet)
    return cleaned


def _extract(raw: str, cleaned: Cleaned, gazetteer: Gazetteer, fmt: str, published_on: date | None,
             url: str, outlet: str, title: str, author: str) -> ExtractedArticle:
    found = cleaned.meta
    meta = ArticleMeta(
        title=title or found.title,
        published_on=published_on or found.published_on,
        date_precision="day" if published_on else found.date_precision,
        author=author or found.author,
        url=url or found.url,
        outlet=outlet or found.outlet or _outlet_from_url(url or found.url),
        language=detect_language(cleaned.body) or "en",
    )
    body = cleaned.body
    if meta.language not in EXTRACTED_LANGUAGES:
        return ExtractedArticle(meta=meta, body=body, raw_text=raw, statements=[])
    quotes = find_quotes(body, cleaned.paragraphs)
    masked = mask_quotes(body, quotes)
    resolver = SpeakerResolver(gazetteer, body, on_date=meta.published_on, author=meta.author)
    attributor = Attributor(body, masked, cleaned.paragraphs, quotes, resolver)
    drafts = attributor.run()
    sentence_starts = [sentence for paragraph in attributor.sentences for sentence in paragraph]
    drafts = _deduplicate(sorted(drafts, key=lambda d: d.start), body)
    matcher = conflict_matcher(gazetteer)
    scanned: dict[str, list[str]] = {}  # paragraph -> conflict slugs, shared by the topic and the paragraph tags
    topic = article_conflicts(matcher, meta.title, body, scanned)
    statements = []
    last_date: dict[str, date] = {}
    paragraph_tags: dict[int, tuple[str, ...]] = {}
    paragraph_texts: dict[int, str] = {}
    for draft in drafts:
        text = body[draft.start : draft.end]
        if draft.paragraph not in paragraph_tags:
            paragraph_texts[draft.paragraph] = _paragraph_text(body, cleaned.paragraphs, draft.paragraph)
            paragraph_tags[draft.paragraph] = matcher.tags(paragraph_texts[draft.paragraph], scanned)
        sentence = _sentence_text(body, sentence_starts, draft.start, draft.end)
        said_on = resolve_said_on(draft.frame, meta.published_on)
        key = _speaker_key(draft)
        if said_on is None and key:
            said_on = last_date.get(key)
        elif said_on is not None and key:
            last_date[key] = said_on
        statements.append(
            ExtractedStatement(
                text=text,
                start=draft.start,
                end=draft.end,
                kind=draft.kind,
                speaker=draft.speaker,
                cue=draft.cue,
                sentence=sentence,
                # reported content leaves its frame out ("Touching on the war in Ukraine, Fidan said …"), and the
                # frame tells what the statement is about, so reported speech is tagged by its whole sentence
                conflicts=statement_conflicts(matcher, text if draft.kind == "direct" else sentence,
                                              paragraph_tags[draft.paragraph], topic, paragraph_texts[draft.paragraph]),
                said_on=said_on,
                confidence=0.7 if draft.inherited else 0.9,
                source_start=cleaned.to_raw(draft.start) if fmt == "text" else None,
                source_end=cleaned.to_raw(draft.end) if fmt == "text" else None,
            )
        )
    return ExtractedArticle(meta=meta, body=body, raw_text=raw, statements=statements)


def _deduplicate(drafts: list[Draft], body: str) -> list[Draft]:
    """The same quote repeated in an article (teaser, pull quote) is one statement: the first. A quote without a
    frame of its own whose words the article writes again further down is a pull quote ("‘It is impossible to
    overstate this ruling.’" as a paragraph, the lawyer's full quote further down): not a statement of whoever
    spoke in the paragraph before."""
    seen: set[str] = set()
    kept = []
    for draft in drafts:
        if draft.kind == "direct" and draft.inherited and _written_again(body, draft.start, draft.end):
            continue
        key = name_key(body[draft.start : draft.end])
        if len(key.split()) < 4:
            key = f"{key}|{_speaker_key(draft)}"  # "half said so", "55 percent said so": two answers, not a repeat
        if key in seen:
            continue
        seen.add(key)
        kept.append(draft)
    return kept


def _written_again(body: str, start: int, end: int) -> bool:
    words = body[start:end].strip(" .,!?…").strip()
    return len(words.split()) >= 4 and body.find(words, end) != -1  # (a headline quoting it comes before)


def _sentence_text(body: str, sentences: list[tuple[int, int]], start: int, end: int) -> str:
    """The sentence(s) of the body holding body[start:end] (`sentences` in reading order)."""
    first = max(bisect.bisect_right(sentences, (start, len(body) + 1)) - 1, 0)
    covering = [s for s in sentences[first : first + 40] if s[0] < end and start < s[1]]
    if not covering:
        return body[start:end]
    return body[min(covering[0][0], start) : max(covering[-1][1], end)]


def _paragraph_text(body: str, paragraphs: list[tuple[int, int]], index: int) -> str:
    start, end = paragraphs[index]
    return body[start:end]


def _speaker_key(draft: Draft) -> str:
    if draft.speaker is None:
        return ""
    return draft.speaker.slug or name_key(draft.speaker.name)


def _outlet_from_url(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") if host else ""
