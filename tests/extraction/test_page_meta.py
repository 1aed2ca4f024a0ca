"""Title, date, outlet and author of real pages, as a reader sees them (statements.extraction.page_meta)."""

import json
from datetime import date
from pathlib import Path

import pytest

from statements.extraction.decode import decode_bytes
from statements.extraction.gazetteer import read_gazetteer
from statements.extraction.page_dates import shows_day
from statements.extraction.page_meta import clean_author, outlet_name, registrable_domain, strip_site_name
from statements.extraction.pipeline import extract_article

ROOT = Path(__file__).resolve().parent.parent.parent
REALNEWS = ROOT / "tests" / "data" / "realnews"


@pytest.mark.parametrize("title, outlet, site_name, expected", [
    ("Forex motion defeated in Senate - Trinidad and Tobago Newsday", "Trinidad and Tobago Newsday", "",
     "Forex motion defeated in Senate"),
    ("Berlin confronts Germany's colonial past with new initiative | DW | 19.01.2020", "Deutsche Welle", "DW.COM",
     "Berlin confronts Germany's colonial past with new initiative"),
    ("Title: with a colon inside - Miami Today", "Miami Today", "", "Title: with a colon inside"),
    ("Two more gunned down | The Tribune", "The Tribune", "tribune242.com", "Two more gunned down"),
    ("Russia and Ukraine - the talks", "Reuters", "Reuters", "Russia and Ukraine - the talks"),
])
def test_the_site_name_is_stripped_from_a_title_and_nothing_else(title, outlet, site_name, expected):
    assert strip_site_name(title, outlet, site_name) == expected


@pytest.mark.parametrize("byline, outlet, expected", [
    ("CBS News February", "CBS News", ""),
    ("Jane Doe is a reporter covering the Balkans", "", "Jane Doe"),
    ("Rob Picheta; CNN", "CNN", "Rob Picheta"),
    ("David Brand; Ramsey Khalifeh", "Gothamist", "David Brand, Ramsey Khalifeh"),
    ("EARYEL BOWLEG", "The Tribune", "Earyel Bowleg"),
    ("Staff; News Service Reports", "Twin Cities", ""),
    ("AFP; The Local", "The Local Sweden", ""),
    ("Editorial Staff", "St. Lucia Times", ""),
    ("Reuters", "Vancouver Sun", ""),
    ("Perry Bacon Jr.", "FiveThirtyEight", "Perry Bacon Jr."),
])
def test_bylines_keep_people_only(byline, outlet, expected):
    assert clean_author(byline, outlet) == expected


@pytest.mark.parametrize("site_name, url, title, expected", [
    ("POLITICO", "https://www.politico.com/news/2019/12/30/x", "", "Politico"),
    ("", "https://edition.cnn.com/2021/03/08/uk/x", "", "CNN"),
    ("The Tico Times | Costa Rica News | Travel | Real Estate", "https://ticotimes.net/2022/04/26/x", "", "The Tico Times"),
    ("tribune242.com", "", "Two more gunned down | The Tribune", "The Tribune"),
    ("Salon.com", "", "Despite everything", "Salon"),
    ("", "https://www.example-news.org/a", "", "example-news.org"),
    # A station's or a paper's site name that adds a city or a slogan to the name its domain spells.
    ("KXAN Austin", "https://www.kxan.com/news/x", "", "KXAN"),
    ("St. Lucia Times News", "https://stluciatimes.com/x", "", "St. Lucia Times"),
    ("ABC7 San Francisco", "https://abc7news.com/x/1/", "", "ABC7 News"),
    ("WSVN 7News | Miami News, Weather, Sports", "https://wsvn.com/news/x", "", "WSVN 7News"),
    ("", "https://www.kxan.com/x", "Voters pass increase | KXAN Austin", "KXAN"),
    # ... but a name the domain only starts with is the outlet's whole name.
    ("Sky News", "https://news.sky.com/story/x", "", "Sky News"),
    ("Deseret News", "https://www.deseret.com/x", "", "Deseret News"),
    ("WTOP News", "https://wtop.com/x", "", "WTOP News"),
    ("KHOU 11", "https://www.khou.com/article/x", "", "KHOU 11"),
    ("Novaya Gazeta Europe", "https://novayagazeta.eu/articles/x", "", "Novaya Gazeta Europe"),
    ("Daily Mail Online", "https://www.dailymail.co.uk/news/x", "", "Daily Mail"),
    ("The Nassau Guardian", "https://thenassauguardian.com/x", "", "The Nassau Guardian"),
    # A known outlet's edition on a country's domain has a name of its own; another outlet of the same
    # domain name does not become an edition.
    ("National Geographic", "https://www.nationalgeographic.co.uk/x", "", "National Geographic UK"),
    ("National Geographic", "https://www.nationalgeographic.com/x", "", "National Geographic"),
    ("Independent.ie", "https://www.independent.ie/x", "", "Independent.ie"),
])
def test_an_outlet_is_named_once_per_domain_and_never_by_a_tagline(site_name, url, title, expected):
    assert outlet_name(site_name, url, title) == expected


