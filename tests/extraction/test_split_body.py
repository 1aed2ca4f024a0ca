"""An article body that the page splits into several blocks of one kind (around an advertisement or a card):
every block is the article's, and only blocks named as article text in the same article are read."""

import pytest

from statements.extraction.split_body import later_parts
from tests.extraction_helpers import extract

_FIRST = (
    "<p>The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday for a second round of talks on a "
    "peace treaty, the first since the border commissions agreed on a map of the northern section.</p>"
    "<p>“We have made progress on the most difficult articles of the text,” Armenian Foreign Minister Ararat "
    "Mirzoyan told reporters after the meeting, which lasted more than six hours.</p>"
)
_LATER = (
    "<p>Azerbaijani Foreign Minister Jeyhun Bayramov said the two sides still disagreed on the constitution of "
    "Armenia, which Baku says contains territorial claims against Azerbaijan.</p>"
    "<p>“There is no peace treaty without a change of that text,” Bayramov said in a statement on Saturday.</p>"
)


def _page(block: str, later_block: str, between: str = "<div class=\"ad\">Advertisement</div>",
          name: str = "body__container article__body") -> str:
    return (
        "<html><head><title>Armenia and Azerbaijan resume peace talks in Almaty</title></head><body><main><article>"
        "<h1>Armenia and Azerbaijan resume peace talks in Almaty</h1><div class=\"article__chunks\">"
        f"<div class=\"{name}\">{block}</div>{between}<div class=\"{name}\">{later_block}</div>"
        "</div></article></main><footer>All rights reserved</footer></body></html>"
    )


# Body classes trafilatura looks for, which CMSs repeat (WIRED, WordPress themes, news CMSs)
@pytest.mark.parametrize("name", ["body__container article__body", "article-body", "entry-content", "article__content"])
def test_the_later_blocks_of_a_split_body_are_read_with_their_statements(name):
    article = extract(_page(_FIRST, _LATER, name=name), fmt="html")
    assert "Mirzoyan told reporters" in article.body
    assert "no peace treaty without a change" in article.body
    speakers = {statement.text: statement.speaker.name for statement in article.statements}
    assert speakers["There is no peace treaty without a change of that text,"] == "Jeyhun Bayramov"


def test_only_the_later_paragraphs_trafilatura_did_not_keep_are_given_in_page_order():
    html = _page(_FIRST, _LATER)
    kept = ("“We have made progress on the most difficult articles of the text,” Armenian Foreign Minister Ararat "
            "Mirzoyan told reporters after the meeting, which lasted more than six hours.")
    assert later_parts(html, kept) == [
        "Azerbaijani Foreign Minister Jeyhun Bayramov said the two sides still disagreed on the constitution of "
        "Armenia, which Baku says contains territorial claims against Azerbaijan.",
        "“There is no peace treaty without a change of that text,” Bayramov said in a statement on Saturday.",
    ]


def test_a_repeated_generic_block_such_as_an_author_bio_is_not_read():
    html = _page(_FIRST, _LATER).replace("body__container article__body", "content")
    assert later_parts(html, _text_of(_FIRST)) == []


def test_a_block_of_the_same_kind_in_another_article_is_not_read():
    html = _page(_FIRST, "").replace(
        "</article>", "</article><article><h2>Next story</h2><div class=\"body__container article__body\">"
        f"{_LATER}</div></article>",
    )
    assert later_parts(html, _text_of(_FIRST)) == []


def test_captions_and_cards_inside_a_later_block_are_left_out():
    card = ("<aside class=\"recirc\"><p>“Read our full coverage of the South Caucasus peace process,” it says.</p>"
            "</aside>")
    assert later_parts(_page(_FIRST, card + _LATER), _text_of(_FIRST))[0].startswith("Azerbaijani Foreign Minister")


def test_a_page_that_is_not_html_or_shares_nothing_with_the_text_gives_nothing():
    assert later_parts("", "Some text that is long enough to be a line of an article body.") == []
    assert later_parts(_page(_FIRST, _LATER), "A different article altogether, with no paragraph of this page.") == []


def _text_of(block: str) -> str:
    return "\n".join(part.split(">", 1)[1] for part in block.split("</p>") if part)
