"""Syndicated copies: the same wire text on another site is grouped under the first article ingested,
stored without statements of its own, listed under "Also reported by", and a curator can undo it."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission, User
from django.core.management import call_command

from statements.curation import history
from statements.ingest.reextract import reextract_article
from statements.ingest.store import Overrides, ingest_paths
from statements.ingest.syndication import find_original
from statements.extraction.near_duplicates import sketch
from statements.models import Article, ArticleBand, ChangeRecord, Statement

SEED = Path(settings.BASE_DIR) / "fixtures" / "seeds" / "000_8cd34ed7b0617a29.txt"
REALNEWS = Path(__file__).parent.parent / "data" / "realnews"

pytestmark = pytest.mark.django_db


def ingest(path, **overrides):
    return list(ingest_paths([path], Overrides(**overrides)))


def wire_copy(tmp_path, *, title="Kremlin urges Baku and Yerevan to avoid escalation") -> Path:
    """Seed 000 as another site runs it: its own headline, the last three paragraphs cut, its boilerplate added."""
    lines = SEED.read_text(encoding="utf-8").split("\n\n")
    body = lines[1:-4]
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n".join([
        title, *body,
        "This story was provided by a news agency. Sign up for the Morning Brief newsletter to get the day's "
        "top stories in your inbox, and follow us on social media for breaking news alerts.",
    ]), encoding="utf-8")
    return copy


@pytest.fixture
def grouped(gazetteer, tmp_path):
    ingest(SEED, outlet="Anadolu Agency", url="https://www.aa.com.tr/en/world/peskov-line-of-contact/1")
    outcomes = ingest(wire_copy(tmp_path), outlet="Caucasus Daily", url="https://caucasus-daily.example/kremlin-urges")
    original = Article.objects.get(url__contains="aa.com.tr")
    copy = Article.objects.get(url__contains="caucasus-daily")
    return original, copy, outcomes


def test_a_copy_is_grouped_under_the_original_and_its_statements_are_not_stored(grouped):
    original, copy, outcomes = grouped

    assert [o.status for o in outcomes] == ["syndicated"]
    assert outcomes[0].article_id == copy.pk and f"article {original.pk}" in outcomes[0].reason
    assert copy.copy_of_id == original.pk and copy.copy_overlap >= 0.5
    assert copy.outlet.name == "Caucasus Daily" and copy.title.startswith("Kremlin urges")
    assert original.statements.count() > 0
    assert copy.statements.count() == 0
    # Only originals have band keys: a copy is never grouped under another copy.
    assert ArticleBand.objects.filter(article=original).count() > 0
    assert not ArticleBand.objects.filter(article=copy).exists()


def test_a_copy_counts_once_in_the_list_its_facets_and_a_search(client, grouped):
    original, copy, _ = grouped
    from statements.search import process_index_queue

    process_index_queue(wait=True)
    expected = Statement.objects.filter(article=original).count()

    for params in ({}, {"q": "Sochi"}):
        listing = client.get("/statements/", params, follow=True).context["listing"]
        facets = {facet.key: {v.value: v.count for v in facet.values} for facet in listing.facets}
        assert {s.article_id for s in listing.statements} == {original.pk}
        assert copy.outlet.slug not in facets["outlet"]
        if not params:
            assert facets["outlet"] == {original.outlet.slug: expected}
    export = json.loads(b"".join(client.get("/statements/", {"format": "json"}).streaming_content))
    assert export["count"] == expected


def test_the_ingest_summary_counts_syndicated_copies(gazetteer, tmp_path, capsys):
    call_command("ingest", str(SEED), "--progress", "lines", "--url", "https://www.aa.com.tr/en/a/1")
    call_command("ingest", str(wire_copy(tmp_path)), "--progress", "lines", "--url", "https://other.example/a")

    out = capsys.readouterr().out
    assert "copy.txt: a copy of article" in out and "\nsyndicated " in out
    assert "1 documents: 0 added (0 statements), 1 syndicated (copies of an article already in)" in out


def test_another_outlets_report_of_the_same_event_is_not_grouped(gazetteer):
    outcomes = [
        *ingest(REALNEWS / "skn-observer-bvi-premier-arrest.html"),
        *ingest(REALNEWS / "stluciatimes-bvi-premier-dea.html"),
    ]

    assert [o.status for o in outcomes] == ["added", "added"]
    assert not Article.objects.filter(copy_of__isnull=False).exists()


def test_the_lookup_finds_the_original_by_its_band_keys_and_ignores_unrelated_text(grouped):
    original, copy, _ = grouped

    found = find_original(sketch(copy.body))
    assert found is not None and found.article_id == original.pk
    other_seed = SEED.with_name("001_d6ad4cb10720b1f6.txt").read_text(encoding="utf-8")
    assert find_original(sketch(other_seed)) is None


def test_pages_show_also_reported_by_and_the_copy_links_its_original(client, grouped):
    original, copy, _ = grouped
    Article.objects.filter(pk=copy.pk).update(title="<script>alert(1)</script> Copy")
    statement = original.statements.first()

    page = client.get(statement.get_absolute_url()).content.decode()
    assert "The same story, syndicated" in page and "Caucasus Daily" in page
    assert copy.get_absolute_url() in page and "https://caucasus-daily.example/kremlin-urges" in page
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; Copy" in page

    page = client.get(original.get_absolute_url()).content.decode()
    assert 'id="syndicated-heading">Also reported by' in page and copy.get_absolute_url() in page

    response = client.get(copy.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert "A syndicated copy of" in page and original.get_absolute_url() in page
    assert "(the original)" in page

    index = client.get("/articles/").content.decode()
    assert "syndicated copy: statements on" in index and f'href="{original.get_absolute_url()}">the original' in index


def test_reextraction_keeps_a_copy_a_copy(grouped):
    _, copy, _ = grouped

    outcome = reextract_article(copy)

    assert outcome.status == "skipped" and "syndicated copy" in outcome.reason
    assert copy.statements.count() == 0


def test_a_curator_undoes_a_grouping_and_the_copy_gets_its_statements(client, grouped, index_on_commit):
    original, copy, _ = grouped
    curator = User.objects.create_user("curator", password="x", is_staff=True)
    curator.user_permissions.add(*Permission.objects.filter(codename__in=["view_article", "change_article"]))
    client.force_login(curator)
    before = Statement.objects.count()

    change = client.get(f"/admin/statements/article/{copy.pk}/change/").content.decode()
    assert "Not a copy" in change and "A syndicated copy of" in change
    response = client.post(f"/admin/statements/article/{copy.pk}/separate/")

    assert response.status_code == 302
    copy.refresh_from_db()
    assert copy.copy_of_id is None
    assert copy.statements.count() > 0
    assert Statement.objects.count() == before + copy.statements.count()
    assert ArticleBand.objects.filter(article=copy).exists()
    record = ChangeRecord.objects.get(action=history.SEPARATED)
    assert record.object_id == copy.pk and record.username == "curator"
    # index_on_commit checks the search index agrees with the database when the test ends.


def test_only_staff_with_the_change_permission_may_undo_a_grouping(client, grouped):
    _, copy, _ = grouped
    client.force_login(User.objects.create_user("reader", password="x", is_staff=True))

    response = client.post(f"/admin/statements/article/{copy.pk}/separate/")

    assert response.status_code == 403
    copy.refresh_from_db()
    assert copy.copy_of_id is not None and copy.statements.count() == 0


def test_a_statement_json_is_unchanged_for_an_original(client, grouped):
    original, _, _ = grouped
    data = json.loads(client.get(original.statements.first().get_absolute_url(), {"format": "json"}).content)

    assert data["article_id"] == original.pk and data["outlet"] == original.outlet.name


def test_a_warc_with_a_wire_story_and_its_copy_on_msn_reports_the_copy(gazetteer, tmp_path, capsys):
    """The MSN page is a real Guardian story syndicated on MSN (MSN's own page around it, its canonical URL
    the Guardian's); the wire's page is built from the same paragraphs under other markup, first in the WARC."""
    from html import escape

    from statements.devtools.warcs import WarcPage, write_warc
    from statements.extraction.decode import decode_bytes
    from statements.extraction.gazetteer import read_gazetteer
    from statements.extraction.pipeline import extract_article

    msn = (REALNEWS / "msn-guardian-uk-university-halls.html").read_bytes()
    body = extract_article(decode_bytes(msn).text, gazetteer=read_gazetteer(Path(settings.BASE_DIR) / "fixtures" / "gazetteer"),
                           fmt="html").body
    wire = (
        '<html><head><title>Students in halls | Wire</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2020-10-02T08:00:00Z"></head><body><article>'
        + "".join(f"<p>{escape(p)}</p>" for p in body.split("\n") if p.strip()) + "</article></body></html>"
    ).encode()
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as stream:
        write_warc(stream, [
            WarcPage("https://wire.example/news/2020/10/02/uk-university-student-halls", wire),
            WarcPage("https://www.theguardian.com/education/2020/oct/02/"
                     "uk-university-student-halls-too-full-to-be-safe-experts-warn", msn),
        ])

    call_command("ingest", str(warc), "--progress", "lines")

    out = capsys.readouterr().out
    copy = Article.objects.get(url__contains="theguardian.com")
    assert copy.copy_of == Article.objects.get(url__contains="wire.example")
    assert copy.capture.raw() == msn  # the copy's page as fetched is kept
    assert "1 added" in out and "1 syndicated (copies of an article already in)" in out


def test_articles_stored_before_detection_get_band_keys_and_their_later_copies_are_found(gazetteer, tmp_path, capsys):
    ingest(SEED, url="https://www.aa.com.tr/en/a/1")
    ArticleBand.objects.all().delete()  # as the archive was before migration 0015_syndication
    original = Article.objects.get()

    call_command("band_articles")
    again = capsys.readouterr().out
    outcomes = ingest(wire_copy(tmp_path), url="https://other.example/a")

    assert "done: 1 articles given band keys" in again
    assert [o.status for o in outcomes] == ["syndicated"]
    assert Article.objects.get(url="https://other.example/a").copy_of == original


@pytest.mark.django_db(transaction=True)
def test_two_copies_stored_at_the_same_moment_make_one_original_on_postgresql(tmp_path):
    """Two processes (here threads, each with its own connection) store the two texts of one story at once:
    the lookup runs under PostgreSQL's lock, so the second finds the first instead of both being originals."""
    from threading import Barrier, Thread

    from django.db import connection

    from statements.extraction.pipeline import extract_article
    from statements.ingest.gazetteer_loader import gazetteer_from_db
    from statements.ingest.store import SpeakerRegistry, store_article

    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no cross-process lock for this (docs/ingest.md, Syndicated copies)")
    texts = [SEED.read_text(encoding="utf-8"), wire_copy(tmp_path).read_text(encoding="utf-8")]
    gazetteer = gazetteer_from_db()
    extracted = [extract_article(text, gazetteer=gazetteer) for text in texts]
    barrier, errors = Barrier(2), []

    def store(i: int) -> None:
        try:
            barrier.wait()
            store_article(extracted[i], Article.hash_content(texts[i]), source_name=f"text {i}",
                          registry=SpeakerRegistry(), url=f"https://site{i}.example/story", sketch=sketch(extracted[i].body))
        except Exception as error:  # noqa: BLE001  reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [Thread(target=store, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert Article.objects.filter(copy_of__isnull=True).count() == 1
    assert Article.objects.filter(copy_of__isnull=False).count() == 1
