"""A country's institution is never resolved to another country's: "Paraguay's Foreign Ministry" once became the
"United States Department of State" (the owner, unknown to the country table, was dropped and "Foreign Ministry"
came within a near spelling of "US Foreign Ministry")."""

from pathlib import Path

import pytest

from statements.extraction.gazetteer import read_gazetteer
from statements.extraction.noun_phrases import Mention
from statements.extraction.pipeline import extract_article
from statements.extraction.speakers import SpeakerResolver

GAZETTEER = read_gazetteer(Path(__file__).resolve().parents[2] / "fixtures" / "gazetteer")
COUNTRY_OF_SLUG = {speaker.slug: speaker.country for speaker in GAZETTEER.speakers}


def resolve(phrase: str):
    return SpeakerResolver(GAZETTEER, phrase).resolve(Mention(phrase, 0, len(phrase)))


def test_paraguay_foreign_ministry_in_an_article_is_paraguays():
    text = (
        "Talks on the river border resumed in Asunción on Monday after a pause of three months.\n\n"
        "Paraguay's Foreign Ministry said the government would keep seeking a settlement through dialogue.\n"
    )
    [statement] = extract_article(text, gazetteer=GAZETTEER, fmt="text").statements
    assert (statement.speaker.slug, statement.speaker.name) == ("paraguayan-foreign-ministry", "Paraguayan Foreign Ministry")


@pytest.mark.parametrize("phrase, slug", [
    ("Paraguay's Foreign Ministry", "paraguayan-foreign-ministry"),
    ("Brazil's Foreign Ministry", "brazilian-foreign-ministry"),
    ("the Japanese foreign ministry", "japanese-foreign-ministry"),
    ("Kenya's Ministry of Foreign Affairs", "kenyan-foreign-ministry"),
])
def test_a_countrys_foreign_ministry_is_that_countrys(phrase, slug):
    assert resolve(phrase).slug == slug


@pytest.mark.parametrize("phrase", ["Paraguay's State Department", "Uruguay's Department of State"])
def test_an_alias_of_one_country_does_not_take_another_countrys_mention(phrase):
    ref = resolve(phrase)
    assert ref.slug is None or COUNTRY_OF_SLUG[ref.slug] != "United States"


@pytest.mark.parametrize("phrase", ["the US State Department", "the U.S. State Department"])
def test_an_alias_naming_its_own_country_still_resolves(phrase):
    assert resolve(phrase).slug == "us-state-department"


def test_no_countrys_foreign_ministry_resolves_to_another_countrys_institution():
    countries = sorted({s.country for s in GAZETTEER.speakers if s.kind != "person" and s.country})
    assert len(countries) > 150  # the whole gazetteer, not a sample
    crossed = {}
    for country in countries:
        for phrase in (f"{country}'s Foreign Ministry", f"the Foreign Ministry of {country}"):
            ref = resolve(phrase)
            if ref is not None and ref.slug and COUNTRY_OF_SLUG[ref.slug] != country:
                crossed[phrase] = ref.slug
    assert crossed == {}


def test_an_alias_two_countries_institutions_share_names_neither():
    # the gazetteer gives both Congos' ministries "Congolese Foreign Ministry"; picking one would be a guess
    ref = resolve("the Congolese foreign ministry")
    assert ref.slug is None and ref.name == "Congolese foreign ministry"


def test_a_demonym_foreign_ministry_is_its_own_countrys():
    crossed = {}
    for speaker in GAZETTEER.speakers:
        for alias in speaker.aliases if speaker.kind != "person" else ():
            words = alias.split()
            if len(words) == 3 and words[1:] == ["Foreign", "Ministry"]:
                for phrase in (f"the {words[0]} foreign ministry", f"{words[0]} Ministry of Foreign Affairs"):
                    ref = resolve(phrase)
                    if ref is not None and ref.slug and COUNTRY_OF_SLUG[ref.slug] != speaker.country:
                        crossed[phrase] = ref.slug
    assert crossed == {}
