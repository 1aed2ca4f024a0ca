"""Conflict tags: the statement's own words first, then its paragraph, then the article's main conflict."""

from statements.extraction.conflicts import article_conflicts, conflict_matcher, statement_conflicts
from tests.extraction_helpers import extract, fixture_gazetteer

ARTICLE = (
    "Russia urges calm in Karabakh\n\n"
    "The Kremlin said on Monday it was worried about the situation in Nagorno-Karabakh and the Lachin corridor.\n\n"
    '"We are concerned about the escalation of tension," Kremlin spokesman Dmitry Peskov told reporters.\n\n'
    'Turning to Kosovo, Peskov said the situation there was "very stressful and potentially dangerous" for everyone.\n\n'
    "Peskov also said Russia remained open to negotiations with Ukraine on a settlement.\n\n"
    "During the briefing, Peskov promised to announce the travel plans of the president to the Indonesian city of Bali.\n"
)


def tags() -> dict[str, tuple[str, ...]]:
    return {s.text: s.conflicts for s in extract(ARTICLE).statements}


def test_the_statements_own_words_come_first():
    assert tags()["Russia remained open to negotiations with Ukraine on a settlement."] == ("russia-ukraine",)


def test_the_paragraph_comes_second():
    assert tags()['the situation there was "very stressful and potentially dangerous" for everyone.'] == ("kosovo-serbia",)


def test_the_article_conflict_is_the_fallback():
    assert tags()["We are concerned about the escalation of tension,"] == ("armenia-azerbaijan",)


def test_a_statement_about_an_unrelated_country_gets_no_article_conflict():
    # "Unrelated" is a country no conflict and no gazetteer speaker involves; the fixture gazetteer now holds
    # officials of nearly every country, so the rule is checked with its conflicts alone.
    from statements.extraction.types import Gazetteer

    matcher = conflict_matcher(Gazetteer(conflicts=fixture_gazetteer().conflicts))
    text = "to announce the travel plans of the president to the Indonesian city of Bali."
    assert statement_conflicts(matcher, text, (), ("armenia-azerbaijan",), text) == ()


def test_place_names_inside_words_and_accents_are_matched_as_whole_words():
    matcher = conflict_matcher(fixture_gazetteer())
    assert matcher.tags("Clashes near Banjska and Zvečan") == ("kosovo-serbia",)
    assert matcher.tags("The Ukrainianness of it") == ()


def test_the_headline_weighs_more_for_the_article_conflict():
    matcher = conflict_matcher(fixture_gazetteer())
    assert article_conflicts(matcher, "War in Ukraine", "Karabakh was mentioned once.") == ("russia-ukraine",)
    assert statement_conflicts(matcher, "No keywords here.", (), ("russia-ukraine",)) == ("russia-ukraine",)


def test_a_foreign_counterpart_in_the_paragraph_withholds_the_article_topic():
    article = extract(
        "Fidan on Gaza\n\nTurkish Foreign Minister Hakan Fidan said Israel must be held accountable for Gaza.\n\n"
        '"What is happening in Gaza is a genocide," Fidan said with his Hungarian counterpart Peter Szijjarto.\n\n'
        "Touching on the war between Russia and Ukraine, Fidan said Türkiye was ready to host new talks in Istanbul.\n"
    )
    tags = {s.text[:20]: s.conflicts for s in article.statements}
    assert tags["What is happening in"] == ("gaza-war",)  # its own words name Gaza; no topic of the article's
    assert tags["Türkiye was ready to"] == ("russia-ukraine",)


def test_foreign_soldiers_in_a_ukraine_article_keep_the_topic():
    article = extract(
        "Scholz rules out Taurus for Ukraine\n\nScholz refused to send Taurus missiles to Ukraine on Monday.\n\n"
        '"German soldiers must at no point be linked with the targets," Scholz said in Berlin.\n'
    )
    assert article.statements[-1].conflicts == ("russia-ukraine",)


ASIDE = (
    "Hajiyev: peace treaty within reach\n\n"
    "The peace treaty is within reach, the presidential aide Hikmet Hajiyev told diplomats in Baku on Wednesday.\n\n"
    "Hajiyev said the delimitation of the border should rest on the most recent maps.\n\n"
    "He noted that more than 360 people had been killed by landmines since the 44-day war.\n\n"
    "Touching upon the war in Ukraine, Hajiyev said Baku supports Ukraine and has sent aid to Kyiv, Ukraine.\n"
)


def test_an_aside_paragraph_does_not_outweigh_the_article_topic():
    # Ukraine is named three times in one paragraph, the Armenia–Azerbaijan keywords once in each of two.
    assert article_conflicts(conflict_matcher(fixture_gazetteer()), "Hajiyev: peace treaty within reach", ASIDE.split("\n", 1)[1]) == (
        "armenia-azerbaijan",
    )
    found = {s.text: s.conflicts for s in extract(ASIDE).statements}
    assert found["The peace treaty is within reach"] == ("armenia-azerbaijan",)
    assert [c for text, c in found.items() if text.startswith("Baku supports Ukraine")] == [("russia-ukraine",)]


def test_a_statement_naming_both_parties_of_a_conflict_is_about_it_even_beside_an_unrelated_country():
    article = extract(
        "Mirzoyan: peace treaty within a month\n\n"
        "Armenia is ready to sign the peace agreement with Azerbaijan within a month if Baku agrees, Foreign Minister "
        "Ararat Mirzoyan said at a press conference with his Lithuanian counterpart.\n"
    )
    assert [s.conflicts for s in article.statements] == [("armenia-azerbaijan",)]


def test_a_conflict_one_quote_mentions_in_passing_is_not_the_articles_topic():
    matcher = conflict_matcher(fixture_gazetteer())
    title = "China holds drills around Taiwan"
    body = (
        "China staged war games around Taiwan on Monday.\n\n"
        "The island's defence ministry said it had detected 153 Chinese aircraft.\n\n"
        '"What happens in Ukraine is watched very closely in Beijing," the official said.'
    )
    assert article_conflicts(matcher, title, body) == ()
    # the same single mention is the topic when the headline names one of the conflict's parties
    assert article_conflicts(matcher, "Russia warns Taiwan", body) == ("russia-ukraine",)
    # or when two paragraphs name it
    assert article_conflicts(matcher, title, body + "\n\nKyiv said nothing.") == ("russia-ukraine",)
