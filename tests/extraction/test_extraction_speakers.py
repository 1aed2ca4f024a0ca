"""Speaker resolution: gazetteer aliases and roles, people and organisations named earlier, new speakers."""

from datetime import date

import pytest

from statements.extraction.noun_phrases import Mention
from statements.extraction.alias_index import role_signature
from statements.extraction.organisation_names import canonical_organisation
from statements.extraction.speaker_names import split_name
from statements.extraction.speakers import SpeakerResolver
from tests.extraction_helpers import fixture_gazetteer


def resolve_all(*phrases: str):
    # the gazetteer's roles have dates (Kosovo has had several prime ministers): the articles here are of 2023
    resolver = SpeakerResolver(fixture_gazetteer(), on_date=date(2023, 10, 1))
    return [resolver.resolve(Mention(p, 0, len(p))) for p in phrases]


@pytest.mark.parametrize(
    "phrase, slug",
    [
        ("Kremlin spokesman Dmitry Peskov", "dmitry-peskov"),
        ("Russian Presidential spokesman Dmitry Peskov", "dmitry-peskov"),
        ("the head of Armenia’s National Security Council Armen Grigoryan", "armen-grigoryan"),
        ("Spokesperson of the Russian Ministry of Foreign Affairs Maria Zakharova", "maria-zakharova"),
        ("President Vladimir Putin of Russia", "vladimir-putin"),
        ("Serbian President Aleksandr Vucic", "aleksandar-vucic"),
        ("Mr Pashinyan", "nikol-pashinyan"),
        ("Kosovo's prime minister", "albin-kurti"),
        ("the Kremlin spokesman", "dmitry-peskov"),
        ("Armenia's Defense Ministry", "armenian-defense-ministry"),
        ("Azerbaijan's Defence Ministry", "azerbaijani-defense-ministry"),
        ("a statement from the Azerbaijani Foreign Ministry", "azerbaijani-foreign-ministry"),
        ("the Ministry of Foreign Affairs of Armenia", "armenian-foreign-ministry"),
        ("Moscow", "russia"),
        ("the Kremlin", "kremlin"),
        ("Ilham Aliev", "ilham-aliyev"),  # a spelling variant, matched fuzzily against aliases only
    ],
)
def test_it_resolves_gazetteer_speakers_from_names_roles_and_aliases(phrase, slug):
    (ref,) = resolve_all(phrase)
    assert ref is not None and ref.slug == slug


def test_unknown_people_become_new_speakers_with_name_role_and_kind():
    (ref,) = resolve_all("Hungarian Foreign Minister Anna Varga")  # not in the gazetteer
    assert (ref.name, ref.role, ref.kind, ref.slug) == ("Anna Varga", "Hungarian Foreign Minister", "person", None)


def test_a_surname_later_in_the_article_is_the_same_new_speaker():
    first, later = resolve_all("national security spokesman Tomas Nowak", "Nowak")
    assert later.name == "Tomas Nowak" and later.slug is None


def test_pronouns_and_descriptors_refer_to_the_last_matching_speaker():
    refs = resolve_all("Russian Foreign Ministry spokeswoman Maria Zakharova", "Sergei Lavrov", "she", "he", "the minister")
    assert [r.name for r in refs] == ["Maria Zakharova", "Sergei Lavrov", "Maria Zakharova", "Sergei Lavrov", "Sergei Lavrov"]


def test_it_refers_to_an_organisation_not_a_person():
    refs = resolve_all("Armenia's Defense Ministry", "Dmitry Peskov", "it")
    assert refs[-1].name == "Armenian Defense Ministry"


def test_a_possessive_name_is_not_the_speaker():
    (ref,) = resolve_all("Mr Zelensky's chief of staff")
    assert ref.slug != "volodymyr-zelensky"


def test_unnamed_sources_and_groups_are_typed_speakers():
    official, diplomats, peacekeepers = resolve_all("a senior Nato official", "Two Western diplomats", "Russian peacekeepers")
    assert (official.name, official.kind) == ("senior Nato official", "unnamed")
    assert (diplomats.name, diplomats.kind) == ("Western diplomats", "unnamed")
    assert (peacekeepers.name, peacekeepers.kind) == ("Russian peacekeepers", "group")


def test_seats_of_power_and_foreign_capitals():
    white_house, tehran = resolve_all("The White House", "Tehran")
    assert (white_house.name, white_house.kind) == ("White House", "government")
    assert (tehran.name, tehran.kind) == ("Iran", "government")


def test_news_agencies_and_documents_are_not_speakers():
    assert resolve_all("TASS", "the Constitution of Serbia") == [None, None]


def test_a_joint_statement_is_named_by_its_parties():
    resolver = SpeakerResolver(fixture_gazetteer())
    ref = resolver.resolve(
        Mention("a joint statement", 0, 1), context=["the leaders agreed", "Leaders of Azerbaijan, Russia, and Armenia met"]
    )
    assert ref.name == "joint statement of Azerbaijan, Russia and Armenia"
    assert resolver.resolve(Mention("the statement", 0, 1)).name == ref.name


def test_split_name_separates_roles_organisations_and_the_person():
    assert split_name("European Council President Charles Michel".split()) == ("Charles Michel", "European Council President")
    assert split_name("Analysts at the Institute for the Study of War".split())[0] == ""
    assert split_name("senior Nato official".split())[0] == ""


