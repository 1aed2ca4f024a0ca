"""Bytes → text in any charset, the article's language, and whether a page is an article at all.

Every page here is a real saved web page from tests/data/realnews/ (byte-for-byte copies of
shared/realnews; README there says where they come from).
"""

import re
from pathlib import Path

import pytest

from statements.extraction.decode import NotText, codec_name, decode_bytes, declared_charset, repair_mojibake
from statements.extraction.language import detect_language
from statements.extraction.page_type import classify_page

REALNEWS = Path(__file__).parent.parent / "data" / "realnews"
CP1252 = REALNEWS / "de-automobilwoche-vw-cp1252.html"
CP1250 = REALNEWS / "pl-rp-sejm-eu-funds-cp1250.html"
TELEGRAPH = REALNEWS / "telegraph-plumber-jailed.html"


def page_text(path: Path) -> str:
    return decode_bytes(path.read_bytes()).text


def test_a_page_declared_windows_1252_is_decoded_with_its_declared_charset():
    data = CP1252.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")

    decoded = decode_bytes(data)

    assert (decoded.encoding, decoded.source, decoded.replaced) == ("cp1252", "declared", 0)
    assert "Aufsichtsr\u00e4t" in decoded.text  # "Aufsichtsrat" with an umlaut, as the German title has it


def test_a_windows_1250_page_keeps_its_polish_letters():
    decoded = decode_bytes(CP1250.read_bytes())
    assert decoded.encoding == "cp1250"
    assert "bli\u017cej" in decoded.text  # "bliżej" from the title


def test_the_http_charset_wins_over_the_page_declaration():
    data = "<meta charset='utf-8'><p>Fran\u00e7ois</p>".encode("cp1252")
    decoded = decode_bytes(data, http_charset="windows-1252")
    assert decoded.source == "http" and "Fran\u00e7ois" in decoded.text


def test_a_declaration_the_bytes_contradict_loses_to_detection():
    data = re.sub(rb"(?i)windows-1250", b"utf-8", CP1250.read_bytes())
    decoded = decode_bytes(data)
    assert decoded.source == "detected"
    assert "bli\u017cej" in decoded.text
    assert any("does not fit" in warning for warning in decoded.warnings)


def test_an_undeclared_legacy_page_is_detected():
    data = re.sub(rb"(?i)charset=\"?windows-1250\"?", b"", CP1250.read_bytes())
    assert declared_charset(data) == ""
    decoded = decode_bytes(data)
    assert decoded.source == "detected" and "bli\u017cej" in decoded.text


def test_the_xml_declaration_and_no_declaration_both_read_as_utf8():
    msn = decode_bytes((REALNEWS / "msn-guardian-uk-university-halls.html").read_bytes())
    jis = decode_bytes((REALNEWS / "jis-jamaica-investment.html").read_bytes())
    assert (msn.encoding, msn.source) == ("utf-8", "declared")
    assert (jis.encoding, jis.source, jis.replaced) == ("utf-8", "utf-8", 0)


def test_a_stray_latin1_byte_is_replaced_and_noted_not_fatal():
    data = TELEGRAPH.read_bytes().replace(b"</footer>", b"\xa9 2020</footer>", 1)
    assert data != TELEGRAPH.read_bytes()

    decoded = decode_bytes(data)

    assert decoded.encoding == "utf-8" and decoded.replaced == 1
    assert "\ufffd 2020" in decoded.text
    assert any("1 undecodable" in warning for warning in decoded.warnings)


def test_double_encoded_text_is_repaired_and_counted():
    original = TELEGRAPH.read_text(encoding="utf-8")
    lines_with_curly = sum(1 for line in original.split("\n") if "\u2019" in line or "\u201c" in line)
    mojibake = original.encode("utf-8").decode("cp1252", errors="ignore")
    assert "\u00e2\u20ac\u2122" in mojibake  # ’ read the wrong way: â€™

    repaired, lines = repair_mojibake(mojibake)

    assert "\u00e2\u20ac\u2122" not in repaired
    assert lines >= lines_with_curly > 0
    assert repair_mojibake(original) == (original, 0)


def test_binary_and_oversized_input_is_refused_with_the_cap_named():
    with pytest.raises(NotText, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(NotText, match="size limit of 100 bytes"):
        decode_bytes(b"x" * 101, limit=100)


def test_charset_labels_browsers_treat_as_windows_1252_are_read_so():
    assert codec_name("ISO-8859-1") == "cp1252"
    assert codec_name("latin1") == "cp1252"
    assert codec_name("KOI8-R") == "koi8-r"
    assert codec_name("no-such-charset") is None


@pytest.mark.parametrize(
    "name, language",
    [
        ("telegraph-plumber-jailed.html", "en"),
        ("tribune242-shootings.html", "en"),
        ("de-tagesschau-rheinmetall-leak.html", "de"),
        ("fr-radio-prague-health-minister.html", "fr"),
        ("ru-football-ua-podolski.html", "ru"),
        ("pl-rp-sejm-eu-funds-cp1250.html", "pl"),
        ("de-automobilwoche-vw-cp1252.html", "de"),
    ],
)
def test_the_language_is_detected_from_the_article_text(name, language):
    import trafilatura

    body = trafilatura.extract(page_text(REALNEWS / name)) or ""
    assert detect_language(body) == language


def test_too_little_text_has_no_language():
    assert detect_language("OK 12") == ""
    assert detect_language("Peskov said the talks with Pashinyan in Yerevan went well.") == ""


@pytest.mark.parametrize(
    "name, kind",
    [
        ("reddit-python-init-thread.html", "forum"),
        ("sass-ag-de-home.html", "home"),
        ("chip-de-tests-list.html", "list"),
        ("nationalrail-disruptions.html", "list"),
    ],
)
def test_pages_that_are_not_articles_are_recognised(name, kind):
    verdict = classify_page(page_text(REALNEWS / name))
    assert verdict.kind == kind and not verdict.is_article
    assert verdict.reason


@pytest.mark.parametrize("path", sorted(p for p in REALNEWS.glob("*.html") if p.name not in {
    "reddit-python-init-thread.html", "sass-ag-de-home.html", "chip-de-tests-list.html", "nationalrail-disruptions.html"}))
def test_articles_are_accepted_in_any_language(path):
    assert classify_page(page_text(path)).is_article


def test_the_fetch_url_decides_a_home_page_and_an_encyclopedia():
    story = page_text(TELEGRAPH)
    assert classify_page(story, "https://www.telegraph.co.uk/").kind == "home"
    assert classify_page(story, "https://en.wikipedia.org/wiki/Boiler").kind == "encyclopedia"
    mediawiki = '<html><head><meta name="generator" content="MediaWiki 1.42"></head><body><p>Text.</p></body></html>'
    assert classify_page(mediawiki).kind == "encyclopedia"


def test_a_bare_saved_article_without_markup_is_an_article():
    bare = "<html><body><h1>Talks resume</h1><p>“We are ready,” the minister said on Monday.</p></body></html>"
    assert classify_page(bare).is_article
