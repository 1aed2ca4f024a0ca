"""Reading the gazetteer files into plain data and into the pipeline's dataclasses; who held a role on a date.

The gazetteer is a folder of JSON files (fixtures/gazetteer/, docs/gazetteer.md describes the format) or
one such file. Each file may hold:
- "sources": {key: {"url", "title", "checked"}} — the public lists and official pages its facts come from;
- "offices": {key: {"title", "aliases", "shared"}} — an office once, its holders by dated roles ("shared":
  several people hold it at once, like a ministry's spokespeople);
- "speakers": [{slug, name, kind, country, description, aliases, ambiguous_aliases, source,
  roles: [{office | title, started_on, ended_on, source}]}];
- "conflicts": [{slug, name, parent, description, parties, aliases, keywords, places, source}];
- "outlets": [{name, domain, country}].
Keys of sources and offices are global across files, so one list of office holders is cited once.
Dates are ISO days ("2019-05-20"), or a month or year where the source gives no more ("2025-08"); a
role with no "ended_on" is held still as far as its source says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from statements.extraction.keys import name_key
from statements.extraction.types import Gazetteer, GazetteerConflict, GazetteerRole, GazetteerSpeaker

SECTIONS = ("speakers", "conflicts", "outlets")


class GazetteerFormatError(ValueError):
    """A gazetteer file that cannot be read as the format says; the message names the file and the entry."""


def gazetteer_files(path: str | Path) -> list[Path]:
    """The JSON files of a gazetteer folder (sorted, so loading order and slug clashes are reproducible)."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.rglob("*.json") if p.is_file())
    return [path]


