"""Inputs for `ingest`: WARC, CSV, gzip, folders, globs, standard input, URLs, feeds and sitemaps.

Pages are real saved pages (tests/data/realnews); the web ones are served by a real HTTP server on loopback.
"""

import csv
import gzip
import io
import sys
from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.devtools.warcs import WarcPage, write_warc
from statements.ingest.readers import format_of_name, read_documents, sniff_format
from statements.ingest.store import Overrides, ingest_paths
from statements.models import Article
from tests.ingest.page_server import realnews

TELEGRAPH = realnews("telegraph-plumber-jailed.html")
POLITICO = realnews("politico-meadows-retirement.html")
TRIBUNE = realnews("tribune242-shootings.html")
GERMAN_CP1252 = realnews("de-automobilwoche-vw-cp1252.html")


def ingest(*inputs):
    return list(ingest_paths([str(i) for i in inputs], Overrides()))


def by_status(outcomes):
    found = {}
    for outcome in outcomes:
        found.setdefault(outcome.status, []).append(outcome)
    return found


@pytest.mark.django_db
def test_a_warc_gives_its_html_responses_with_their_target_uri(gazetteer, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        write_warc(stream, [
            WarcPage("https://www.telegraph.co.uk/news/2020/10/02/plumber-jailed/", TELEGRAPH),
            WarcPage("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
            WarcPage("https://www.politico.com/news/2020/01/meadows", POLITICO),
            WarcPage("https://www.automobilwoche.de/article/vw", GERMAN_CP1252, content_type="text/html"),
            WarcPage("https://example.org/gone", b"<html>gone</html>", status=404),
        ])

    outcomes = by_status(ingest(path))

    assert len(outcomes["added"]) == 3
    telegraph = Article.objects.get(url="https://www.telegraph.co.uk/news/2020/10/02/plumber-jailed")  # canonical
    assert telegraph.statements.exists()
    capture = telegraph.capture
    assert (capture.url, capture.http_status, capture.fetched_at.isoformat()) == (
        "https://www.telegraph.co.uk/news/2020/10/02/plumber-jailed/", 200, "2020-10-02T08:30:00+00:00")
    assert capture.raw() == TELEGRAPH and len(capture.raw_gzip) < len(TELEGRAPH) / 3
    german = Article.objects.get(url="https://www.automobilwoche.de/article/vw")
    assert german.language == "de" and "Betriebsversammlung" in german.body  # cp1252 declared in the page
    reasons = [o.reason for o in outcomes["skipped"]]
    assert any("HTTP 404" in r for r in reasons)
    assert any("5 request" in r and "1 image/png response" in r for r in reasons)


@pytest.mark.django_db
def test_a_truncated_warc_keeps_what_it_read_and_says_what_broke(gazetteer, tmp_path):
    buffer = io.BytesIO()
    write_warc(buffer, [WarcPage("https://www.telegraph.co.uk/a/b/c-d-e", TELEGRAPH),
                        WarcPage("https://www.politico.com/x/y-z-w", POLITICO)], gzip=False)
    (tmp_path / "cut.warc").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) - len(POLITICO) // 2])

    outcomes = by_status(ingest(tmp_path / "cut.warc"))

    assert [o.source for o in outcomes["added"]] == ["https://www.telegraph.co.uk/a/b/c-d-e"]
    (failed,) = outcomes["failed"]
    assert "https://www.politico.com/x/y-z-w is cut short" in failed.reason
    assert Article.objects.count() == 1  # nothing half-written from the cut record


@pytest.mark.django_db
def test_a_csv_with_a_header_gives_one_article_per_row(gazetteer, tmp_path):
    path = tmp_path / "batch.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Title", "url", "published", "outlet", "author", "html", "text"])
        writer.writerow(["Plumber jailed", "https://www.telegraph.co.uk/news/x-y-z", "2020-10-02", "The Telegraph",
                         "Jane Doe", TELEGRAPH.decode("utf-8"), ""])
        writer.writerow(["Kremlin on Kosovo", "", "2023-09-25", "TASS", "", "",
                         'Kremlin on Kosovo\n\n"The situation is very stressful and potentially dangerous," '
                         "Kremlin spokesman Dmitry Peskov told reporters on Monday about Kosovo."])
        writer.writerow(["No text", "", "", "", "", "", ""])
        writer.writerow(["Bad date", "", "soon", "", "", "", "Some text here."])

    outcomes = ingest(path)

    assert [o.status for o in outcomes] == ["added", "added", "failed", "failed"]
    assert outcomes[2].source == "batch.csv#4" and "text" in outcomes[2].reason
    assert "ISO date" in outcomes[3].reason
    telegraph = Article.objects.get(url="https://www.telegraph.co.uk/news/x-y-z")
    assert (telegraph.title, telegraph.published_on, telegraph.outlet.name) == (
        "Plumber jailed", date(2020, 10, 2), "The Telegraph")
    assert Article.objects.get(title="Kremlin on Kosovo").statements.filter(speaker__slug="dmitry-peskov").exists()


