"""A list's filters said in words: "Direct quotes by Dmitry Peskov about Kosovo–Serbia, matching
‘peacekeepers’, 2023". Used as the list page's heading, a saved search's default name and a feed's title."""

from __future__ import annotations

from datetime import date

from statements.research.facets import period_of
from statements.research.filters import STATUS_CHOICES
from statements.models import StatementKind

KIND_PLURALS = {
    StatementKind.DIRECT: "direct quotes",
    StatementKind.INDIRECT: "reported speech",
    StatementKind.MIXED: "mixed quotes",
}


def describe(cleaned: dict) -> str:
    """`cleaned` is a valid StatementFilter form's cleaned_data."""
    kinds = [KIND_PLURALS.get(kind, kind) for kind in cleaned.get("kind") or ()]
    head = either(kinds).capitalize() if kinds else "Statements"
    parts = [head]
    speakers = [speaker.name for speaker in cleaned.get("speaker") or ()]
    if speakers:
        parts[0] += f" by {either(speakers)}"
    countries = list(cleaned.get("country") or ())
    if countries:
        parts[0] += (" from " if speakers else " by speakers from ") + either(countries)
    conflicts = [conflict.name for conflict in cleaned.get("conflict") or ()]
    if conflicts:
        parts[0] += f" about {either(conflicts)}"
    outlets = [outlet.name for outlet in cleaned.get("outlet") or ()]
    if outlets:
        parts[0] += f" reported by {either(outlets)}"
    if cleaned.get("q"):
        parts.append(f"matching ‘{cleaned['q']}’")
    statuses = [label for value, label in STATUS_CHOICES if value in (cleaned.get("status") or ())]
    if statuses:
        parts.append(either(statuses))
    period = describe_period(cleaned.get("date_after"), cleaned.get("date_before"))
    if period:
        parts.append(period)
    return ", ".join(parts)


def describe_period(after: date | None, before: date | None) -> str:
    period = period_of(after, before)
    if period and period[1] is None:
        return str(period[0])
    if period:
        return date(period[0], period[1], 1).strftime("%B %Y")
    if after and before:
        return f"from {day(after)} to {day(before)}"
    if after:
        return f"since {day(after)}"
    if before:
        return f"until {day(before)}"
    return ""


def day(value: date) -> str:
    return f"{value.day} {value.strftime('%B %Y')}"


def either(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" or {names[-1]}"
