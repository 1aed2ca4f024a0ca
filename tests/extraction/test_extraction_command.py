"""`manage.py extract --jsonl`: one JSON object per statement, nothing written to the database."""

import json
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.models import Article, Speaker, Statement
from tests.extraction_helpers import REPO

SEED = REPO / "fixtures" / "seeds" / "001_d6ad4cb10720b1f6.txt"
KEYS = {"doc", "text", "start", "end", "speaker", "speaker_mention", "speaker_kind", "kind", "cue", "sentence", "conflicts",
        "said_on"}


def run(*args: str) -> tuple[list[dict], str]:
    out, err = StringIO(), StringIO()
    call_command("extract", *args, "--jsonl", stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


@pytest.mark.django_db
def test_it_prints_statements_as_json_lines_and_writes_nothing(gazetteer):
    speakers = Speaker.objects.count()
    records, _ = run(str(SEED))
    raw = SEED.read_text(encoding="utf-8")
    assert records and all(set(record) == KEYS for record in records)
    assert {record["doc"] for record in records} == {"001_d6ad4cb10720b1f6"}
    for record in records:
        assert raw[record["start"] : record["end"]] == record["text"]
    peskov = [r for r in records if r["text"].startswith("We are concerned about the sharp escalation")]
    assert peskov[0]["speaker"] == "Dmitry Peskov" and peskov[0]["kind"] == "direct"
    assert peskov[0]["conflicts"] == ["armenia-azerbaijan"]
    calm = [r for r in records if r["text"] == "calm in Azerbaijan's breakaway Nagorno-Karabakh region"]
    assert calm and (calm[0]["kind"], calm[0]["cue"], calm[0]["speaker_mention"]) == ("indirect", "called for", "The Kremlin")
    assert calm[0]["sentence"].startswith("The Kremlin on Tuesday called for calm in Azerbaijan's breakaway")
    assert (Article.objects.count(), Statement.objects.count(), Speaker.objects.count()) == (0, 0, speakers)


@pytest.mark.django_db
def test_a_bad_file_is_reported_and_the_others_still_come_out(gazetteer, tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02 binary")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 document"):
        call_command("extract", str(bad), str(SEED), "--jsonl", stdout=out, stderr=err)
    assert "broken.txt" in err.getvalue() and "binary" in err.getvalue()
    assert any(json.loads(line)["doc"] == SEED.stem for line in out.getvalue().splitlines())


@pytest.mark.django_db
def test_jsonl_input_uses_each_records_metadata(gazetteer, tmp_path):
    batch = tmp_path / "batch.jsonl"
    article = {
        "title": "Kremlin comment",
        "text": 'Kremlin comment\n\n"We are following the developments very closely," Peskov told reporters on Monday.',
        "published": "2023-09-20",
        "outlet": "TASS",
    }
    batch.write_text(json.dumps(article) + "\n", encoding="utf-8")
    records, _ = run(str(batch))
    assert records[0]["doc"] == "batch#1"
    assert records[0]["speaker"] == "Dmitry Peskov"
    assert records[0]["said_on"] == "2023-09-18"


@pytest.mark.django_db
def test_without_speakers_in_the_database_it_falls_back_to_the_fixture_gazetteer():
    records, _ = run(str(SEED))
    assert any(record["speaker"] == "Dmitry Peskov" for record in records)


@pytest.mark.subprocess
def test_it_runs_where_no_database_was_ever_set_up(tmp_path):
    env = {**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "archive.settings",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'never-migrated.sqlite3'}", "ARCHIVE_INDEX_DIR": str(tmp_path / "index")}
    result = subprocess.run([sys.executable, "manage.py", "extract", "--jsonl", str(SEED)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "no archive database" in result.stderr
    speakers = {json.loads(line)["speaker"] for line in result.stdout.splitlines()}
    assert "Dmitry Peskov" in speakers