def read_entries(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Every speaker, conflict and outlet of the gazetteer at `path`, with each role's office resolved to
    its titles and each source key resolved to {"url", "title", "checked"}. A role of an office with
    aliases becomes one role per title, all with the same dates (as curators would enter them)."""
    raw: list[tuple[Path, dict[str, Any]]] = []
    for file in gazetteer_files(path):
        try:
            raw.append((file, json.loads(file.read_text(encoding="utf-8"))))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise GazetteerFormatError(f"{file}: {error}") from error
    sources: dict[str, dict[str, Any]] = {}
    offices: dict[str, dict[str, Any]] = {}
    for file, data in raw:
        if not isinstance(data, dict):
            raise GazetteerFormatError(f"{file}: the top level must be an object")
        for table, into in (("sources", sources), ("offices", offices)):
            for key, value in data.get(table, {}).items():
                if key in into and into[key] != value:
                    raise GazetteerFormatError(f"{file}: {table} key {key!r} is defined twice, differently")
                into[key] = value
    merged: dict[str, list[dict[str, Any]]] = {section: [] for section in SECTIONS}
    seen: dict[tuple[str, str], Path] = {}
    for file, data in raw:
        for section in SECTIONS:
            for entry in data.get(section, ()):
                key = entry.get("slug") or entry.get("name")
                if (section, key) in seen:
                    raise GazetteerFormatError(f"{file}: {section[:-1]} {key!r} is also in {seen[section, key]}")
                seen[section, key] = file
                if section == "speakers":
                    entry = _resolve_speaker(entry, sources, offices, file)
                elif section == "conflicts" and entry.get("source"):
                    entry = {**entry, "source": _source(entry["source"], sources, file, key)}
                merged[section].append(entry)
    return merged


def _source(value: Any, sources: dict[str, dict[str, Any]], file: Path, where: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if value in sources:
        return sources[value]
    if isinstance(value, str) and value.startswith("http"):
        return {"url": value}
    raise GazetteerFormatError(f"{file}: {where}: unknown source {value!r}")


def _resolve_speaker(entry: dict[str, Any], sources, offices, file: Path) -> dict[str, Any]:
    slug = entry.get("slug", "?")
    roles = []
    for role in entry.get("roles", ()):
        source = role.get("source", entry.get("source"))
        resolved = {
            "started_on": role.get("started_on"),
            "ended_on": role.get("ended_on"),
            "source": _source(source, sources, file, slug) if source else None,
        }
        if "office" in role:
            office = offices.get(role["office"])
            if office is None:
                raise GazetteerFormatError(f"{file}: {slug}: unknown office {role['office']!r}")
            titles = [office["title"], *office.get("aliases", ())]
            shared = bool(office.get("shared"))  # several hold it at once (a ministry's spokespeople)
            roles.extend({**resolved, "title": title, "office": role["office"], "shared": shared} for title in titles)
        else:
            roles.append({**resolved, "title": role["title"]})
    source = entry.get("source")
    return {**entry, "roles": roles, "source": _source(source, sources, file, slug) if source else None}


def gazetteer_from_dict(data: dict[str, Any]) -> Gazetteer:
    """The pipeline's view of resolved entries (read_entries) or of a single legacy file's dict."""
    speakers = tuple(
        GazetteerSpeaker(
            slug=s["slug"],
            name=s["name"],
            kind=s.get("kind", "person"),
            country=s.get("country", ""),
            aliases=tuple(s.get("aliases", ())),
            roles=tuple(dict.fromkeys(r["title"] if isinstance(r, dict) else r for r in s.get("roles", ()))),
            dated_roles=tuple(
                GazetteerRole(
                    title=r["title"],
                    started_on=parse_day(r.get("started_on")),
                    ended_on=parse_day(r.get("ended_on"), end=True),
                    source=(r.get("source") or {}).get("url", ""),
                )
                for r in s.get("roles", ())
                if isinstance(r, dict)
            ),
        )
        for s in data.get("speakers", ())
    )
    conflicts = tuple(
        GazetteerConflict(
            slug=c["slug"],
            name=c["name"],
            keywords=tuple(c.get("keywords", ())),
            places=tuple(c.get("places", ())),
        )
        for c in data.get("conflicts", ())
    )
    return Gazetteer(speakers=speakers, conflicts=conflicts)


def read_gazetteer(path: str | Path) -> Gazetteer:
    return gazetteer_from_dict(read_entries(path))


def role_key(title: str) -> str:
    """How role titles are compared: folded, punctuation and a leading "the" dropped, "U.S." = "US"."""
    key = name_key(title.replace("U.S.", "US").replace("U.K.", "UK"))
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class Holding:
    speaker: GazetteerSpeaker
    role: GazetteerRole


def holders_of(gazetteer: Gazetteer, role: str, on_date: date) -> list[Holding]:
    """Every speaker holding a role titled `role` on `on_date` (start and end days included; an open start
    or end is unbounded), in gazetteer order, each once."""
    wanted = role_key(role)
    found: list[Holding] = []
    for speaker in gazetteer.speakers:
        for held in speaker.dated_roles:
            if role_key(held.title) != wanted:
                continue
            if (held.started_on is None or held.started_on <= on_date) and (
                held.ended_on is None or on_date <= held.ended_on
            ):
                found.append(Holding(speaker, held))
                break
    return found


def holder_of(gazetteer: Gazetteer, role: str, on_date: date) -> GazetteerSpeaker | None:
    """The one speaker who held `role` on `on_date` ("Kremlin spokesman", 2023-09-25 → Dmitry Peskov);
    None when nobody or more than one did (a handover day, two co-holders): never a guess."""
    holders = holders_of(gazetteer, role, on_date)
    return holders[0].speaker if len(holders) == 1 else None


def parse_day(value: str | None, *, end: bool = False) -> date | None:
    """A file's date as a day. Where a source gives only the month ("2025-08") or year ("2019"), a start is
    its first day and an end its last: the widest span the source allows, so the handover month has two
    holders and holder_of answers None there rather than guessing."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 3:
        return date.fromisoformat(value)
    year = int(parts[0])
    if len(parts) == 2:
        month = int(parts[1])
        if not end:
            return date(year, month, 1)
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return date(year, 12, 31) if end else date(year, 1, 1)
