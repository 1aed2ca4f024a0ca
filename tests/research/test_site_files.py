"""What browsers and crawlers ask every site for, and CSV files Excel opens with names intact."""

import csv
import io

import pytest
from django.contrib.staticfiles import finders

from statements.research.exports import BOM
from tests.factories import make_speaker, make_statement

pytestmark = pytest.mark.django_db


def test_robots_txt_lets_crawlers_read_statements_but_not_exports_searches_or_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    rules = response.content.decode().splitlines()
    assert rules[0] == "User-agent: *"
    assert {"Disallow: /admin/", "Disallow: /*format=", "Disallow: /*q="} <= set(rules)
    assert not any(rule in ("Disallow: /", "Disallow: /statements/") for rule in rules)


def test_every_page_links_a_favicon_that_exists_and_favicon_ico_leads_to_it(client):
    page = client.get("/").content.decode()
    response = client.get("/favicon.ico")

    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    assert response.status_code == 301 and response["Location"] == "/static/favicon.svg"
    assert finders.find("favicon.svg")


def test_the_csv_starts_with_a_byte_order_mark_so_excel_reads_names_as_utf8(client):
    for name in ("Aleksandar Vučić", "Recep Tayyip Erdoğan"):
        make_statement(speaker=make_speaker(name=name))

    raw = b"".join(client.get("/statements/", {"format": "csv"}).streaming_content)

    assert raw.startswith(BOM.encode("utf-8")) and raw.count(BOM.encode("utf-8")) == 1
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {row["speaker"] for row in rows} == {"Aleksandar Vučić", "Recep Tayyip Erdoğan"}
    assert list(rows[0])[0] == "id"  # the mark is not part of the first column's name


def test_the_comparison_csv_starts_with_the_mark_too(client):
    vucic, erdogan = make_speaker(name="Aleksandar Vučić"), make_speaker(name="Recep Tayyip Erdoğan")
    make_statement(speaker=vucic), make_statement(speaker=erdogan)

    response = client.get("/compare/", {"speaker": [vucic.slug, erdogan.slug], "format": "csv"}, follow=True)

    assert response.content.startswith(BOM.encode("utf-8"))
    assert "Erdoğan" in response.content.decode("utf-8-sig")
