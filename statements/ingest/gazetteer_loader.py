"""The gazetteer in the database: loading the gazetteer files into it, and reading it back for extraction.

The files seed the database; after that the database (edited by curators in the admin) is what
extraction uses, so a new alias added by a curator takes effect at the next ingest.

Reloading merges three ways, per entry, with what the files said at the last load (GazetteerRecord):
- a name, country, description (or a conflict's name, parent, description) the database still holds as
  the files last gave it follows the files; one a curator changed stays;
- aliases, roles, keywords and places are sets: what the files add is added, what they drop is removed,
  and what a curator added or removed stays added or removed;
- a speaker a curator merged into another (its slug now a redirect) gets the files' new aliases and
  roles on the speaker it was merged into; one a curator deleted is not brought back.
An archive loaded before records existed counts as having no record: its values are kept, the files'
new aliases and roles are added, nothing is removed.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from django.conf import settings
from django.db import transaction

from statements.extraction.gazetteer import parse_day, read_entries
from statements.extraction.types import Gazetteer, GazetteerConflict, GazetteerRole, GazetteerSpeaker
from statements.models import (
    Conflict,
    GazetteerRecord,
    Outlet,
    Speaker,
    SpeakerAlias,
    SpeakerRedirect,
    SpeakerRole,
    Statement,
    unique_slug,
)
from statements.text import normalise_name, person_key

DEFAULT_GAZETTEER = Path(settings.BASE_DIR) / "fixtures" / "gazetteer"
SPEAKER_FIELDS = ("name", "kind", "country", "description")
CONFLICT_FIELDS = ("name", "description", "parent")
CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit


@transaction.atomic
def load_gazetteer(path: str | Path = DEFAULT_GAZETTEER) -> dict[str, int]:
    """Create or update speakers, aliases, roles, conflicts and outlets from the files; idempotent, and
    curators' changes survive (see the module's docstring)."""
    entries = read_entries(path)
    records = {r.key: r.data for r in GazetteerRecord.objects.all()}
    new_records: dict[str, dict[str, Any]] = {}
    touched = _load_speakers(entries["speakers"], records, new_records)
    Statement.objects.filter(speaker_id__in=touched).refresh_review_priority()
    _load_conflicts(entries["conflicts"], records, new_records)
    _load_outlets(entries["outlets"])
    GazetteerRecord.objects.bulk_create(
        [GazetteerRecord(key=key, data=data) for key, data in new_records.items()],
        update_conflicts=True,
        unique_fields=["key"],
        update_fields=["data"],
        batch_size=CHUNK,
    )
    return {
        "speakers": Speaker.objects.count(),
        "conflicts": Conflict.objects.count(),
        "outlets": Outlet.objects.count(),
    }


def _speaker_record(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": entry["name"],
        "kind": entry.get("kind", "person"),
        "country": entry.get("country", ""),
        "description": entry.get("description", ""),
        "aliases": sorted({_normalised(a) for a in [entry["name"], *entry.get("aliases", ())]}),
        "roles": sorted({_role_key(r) for r in entry["roles"]}),
    }


@lru_cache(maxsize=None)
def _normalised(alias: str) -> str:
    """SpeakerAlias.normalised of an alias (memoised: each alias is keyed several times per load)."""
    return normalise_name(alias)


def _role_key(role: dict[str, Any]) -> str:
    return _role_key_of(role["title"], parse_day(role.get("started_on")), parse_day(role.get("ended_on"), end=True))


def _role_key_of(title: str, started_on: date | None, ended_on: date | None) -> str:
    """A role's identity across loads: its title and days (a curator's change to either makes it another role)."""
    return f"{title}|{started_on or ''}|{ended_on or ''}"


def _merge_value(db: Any, old: dict | None, field: str, new: Any) -> Any:
    """The files' value where the database still holds what they last gave (or nothing); else the database's."""
    if old is None:
        return db if db not in ("", None) else new
    return new if db == old.get(field) else db


def _merge_set(db: set[str], old: dict | None, field: str, new: set[str]) -> set[str]:
    """Files' additions added, files' removals removed, everything else as the database has it."""
    previous = set(old.get(field, ())) if old else set()
    return (db - (previous - new)) | (new - previous)


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _load_speakers(entries: list[dict[str, Any]], records, new_records) -> list[int]:
    file_records = {e["slug"]: _speaker_record(e) for e in entries}
    targets, created = _speaker_rows(entries, records, file_records)
    aliases, roles = _aliases_and_roles_of(sorted({s.pk for s in targets.values()}))
    writes = _SpeakerWrites()
    for entry in entries:
        speaker = targets.get(entry["slug"])
        if speaker is None:
            continue
        key = f"speaker:{entry['slug']}"
        record = file_records[entry["slug"]]
        old = records.get(key)
        new_records[key] = record
        merged = speaker.slug != entry["slug"]
        # A merged speaker's identity is the curator's: only aliases and roles are added.
        if not merged and _merge_speaker_fields(speaker, old, record):
            writes.changed.append(speaker)
        _merge_aliases(speaker, entry, aliases[speaker.pk], None if merged else old, record, writes)
        _merge_roles(speaker, entry, roles[speaker.pk], None if merged else old, writes)
    writes.save()
    # A speaker extraction had minted may just have joined the gazetteer: its statements move in the queue.
    return [s.pk for s in created] + [s.pk for s in writes.changed]


def _speaker_rows(
    entries: list[dict[str, Any]], records, file_records: dict[str, dict[str, Any]]
) -> tuple[dict[str, Speaker], list[Speaker]]:
    """The speaker each entry loads into, by the entry's slug (its own, or the one it was merged into), and
    the speakers created for it."""
    slugs = [e["slug"] for e in entries]
    by_slug = {s.slug: s for s in Speaker.objects.filter(slug__in=slugs)}
    redirects = {
        r.old_slug: r.speaker for r in SpeakerRedirect.objects.filter(old_slug__in=slugs).select_related("speaker")
    }
    # New speakers first, in one query, so every entry has a row to hang aliases and roles on.
    created = []
    for entry in entries:
        key = f"speaker:{entry['slug']}"
        if entry["slug"] in by_slug or entry["slug"] in redirects or key in records:
            continue  # present, merged, or deleted by a curator after an earlier load
        created.append(
            Speaker(
                slug=entry["slug"],
                from_gazetteer=True,
                **{name: file_records[entry["slug"]][name] for name in SPEAKER_FIELDS},
            )
        )
    Speaker.objects.bulk_create(created, batch_size=CHUNK)
    by_slug.update({s.slug: s for s in Speaker.objects.filter(slug__in=[s.slug for s in created])})

    targets: dict[str, Speaker] = {}
    for entry in entries:
        speaker = by_slug.get(entry["slug"]) or redirects.get(entry["slug"])
        if speaker is not None:
            targets[entry["slug"]] = speaker
    return targets, created


def _aliases_and_roles_of(
    ids: list[int],
) -> tuple[dict[int, dict[str, SpeakerAlias]], dict[int, dict[str, SpeakerRole]]]:
    """Each speaker's aliases by normalised form and roles by _role_key_of."""
    aliases: dict[int, dict[str, SpeakerAlias]] = {pk: {} for pk in ids}
    roles: dict[int, dict[str, SpeakerRole]] = {pk: {} for pk in ids}
    for chunk in _chunks(ids):
        for alias in SpeakerAlias.objects.filter(speaker_id__in=chunk):
            aliases[alias.speaker_id][alias.normalised] = alias
        for role in SpeakerRole.objects.filter(speaker_id__in=chunk):
            roles[role.speaker_id][_role_key_of(role.title, role.started_on, role.ended_on)] = role
    return aliases, roles


