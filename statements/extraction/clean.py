"""From raw input (seed-format text or HTML) to the article body, its metadata and a map back to the raw text.

The body keeps every kept line verbatim (controls become spaces, so lengths never change) and joins
paragraphs with "\\n\\n". Because each paragraph is a verbatim slice of the raw text, a list of
(body offset, raw offset) segments maps any body position back to the raw file; gold offsets and
curators' "show me in the source" both need that.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from statements.extraction.meta import MetaFound, read_meta_line
from statements.extraction.types import ExtractionError
from statements.extraction.keys import letter_count, name_key
from statements.text import remove_control_characters

# Lines that are site furniture, never article text (matched against the whole stripped line).
_BOILERPLATE = re.compile(
    r"^(?:subscribe\b.*|sign up\b.*|you may also like.*|read more\b.*|related(?: articles| stories| news)?:?.*"
    r"|advertisement|follow us\b.*|share(?: this)?(?: article| story)?:?|click here\b.*|contact us|"
    r"disclaimer\b.*|.*all rights reserved.*|©.*|copyright\b.*|yorum ekle|editör|editor|"
    r"tags?:.*|print|email|comments?|leave a (?:comment|reply).*|most (?:read|popular).*|trending.*|"
    r"(?:photo|image|video)(?: credit)?s?:.*|listen to (?:this )?article.*|\d+ min(?:ute)? read)$",
    re.IGNORECASE,
)
# Photo captions end with a credit in parentheses: "... (AFP)", "(AFP File Photo)", "(Photo: Reuters)".
_CAPTION = re.compile(
    r"\((?:[^()]*\b(?:photo|file|afp|reuters|ap|epa|getty|tass|ria|anadolu|sputnik|pool|handout)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)
# A related-video or related-story item: a listed title written twice ("- Piers Morgan tells viewers … Piers Morgan
# tells viewers … Wales Online"), the card's heading and its summary
_TEASER = re.compile(r"^[-•–]\s+(.{20,}?)\s+\1")
_BINARY = re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
_TERMINAL = re.compile(r"[.!?:;…\"”’'»)\]]\s*$")
_LOWER_START = re.compile(r"^[a-z(]")
_QUOTED_HEADING = re.compile(r"^(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}:\s*)?[‘'“\"«][^.!?,…]*[^.!?,…\s][’'”\"»]$")
_SHORT_HEADING_WORDS = 16
# "He reiterated that devaluation was not a solution" (its full stop lost): a heading names its subject, a sentence
# of the text may open with a pronoun
_PRONOUN_SENTENCE = re.compile(r"(?:He|She|They|We)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+\S+){4}")
# "DW", "02/26/2024", "Perparim Isufi and Saša Dragojlo", "Pristina, Belgrade": short header lines of names
# and numbers without closing punctuation (a caption has lower-case words; a crosshead comes later).
_BYLINE = re.compile(r"^(?:[A-Z\d][\w’'./-]*,?|and|&)(?:\s+(?:[A-Z\d][\w’'./-]*,?|and|&)){0,5}$")
_QUOTE_MARK = re.compile(r"[\"“”«»„]")


@dataclass
class Cleaned:
    """The article body, which paragraphs may hold statements, metadata, and the body→raw offset map."""

    body: str
    paragraphs: list[tuple[int, int]]  # (start, end) of each paragraph in body
    meta: MetaFound
    segments: list[tuple[int, int, int]] = field(default_factory=list)  # (body_start, raw_start, length)

    def to_raw(self, position: int) -> int | None:
        """The raw-text offset of body `position` (an end offset maps to just after its character)."""
        if not self.segments:
            return None
        # bisected by key: a list of every segment's start per call made statements x paragraphs of work
        index = max(bisect.bisect_right(self.segments, position, key=_segment_start) - 1, 0)
        body_start, raw_start, length = self.segments[index]
        return raw_start + min(max(position - body_start, 0), length)


def _segment_start(segment: tuple[int, int, int]) -> int:
    return segment[0]


@dataclass
class _Line:
    text: str
    raw_start: int


def check_is_text(raw: str) -> None:
    """Refuse input that is not prose: empty, binary, or mostly control / replacement characters."""
    if not raw or not raw.strip():
        raise ExtractionError("the input is empty")
    sample = raw[:20000]
    bad = len(_BINARY.findall(sample))
    if bad > max(8, len(sample) // 20):
        raise ExtractionError("the input looks binary: too many control or undecodable characters")
    letters = letter_count(sample)
    if letters < len(sample.strip()) // 4:
        raise ExtractionError("the input has too few letters to be an article")


def clean_text(raw: str) -> Cleaned:
    """Clean the seed format: first line is the title, metadata lines anywhere, paragraphs one per line."""
    check_is_text(raw)
    text = remove_control_characters(raw).replace("\u00a0", " ")
    meta = MetaFound()
    lines = _lines(text)
    title_key = ""
    kept: list[_Line | None] = []
    seen: dict[str, int] = {}  # each paragraph's key and where it is in `kept`
    for line in lines:
        stripped = line.text
        is_meta = read_meta_line(stripped, meta)
        if (is_meta or _BYLINE.match(stripped)) and title_key and 0 < len(kept) <= 2 and not any(
            _QUOTE_MARK.search(k.text) for k in kept
        ):
            # A byline, outlet or date line after a paragraph or two under the headline: those were the
            # standfirst, the article summed up in the editor's words ("Scholz has again rejected calls …"),
            # not body. A standfirst quoting someone is kept: it may be the only place the quote is in full.
            kept.clear()
            seen = dict.fromkeys(seen, -1)  # (still duplicates, no longer in `kept`)
        if is_meta or _BOILERPLATE.match(stripped):
            continue
        key = name_key(stripped)
        if not title_key:
            # The first real line is the headline; headlines are not statements.
            meta.title = meta.title or stripped
            title_key = key
            continue
        if key == title_key:
            # A repeated headline near the top closes the header: a standfirst before it is not body.
            if len(kept) <= 3:
                kept.clear()
                seen = dict.fromkeys(seen, -1)
            continue
        if _CAPTION.search(stripped) or _is_heading(stripped):
            continue
        if key in seen and len(key) > 0:
            first = seen[key]
            if not 0 <= first <= 1 or len(kept) - first < 3 or kept[first] is None:
                continue  # duplicate paragraph (teaser, pull quote): keep the first
            # a standfirst the body repeats further down: the body's copy, in its place among the paragraphs (a
            # quote left open before it must not run on into the paragraph after it)
            kept[first] = None
        seen[key] = len(kept)
        kept.append(line)
    kept = [line for line in kept if line is not None]
    meta.author = meta.author or _trailing_author(lines)
    if not kept:
        raise ExtractionError("no article text left after removing the title, metadata and boilerplate")
    return _assemble(kept, meta)


def clean_extracted(text: str, meta: MetaFound) -> Cleaned:
    """Clean text that an HTML extractor already reduced to paragraphs (one per line); offsets are body offsets."""
    check_is_text(text)
    text = remove_control_characters(text).replace("\u00a0", " ")
    title_key = name_key(meta.title)
    kept: list[_Line] = []
    seen: set[str] = set()
    for line in _lines(text):
        stripped = line.text
        key = name_key(stripped)
        if key == title_key or read_meta_line(stripped, meta) or _BOILERPLATE.match(stripped):
            continue
        if _CAPTION.search(stripped) or _is_heading(stripped) or key in seen or _TEASER.match(stripped):
            continue
        seen.add(key)
        kept.append(line)
    if not kept:
        raise ExtractionError("no article text left after removing boilerplate")
    return _assemble(kept, meta)


_BULLET = re.compile(r"[•·▪◦‣∙*–-]\s+(?=\S)")


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    for piece in text.split("\n"):
        left = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        bullet = _BULLET.match(stripped) if stripped.endswith((".", "!", "?", "”", '"')) else None
        if bullet is not None:
            # "• “We read about it in the press,” a diplomat told Axios.": a newsletter's list of sentences (not a
            # list of links, "- Piers Morgan tells viewers …", which stays boilerplate)
            stripped, left = stripped[bullet.end() :], left + bullet.end()
        if stripped:
            lines.append(_Line(stripped, position + left))
        else:
            lines.append(_Line("", position))
        position += len(piece) + 1
    return [line for line in lines if line.text] if _one_paragraph_per_line(lines) else _blocks(lines)


def _one_paragraph_per_line(lines: list[_Line]) -> bool:
    """Hard-wrapped text has lines that end mid-sentence and continue in lower case on the next line."""
    texts = [line.text for line in lines]
    wraps = sum(
        1 for a, b in zip(texts, texts[1:]) if a and b and not _TERMINAL.search(a) and _LOWER_START.match(b)
    )
    return wraps < 2


def _blocks(lines: list[_Line]) -> list[_Line]:
    """Join hard-wrapped lines of a block into one paragraph; the newline becomes a space (same length)."""
    blocks: list[_Line] = []
    current: _Line | None = None
    for line in lines:
        if not line.text:
            current = None
            continue
        if current is None or _TERMINAL.search(current.text) and not _LOWER_START.match(line.text):
            current = _Line(line.text, line.raw_start)
            blocks.append(current)
        else:
            gap = line.raw_start - (current.raw_start + len(current.text))
            current.text = current.text + " " * gap + line.text
    return blocks


def _is_heading(line: str) -> bool:
    """Short lines without closing punctuation are headings, captions, bylines, section names; so are short
    quoted lines whose quote has no closing punctuation (‘We are not safe anywhere’, Zelensky: 'Peace is needed'),
    the sub-headings and live-blog entry titles that repeat a quote of the text below them."""
    if len(line.split()) > _SHORT_HEADING_WORDS or _PRONOUN_SENTENCE.match(line):
        return False
    return not _TERMINAL.search(line) or bool(_QUOTED_HEADING.match(line))


def _trailing_author(lines: list[_Line]) -> str:
    """Some sites end with the reporter's name on its own line followed by a role line ("Editor")."""
    texts = [line.text for line in lines if line.text]
    for name, role in zip(texts[-4:], texts[-3:]):
        if re.fullmatch(r"(?:[A-ZÀ-Ý][\w'’-]+\s){1,3}[A-ZÀ-Ý][\w'’-]+", name) and re.fullmatch(
            r"(?i)editör|editor|reporter|correspondent|staff writer|writer", role
        ):
            return name
    return ""


def _assemble(kept: list[_Line], meta: MetaFound) -> Cleaned:
    pieces: list[str] = []
    paragraphs: list[tuple[int, int]] = []
    segments: list[tuple[int, int, int]] = []
    position = 0
    for line in kept:
        if pieces:
            pieces.append("\n\n")
            position += 2
        pieces.append(line.text)
        paragraphs.append((position, position + len(line.text)))
        segments.append((position, line.raw_start, len(line.text)))
        position += len(line.text)
    return Cleaned(body="".join(pieces), paragraphs=paragraphs, meta=meta, segments=segments)