def test_one_outlet_per_registrable_domain():
    assert registrable_domain("https://edition.cnn.com/x") == registrable_domain("https://www.cnn.com/y") == "cnn.com"
    assert registrable_domain("https://www.guardian.co.tt/news") == "guardian.co.tt"


def test_metadata_of_the_real_pages_stays_above_its_floors():
    """Floors under what benchmarks/realnews_pages.py measures on all 50 (docs/ingest.md), on the pages
    copied here; a drop below them is a regression, not noise."""
    truth = json.loads((REALNEWS / "metadata.json").read_text(encoding="utf-8"))
    gazetteer = read_gazetteer(ROOT / "fixtures" / "gazetteer")
    pages = sorted(name for name in truth if (REALNEWS / name).exists())
    assert len(pages) >= 25
    right = {"title": 0, "published": 0, "outlet": 0, "author": 0}
    for name in pages:
        text = decode_bytes((REALNEWS / name).read_bytes()).text
        meta = extract_article(text, gazetteer=gazetteer, fmt="html").meta
        found = {"title": meta.title, "published": meta.published_on.isoformat() if meta.published_on else "",
                 "outlet": meta.outlet, "author": meta.author}
        for field in right:
            right[field] += " ".join(found[field].split()) == " ".join(truth[name][field].split())
    shares = {field: count / len(pages) for field, count in right.items()}
    assert shares["title"] >= 0.9 and shares["published"] >= 0.95, shares
    assert shares["outlet"] >= 0.9 and shares["author"] >= 0.85, shares


def test_a_syndicated_page_is_filed_under_the_site_it_was_fetched_from():
    text = decode_bytes((REALNEWS / "msn-guardian-uk-university-halls.html").read_bytes()).text
    gazetteer = read_gazetteer(ROOT / "fixtures" / "gazetteer")

    as_saved = extract_article(text, gazetteer=gazetteer, fmt="html").meta
    as_fetched = extract_article(text, gazetteer=gazetteer, fmt="html",
                                 url="https://www.msn.com/en-gb/news/uknews/uk-university-student-halls/ar-BB19Bvq3").meta

    assert as_saved.outlet == "The Guardian"  # all the saved page says: its canonical link is the Guardian's
    assert as_fetched.outlet == "MSN"


@pytest.mark.parametrize("site_name, url, shown, expected", [
    ("Cork Beo", "https://www.corkbeo.ie/news/x", "Sign up for the CorkBeo newsletter. You can contact CorkBeo on", "CorkBeo"),
    ("Cork Beo", "https://www.corkbeo.ie/news/x", "Cork Beo and CorkBeo", "Cork Beo"),  # written so: kept
    ("Fox News", "https://www.foxnews.com/x", "Follow @FoxNews and #FoxNews", "Fox News"),  # handles are not names
    ("Belize News and Opinion on www.breakingbelizenews.com", "https://www.breakingbelizenews.com/2022/x",
     "is the copyrighted property of Breaking Belize News. Written permission", "Breaking Belize News"),
    ("", "https://www.breakingbelizenews.com/x", "nothing of its name", "breakingbelizenews.com"),
])
def test_an_outlet_is_spelled_as_its_page_shows_it(site_name, url, shown, expected):
    assert outlet_name(site_name, url, "", shown) == expected


def _page(head: str, body: str = "<p>Text.</p>") -> str:
    return f"<html><head>{head}</head><body><h1>A headline of some words</h1>{body}</body></html>"


def _day(html: str, found: str | None) -> date | None:
    from statements.extraction.page_meta import page_meta

    return page_meta(html, title="", site_name="", author="", url="",
                     published_on=date.fromisoformat(found) if found else None).published_on