@dataclasses.dataclass
class _SpeakerWrites:
    """What a load changes in speakers, aliases and roles: gathered entry by entry, written in bulk."""

    changed: list[Speaker] = dataclasses.field(default_factory=list)
    new_aliases: list[SpeakerAlias] = dataclasses.field(default_factory=list)
    gone_aliases: list[int] = dataclasses.field(default_factory=list)
    new_roles: list[SpeakerRole] = dataclasses.field(default_factory=list)
    gone_roles: list[int] = dataclasses.field(default_factory=list)
    sourced_roles: list[SpeakerRole] = dataclasses.field(default_factory=list)

    def save(self) -> None:
        Speaker.objects.bulk_update(self.changed, [*SPEAKER_FIELDS, "from_gazetteer"], batch_size=CHUNK)
        SpeakerAlias.objects.bulk_create(self.new_aliases, batch_size=CHUNK)
        SpeakerRole.objects.bulk_create(self.new_roles, batch_size=CHUNK)
        SpeakerRole.objects.bulk_update(self.sourced_roles, ["source", "checked"], batch_size=CHUNK)
        for chunk in _chunks(self.gone_aliases):
            SpeakerAlias.objects.filter(pk__in=chunk).delete()
        for chunk in _chunks(self.gone_roles):
            SpeakerRole.objects.filter(pk__in=chunk).delete()


