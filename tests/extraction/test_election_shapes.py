"""Shapes the rules missed, from the errors of the third PolNeAR development sample (dev3) and the development
halves read in the eighteenth session (issue 16, the `election` round of docs/extraction.md). One invented
sentence each, never a copy of a corpus article."""

from tests.extraction_helpers import paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Runoff in Vilnius", *paragraphs)


def test_a_role_with_capitalised_and_lower_case_qualifiers_is_the_role_named_before():
    lede = ("Separatist leader Goran Petric met the envoy on Monday. Later, Prime Minister Ana Kovac spoke to "
            "reporters in Zagreb.")
    for description in ("the Bosnian Serb nationalist leader", "the Serb nationalist leader",
                        "the veteran Bosnian leader"):
        found = statements(lede, f"“We will not give up,” {description} said.")
        assert found["We will not give up,"][2] == "Goran Petric", description


def test_a_country_adjective_matches_the_gazetteer_country_written_in_full():
    # the gazetteer writes "Bosnia and Herzegovina"; "Bosnian" was "Bosnia", another country, so Dodik was refused
    found = statements("Separatist leader Milorad Dodik met the envoy on Monday.",
                       "“We will not give up,” the Bosnian Serb leader said.")
    assert found["We will not give up,"][2] == "Milorad Dodik"


def test_lower_case_modifiers_before_a_two_word_role_keep_the_article():
    found = statements("Prime Minister Ana Kovac met the envoy on Monday.",
                       "“We will not give up,” the embattled prime minister said.")
    assert found["We will not give up,"][2] == "Ana Kovac"


def test_a_middle_name_before_a_surname_that_is_a_role_noun_is_a_name():
    found = statements("Tennis great Billie Jean King remembered the champion as fun to be around.",
                       "“He always whispered in my ear,” she said.")
    assert found["He always whispered in my ear,"][2] == "Billie Jean King"


def test_a_sentence_opening_with_said_before_its_speaker_frames_the_quote():
    found = statements("The small pink home was turned into a museum. Said Dora Petras, who grew up with the "
                       "champion in the neighborhood, “We were all so proud of him.”")
    assert found["We were all so proud of him."][1:] == ("Said", "Dora Petras")
    assert len(found) == 1  # her description is no content of hers


def test_a_paragraph_closing_with_a_colon_frames_the_quote_opening_the_next():
    found = statements("Later, Nowak called them on it:",
                       "“The questions asked in this debate illustrate why voters do not trust the media.”")
    assert found["The questions asked in this debate illustrate why voters do not trust the media."][1:] == (
        "called", "Nowak")
    found = statements("Nowak deflected with a quip:", "“I have been called worse things by better people.”")
    assert found["I have been called worse things by better people."][1:] == ("deflected", "Nowak")


def test_two_quotes_a_conjunction_joins_after_one_cue_are_one_mixed_statement():
    found = statements("Nowak says “the whole campaign has become a circus” because “the parties have stopped "
                       "talking about policy.”")
    assert found == {"“the whole campaign has become a circus” because “the parties have stopped talking about "
                     "policy.”": ("mixed", "says", "Nowak")}
    # (a frame between the pieces is a split quote, two direct pieces)
    found = statements("“The whole campaign has become a circus,” Nowak said, “because the parties stopped talking.”")
    assert {kind for kind, _, _ in found.values()} == {"direct"}


def test_a_subject_with_an_aside_between_dashes_is_the_next_he():
    found = statements("Reed dodged the question. “I will predict the winner later,” he said.",
                       "Governor Tom Barlow – a lifelong Harbor fan – gave a one-word answer. “Harbor,” he answered.")
    assert found["Harbor,"][2] == "Tom Barlow"


def test_an_ad_speaks_for_whoever_the_article_said_released_it():
    found = statements("Nowak is releasing a new 30-second ad in Ohio. The ad says “nothing will change until we "
                       "elect candidates who reject corporate money.”")
    assert found["nothing will change until we elect candidates who reject corporate money."][2] == "Nowak"
    # an ad whose maker the article does not name is nobody a reader could name
    assert statements("The ad claims “Nowak is the conservative you can trust.”") == {}


def test_plural_titles_end_no_sentence_and_the_main_subject_is_the_next_he():
    found = statements("Speaking to reporters on Monday, Tom Reed refrained from attacking his rivals, particularly "
                       "Govs. Mark Barlow and Chris Stone, who say the freshman senator lacks the experience needed.",
                       "He dismissed criticism of his performance at the debate.")
    assert found["the freshman senator lacks the experience needed."][2] == "Mark Barlow"
    assert found["criticism of his performance at the debate."][2] == "Tom Reed"


def test_base_forms_report_with_their_clause_and_continuing_to_insist_reports():
    found = statements("Patient advocacy groups note that Nowak co-sponsored the ban in 2003.")
    assert found["Nowak co-sponsored the ban in 2003."][1:] == ("note", "Patient advocacy groups")
    assert statements("Treasury 10-year note yields were little changed at 2.36 percent.") == {}
    found = statements("Anna Varga is continuing to insist she will release the transcripts only when others do.")
    assert found["she will release the transcripts only when others do."][1:] == (
        "is continuing to insist", "Anna Varga")
    # (a verb of an object, not of a clause: no statement)
    assert statements("Beijing continues to assert its dominance in the region.") == {}


def test_a_setting_with_commas_between_the_cue_and_that_is_no_content():
    found = statements("Tom Reed said during a taping of a town hall meeting in Buffalo, New York, that the state is "
                       "wrong to have the law.")
    assert found == {"the state is wrong to have the law.": ("indirect", "said", "Tom Reed")}


def test_referring_to_after_the_content_is_the_narrators_gloss():
    found = statements("Nowak said things “should be wrapped up by June,” referring to the party’s convention, where "
                       "delegates will choose a nominee.")
    assert found == {"things “should be wrapped up by June,”": ("mixed", "said", "Nowak")}


def test_a_businessman_epithet_is_the_person_the_article_is_about():
    found = statements("Senator Tom Nowak is taking questions in a lodge in front of about 230 people.",
                       "The billionaire businessman said that heroin is now cheaper than candy.")
    assert found["heroin is now cheaper than candy."][2] == "Tom Nowak"


def test_asked_takes_a_long_object_before_its_infinitive():
    found = statements("The Harbor Veterans League has asked the campaign of Democratic presidential candidate Anna Varga "
                       "to “cease and desist” from using its emblem.")
    assert found["the campaign of Democratic presidential candidate Anna Varga to “cease and desist” from using its "
                 "emblem."][1] == "asked"
    assert statements("Reporters asked the minister about plans to cut taxes.") == {}
