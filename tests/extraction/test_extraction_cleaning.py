"""Cleaning: seed-format and HTML input to body text, metadata and offsets back into the raw text."""

from datetime import date

import pytest

from statements.extraction.clean import clean_text
from statements.extraction.types import ExtractionError
from tests.extraction_helpers import REPO, extract

SEED = """Amid war with Ukraine, Russia urges Armenia, Azerbaijan to resolve conflict

Author:Reuters 2023-09-20 02:35 69

The Kremlin on Tuesday called for calm in the region, saying both sides should talk.

Smoke rising from artillery strikes on a hilltop outside Stepanakert. (AFP)

"We are concerned about the sharp escalation of tension," Kremlin spokesman Dmitry Peskov told reporters.

Disclaimer: The copyright of this article belongs to the original author. Reposting is for information only.

Title:Amid war with Ukraine, Russia urges Armenia, Azerbaijan to resolve conflict

Url:https://www.investsfocus.com
"""


def test_it_reads_title_author_date_and_url_from_metadata_lines():
    meta = extract(SEED).meta
    assert meta.title == "Amid war with Ukraine, Russia urges Armenia, Azerbaijan to resolve conflict"
    assert meta.author == "Reuters"
    assert meta.published_on == date(2023, 9, 20)
    assert meta.url == "https://www.investsfocus.com"


def test_it_drops_boilerplate_captions_and_metadata_from_the_body():
    body = extract(SEED).body
    assert body.startswith("The Kremlin on Tuesday called for calm")
    assert "Disclaimer" not in body and "(AFP)" not in body and "Url:" not in body and "Author:" not in body
    assert body.count("\n\n") == 1  # two paragraphs left


def test_keyword_overrides_win_over_the_text():
    meta = extract(SEED, title="Other", published_on=date(2024, 1, 2), author="AP", url="https://x.test/a").meta
    assert (meta.title, meta.published_on, meta.author, meta.url) == ("Other", date(2024, 1, 2), "AP", "https://x.test/a")


def test_published_line_and_outlet_line_are_metadata():
    text = "Headline of the story\n\nAnadolu Agency EUROPE\nPublished September 25,2023\nSubscribe\n\nPeskov said the talks would go on for several more weeks.\n"
    article = extract(text)
    assert article.meta.published_on == date(2023, 9, 25)
    assert article.meta.outlet == "Anadolu Agency"
    assert article.body == "Peskov said the talks would go on for several more weeks."


def test_a_standfirst_before_the_repeated_headline_is_not_body():
    text = "Russia calls for calm\n\nBaku and Yerevan accused each other of opening fire.\n\nRussia calls for calm\n\nThe Kremlin said it was worried about the clashes on the border.\n"
    assert extract(text).body == "The Kremlin said it was worried about the clashes on the border."


def test_a_repeated_paragraph_is_kept_once():
    para = 'Peskov said at a news conference: "We hope the meetings will help the region."'
    article = extract(f"Title\n\n{para}\n\nSomething else happened in the capital today.\n\n{para}\n")
    assert article.body.count(para) == 1


def test_body_offsets_map_back_to_the_raw_text():
    raw = (REPO / "fixtures" / "seeds" / "001_d6ad4cb10720b1f6.txt").read_text(encoding="utf-8")
    article = extract(raw)
    assert article.statements
    for statement in article.statements:
        assert article.body[statement.start : statement.end] == statement.text
        assert raw[statement.source_start : statement.source_end] == statement.text


def test_control_characters_and_nul_are_removed_without_moving_offsets():
    raw = "Title\n\nPeskov said\x00 the army\x07 would stay in the region for now.\r\n"
    article = extract(raw)
    assert "\x00" not in article.body and "\x07" not in article.body
    statement = article.statements[0]
    assert raw[statement.source_start : statement.source_end].replace("\x00", " ").replace("\x07", " ") == statement.text


def test_hard_wrapped_paragraphs_are_joined():
    raw = "Title\n\nPeskov said the Russian military had been in contact\nwith both sides and that Moscow was urging\ntalks between them.\n\nSecond paragraph ends here.\n"
    cleaned = clean_text(raw)
    assert len(cleaned.paragraphs) == 2
    first = cleaned.body[cleaned.paragraphs[0][0] : cleaned.paragraphs[0][1]]
    assert first == "Peskov said the Russian military had been in contact with both sides and that Moscow was urging talks between them."


@pytest.mark.parametrize(
    "raw, reason",
    [("", "empty"), ("   \n\n  ", "empty"), ("\x00\x01\x02\x03" * 50, "binary"), ("1234 5678 90 ## $$ %%" * 20, "letters")],
)
def test_input_that_is_not_an_article_raises_extraction_error(raw, reason):
    with pytest.raises(ExtractionError, match=reason):
        extract(raw)


