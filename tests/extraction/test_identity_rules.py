"""Identity rules that hold for news in general, each on invented sentences: what is never a speaker (a disease or
product designation, a compass part of a place, a role's acronym, a law, the end of a longer institution name, a
company glued before a person), and what is a full identity without a surname (a royal style with a given name, a
peerage style)."""

import pytest

from statements.extraction.article_names import ArticleNames
from statements.extraction.noun_phrases import Mention
from statements.extraction.speaker_guard import Refusal, minted_name
from statements.extraction.speaker_names import split_name
from statements.extraction.speakers import SpeakerResolver
from statements.text import peerage_name, person_key
from tests.extraction_helpers import fixture_gazetteer


def resolve_in(text: str, phrase: str):
    """Resolve every earlier mention that says something, then `phrase` at its first place after them."""
    resolver = SpeakerResolver(fixture_gazetteer(), text)
    start = text.index(phrase)
    return resolver, resolver.resolve(Mention(phrase, start, start + len(phrase)))


@pytest.mark.parametrize("name, kind, reason", [
    ("COVID-19", "organisation", "a disease, product or event, not a speaker"),
    ("Omicron BA.5", "organisation", "a disease, product or event, not a speaker"),
    ("MiG-31", "person", "a disease, product or event, not a speaker"),
    ("South Dade", "person", "a place"),
    ("North Shore", "organisation", "a place"),
    ("West Coast", "organisation", "a place"),
    ("CMO", "organisation", "a role's acronym, not a name"),
    ("CFO", "person", "a role's acronym, not a name"),
    ("Clean Rivers Act", "person", "a law or treaty, not a speaker"),
    ("Baltic Fisheries Treaty", "organisation", "a law or treaty, not a speaker"),
])
def test_what_is_no_speaker_in_any_news(name, kind, reason):
    assert minted_name(name, kind) == Refusal(reason)


@pytest.mark.parametrize("name, kind", [
    ("G-20", "organisation"), ("M23", "group"), ("South Korea", "government"), ("Channel 4", "organisation"),
    ("Kanye West", "person"), ("Central Command", "organisation"), ("Central Bank", "organisation"),
    ("Western Union", "organisation"),
])
def test_names_like_them_stay_speakers(name, kind):
    assert minted_name(name, kind) == (name, kind)


def test_the_end_of_a_longer_institution_name_is_no_speaker():
    body = ("The Ruritania Special Economic Zone Authority said exports rose. A head of the Harbour Emergency Medical "
            "Services said crews were ready. The Health Ministry said and the Port Health Ministry agreed.")
    assert minted_name("Zone Authority", "organisation", body) == Refusal("the end of a longer name")
    assert minted_name("Medical Services", "person", body) == Refusal("the end of a longer name")
    # written on its own once ("The Health Ministry"), it is a name of its own
    assert minted_name("Health Ministry", "organisation", body) == ("Health Ministry", "organisation")


def test_a_body_ending_in_authority_or_services_keeps_its_whole_name():
    text = 'Exports rose, the Ruritania Special Economic Zone Authority said. "We are ready," it added.'
    _, ref = resolve_in(text, "the Ruritania Special Economic Zone Authority")
    assert (ref.name, ref.kind) == ("Ruritania Special Economic Zone Authority", "organisation")


def test_a_company_glued_before_a_persons_name_is_part_of_the_role():
    name, role = split_name("Chief Operating Officer of Blue Harbour Foods Maria Okafor".split())
    assert (name, role) == ("Maria Okafor", "Chief Operating Officer of Blue Harbour Foods")
    # a given name the lexicon does not know, before a known one, is the person's own
    assert split_name("Yunfan Gerry Zhang".split())[0] == "Yunfan Gerry Zhang"


def test_a_role_acronym_finds_the_person_holding_the_role():
    text = ('Chief Medical Officer Dr Aoife Brennan warned of a surge. "Hospitals are filling," Dr Brennan said.\n\n'
            "The CMO told the minister that schools should close.")
    resolver = SpeakerResolver(fixture_gazetteer(), text)
    for phrase in ("Chief Medical Officer Dr Aoife Brennan", "Dr Brennan"):
        start = text.index(phrase)
        resolver.resolve(Mention(phrase, start, start + len(phrase)))
    start = text.index("The CMO")
    ref = resolver.resolve(Mention("The CMO", start, start + 7))
    assert (ref.name, ref.kind) == ("Aoife Brennan", "person")


def test_the_and_a_single_name_is_an_institution_not_a_surname():
    text = "The Amis du Kunstmark society paid. Later the Kunstmark declared the painting a treasure."
    _, ref = resolve_in(text, "the Kunstmark")
    assert (ref.name, ref.kind) == ("Kunstmark", "organisation")


@pytest.mark.parametrize("name, key", [
    ("Prince Albertus", "prince albertus"),
    ("Queen Amara II", "queen amara"),
    ("King Olaf III", "king olaf"),
    ("Pope Benedict XVI", "pope benedict"),
    ("Crown Prince Hamid", "prince hamid"),
    ("Dr. Albertus", "albertus"),  # a surname with an honorific stays a single name
    ("Governor Albertus", "albertus"),
    ("Di Li", "dy ly"),  # letters that look like a regnal number, without a royal style, are a name
])
def test_a_royal_style_with_a_given_name_is_a_full_identity(name, key):
    assert person_key(name) == key


@pytest.mark.parametrize("text, name", [
    ("Amara, Duchess of Wessex", "Amara, Duchess of Wessex"),
    ("Amara Duchess of Wessex", "Amara, Duchess of Wessex"),  # speaker phrases lose their commas
    ("the Duke of Lothian", "Duke of Lothian"),
    ("President of Ruritania", None),
])
def test_a_peerage_style_is_a_name(text, name):
    assert peerage_name(text) == name


