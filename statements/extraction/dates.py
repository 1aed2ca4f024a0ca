"""When a statement was made: relative expressions in its attribution resolved against the article date.

"on Monday" is the latest Monday on or before the publication day (wire copy uses the weekday for
the current week, and the day itself when published the same day); "today" and "yesterday" are
relative to publication; "on Sept. 13" takes the article's year, or the year before when that would
fall after publication. Nothing found, or no article date to resolve against: None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from statements.extraction.cues import MONTHS, WEEKDAYS

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_ALT = "|".join(WEEKDAYS)
_EXPRESSION = re.compile(
    rf"\b(?P<today>today|tonight|this (?:morning|afternoon|evening))\b"
    rf"|\b(?P<yesterday>yesterday)\b"
    rf"|\b(?P<weekday>{_DAY_ALT})\b"
    rf"|\b(?P<month>{_MONTH_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_ALT})\b\.?(?:,?\s+(?P<year2>\d{{4}}))?",
    re.IGNORECASE,
)


def resolve_said_on(frame: str, published_on: date | None) -> date | None:
    """The date the first time expression in `frame` points to, or None."""
    for match in _EXPRESSION.finditer(frame):
        found = _resolve(match, published_on)
        if found is not None:
            return found
    return None


def _resolve(match: re.Match[str], published_on: date | None) -> date | None:
    if match.group("today"):
        return published_on
    if match.group("yesterday"):
        return published_on - timedelta(days=1) if published_on else None
    if match.group("weekday"):
        if published_on is None:
            return None
        target = WEEKDAYS.index(match.group("weekday").lower())
        return published_on - timedelta(days=(published_on.weekday() - target) % 7)
    month_name = match.group("month") or match.group("month2")
    day = match.group("day") or match.group("day2")
    year = match.group("year") or match.group("year2")
    month = MONTHS.get(month_name.lower().rstrip("."))
    if month is None:
        return None
    if month == 5 and match.group("month") and match.group("month").islower():
        return None  # "may 3" is far more often the verb than the month
    try:
        if year:
            return date(int(year), month, int(day))
        if published_on is None:
            return None
        found = date(published_on.year, month, int(day))
        return found if found <= published_on else date(published_on.year - 1, month, int(day))
    except ValueError:
        return None
