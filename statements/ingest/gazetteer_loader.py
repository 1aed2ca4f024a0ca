"""The gazetteer in the database: loading fixtures/gazetteer.json into it, and reading it back for extraction.

The file seeds the database; after that the database (edited by curators in the admin) is what
extraction uses, so a new alias added by a curator takes effect at the next ingest.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from statements.extraction.types import Gazetteer, GazetteerConflict, GazetteerSpeaker
from statements.models import Conflict, Outlet, Speaker, SpeakerAlias, SpeakerRole, Statement, unique_slug
from statements.text import normalise_name

DEFAULT_GAZETTEER = Path(settings.BASE_DIR) / "fixtures" / "gazetteer.json"


@transaction.atomic
def load_gazetteer(path: str | Path = DEFAULT_GAZETTEER) -> dict[str, int]:
    """Create or update speakers, aliases, roles, conflicts and outlets from the file; idempotent."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    for entry in data.get("speakers", ()):
        speaker, _ = Speaker.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "kind": entry.get("kind", "person"),
                "country": entry.get("country", ""),
                "description": entry.get("description", ""),
                "from_gazetteer": True,
            },
        )
        known = set(speaker.aliases.values_list("normalised", flat=True))
        for alias in [entry["name"], *entry.get("aliases", ())]:
            if normalise_name(alias) not in known:
                SpeakerAlias.objects.create(speaker=speaker, name=alias)
                known.add(normalise_name(alias))
        for role in entry.get("roles", ()):
            SpeakerRole.objects.get_or_create(
                speaker=speaker,
                title=role["title"],
                defaults={
                    "started_on": _date(role.get("started_on")),
                    "ended_on": _date(role.get("ended_on")),
                },
            )
    # A speaker extraction had minted may just have joined the gazetteer: its statements move in the queue.
    Statement.objects.filter(speaker__slug__in=[e["slug"] for e in data.get("speakers", ())]).refresh_review_priority()
    for entry in data.get("conflicts", ()):
        Conflict.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "description": entry.get("description", ""),
                "keywords": "\n".join(entry.get("keywords", ())),
                "places": "\n".join(entry.get("places", ())),
            },
        )
    for entry in data.get("conflicts", ()):
        if entry.get("parent"):
            Conflict.objects.filter(slug=entry["slug"]).update(
                parent=Conflict.objects.get(slug=entry["parent"])
            )
    for entry in data.get("outlets", ()):
        outlet = Outlet.objects.filter(name=entry["name"]).first()
        if outlet is None:
            outlet = Outlet(name=entry["name"], slug=unique_slug(Outlet, entry["name"]))
        outlet.domain = entry.get("domain", "")
        outlet.country = entry.get("country", "")
        outlet.save()
    return {
        "speakers": Speaker.objects.count(),
        "conflicts": Conflict.objects.count(),
        "outlets": Outlet.objects.count(),
    }


def gazetteer_from_db() -> Gazetteer:
    """What extraction knows: every speaker with its aliases and roles, every conflict with its keywords."""
    speakers = []
    for speaker in Speaker.objects.prefetch_related("aliases", "roles").order_by("id"):
        speakers.append(
            GazetteerSpeaker(
                slug=speaker.slug,
                name=speaker.name,
                kind=speaker.kind,
                country=speaker.country,
                aliases=tuple(a.name for a in speaker.aliases.all()),
                roles=tuple(r.title for r in speaker.roles.all()),
            )
        )
    conflicts = tuple(
        GazetteerConflict(slug=c.slug, name=c.name, keywords=tuple(c.keyword_list()), places=tuple(c.place_list()))
        for c in Conflict.objects.order_by("id")
    )
    return Gazetteer(speakers=tuple(speakers), conflicts=conflicts)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