def test_a_csv_without_a_text_or_html_column_is_refused_with_what_it_has(tmp_path):
    (tmp_path / "links.csv").write_text("title,url\nA,https://x.org/a\n", encoding="utf-8")
    (outcome,) = list(read_documents([tmp_path / "links.csv"]))
    assert outcome.failed and "no text or html column (found: title, url)" in outcome.reason


@pytest.mark.django_db
def test_gzip_files_are_read_by_their_inner_type(gazetteer, tmp_path):
    (tmp_path / "story.html.gz").write_bytes(gzip.compress(TELEGRAPH))
    (outcome,) = ingest(tmp_path / "story.html.gz")
    assert outcome.status == "added" and outcome.statements > 0


def test_a_folder_reports_every_file_it_skipped_and_why(tmp_path):
    (tmp_path / "story.html").write_bytes(TRIBUNE)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "sub" / "README").write_text("hello")

    items = list(read_documents([tmp_path]))

    skipped = {item.source: item.reason for item in items if getattr(item, "status", "") == "skipped"}
    assert skipped == {"notes.pdf": "unsupported file type '.pdf'", "sub/README": "unsupported file type '(none)'",
                       "sub/photo.jpg": "unsupported file type '.jpg'"}
    assert [item.source for item in items if not hasattr(item, "status")] == ["story.html"]


def test_a_glob_pattern_reads_the_files_it_matches(tmp_path):
    (tmp_path / "a.html").write_bytes(TRIBUNE)
    (tmp_path / "b.html").write_bytes(TELEGRAPH)
    (tmp_path / "c.txt").write_text("not matched")

    items = list(read_documents([str(tmp_path / "*.html")]))
    assert [item.source for item in items] == ["a.html", "b.html"]
    (nothing,) = list(read_documents([str(tmp_path / "*.warc")]))
    assert nothing.failed and "no file matches" in nothing.reason


@pytest.mark.django_db
def test_standard_input_is_read_and_sniffed(gazetteer, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TELEGRAPH)))
    call_command("ingest", "-", progress="lines")
    assert "1 documents: 1 added" in capsys.readouterr().out
    assert Article.objects.get().source_name == "-"