def _merge_speaker_fields(speaker: Speaker, old: dict | None, record: dict[str, Any]) -> bool:
    """Merge the file's name, kind, country and description into `speaker`; whether it needs saving."""
    before = [getattr(speaker, f) for f in SPEAKER_FIELDS]
    for name in SPEAKER_FIELDS:
        setattr(speaker, name, _merge_value(getattr(speaker, name), old, name, record[name]))
    if before != [getattr(speaker, f) for f in SPEAKER_FIELDS] or not speaker.from_gazetteer:
        speaker.from_gazetteer = True
        return True
    return False


def _merge_aliases(
    speaker: Speaker, entry: dict[str, Any], have: dict[str, SpeakerAlias], old: dict | None,
    record: dict[str, Any], writes: _SpeakerWrites,
) -> None:
    """Aliases by normalised form; the file's spelling of a new one is kept."""
    spelled = {_normalised(a): a for a in reversed([entry["name"], *entry.get("aliases", ())])}
    keep = _merge_set(set(have), old, "aliases", set(record["aliases"]))
    for norm in keep - set(have):
        if norm:
            alias = SpeakerAlias(
                speaker=speaker, name=spelled[norm], normalised=norm, identity=person_key(spelled[norm])
            )
            have[norm] = alias
            writes.new_aliases.append(alias)
    for norm in set(have) - keep:
        if have[norm].pk:
            writes.gone_aliases.append(have.pop(norm).pk)


def _merge_roles(
    speaker: Speaker, entry: dict[str, Any], held: dict[str, SpeakerRole], old: dict | None, writes: _SpeakerWrites
) -> None:
    """Roles by title and dates; the source and checked date follow the file where no curator set them."""
    file_roles = {_role_key(r): r for r in entry["roles"]}
    keep = _merge_set(set(held), old, "roles", set(file_roles))
    for rkey in keep - set(held):
        if rkey in file_roles:
            role = _role_row(speaker, file_roles[rkey])
            held[rkey] = role
            writes.new_roles.append(role)
    for rkey in set(held) - keep:
        if held[rkey].pk:
            writes.gone_roles.append(held.pop(rkey).pk)
    for rkey, row in held.items():
        source = (file_roles.get(rkey, {}).get("source") or {})
        if row.pk and source and not row.source and source.get("url"):
            row.source = source["url"]
            row.checked = parse_day(source.get("checked"))
            writes.sourced_roles.append(row)


def _role_row(speaker: Speaker, role: dict[str, Any]) -> SpeakerRole:
    source = role.get("source") or {}
    return SpeakerRole(
        speaker=speaker,
        title=role["title"],
        started_on=parse_day(role.get("started_on")),
        ended_on=parse_day(role.get("ended_on"), end=True),
        source=source.get("url", ""),
        checked=parse_day(source.get("checked")),
    )


