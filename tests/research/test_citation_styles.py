"""APA, Chicago and MLA citations rendered from the styles' CSL files (citeproc-py): on the statement page
and as text downloads, a direct quote in quotation marks, reported speech as a paraphrase with its cue
and outlet, never quoted; given names in full where the style says so; data escaped in the HTML."""

from datetime import date

import pytest

from statements.research.citation_styles import STYLES, styled_html, styled_text
from statements.research.citations import citation_of
from tests.factories import make_article, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db

PERMALINK = "https://archive.example/statements/7/"
ACCESSED = date(2024, 5, 1)
BODY = (
    "The Kremlin spokesman rejected Armenian Prime Minister Nikol Pashinyan's claim that Russia had failed "
    "its ally. “We are watching closely,” he said."
)
CLAIM = "Armenian Prime Minister Nikol Pashinyan's claim that Russia had failed its ally"


@pytest.fixture
def article():
    return make_article(body=BODY, title="Kremlin on Armenia", outlet=make_outlet(name="TASS", slug="tass"))


@pytest.fixture
def peskov():
    return make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")


@pytest.fixture
def reported(article, peskov):
    return make_statement(text=CLAIM, article=article, speaker=peskov, kind="indirect", cue="rejected",
                          said_on=date(2023, 9, 25))


@pytest.fixture
def direct(article, peskov):
    return make_statement(text="We are watching closely,", article=article, speaker=peskov, said_on=date(2023, 9, 25))


def test_a_direct_quote_is_quoted_and_keeps_its_case_in_every_style(direct):
    citation = citation_of(direct, PERMALINK, ACCESSED)

    assert styled_text(citation, "apa") == (
        "Peskov, D. (2023, September 25). “We are watching closely”. In Kremlin on Armenia. TASS. "
        "Statement archive. https://archive.example/statements/7/"
    )
    assert styled_text(citation, "chicago").startswith("Peskov, Dmitry. 2023. “We are watching closely”.")
    assert styled_text(citation, "mla").startswith("Peskov, Dmitry. “We are watching closely”. Kremlin on Armenia, TASS")


def test_reported_speech_is_a_paraphrase_with_its_cue_and_outlet_never_quoted(reported):
    citation = citation_of(reported, PERMALINK, ACCESSED)

    for style in STYLES:
        text = styled_text(citation, style)
        assert f"Rejected {CLAIM}" in text, style
        assert "Reported speech (paraphrase, not a quotation)" in text, style
        assert "TASS" in text, style
        assert "“" not in text.split("Kremlin")[0], style  # nothing before the source is in quotation marks
        assert "Rejected Armenian Prime Minister Nikol Pashinyan's Claim" not in text  # not re-cased as a title


def test_the_html_is_escaped_and_keeps_the_styles_italics(article, peskov):
    article.title = "Kremlin <b>on</b> Armenia & Azerbaijan"
    article.save()
    statement = make_statement(text="We are watching closely,", article=article, speaker=peskov)
    citation = citation_of(statement, PERMALINK, ACCESSED)

    html = styled_html(citation, "apa")

    assert "<i>Kremlin &lt;b&gt;on&lt;/b&gt; Armenia &amp; Azerbaijan</i>" in html
    assert "<b>" not in html


def test_the_statement_page_shows_the_three_styles_and_links_their_downloads(client, reported):
    page = client.get(reported.get_absolute_url()).content.decode()

    for name in ("APA", "Chicago", "MLA"):
        assert f"<dt>{name}</dt>" in page
    assert 'id="citation-mla"' in page
    assert f'href="/statements/{reported.pk}/cite.apa"' in page


@pytest.mark.parametrize("style", list(STYLES))
def test_a_style_downloads_as_text(client, reported, style):
    response = client.get(f"/statements/{reported.pk}/cite.{style}")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert f'filename="statement-{reported.pk}.{style}.txt"' in response["Content-Disposition"]
    assert f"Rejected {CLAIM}" in response.content.decode()


def test_an_unknown_citation_format_is_a_404(client, reported):
    assert client.get(f"/statements/{reported.pk}/cite.harvard").status_code == 404