def test_role_signatures_ignore_word_order_and_country_form():
    assert role_signature("Kosovo's prime minister") == role_signature("Prime Minister of Kosovo")
    assert role_signature("Armenian Prime Minister") == role_signature("prime minister of Armenia")


def test_organisation_names_follow_the_gazetteer_pattern():
    assert canonical_organisation("Ukraine's energy ministry".split()) == "Ukrainian Energy Ministry"
    assert canonical_organisation("Ministry of Foreign Affairs of Armenia".split()) == "Armenian Foreign Ministry"


@pytest.mark.parametrize(
    "phrase, name, slug",
    [
        ("the Veritas Research Institute", "Veritas Research Institute", None),  # unknown: as written
        ("the Ministry of Foreign Affairs of Armenia", "Armenian Foreign Ministry", "armenian-foreign-ministry"),
        ("Azerbaijan's Foreign Ministry", "Azerbaijani Foreign Ministry", "azerbaijani-foreign-ministry"),
    ],
)
def test_unknown_organisations_keep_the_articles_wording_known_ones_the_gazetteers(phrase, name, slug):
    (ref,) = resolve_all(phrase)
    assert (ref.name, ref.slug) == (name, slug)


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("A doctor at the South Hospital in El Fasher", "doctor at the South Hospital in El Fasher"),  # places
        ("Artsvik Minasian of the opposition Hayastan", "Artsvik Minasian"),  # the party is a complement
        ("The Gaza Health Ministry", "Gaza Health Ministry"),  # a place qualifying an organisation
        ("the Chinese military's Eastern Theater Command", "Eastern Theater Command"),  # a proper name of its own
        ("Gen Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan"),  # rank title, joined particle
        ("Some opposition lawmakers in Yerevan", "opposition lawmakers in Yerevan"),  # unnamed, not the government
    ],
)
def test_unknown_speakers_are_named_as_the_article_names_them(phrase, name):
    assert resolve_all(phrase)[0].name == name


def test_the_armenian_fm_is_the_foreign_minister_named_before():
    refs = resolve_all("Foreign Minister of Armenia Ararat Mirzoyan", "the Armenian FM")
    assert refs[1].slug == "ararat-mirzoyan"


def test_a_different_given_name_is_not_the_gazetteers_namesake():
    tigran, armen, erdogan = resolve_all("Tigran Grigoryan", "Armen Grigoryan", "Turkish President Tayyip Erdogan")
    assert (tigran.slug, tigran.name) == (None, "Tigran Grigoryan")
    assert armen.slug == "armen-grigoryan"
    assert erdogan.slug == "recep-tayyip-erdogan"  # a middle name the alias also has is the same person


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("the Joint Chiefs of Staff", "Joint Chiefs of Staff"),
        ("South Korea's Defense Ministry", "South Korea's Defense Ministry"),  # unknown: as the article writes it
        ("The Serbian List", "Serbian List"),
    ],
)
def test_capitalised_names_of_organisations_are_not_people(phrase, name):
    (ref,) = resolve_all(phrase)
    assert (ref.name, ref.kind) == (name, "organisation")


def test_a_list_that_is_not_a_party_name_does_not_speak():
    assert resolve_all("the list") == [None]


def test_a_later_descriptor_matches_a_synonymous_role():
    adviser, aide = resolve_all("Hikmet Hajiyev, a presidential adviser", "the presidential aide")
    assert aide.name == adviser.name == "Hikmet Hajiyev"


@pytest.mark.parametrize(
    "phrase, name, kind",
    [
        ("Artsvik Minasyan of the Armenia Alliance", "Artsvik Minasyan", "person"),  # a member, not the party
        ("Al Jazeera’s Hani Mahmoud", "Hani Mahmoud", "person"),  # the possessive owner is not in the name
        ("DW's Nick Connolly", "Nick Connolly", "person"),
        ("UNRWA Commissioner-General Philippe Lazzarini", "Philippe Lazzarini", "person"),  # hyphenated title
        ("The Democratic Republic of Congo", "Democratic Republic of Congo", "government"),  # a country named with "of"
    ],
)
def test_names_with_owners_titles_and_complements(phrase, name, kind):
    (ref,) = resolve_all(phrase)
    assert (ref.name, ref.kind) == (name, kind)


def test_a_surname_finds_the_full_name_even_before_a_possessive():
    resolver = SpeakerResolver(fixture_gazetteer(), "Drills began days after President Lai Ching-te's National Day speech.")
    assert resolver.resolve(Mention("Lai", 0, 3)).name == "Lai Ching-te"


def test_the_politician_is_the_person_last_named():
    baerbock, kuleba, politician = resolve_all(
        "German Foreign Minister Annalena Baerbock", "her Ukrainian counterpart Dmytro Kuleba", "The Green politician"
    )
    assert politician.name == kuleba.name == "Dmytro Kuleba"  # recency: the last person named, whatever their role
    (alone,) = resolve_all("the politician")
    assert alone.name == "politician"  # nobody named before: the descriptor itself


def test_a_possessive_descriptor_matches_the_person_it_described_before():
    text = (
        "The UN’s top political affairs official urged the Council to act.\n\n"
        "Rosemary DiCarlo, Under-Secretary-General for Political Affairs, told ambassadors that the siege had tightened."
    )
    resolver = SpeakerResolver(fixture_gazetteer(), text)
    first = resolver.resolve(Mention("The UN’s top political affairs official", 0, 39))
    again = resolver.resolve(Mention("The UN’s top political affairs official", 0, 39))
    assert first.name == again.name == "Rosemary DiCarlo"
