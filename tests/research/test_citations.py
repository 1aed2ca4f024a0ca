"""Citations of a statement: plain text on the page, BibTeX, RIS and CSL-JSON downloads, each escaped
for its own format."""

import json
from datetime import date

import pytest

from statements.research.citations import bibtex, bibtex_escape, citation_of, csl_json, plain_text, ris
from tests.factories import make_article, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db

PERMALINK = "https://archive.example/statements/7/"
ACCESSED = date(2024, 5, 1)


@pytest.fixture
def statement():
    article = make_article(
        title="Kremlin on the border",
        outlet=make_outlet(name="TASS", slug="tass"),
        url="https://tass.example/1",
        body="Peskov said: “Demarcation is the only way,” on Monday.",
    )
    speaker = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    return make_statement(text="Demarcation is the only way,", article=article, speaker=speaker, said_on=date(2023, 9, 25))


def test_the_plain_text_names_speaker_date_words_source_and_permalink(statement):
    text = plain_text(citation_of(statement, PERMALINK, ACCESSED))

    assert text == (
        "Dmitry Peskov (25 September 2023): “Demarcation is the only way” Reported in “Kremlin on the border”, "
        "TASS, https://tass.example/1. Statement archive, https://archive.example/statements/7/ (accessed 1 May 2024)."
    )


def test_bibtex_has_the_fields_a_reference_manager_needs(statement):
    entry = bibtex(citation_of(statement, PERMALINK, ACCESSED))

    assert entry.startswith(f"@misc{{peskov2023-{statement.pk},\n")
    assert "  author = {Peskov, Dmitry},\n" in entry
    assert "  title = {Demarcation is the only way},\n" in entry
    assert "  year = {2023},\n" in entry and "  date = {2023-09-25},\n" in entry
    assert "  url = {https://archive.example/statements/7/},\n" in entry
    assert "  note = {Source: \\url{https://tass.example/1}}\n" in entry
    assert entry.count("{") == entry.count("}")


def test_bibtex_escapes_what_latex_would_read_as_commands():
    assert bibtex_escape("50% & $5 #1 a_b {x} ~ ^ \\") == (
        r"50\% \& \$5 \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}"
    )


def test_an_organisation_is_an_author_kept_whole(statement):
    statement.speaker.name, statement.speaker.kind = "Ministry of Foreign Affairs of Russia", "organisation"
    citation = citation_of(statement, PERMALINK, ACCESSED)

    assert "author = {{Ministry of Foreign Affairs of Russia}}" in bibtex(citation)
    assert "AU  - Ministry of Foreign Affairs of Russia\r\n" in ris(citation)
    assert json.loads(csl_json(citation))[0]["author"] == [{"literal": "Ministry of Foreign Affairs of Russia"}]


def test_ris_is_one_tagged_line_per_field_ending_with_er(statement):
    statement.text = "Two\nlines,"
    lines = ris(citation_of(statement, PERMALINK, ACCESSED)).split("\r\n")

    assert lines[0] == "TY  - GEN"
    assert "AU  - Peskov, Dmitry" in lines
    assert "TI  - Two lines" in lines
    assert "DA  - 2023/09/25" in lines and "PY  - 2023" in lines
    assert "UR  - https://archive.example/statements/7/" in lines
    assert lines[-2:] == ["ER  - ", ""]


def test_csl_json_is_a_list_with_one_speech_item(statement):
    (item,) = json.loads(csl_json(citation_of(statement, PERMALINK, ACCESSED)))

    assert item["type"] == "speech"
    assert item["author"] == [{"family": "Peskov", "given": "Dmitry"}]
    assert item["issued"] == {"date-parts": [[2023, 9, 25]]}
    assert item["title"] == "Demarcation is the only way"
    assert item["container-title"] == "Kremlin on the border" and item["publisher"] == "TASS"
    assert item["URL"] == PERMALINK and item["source"] == "https://tass.example/1"


def test_an_unattributed_undated_statement_still_cites(statement):
    statement.speaker, statement.said_on = None, None
    citation = citation_of(statement, PERMALINK, ACCESSED)

    assert plain_text(citation).startswith("Unattributed statement (date unknown):")
    assert "year" not in bibtex(citation)
    assert "issued" not in json.loads(csl_json(citation))[0]


@pytest.mark.parametrize(
    "extension, content_type, start",
    [
        ("bib", "application/x-bibtex; charset=utf-8", "@misc{"),
        ("ris", "application/x-research-info-systems; charset=utf-8", "TY  - GEN"),
        ("json", "application/vnd.citationstyles.csl+json; charset=utf-8", "["),
    ],
)
def test_each_format_downloads_from_the_statement(client, statement, extension, content_type, start):
    response = client.get(f"{statement.get_absolute_url()}cite.{extension}")

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="statement-{statement.pk}.{extension}"'
    body = response.content.decode()
    assert body.startswith(start)
    assert f"http://testserver{statement.get_absolute_url()}" in body


def test_the_statement_page_shows_the_citation_and_links_every_format(client, statement):
    html = client.get(statement.get_absolute_url()).content.decode()

    assert "Reported in “Kremlin on the border”, TASS" in html
    for extension in ["bib", "ris", "json"]:
        assert f'href="{statement.get_absolute_url()}cite.{extension}"' in html


def test_an_unknown_citation_format_or_a_rejected_statement_is_404(client, statement):
    assert client.get(f"{statement.get_absolute_url()}cite.doc").status_code == 404
    statement.status = "rejected"
    statement.save()
    assert client.get(f"{statement.get_absolute_url()}cite.bib").status_code == 404
