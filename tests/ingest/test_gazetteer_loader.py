"""The gazetteer loader on a real database: idempotent, fast enough in queries, and a curator's changes
survive a reload while the files' own additions and corrections arrive."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from statements.curation.decisions import merge_speakers
from statements.ingest.gazetteer_loader import load_gazetteer
from statements.models import Conflict, Speaker, SpeakerAlias, SpeakerRedirect, SpeakerRole

SOURCES = {"list": {"url": "https://example.org/list-of-ministers", "title": "a list", "checked": "2026-01-02"}}


def write(folder: Path, speakers: list[dict], conflicts: list[dict] | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "people.json").write_text(
        json.dumps({"sources": SOURCES, "offices": {"fm": {"title": "Foreign Minister of Ruritania",
                                                         "aliases": ["Ruritanian Foreign Minister"]}},
                    "speakers": speakers}),
        encoding="utf-8",
    )
    (folder / "conflicts.json").write_text(json.dumps({"conflicts": conflicts or []}), encoding="utf-8")
    return folder


def anna(**changes) -> dict:
    entry = {
        "slug": "anna-varga",
        "name": "Anna Varga",
        "country": "Ruritania",
        "description": "Foreign minister.",
        "aliases": ["Varga", "Ana Varga"],
        "roles": [{"office": "fm", "started_on": "2020-01-01", "ended_on": "2024-06", "source": "list"}],
    }
    return {**entry, **changes}


def state(slug: str = "anna-varga") -> tuple:
    speaker = Speaker.objects.get(slug=slug)
    return (
        speaker.name,
        speaker.description,
        sorted(speaker.aliases.values_list("name", flat=True)),
        sorted(speaker.roles.values_list("title", "started_on", "ended_on", "source")),
    )


def test_a_load_creates_roles_per_office_title_with_their_source_and_widest_dates(db, tmp_path):
    load_gazetteer(write(tmp_path / "g", [anna()]))
    roles = sorted(SpeakerRole.objects.values_list("title", "started_on", "ended_on", "source", "checked"))
    assert roles == [
        ("Foreign Minister of Ruritania", date(2020, 1, 1), date(2024, 6, 30), SOURCES["list"]["url"], date(2026, 1, 2)),
        ("Ruritanian Foreign Minister", date(2020, 1, 1), date(2024, 6, 30), SOURCES["list"]["url"], date(2026, 1, 2)),
    ]
    assert sorted(SpeakerAlias.objects.values_list("name", flat=True)) == ["Ana Varga", "Anna Varga", "Varga"]


def test_reloading_is_idempotent(db, tmp_path):
    folder = write(tmp_path / "g", [anna()], [{"slug": "war", "name": "War", "keywords": ["war"]}])
    load_gazetteer(folder)
    before = (state(), Speaker.objects.count(), SpeakerAlias.objects.count(), SpeakerRole.objects.count(),
              list(Conflict.objects.values_list("slug", "keywords")))
    load_gazetteer(folder)
    assert before == (state(), Speaker.objects.count(), SpeakerAlias.objects.count(), SpeakerRole.objects.count(),
                      list(Conflict.objects.values_list("slug", "keywords")))


def test_curated_name_alias_and_role_edits_survive_a_reload_and_new_file_aliases_arrive(db, tmp_path):
    folder = write(tmp_path / "g", [anna()])
    load_gazetteer(folder)
    speaker = Speaker.objects.get(slug="anna-varga")
    speaker.name = "Anna M. Varga"
    speaker.save()
    SpeakerAlias.objects.get(name="Ana Varga").delete()  # a curator removed a bad alias
    SpeakerAlias.objects.create(speaker=speaker, name="Dr Varga")  # and added one
    role = SpeakerRole.objects.get(title="Ruritanian Foreign Minister")
    role.ended_on = date(2024, 6, 12)  # and corrected an end date
    role.save()

    write(tmp_path / "g", [anna(aliases=["Varga", "Ana Varga", "Anna Warga"], description="Foreign minister 2020-24.")])
    load_gazetteer(folder)

    name, description, aliases, roles = state()
    assert name == "Anna M. Varga"
    assert description == "Foreign minister 2020-24."  # untouched by curators: follows the file
    assert aliases == ["Anna Varga", "Anna Warga", "Dr Varga", "Varga"]
    assert ("Ruritanian Foreign Minister", date(2020, 1, 1), date(2024, 6, 12), SOURCES["list"]["url"]) in roles
    assert ("Ruritanian Foreign Minister", date(2020, 1, 1), date(2024, 6, 30), SOURCES["list"]["url"]) not in roles
    assert len(roles) == 2


def test_a_role_the_file_corrects_replaces_the_old_one(db, tmp_path):
    folder = write(tmp_path / "g", [anna()])
    load_gazetteer(folder)
    write(folder, [anna(roles=[{"office": "fm", "started_on": "2020-01-15", "source": "list"}])])
    load_gazetteer(folder)
    assert sorted(SpeakerRole.objects.values_list("started_on", "ended_on")) == [(date(2020, 1, 15), None)] * 2


def test_a_merged_speaker_stays_merged_and_gets_the_files_new_aliases(db, tmp_path, django_user_model):
    folder = write(tmp_path / "g", [anna()])
    load_gazetteer(folder)
    target = Speaker.objects.create(name="Anna Varga-Nowak", slug="anna-varga-nowak")
    merge_speakers(Speaker.objects.get(slug="anna-varga"), target, user=django_user_model.objects.create(username="c"))

    write(folder, [anna(aliases=["Varga", "Ana Varga", "A. Varga"])])
    load_gazetteer(folder)

    assert not Speaker.objects.filter(slug="anna-varga").exists()
    assert SpeakerRedirect.objects.get(old_slug="anna-varga").speaker == target
    target.refresh_from_db()
    assert target.name == "Anna Varga-Nowak"
    assert "A Varga" in [a.name.replace(".", "") for a in target.aliases.all()]
    assert target.roles.count() == 2


def test_a_speaker_a_curator_deleted_is_not_brought_back(db, tmp_path):
    folder = write(tmp_path / "g", [anna()])
    load_gazetteer(folder)
    Speaker.objects.get(slug="anna-varga").delete()
    load_gazetteer(folder)
    assert not Speaker.objects.filter(slug="anna-varga").exists()


def test_curated_conflict_keywords_and_parent_survive(db, tmp_path):
    conflicts = [
        {"slug": "war", "name": "War", "keywords": ["war", "front"]},
        {"slug": "front", "name": "Front", "parent": "war", "keywords": ["trenches"]},
    ]
    folder = write(tmp_path / "g", [], conflicts)
    load_gazetteer(folder)
    war = Conflict.objects.get(slug="war")
    war.keywords = "war\nshelling"  # a curator dropped "front" and added "shelling"
    war.save()
    Conflict.objects.filter(slug="front").update(parent=None)
    conflicts[0]["keywords"] = ["war", "front", "offensive"]
    write(folder, [], conflicts)
    load_gazetteer(folder)
    war.refresh_from_db()
    assert war.keyword_list() == ["war", "offensive", "shelling"]
    assert Conflict.objects.get(slug="front").parent is None


def test_an_archive_loaded_before_records_keeps_its_values_and_gains_the_files_additions(db, tmp_path):
    speaker = Speaker.objects.create(slug="anna-varga", name="Anna Varga (curated)", from_gazetteer=True)
    SpeakerAlias.objects.create(speaker=speaker, name="Mrs Varga")
    load_gazetteer(write(tmp_path / "g", [anna()]))
    name, _, aliases, roles = state()
    assert name == "Anna Varga (curated)"
    assert aliases == ["Ana Varga", "Anna Varga", "Mrs Varga", "Varga"]
    assert len(roles) == 2


def test_the_project_gazetteer_loads_in_few_queries_and_twice_changes_nothing(db, django_assert_max_num_queries):
    with django_assert_max_num_queries(80):
        counts = load_gazetteer()
    assert counts["speakers"] >= 600
    roles = SpeakerRole.objects.count()
    with django_assert_max_num_queries(60):
        assert load_gazetteer() == counts
    assert SpeakerRole.objects.count() == roles


def test_a_broken_file_is_a_clear_error_and_changes_nothing(db, tmp_path):
    folder = write(tmp_path / "g", [anna()])
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json"):
        load_gazetteer(folder)
    assert Speaker.objects.count() == 0
