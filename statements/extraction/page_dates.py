"""An HTML page's publication day as a reader sees it (read by page_meta).

htmldate (through trafilatura) is right on most pages: it reads the date the page shows and prefers the
original date to a modified one. Two things it gets wrong are corrected here, both from what the page says
about itself:
- a publication time declared in UTC ("2022-04-29T02:08Z") for an evening story: the day is the one of the
  publisher's own zone, which the page gives in its other datetimes ("2022-04-28T22:08-04:00"), else the
  neighbouring day the page shows (and the UTC day it does not);
- a page that declares two dates and shows neither: htmldate may take the modification date; the declared
  publication date is the one a reader would be told. A page that shows its update date ("Monday, 6 January
  2020" and nothing else) keeps it: the shown date wins.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta, timezone

from statements.extraction.html_meta import ld_items, ld_types

PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "datePublished", "pubdate",
                  "publishdate", "dc.date.issued", "sailthru.date")
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "dateModified", "last-modified")
_ISO = re.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_UPDATE = re.compile(r"\b(?:updated|modified|last edited)\b[^.;|]*$", re.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def publication_day(doc, metas: dict[str, str], found: date | None, visible_text: str = "") -> date | None:
    """The day the page was published, from the extractor's day `found` and what the page declares."""
    if doc is None:
        return found
    published = _declared(doc, metas, PUBLISHED_KEYS, "datePublished")
    if found is None:
        return published[0].date() if published else None
    zone = _publisher_zone(doc, metas)
    for moment in published:
        if moment.utcoffset() != timedelta(0) or moment.date() != found:
            continue
        if zone is not None:
            return moment.astimezone(zone).date()  # htmldate read the UTC time: the publisher's day
        # No zone given: the local day the page shows, when it shows that one and not the UTC day (the
        # day before for a time early in UTC, an evening in the Americas; the day after for a late one,
        # a morning in Asia). A time in the middle of the UTC day is the same day nearly everywhere.
        if moment.hour < 8 or moment.hour >= 16:
            local = found - timedelta(days=1) if moment.hour < 8 else found + timedelta(days=1)
            if shows_day(visible_text, local, updates=False) and not shows_day(visible_text, found):
                return local
    modified = {moment.date() for moment in _declared(doc, metas, MODIFIED_KEYS, "dateModified")}
    earlier = sorted(moment.date() for moment in published if moment.date() < found)
    if found in modified and earlier and not shows_day(visible_text, found, updates=False):
        return earlier[0]
    return found


def shows_day(text: str, day: date, *, updates: bool = True) -> bool:
    """Whether `text` writes `day` the way pages do: "April 28, 2022", "28 April 2022", "Apr. 28, 2022",
    "2022-04-28", "28/04/2022", "04/28/2022", "28.04.2022". Without `updates`, a day written as an update
    time ("Updated 2010 GMT March 14, 2021") does not count: the page dates itself by its publication."""
    if not text:
        return False
    month = _MONTHS[day.month - 1]
    name = rf"(?:{month}|{month[:3]}\.?|{month[:4]}\.?)"
    d, m, y = day.day, day.month, day.year
    patterns = (
        rf"\b{name}\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}\b",
        rf"\b0?{d}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{name},?\s+{y}\b",
        rf"\b{y}-{m:02d}-{d:02d}\b",
        rf"\b0?{d}[/.]0?{m}[/.]{y}\b",
        rf"\b0?{m}/0?{d}/{y}\b",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, text, re.I):
            if updates or not _UPDATE.search(text[max(0, match.start() - 40) : match.start()]):
                return True
    return False


def declared_days(doc, metas: dict[str, str]) -> list[date]:
    """Every publication day the page declares, in the order found."""
    return [moment.date() for moment in _declared(doc, metas, PUBLISHED_KEYS, "datePublished")]


def _declared(doc, metas: dict[str, str], keys: tuple[str, ...], ld_key: str) -> list[datetime]:
    values = [metas.get(key, "") for key in keys]
    values += [item.get(ld_key, "") for item in ld_items(doc)
               if any(kind.endswith(("Article", "Posting", "Report", "WebPage")) for kind in ld_types(item))]
    return [moment for moment in map(_moment, values) if moment is not None]


def _publisher_zone(doc, metas: dict[str, str]) -> timezone | None:
    """The UTC offset most of the page's own datetimes carry (<time datetime>, declared times), other than UTC
    itself; None when the page gives none."""
    values = [time.get("datetime", "") for time in doc.iter("time")] + list(metas.values())
    values += [item.get(key, "") for item in ld_items(doc) for key in ("datePublished", "dateModified", "dateCreated")]
    offsets = Counter(moment.utcoffset() for moment in map(_moment, values) if moment is not None)
    offsets.pop(timedelta(0), None)
    offsets.pop(None, None)
    return timezone(offsets.most_common(1)[0][0]) if offsets else None


def _moment(value) -> datetime | None:
    """An ISO 8601 date or datetime; aware when it carries an offset ("Z", "+0000", "-04:00")."""
    match = _ISO.match(value) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    zone = None
    if offset == "Z":
        zone = timezone.utc
    elif offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                        tzinfo=zone)
    except ValueError:
        return None
