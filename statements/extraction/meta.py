"""Article metadata found in the text itself: date lines, author lines, `Title:` / `Url:` lines, outlet lines.

Scraped articles carry their metadata as loose lines ("Author:Reuters 2023-09-20 02:35 69",
"Published September 25,2023", "Anadolu Agency EUROPE"); these functions recognise such lines so the
cleaner can move them out of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from statements.extraction.cues import MONTHS, NEWS_OUTLET_NAMES

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(\d{{4}})\b", re.I)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.I)
_DOTTED_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{4}})\b", re.I)

_AUTHOR_LINE = re.compile(r"^\s*(?:Author|By|Byline|Written by)\s*[:\s]\s*(?P<value>.+)$", re.I)
_DATE_LINE = re.compile(
    r"^\s*(?:Published|Updated|Posted|Date|Last updated)(?:\s+on)?\s*[:\s]\s*(?P<value>.+)$", re.I
)
_TITLE_LINE = re.compile(r"^\s*Title\s*:\s*(?P<value>.*)$", re.I)
_URL_LINE = re.compile(r"^\s*(?:Url|URL|Link|Source)\s*:\s*(?P<value>https?://\S+)\s*$", re.I)
_BARE_URL = re.compile(r"^\s*https?://\S+\s*$")
_OUTLET_LINE = re.compile(
    r"^\s*(?P<outlet>" + "|".join(re.escape(n) for n in sorted(NEWS_OUTLET_NAMES, key=len, reverse=True))
    + r")(?:\s+[A-Z][A-Z &-]*)?\s*$"
)


@dataclass
class MetaFound:
    """What the metadata lines of one article said; empty strings / None when they said nothing."""

    title: str = ""
    author: str = ""
    url: str = ""
    outlet: str = ""
    published_on: date | None = None
    date_precision: str = "day"


def parse_date(text: str) -> tuple[date | None, str]:
    """The first date written in `text` and its precision (day / month / year); (None, "day") if none."""
    for pattern, order in ((_ISO_DATE, "ymd"), (_MONTH_DAY_YEAR, "mdy"), (_DAY_MONTH_YEAR, "dmy"), (_DOTTED_DATE, "dmy")):
        match = pattern.search(text)
        if match:
            found = _make_date(match.groups(), order)
            if found:
                return found, "day"
    match = _MONTH_YEAR.search(text)
    if match:
        found = _make_date((match.group(1), "1", match.group(2)), "mdy")
        if found:
            return found, "month"
    return None, "day"


def _make_date(parts: tuple[str, ...], order: str) -> date | None:
    values = dict(zip(order, parts))
    month = values["m"]
    month_number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    try:
        return date(int(values["y"]), int(month_number or 0), int(values["d"]))
    except ValueError:
        return None


# Lower-case words a byline holds ("By Anna Varga and Tom Kral, staff writers | Reuters")
_BYLINE_WORDS = frozenset(
    "and of for at the in staff writer writers reporter reporters correspondent editor by".split())


def _byline_value(value: str) -> bool:
    """"Anna Varga, Reuters", "Tom Kral and Ilona Nagy | 12 May 2024": names, not a sentence ("By Tuesday, the toll
    had risen, officials said", "Author Rushdiyah Narker, from Kensington, said …" open paragraphs)."""
    words = [w.strip(",|-–—") for w in re.split(r"\s+\d", value, maxsplit=1)[0].split()]
    words = [w for w in words if w]
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w.lower() in _BYLINE_WORDS for w in words)


def read_meta_line(line: str, found: MetaFound) -> bool:
    """If `line` is a metadata line, record what it says in `found` and return True."""
    if match := _TITLE_LINE.match(line):
        found.title = found.title or match.group("value").strip()
        return True
    if match := _URL_LINE.match(line):
        found.url = found.url or match.group("value").strip()
        return True
    if _BARE_URL.match(line):
        found.url = found.url or line.strip()
        return True
    if match := _DATE_LINE.match(line):
        _take_date(match.group("value"), found)
        return bool(found.published_on) or len(line) < 60
    if (match := _AUTHOR_LINE.match(line)) and len(line) < 120 and (":" in line[: match.start("value")] or
                                                                    _byline_value(match.group("value"))):
        value = match.group("value").strip()
        published, precision = parse_date(value)
        if published:
            found.published_on = found.published_on or published
            found.date_precision = precision
        author = re.split(r"\s+\d", value, maxsplit=1)[0].strip(" ,|-")
        found.author = found.author or author
        return True
    if match := _OUTLET_LINE.match(line):
        found.outlet = found.outlet or match.group("outlet")
        return True
    if len(line) < 40 and not found.published_on:
        published, precision = parse_date(line)
        if published and len(re.sub(r"[\d:.,/\s-]", "", line)) <= 14:
            found.published_on, found.date_precision = published, precision
            return True
    return False


def _take_date(value: str, found: MetaFound) -> None:
    published, precision = parse_date(value)
    if published and not found.published_on:
        found.published_on, found.date_precision = published, precision