def _conflict_record(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": entry["name"],
        "description": entry.get("description", ""),
        "parent": entry.get("parent") or None,
        "keywords": sorted(set(entry.get("keywords", ()))),
        "places": sorted(set(entry.get("places", ()))),
    }


def _load_conflicts(entries: list[dict[str, Any]], records, new_records) -> None:
    existing = {c.slug: c for c in Conflict.objects.select_related("parent")}
    created: list[Conflict] = []
    parents: dict[str, str | None] = {}
    for entry in entries:
        key = f"conflict:{entry['slug']}"
        record = _conflict_record(entry)
        old = records.get(key)
        conflict = existing.get(entry["slug"])
        if conflict is None:
            if old is not None:
                continue  # a curator deleted it after an earlier load
            conflict = existing[entry["slug"]] = Conflict(slug=entry["slug"])
            created.append(conflict)
        db_parent = conflict.parent.slug if conflict.parent_id else None
        new_records[key] = record
        conflict.name = _merge_value(conflict.name, old, "name", record["name"])
        conflict.description = _merge_value(conflict.description, old, "description", record["description"])
        keywords = _merge_set(set(conflict.keyword_list()), old, "keywords", set(record["keywords"]))
        places = _merge_set(set(conflict.place_list()), old, "places", set(record["places"]))
        conflict.keywords = "\n".join(_ordered(entry.get("keywords", ()), keywords))
        conflict.places = "\n".join(_ordered(entry.get("places", ()), places))
        parents[entry["slug"]] = _merge_value(db_parent, old, "parent", record["parent"])
    Conflict.objects.bulk_create(created, batch_size=CHUNK)
    fields = ["name", "description", "keywords", "places"]
    Conflict.objects.bulk_update([c for c in existing.values() if c not in created and c.slug in parents], fields)
    ids = dict(Conflict.objects.values_list("slug", "pk"))
    reparented = []
    for slug, parent in parents.items():
        conflict = existing[slug]
        conflict.pk = ids[slug]
        wanted = ids.get(parent) if parent else None
        if conflict.parent_id != wanted:
            conflict.parent_id = wanted
            reparented.append(conflict)
    Conflict.objects.bulk_update(reparented, ["parent"])


def _ordered(file_order: Iterable[str], values: set[str]) -> list[str]:
    """The file's order first (curators read the list as written), then the database's own additions."""
    first = [v for v in dict.fromkeys(file_order) if v in values]
    return first + sorted(values - set(first))


def _load_outlets(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        outlet = Outlet.objects.filter(name=entry["name"]).first()
        if outlet is None:
            outlet = Outlet(name=entry["name"], slug=unique_slug(Outlet, entry["name"]))
        outlet.domain = entry.get("domain", "")
        outlet.country = entry.get("country", "")
        outlet.save()


def gazetteer_from_db() -> Gazetteer:
    """What extraction knows: every speaker with its aliases and roles, every conflict with its keywords."""
    speakers = []
    # Unnamed sources are their articles' own: nothing another article can be resolved to.
    for speaker in Speaker.objects.exclude(kind="unnamed").prefetch_related("aliases", "roles").order_by("id"):
        roles = list(speaker.roles.all())
        speakers.append(
            GazetteerSpeaker(
                slug=speaker.slug,
                name=speaker.name,
                kind=speaker.kind,
                country=speaker.country,
                aliases=tuple(a.name for a in speaker.aliases.all()),
                roles=tuple(dict.fromkeys(r.title for r in roles)),
                dated_roles=tuple(GazetteerRole(r.title, r.started_on, r.ended_on, r.source) for r in roles),
            )
        )
    conflicts = tuple(
        GazetteerConflict(slug=c.slug, name=c.name, keywords=tuple(c.keyword_list()), places=tuple(c.place_list()))
        for c in Conflict.objects.order_by("id")
    )
    return Gazetteer(speakers=tuple(speakers), conflicts=conflicts)
