"""Ingest: files in, articles and statements out, once; bad files reported and skipped."""

import json
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.extraction.pipeline import MAX_INPUT_CHARS
from statements.ingest.store import Overrides, decode_document, ingest_paths
from statements.models import Article, IndexQueueEntry, Outlet, Speaker, Statement

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
REALNEWS = Path(__file__).parent.parent / "data" / "realnews"
TELEGRAPH = REALNEWS / "telegraph-plumber-jailed.html"
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
    (tmp_path / "garbage.txt").write_bytes(bytes(range(1, 256)) * 40)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "good.txt").write_text(ANADOLU.read_text(encoding="utf-8"), encoding="utf-8")

    outcomes = {o.source: o for o in ingest(*sorted(tmp_path.iterdir()))}

    assert outcomes["good.txt"].status == "added"
    assert "binary" in outcomes["binary.html"].reason
    assert "not text in any encoding" in outcomes["garbage.txt"].reason or "binary" in outcomes["garbage.txt"].reason
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


@pytest.mark.django_db
def test_a_text_file_in_a_legacy_charset_goes_in_with_its_letters(gazetteer, tmp_path):
    text = ANADOLU.read_text(encoding="utf-8").replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    text = text.replace("Moscow", "Moscow \u00e0 la fran\u00e7aise", 1)
    (tmp_path / "latin1.txt").write_bytes(text.encode("cp1252", errors="replace"))

    (outcome,) = ingest(tmp_path / "latin1.txt")

    assert outcome.status == "added" and outcome.statements > 0
    assert "fran\u00e7aise" in Article.objects.get().raw_text


@pytest.mark.django_db
def test_a_windows_1252_page_in_german_is_stored_with_its_language_and_no_statements(gazetteer, capsys):
    call_command("ingest", str(REALNEWS / "de-automobilwoche-vw-cp1252.html"))

    article = Article.objects.get()
    assert article.language == "de"
    assert "Betriebsversammlung" in article.body and not article.statements.exists()
    out = capsys.readouterr().out
    assert "language 'de': stored without statements" in out
    assert "1 not in English" in out


@pytest.mark.django_db
def test_pages_that_are_not_articles_are_refused_with_the_reason_and_counted(gazetteer, tmp_path, capsys):
    for name in ("reddit-python-init-thread.html", "sass-ag-de-home.html", "telegraph-plumber-jailed.html"):
        (tmp_path / name).write_bytes((REALNEWS / name).read_bytes())

    call_command("ingest", str(tmp_path))

    out = capsys.readouterr().out
    assert "not article reddit-python-init-thread.html: not an article: a forum" in out
    assert "sass-ag-de-home.html: not an article: a site's home page" in out
    assert "3 documents: 1 added" in out and "2 not an article" in out
    assert list(Article.objects.values_list("source_name", flat=True)) == ["telegraph-plumber-jailed.html"]


@pytest.mark.django_db
def test_a_big_page_is_judged_by_its_article_text_not_its_raw_size(gazetteer, tmp_path):
    page = TELEGRAPH.read_text(encoding="utf-8")
    inline_json = '<script type="application/json">' + '{"k": "' + "x" * (MAX_INPUT_CHARS + 500_000) + '"}</script>'
    big = page.replace("</head>", inline_json + "</head>", 1)
    assert len(big) > MAX_INPUT_CHARS
    (tmp_path / "big.html").write_text(big, encoding="utf-8")

    (outcome,) = ingest(tmp_path / "big.html")

    assert outcome.status == "added", outcome.reason
    assert outcome.statements > 0


@pytest.mark.django_db
def test_a_stray_byte_is_a_warning_and_the_article_still_goes_in(gazetteer, tmp_path, capsys):
    data = TELEGRAPH.read_bytes().replace(b"</footer>", b"\xa9 2020</footer>", 1)
    (tmp_path / "stray.html").write_bytes(data)

    call_command("ingest", str(tmp_path / "stray.html"))

    assert "warning    stray.html: 1 undecodable byte(s) replaced" in capsys.readouterr().err
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_a_progress_bar_replaces_the_per_document_lines_but_not_failures(gazetteer, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ANADOLU.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")

    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path), progress="bar")

    out, err = capsys.readouterr()
    assert "added      a.txt" not in out and "2 documents: 1 added" in out
    assert "failed     b.txt" in err and "documents" in err  # the bar's unit
    assert "failed     1 × binary file (NUL bytes), not text" in out
