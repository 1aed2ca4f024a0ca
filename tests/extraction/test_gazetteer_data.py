"""The gazetteer files are well-formed data, and dated roles resolve to the right holder (holder_of)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from statements.extraction.gazetteer import (
    gazetteer_files,
    holder_of,
    holders_of,
    parse_day,
    read_entries,
    read_gazetteer,
)
from statements.extraction.keys import name_key

FOLDER = Path(__file__).resolve().parents[2] / "fixtures" / "gazetteer"
ENTRIES = read_entries(FOLDER)
GAZETTEER = read_gazetteer(FOLDER)
SPEAKERS = ENTRIES["speakers"]


def test_every_file_is_read_and_slugs_are_unique():
    assert len(gazetteer_files(FOLDER)) >= 3
    slugs = [s["slug"] for s in SPEAKERS]
    assert len(slugs) == len(set(slugs))
    conflicts = [c["slug"] for c in ENTRIES["conflicts"]]
    assert len(conflicts) == len(set(conflicts))


@pytest.mark.parametrize("speaker", SPEAKERS, ids=lambda s: s["slug"])
def test_each_speaker_is_well_formed(speaker):
    assert speaker["name"].strip() and speaker["kind"] in {"person", "organisation", "government", "group"}
    keys = [name_key(a) for a in speaker["aliases"]]
    assert len(keys) == len(set(keys)), "aliases unique per speaker (as normalised)"
    assert speaker.get("source") or speaker["roles"], "an entry without roles cites its source"
    for role in speaker["roles"]:
        assert role["title"].strip()
        assert role["source"] and role["source"]["url"].startswith("https://"), "each role has a source"
        assert parse_day(role["source"]["checked"]) is not None, "and the date it was checked"
        start, end = parse_day(role.get("started_on")), parse_day(role.get("ended_on"), end=True)
        assert start is not None, "a role starts somewhere"
        assert end is None or start <= end, "dates ordered"
        assert start <= date(2026, 12, 31)


def test_no_alias_is_shared_by_two_people_unless_marked_ambiguous():
    owners = defaultdict(set)
    for speaker in SPEAKERS:
        if speaker["kind"] != "person":
            continue
        ambiguous = {name_key(a) for a in speaker.get("ambiguous_aliases", ())}
        for alias in speaker["aliases"]:
            if name_key(alias) not in ambiguous:
                owners[name_key(alias)].add(speaker["slug"])
    shared = {alias: slugs for alias, slugs in owners.items() if len(slugs) > 1}
    assert shared == {}


def test_one_person_holds_one_office_at_a_time():
    """Two holders of an office on one day only within the handover month or year where a source gives no
    day; offices marked shared (a ministry's several spokespeople) excepted."""
    spans = defaultdict(dict)
    for speaker in SPEAKERS:
        for role in speaker["roles"]:
            if "office" in role and not role["shared"]:
                spans[role["office"]][speaker["slug"], role["started_on"]] = (speaker["slug"], role)
    clashes = []
    for office, held in spans.items():
        ordered = sorted(held.values(), key=lambda h: parse_day(h[1]["started_on"]))
        for (who1, r1), (who2, r2) in zip(ordered, ordered[1:]):
            if who1 == who2:
                continue
            end1 = parse_day(r1.get("ended_on"), end=True) or date.max
            start2 = parse_day(r2["started_on"])
            dates = [d for r in (r1, r2) for d in (r.get("started_on"), r.get("ended_on")) if d]
            slack = 0 if all(len(d) == 10 for d in dates) else 31 if all(len(d) >= 7 for d in dates) else 366
            if start2 < end1 and (end1 - start2).days > slack:
                clashes.append((office, who1, who2))
    assert clashes == [], "\n".join(map(str, clashes))


def test_the_catalogue_is_big_enough():
    people = [s for s in SPEAKERS if s["kind"] == "person"]
    assert len(people) >= 400
    assert len(ENTRIES["conflicts"]) >= 3


@pytest.mark.parametrize(
    ("role", "day", "slug"),
    [
        ("Kremlin spokesman", date(2023, 9, 25), "dmitry-peskov"),
        ("the Kremlin spokesman", date(2023, 9, 25), "dmitry-peskov"),
        ("US secretary of state", date(2019, 6, 1), "mike-pompeo"),
        ("U.S. Secretary of State", date(2022, 3, 1), "antony-blinken"),
        ("US Secretary of State", date(2016, 3, 1), "john-kerry"),
        ("President of Ukraine", date(2018, 1, 1), "petro-poroshenko"),
        ("President of Ukraine", date(2023, 1, 1), "volodymyr-zelensky"),
        ("Foreign Secretary", date(2020, 1, 1), "dominic-raab"),
    ],
)
def test_holder_of_a_role_on_a_date(role, day, slug):
    holder = holder_of(GAZETTEER, role, day)
    assert holder is not None and holder.slug == slug


def test_holder_of_answers_none_before_anyone_or_on_an_unknown_role():
    assert holder_of(GAZETTEER, "US Secretary of State", date(1800, 1, 1)) is None
    assert holder_of(GAZETTEER, "Grand Vizier of Nowhere", date(2020, 1, 1)) is None


def test_a_handover_day_has_two_holders_and_no_single_answer():
    handover = date(2025, 1, 20)  # Blinken's last day, Rubio the next day; Biden and Trump both on the 20th
    assert {h.speaker.slug for h in holders_of(GAZETTEER, "President of the United States", handover)} == {
        "joe-biden",
        "donald-trump",
    }
    assert holder_of(GAZETTEER, "President of the United States", handover) is None