@pytest.mark.parametrize("data, fmt", [
    (b"WARC/1.0\r\n", "warc"), (b'<?xml version="1.0"?><urlset xmlns="x">', "sitemap"),
    (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"), (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    (b"<!DOCTYPE html><html>", "html"), (b'{"text": "x"}\n', "jsonl"), (b"Title\n\nBody.", "text"),
])
def test_inputs_without_a_telling_name_are_sniffed(data, fmt):
    assert sniff_format(data) == fmt


def test_file_names_choose_their_reader():
    assert [format_of_name(n) for n in ("a.warc.gz", "a.html.gz", "a.CSV", "a.jsonl", "a.pdf", "sitemap.xml")] == [
        "warc", "html", "csv", "jsonl", None, "xml"]


@pytest.mark.django_db
def test_a_url_is_fetched_and_stored_with_its_final_url(gazetteer, page_server):
    page_server.page("/news/2020/10/02/plumber-jailed", TELEGRAPH)
    page_server.route("/short", lambda _r: (301, {"Location": "/news/2020/10/02/plumber-jailed"}, b""))

    (outcome,) = ingest(page_server.url("/short"))

    assert outcome.status == "added"
    assert Article.objects.get().url == page_server.url("/news/2020/10/02/plumber-jailed")


def rss(*links):
    items = "".join(f"<item><title>Story {n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'.encode()


@pytest.mark.django_db
def test_a_feed_has_every_entry_link_fetched_and_a_broken_one_reported(gazetteer, page_server, capsys):
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    page_server.page("/news/meadows-timing-retirement", POLITICO)
    feed = page_server.page("/feed.xml", rss(page_server.url("/news/plumber-jailed-for-boiler"),
                                             page_server.url("/news/meadows-timing-retirement"),
                                             page_server.url("/news/gone-missing-page")),
                            content_type="application/rss+xml")

    with pytest.raises(CommandError, match="1 document"):
        call_command("ingest", feed, progress="lines")

    out, err = capsys.readouterr()
    assert Article.objects.count() == 2
    assert "HTTP 404" in err
    assert "3 documents: 2 added" in out


@pytest.mark.django_db
def test_a_sitemap_index_leads_to_its_sitemaps_pages(gazetteer, page_server, tmp_path):
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    page_server.page("/news/two-more-gunned-down", TRIBUNE)
    urlset = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f'<url><loc>{page_server.url("/news/plumber-jailed-for-boiler")}</loc></url>'
        f'<url><loc>{page_server.url("/news/two-more-gunned-down")}</loc></url></urlset>'
    ).encode()
    page_server.page("/sitemap-news.xml.gz", gzip.compress(urlset), content_type="application/x-gzip")
    index = (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f'<sitemap><loc>{page_server.url("/sitemap-news.xml.gz")}</loc></sitemap></sitemapindex>'
    )
    (tmp_path / "sitemap.xml").write_text(index, encoding="utf-8")

    outcomes = ingest(tmp_path / "sitemap.xml")

    assert [o.status for o in outcomes] == ["added", "added"]
    assert set(Article.objects.values_list("url", flat=True)) == {
        page_server.url("/news/plumber-jailed-for-boiler"), page_server.url("/news/two-more-gunned-down")}


def test_a_sitemap_with_entities_is_not_expanded(tmp_path):
    from statements.ingest.readers.web import sitemap_locations

    bomb = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://x.org/&b;</loc></url></urlset>')
    kind, locations = sitemap_locations(bomb)
    assert kind == "page" and all("aaaaaaaaaa" not in loc for loc in locations)


@pytest.mark.django_db
def test_one_article_per_canonical_url_whatever_the_link_carries(gazetteer, page_server):
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    page_server.page("/news/plumber-jailed-for-boiler/amp/", TELEGRAPH.replace(b"<html", b"<html amp", 1))
    base = page_server.url("/news/plumber-jailed-for-boiler")

    outcomes = ingest(base + "?utm_source=rss&utm_medium=feed", base + "#comments", base + "?csv", base + "/amp/")

    assert [o.status for o in outcomes] == ["added", "skipped", "skipped", "skipped"]
    assert Article.objects.get().url == base
    assert "is already article" in outcomes[1].reason


@pytest.mark.django_db
def test_a_fetched_page_keeps_its_bytes_status_and_final_url(gazetteer, page_server):
    page = realnews("ru-football-ua-podolski.html").decode("utf-8").encode("cp1251", errors="xmlcharrefreplace")
    page_server.page("/germany/311510-podolski", page, content_type="text/html; charset=windows-1251")
    page_server.route("/r", lambda _r: (302, {"Location": "/germany/311510-podolski"}, b""))

    (outcome,) = ingest(page_server.url("/r"))

    article = Article.objects.get()
    assert outcome.status == "added" and article.language == "ru" and not article.statements.exists()
    assert "Подольски" in article.body
    capture = article.capture
    assert (capture.url, capture.final_url, capture.http_status) == (
        page_server.url("/r"), page_server.url("/germany/311510-podolski"), 200)
    assert capture.raw() == page and capture.raw_size == len(page)
    assert "windows-1251" in capture.content_type