def test_a_utc_publication_time_is_the_day_of_the_publishers_zone():
    utc = '<meta property="article:published_time" content="2022-04-29T02:08:28+00:00">'
    local = '<time datetime="2022-04-28T22:08:28-04:00">6 hours ago</time>'
    assert _day(_page(utc, local), "2022-04-29") == date(2022, 4, 28)
    assert _day(_page(utc), "2022-04-29") == date(2022, 4, 29)  # no zone given: the declared day stands
    noon = '<meta property="article:published_time" content="2022-04-28T16:00:00Z">'
    assert _day(_page(noon, local), "2022-04-28") == date(2022, 4, 28)
    # No zone, but the page shows the local day beside the byline (and not the UTC day).
    assert _day(_page(utc, "<p>By Jane Doe, April 28, 2022</p>"), "2022-04-29") == date(2022, 4, 28)
    assert _day(_page(utc, "<p>April 28, 2022 · April 29, 2022</p>"), "2022-04-29") == date(2022, 4, 29)
    assert _day(_page(noon, "<p>April 27, 2022</p>"), "2022-04-28") == date(2022, 4, 28)  # a noon time: no


def test_a_modification_date_the_page_does_not_show_gives_way_to_the_publication_date():
    declared = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
                '"2020-01-19T12:25:36Z", "dateModified": "2020-01-20T09:49:32Z"}</script>')
    assert _day(_page(declared), "2020-01-20") == date(2020, 1, 19)
    # A page that shows the update date (and no other) is dated as it shows, unless it says it is an update.
    assert _day(_page(declared, "<p>Monday, 20 January 2020</p>"), "2020-01-20") == date(2020, 1, 20)
    assert _day(_page(declared, "<p>Updated 0949 GMT January 20, 2020</p>"), "2020-01-20") == date(2020, 1, 19)
    assert _day(_page(declared), None) == date(2020, 1, 19)


@pytest.mark.parametrize("text, shown", [
    ("Updated April 28, 2022", True), ("28 April 2022", True), ("Apr. 28, 2022", True), ("2022-04-28", True),
    ("28/04/2022", True), ("04/28/2022", True), ("April 29, 2022", False), ("128 April 2022", False),
])
def test_a_day_is_recognised_as_pages_write_it(text, shown):
    assert shows_day(text, date(2022, 4, 28)) is shown
    assert shows_day(text, date(2022, 4, 28), updates=False) is (shown and not text.startswith("Updated"))


def test_a_byline_names_whom_a_reader_sees_as_its_author():
    from statements.extraction.page_meta import page_meta

    def author(found, body):
        return page_meta(_page("", body), title="", site_name="Miami Today", author=found, url="",
                         published_on=None).author

    comments = '<div id="recentcomments"><span class="comment-author-link"><a>Bill Osborne</a></span> on …</div>'
    assert author("Bill Osborne", "<p>Written by <a rel='author'>Miami Today</a></p>" + comments) == ""
    data_only = "<p>By Jessica Holly, Gail Levy, 7 News WSVN</p>"
    assert author("Jessica Holly; Gail Levy; Kathleen Ditton", data_only) == "Jessica Holly, Gail Levy"
    assert author("Jane Doe", "<p>No byline shown</p>") == "Jane Doe"  # shown nowhere: the page's data stands
    # A page marked "comments-open" as a whole still has its byline.
    assert author("Jane Doe", '<div class="comments-open"><h1>A headline of words</h1><p>By Jane Doe</p></div>') \
        == "Jane Doe"


def test_a_byline_printed_as_a_name_and_its_address_is_read():
    from statements.extraction.page_meta import page_meta

    body = "<p>PE\xadTER CHRISTO\xadPHER</p><p>pe\xadter.christo\xadpher@guardian.co.tt</p><p>Text of the story.</p>"
    found = page_meta(_page("", body), title="", site_name="", author="", url="", published_on=None)
    assert found.author == "Peter Christopher"
    footer = "<p>Text.</p>" + "<p>More text of the story.</p>" * 80 + "<p>Contact Jane Doe jane.doe@example.org</p>"
    assert page_meta(_page("", footer), title="", site_name="", author="", url="", published_on=None).author == ""


def test_a_page_that_declares_no_charset_is_read_as_the_text_it_is():
    from statements.extraction.html_meta import parse_html
    from statements.extraction.page_meta import visible_text

    assert visible_text(parse_html("<html><body><p>Café in Liège</p></body></html>")) == "Café in Liège"
