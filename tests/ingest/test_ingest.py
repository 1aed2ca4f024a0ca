"""Ingest: files in, articles and statements out, once; bad files reported and skipped."""

import json
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.ingest.store import Overrides, decode_document, ingest_paths
from statements.models import Article, IndexQueueEntry, Outlet, Speaker, Statement

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
ANADOLU = SEEDS / "003_019d5550f00dd1ba.txt"


def ingest(*paths, **overrides):
    return list(ingest_paths(paths, Overrides(**overrides)))


@pytest.mark.django_db
def test_it_ingests_the_seed_corpus(gazetteer):
    outcomes = ingest(SEEDS)

    assert [o.status for o in outcomes] == ["added"] * 5
    assert Article.objects.count() == 5
    speakers = set(Statement.objects.values_list("speaker__slug", flat=True))
    expected = {"dmitry-peskov", "maria-zakharova", "vladimir-putin", "nikol-pashinyan", "armen-grigoryan",
                "sergei-lavrov", "kremlin"}
    assert expected <= speakers


@pytest.mark.django_db
def test_ingesting_the_same_articles_again_adds_nothing(gazetteer):
    ingest(SEEDS)
    counts = (Article.objects.count(), Statement.objects.count(), Speaker.objects.count())

    again = ingest(SEEDS)

    assert {o.status for o in again} == {"unchanged"}
    assert (Article.objects.count(), Statement.objects.count(), Speaker.objects.count()) == counts


@pytest.mark.django_db
def test_statement_offsets_point_at_the_statement_in_the_article_body(gazetteer):
    ingest(SEEDS)
    for statement in Statement.objects.select_related("article"):
        assert statement.article.body[statement.start : statement.end] == statement.text
        assert statement.text in statement.paragraph


@pytest.mark.django_db
def test_statements_are_dated_from_the_article_when_they_say_nothing_else(gazetteer):
    ingest(SEEDS / "001_d6ad4cb10720b1f6.txt")
    article = Article.objects.get()
    assert article.published_on == date(2023, 9, 20)
    assert all(s.said_on is not None for s in article.statements.all())


@pytest.mark.django_db
def test_a_broken_file_is_reported_with_its_reason_and_the_others_still_go_in(gazetteer, tmp_path):
    (tmp_path / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 diplomacy".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "good.txt").write_text(ANADOLU.read_text(encoding="utf-8"), encoding="utf-8")

    outcomes = {o.source: o for o in ingest(*sorted(tmp_path.iterdir()))}

    assert outcomes["good.txt"].status == "added"
    assert "binary" in outcomes["binary.html"].reason
    assert "UTF-8" in outcomes["latin1.txt"].reason
    assert outcomes["empty.txt"].failed and outcomes["empty.txt"].reason
    assert "unsupported" in outcomes["notes.pdf"].reason
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_the_command_prints_a_line_per_article_and_fails_when_one_did(gazetteer, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ANADOLU.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00broken")

    with pytest.raises(CommandError, match="1 document"):
        call_command("ingest", str(tmp_path))

    out, err = capsys.readouterr()
    assert "added      a.txt" in out
    assert "failed     b.txt" in err
    assert "2 documents: 1 added" in out


@pytest.mark.django_db
def test_command_line_metadata_wins_over_the_document(gazetteer):
    call_command("ingest", str(ANADOLU), outlet="Anadolu Agency", published=date(2023, 9, 25),
                 url="https://www.aa.com.tr/en/world/russia-hopes/2999999")
    article = Article.objects.get()
    assert article.outlet == Outlet.objects.get(name="Anadolu Agency")
    assert article.published_on == date(2023, 9, 25)
    assert article.url.endswith("/2999999")


@pytest.mark.django_db
def test_an_outlet_is_recognised_from_the_url_domain(gazetteer):
    ingest(ANADOLU, url="https://www.aa.com.tr/en/europe/x/2999999")
    assert Article.objects.get().outlet.name == "Anadolu Agency"


@pytest.mark.django_db
def test_json_lines_are_one_article_each_and_a_bad_line_does_not_stop_the_rest(gazetteer, tmp_path):
    good = {"title": "Kremlin on Kosovo", "published": "2023-09-25", "outlet": "TASS",
            "text": 'Kremlin on Kosovo\n\n"The situation is very stressful and potentially dangerous," '
                    "Kremlin spokesman Dmitry Peskov told reporters on Monday about Kosovo."}
    lines = [json.dumps(good), "{not json", json.dumps({"title": "no text"}), ""]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")

    outcomes = ingest(tmp_path / "batch.jsonl")

    assert [o.status for o in outcomes] == ["added", "failed", "failed"]
    article = Article.objects.get()
    assert article.outlet.name == "TASS"
    assert article.statements.filter(speaker__slug="dmitry-peskov").exists()


@pytest.mark.django_db
def test_every_stored_statement_is_queued_for_the_index_until_it_is_drained(gazetteer):
    from statements.search import process_index_queue

    ingest(ANADOLU)
    assert not IndexQueueEntry.objects.exists()  # ingest drains at the end of a run
    statement = Statement.objects.first()
    IndexQueueEntry.objects.create(statement_id=statement.id)
    assert process_index_queue(wait=True) >= 1
    assert not IndexQueueEntry.objects.exists()


def test_decoding_refuses_binary_and_oversized_files():
    with pytest.raises(ValueError, match="binary"):
        decode_document(b"abc\x00def")
    with pytest.raises(ValueError, match="limit"):
        decode_document(b"x" * 11, limit=10)
    assert decode_document("\ufeffTitle".encode()) == "Title"
