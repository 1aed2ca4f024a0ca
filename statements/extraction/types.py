"""The data the extraction pipeline takes and gives: plain dataclasses, no Django.

`Gazetteer` is what the pipeline knows of speakers and conflicts (built from the database by ingest,
or from the files in fixtures/gazetteer/ by the benchmark); `ExtractedArticle` is everything ingest needs to
write an article and its statements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from statements.text import paragraph_of


@dataclass(frozen=True)
class GazetteerRole:
    """A role with its dates: who held "US Secretary of State" when. No end: held still, as far as known."""

    title: str
    started_on: date | None = None
    ended_on: date | None = None
    source: str = ""  # URL of the list or page the dates were checked against


@dataclass(frozen=True)
class GazetteerSpeaker:
    slug: str
    name: str
    kind: str = "person"  # person / organisation / government / group / unnamed
    country: str = ""
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # role titles, e.g. "Kremlin spokesman"
    dated_roles: tuple[GazetteerRole, ...] = ()  # the same roles with dates (holder_of reads these)


@dataclass(frozen=True)
class GazetteerConflict:
    slug: str
    name: str
    keywords: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    speakers: tuple[GazetteerSpeaker, ...] = ()
    conflicts: tuple[GazetteerConflict, ...] = ()


@dataclass(frozen=True)
class ArticleMeta:
    title: str = ""
    published_on: date | None = None
    date_precision: str = "day"  # day / month / year
    author: str = ""
    url: str = ""
    outlet: str = ""  # outlet name as the article gives it, if it does
    language: str = "en"


@dataclass(frozen=True)
class SpeakerRef:
    """Who said it. `slug` is set when the gazetteer knows the speaker; otherwise `name` (and `role`,
    `kind`) describe a speaker the archive does not know yet."""

    name: str
    mention: str = ""  # the words the article used: "the Kremlin spokesman", "he"
    slug: str | None = None
    role: str = ""
    kind: str = "person"  # person / organisation / government / group / unnamed (a source the article does not name)


@dataclass(frozen=True)
class ExtractedStatement:
    text: str
    start: int  # offsets into ExtractedArticle.body
    end: int
    kind: str  # direct / indirect / mixed
    speaker: SpeakerRef | None
    cue: str = ""
    sentence: str = ""  # the sentence of the body the statement stands in
    conflicts: tuple[str, ...] = ()  # conflict slugs
    said_on: date | None = None
    confidence: float = 1.0
    source_start: int | None = None  # offsets into the raw input text, where it maps back
    source_end: int | None = None


@dataclass
class ExtractedArticle:
    meta: ArticleMeta
    body: str
    raw_text: str
    statements: list[ExtractedStatement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def paragraph_of(self, start: int, end: int) -> str:
        """The paragraph(s) of the body that hold body[start:end]."""
        return paragraph_of(self.body, start, end)


class ExtractionError(ValueError):
    """The input cannot be turned into an article (empty, binary, not text); the message says why."""
