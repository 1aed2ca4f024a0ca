"""Atom feeds a browser shows readably: an xml-stylesheet instruction names static/feeds/atom.xsl, and the
feed stays valid, escaped Atom."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.staticfiles import finders
from lxml import etree

from tests.factories import make_article, make_speaker, make_statement

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
WORDS = 'Nobody will sign "<script>alert(1)</script>" & that is final'


@pytest.fixture
def statement():
    article = make_article(body=f"The minister spoke.\n“{WORDS}”, the minister said.\nTalks go on.")
    return make_statement(text=WORDS, article=article, speaker=make_speaker(name="Anna O'Neill"))


def feed_of(client, url="/statements/feed/"):
    response = client.get(url)
    assert response.status_code == 200
    return response.content


def test_the_feed_names_its_stylesheet_before_the_root_element(client, statement):
    root = etree.fromstring(feed_of(client))

    instruction = root.getprevious()
    assert instruction is not None and instruction.target == "xml-stylesheet"
    assert (instruction.get("href"), instruction.get("type")) == ("/static/feeds/atom.xsl", "text/xsl")
    assert finders.find("feeds/atom.xsl"), "the stylesheet the feed names is a static file"


def test_the_styled_feed_still_parses_as_atom_with_its_text_escaped(client, statement):
    xml = feed_of(client)

    root = ET.fromstring(xml)
    assert root.tag == f"{ATOM}feed"
    entry = root.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Anna O'Neill"
    assert "&lt;script&gt;" in entry.find(f"{ATOM}summary").text  # HTML-escaped once, as type="html" wants
    assert b"<script>" not in xml


def test_the_stylesheet_shows_each_entry_as_text_linked_to_its_page(client, statement):
    xml = feed_of(client)
    transform = etree.XSLT(etree.parse(finders.find("feeds/atom.xsl")))

    page = transform(etree.fromstring(xml))
    html = str(page)

    assert page.xpath("//h1")[0].text.strip() != ""
    links = page.xpath("//ol[@class='results']/li//a/@href")
    assert links == [f"http://testserver{statement.get_absolute_url()}"]
    summary = page.xpath("//ol[@class='results']/li/p[2]")[0]
    assert WORDS in summary.xpath("string()")  # entities back to characters, shown as text
    assert not page.xpath("//script"), "nothing in the feed becomes markup"
    assert "&lt;script&gt;" in html and "&amp;lt;" not in html


@pytest.mark.parametrize("cache_seconds", [0, 60])
def test_a_browser_gets_the_feed_as_xml_it_styles_and_a_feed_reader_gets_atom(client, statement, settings,
                                                                               cache_seconds):
    settings.ARCHIVE_PAGE_CACHE_SECONDS = cache_seconds
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

    for accept, wanted in [(browser, "application/xml"), ("application/atom+xml", "application/atom+xml"),
                           (browser, "application/xml"), ("*/*", "application/atom+xml")]:
        response = client.get("/statements/feed/", HTTP_ACCEPT=accept)
        assert response["Content-Type"].split(";")[0] == wanted, accept
        assert "Accept" in response["Vary"]
        assert ET.fromstring(response.content).tag == f"{ATOM}feed"