@pytest.mark.parametrize("name, kind", [
    ("Prince Albertus", "person"), ("Queen Amara II", "person"), ("Pope Benedict XVI", "person"),
    ("Amara, Duchess of Wessex", "person"), ("Duke of Lothian", "person"),
])
def test_royal_and_peerage_styles_are_minted(name, kind):
    assert minted_name(name, kind) == (name, kind)


@pytest.mark.parametrize("name", ["Albertus", "Dr Albertus", "Governor Albertus"])
def test_a_single_name_with_a_title_is_still_refused(name):
    assert minted_name(name, "person") == Refusal("a single name")


def test_a_given_name_resolves_to_the_royal_or_peerage_style_its_article_gives():
    text = ("Prince Albertus and Amara, Duchess of Wessex's son visited the port.\n\n"
            '"We love this town," Albertus said. "It was a long road," Amara said. The Queen waved.')
    names = ArticleNames(text, split_name)
    assert names.full_person_name("Albertus") == "Prince Albertus"
    assert names.full_person_name("Amara") == "Amara, Duchess of Wessex"
    resolver = SpeakerResolver(fixture_gazetteer(), text)
    found = []
    for phrase in ("Albertus", "Amara"):
        start = text.index(f"{phrase} said")
        found.append(resolver.resolve(Mention(phrase, start, start + len(phrase))).name)
    assert found == ["Prince Albertus", "Amara, Duchess of Wessex"]


def test_a_royal_style_before_a_full_name_stays_a_role():
    assert split_name("Crown Prince Hamid bin Khalid".split()) == ("Hamid bin Khalid", "Crown Prince")
    assert split_name("Prince Albertus".split()) == ("Prince Albertus", "")
    assert split_name("Queen Amara II".split()) == ("Queen Amara II", "")


@pytest.mark.parametrize("phrase, name", [
    ("The Ruritania Independent Grid Operator", "Ruritania Independent Grid Operator"),
    ("The Riverside Emergency Medical Services", "Riverside Emergency Medical Services"),
    # a capitalised plural possessive is part of the name; a singular one is an owner
    ("The Citizens’ Independent Transportation Trust", "Citizens’ Independent Transportation Trust"),
    ("the Chinese military's Eastern Theater Command", "Eastern Theater Command"),
])
def test_an_institution_is_named_whole(phrase, name):
    _, ref = resolve_in(f"{phrase} said the plan was sound.", phrase)
    assert (ref.name, ref.kind) == (name, "organisation")


def test_a_plural_possessive_before_a_name_belongs_to_it_but_an_owner_does_not():
    body = "The Citizens’ Independent Transportation Trust met. Ruritania's Security Service said."
    assert minted_name("Independent Transportation Trust", "organisation", body) == Refusal("the end of a longer name")
    assert minted_name("Security Service", "organisation", body) == ("Security Service", "organisation")


@pytest.mark.parametrize("body, minted", [
    ("Sutrisno, who like many Ruritanians uses only one name, spoke.", True),
    ("Vice President Sutrisno, who goes by one name, spoke.", True),
    ("Sutrisno spoke. Nobody uses one name here.", False),  # another sentence
    ("Sutrisno spoke to reporters.", False),
])
def test_a_single_name_is_a_person_only_where_the_article_says_it_is_their_one_name(body, minted):
    assert (minted_name("Sutrisno", "person", body) == ("Sutrisno", "person")) is minted


@pytest.mark.parametrize("phrase", ["the Health Ministry in Gaza", "Gaza's Health Ministry", "the Hamas-run Health Ministry"])
def test_the_gaza_health_ministry_is_the_gazetteers_however_it_is_written(phrase):
    _, ref = resolve_in(f"At least 40 people were killed, {phrase} said on Monday.", phrase)
    assert ref.slug == "gaza-health-ministry"


@pytest.mark.parametrize("mention, name", [
    ("Lord Hartwell", "Lord Hartwell"),  # a peer's style and title: a full identity
    ("Baroness Okafor", "Baroness Okafor"),
    ("Sir Tobias", "Tobias"),  # a knight's given name is a short form, refused as a single name
    ("Lord Justice Hartwell", "Hartwell"),  # a judge's title, not a peerage
])
def test_a_peers_style_before_a_single_name_is_kept(mention, name):
    _, ref = resolve_in(f'"The bill is flawed," {mention} said.', mention)
    assert ref.name == name


def test_a_peers_style_finds_the_gazetteer_alias_that_has_it():
    from datetime import date
    text = '"We stand with Ukraine," Lord Cameron said.'
    resolver = SpeakerResolver(fixture_gazetteer(), text, on_date=date(2024, 2, 1))
    start = text.index("Lord Cameron")
    assert resolver.resolve(Mention("Lord Cameron", start, start + 12)).slug == "david-cameron"


@pytest.mark.parametrize("text, name", [
    ("Half the clinics closed, the Health Ministry said. Sixteen shut, according to the Health Ministry in Gaza.",
     "Gaza Health Ministry"),
    ("Half the clinics closed, the Health Ministry said. Later the Ruritanian Health Ministry said more.",
     "Ruritanian Health Ministry"),
    # two longer forms: no guess
    ("Talks failed, the Foreign Ministry said. The Foreign Ministry of Ruritania and the Foreign Ministry of Borduria "
     "met.", "Foreign Ministry"),
])
def test_a_bare_institution_name_is_the_one_longer_form_its_article_writes(text, name):
    resolver = SpeakerResolver(fixture_gazetteer(), text)
    phrase = "the Health Ministry" if "the Health Ministry" in text else "the Foreign Ministry"
    start = text.index(phrase)
    assert resolver.resolve(Mention(phrase, start, start + len(phrase))).name == name
