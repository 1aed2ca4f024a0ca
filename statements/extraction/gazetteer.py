"""Reading the gazetteer (fixtures/gazetteer.json format) into the pipeline's dataclasses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from statements.extraction.types import Gazetteer, GazetteerConflict, GazetteerSpeaker


def gazetteer_from_dict(data: dict[str, Any]) -> Gazetteer:
    speakers = tuple(
        GazetteerSpeaker(
            slug=s["slug"],
            name=s["name"],
            kind=s.get("kind", "person"),
            country=s.get("country", ""),
            aliases=tuple(s.get("aliases", ())),
            roles=tuple(r["title"] if isinstance(r, dict) else r for r in s.get("roles", ())),
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
    return gazetteer_from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