def test_only_a_title_is_not_an_article():
    with pytest.raises(ExtractionError, match="no article text"):
        extract("Just a headline\n")


def test_html_uses_the_main_text_and_page_metadata():
    html = """<html><head><title>Kremlin urges calm</title><meta name="author" content="Jane Doe">
    <meta property="article:published_time" content="2023-09-25"></head><body><nav>Home | World | Subscribe</nav>
    <article><h1>Kremlin urges calm</h1>
    <p>MOSCOW (Reuters) - The Kremlin said on Monday it was deeply concerned about the fighting in the region.</p>
    <p>"We call on both sides to stop the hostilities immediately," Kremlin spokesman Dmitry Peskov told reporters.</p>
    </article><footer>All rights reserved</footer></body></html>"""
    article = extract(html, fmt="html")
    assert article.meta.title == "Kremlin urges calm"
    assert article.meta.published_on == date(2023, 9, 25)
    assert "Subscribe" not in article.body and "All rights reserved" not in article.body
    texts = {s.text: s.speaker.name for s in article.statements}
    assert texts["We call on both sides to stop the hostilities immediately,"] == "Dmitry Peskov"
    for statement in article.statements:
        assert article.body[statement.start : statement.end] == statement.text
        assert statement.source_start is None


def test_quoted_subheadings_and_live_blog_titles_are_dropped():
    article = extract(
        "Title\n\nResidents described walking for days.\n\n‘We are not safe anywhere’\n\n"
        "Zelensky: 'Pressure on Russia is needed'\n\n"
        '"They burned everything," said Fatima Adam. "We are not safe anywhere."\n'
    )
    assert "‘We are not safe anywhere’" not in article.body
    assert "Pressure on Russia" not in article.body
    assert [s.text for s in article.statements][-1] == "We are not safe anywhere."


def test_a_standfirst_before_the_byline_is_not_body():
    cleaned = clean_text(
        "Germany rules out missiles\n\nOlaf Scholz has again rejected calls to deliver missiles. The chancellor warned "
        "that Germany must not become a party.\n\nDW\n\n02/26/2024\n\nGerman Chancellor Olaf Scholz on Monday "
        "reaffirmed his refusal.\n"
    )
    assert cleaned.body == "German Chancellor Olaf Scholz on Monday reaffirmed his refusal."


def test_a_standfirst_with_a_quote_is_kept():
    cleaned = clean_text(
        'Russia hopes for calm\n\nPeskov said in Moscow: "We hope every time that the meetings will help."\n\n'
        "Anadolu Agency\n\nPublished September 25, 2023\n\nKremlin spokesman Dmitry Peskov said on Monday that Russia expects talks.\n"
    )
    assert cleaned.body.startswith("Peskov said in Moscow")


def test_a_lede_followed_by_a_caption_is_kept():
    cleaned = clean_text(
        "Russia urges talks\n\nThe Kremlin on Tuesday called for calm in Karabakh.\n\nSmoke rising over the hills\n\n"
        "Azerbaijan said it needed to restore order.\n"
    )
    assert cleaned.body.startswith("The Kremlin on Tuesday called for calm")


def test_related_video_cards_in_an_html_page_are_not_body():
    card = ("- Mayor tells viewers who are annoyed by him to watch the other channel Mayor tells viewers who are annoyed "
            "by him to watch the other channel tonight Harbor Online")
    html = ("<html><head><title>Halls close</title></head><body><article><h1>Halls close</h1>"
            "<p>The university said on Monday that its halls would close for two weeks.</p>"
            f"<ul><li>{card[2:]}</li></ul>"
            "<p>Students said they had not been told in advance, and several asked for refunds.</p>"
            "</article></body></html>")
    article = extract(html, fmt="html")
    assert "annoyed" not in article.body
    assert "tells viewers" not in {s.cue for s in article.statements}


def test_a_paragraph_opening_with_by_or_author_is_body_unless_it_reads_as_a_byline():
    article = extract(
        "Storms hit Gauteng\n\nBy Anna Varga and Tom Kral\n\nBy Tuesday, the death toll had risen to 40, officials "
        "said.\n\nAuthor Rushdiyah Narker, from Kensington, said she started reading romance.\n")
    texts = {s.text: s.speaker.name for s in article.statements}
    assert texts["By Tuesday, the death toll had risen to 40"] == "officials"
    assert texts["she started reading romance."] == "Rushdiyah Narker"
    assert article.meta.author == "Anna Varga and Tom Kral"
