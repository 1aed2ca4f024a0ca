"""Shapes the rules missed, found reading the development halves of the fresh samples in the twenty-first session
(issue 16, the `press` round of docs/extraction.md). One invented sentence each, never a copy of a page."""

from tests.extraction_helpers import paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Dispute in Gdansk", *paragraphs)


def test_a_surname_alone_is_the_speaker_named_by_one_joined_word():
    # ("Waker-uz-Zaman", "Anwar-ul-Haq": the whole name is one word, its last part the surname)
    found = statements("The order came from the navy chief, Adm. Nazim-ud-Rahman, after the port was closed.",
                       "“The port will open on Monday,” Rahman said.")
    assert found["The port will open on Monday,"][2] == "Nazim-ud-Rahman"


def test_a_cantonese_given_name_with_man_in_it_stays_in_the_name():
    # ("Man-yin", "Yuk-man": "man" is no role inside a hyphenated given name, as "General" is in "Secretary-General")
    found = statements("Alliance spokesman Chan Man-yin on Sunday urged the city's leader not to overlook the "
                       "families in subdivided flats.")
    assert found["the city's leader not to overlook the families in subdivided flats."][2] == "Chan Man-yin"


def test_an_outlet_relaying_a_closing_frame_leaves_the_frame_speaking():
    found = statements("The brigade will move to the border in spring, General Anna Kowal announced, LRT reports.")
    assert found == {"The brigade will move to the border in spring": ("indirect", "announced", "Anna Kowal")}


def test_an_outlet_relaying_a_frame_inside_the_sentence_is_no_second_statement():
    found = statements("The brigade will move to the border in spring, the minister said, the Baltic Times reported.")
    assert list(found) == ["The brigade will move to the border in spring"]


def test_a_fronted_setting_with_a_name_is_no_part_of_the_subject():
    # ("under Moon the military announced": the setting's name, without a comma, is not the subject's)
    for sentence in ("Under Mayor Nowak the city council said that the port would reopen on Monday.",
                     "Under Mayor Nowak, the city council said that the port would reopen on Monday.",
                     "In Gdansk the city council said that the port would reopen on Monday."):
        assert statements(sentence)["the port would reopen on Monday."][2] == "city council"


def test_the_company_is_the_company_that_spoke_before_an_office_of_state():
    found = statements("Vistulex has warned that it may close its Gdansk plant unless the levy is cut.",
                       "Last month, the federal Industry Department proposed regulations to cap the levy.",
                       "The company added, “We continue to have serious concerns about the levy.”")
    assert found["We continue to have serious concerns about the levy."][2] == "Vistulex"


def test_a_closing_told_frame_may_name_a_gathering_as_its_audience():
    found = statements("Port fees will be cut by half through 2028, Economic Planning Secretary Anna Kowal told a "
                       "press conference.")
    assert found == {"Port fees will be cut by half through 2028": ("indirect", "told", "Anna Kowal")}


def test_the_court_is_the_court_named_with_the_words_before_its_head():
    found = statements("The District Court of Gdansk will deliver its verdict in the port case next month.",
                       "The court said the case file covers tens of thousands of pages.")
    assert found["the case file covers tens of thousands of pages."][2] == "District Court of Gdansk"


def test_an_age_written_in_words_opening_a_sentence_is_no_part_of_the_name():
    found = statements("Thirteen-year-old Anna Kowal said the armed men numbered about fifty when they came in.")
    assert found["the armed men numbered about fifty when they came in."][2] == "Anna Kowal"


def test_a_lede_source_is_the_person_named_later_with_the_same_role():
    found = statements("A port inspection contributed to the closure of the Gdansk terminal, a coroner has ruled.",
                       "The terminal had been shut for a month before the report was published.",
                       "Senior coroner Anna Kowal said the inspection lacked fairness and sensitivity.")
    assert found["A port inspection contributed to the closure of the Gdansk terminal"][2] == "Anna Kowal"


def test_a_lede_source_stays_unnamed_when_the_next_name_has_another_role():
    found = statements("The port will reopen on Monday after the strike, a government spokeswoman said.",
                       "Anna Kowal, a union leader, said the workers had won.")
    assert found["The port will reopen on Monday after the strike"][2] == "government spokeswoman"


def test_a_person_described_then_named_after_the_cue_is_that_name():
    found = statements("“The exam was far too hard,” wrote one online user surnamed Kowal on the board's website.",
                       "“The water has been cut off for three days,” said a resident identified only as Marek.")
    assert found["The exam was far too hard,"][2] == "Kowal"
    assert found["The water has been cut off for three days,"][2] == "Marek"


def test_a_firm_named_research_speaks_and_the_short_seller_is_that_firm():
    found = statements("Vistula Research said it would await the regulator's response to its complaint.",
                       "Initially, the regulator seemed to agree with our findings, the short seller noted.")
    assert found["it would await the regulator's response to its complaint."][2] == "Vistula Research"
    assert found["Initially, the regulator seemed to agree with our findings"][2] == "Vistula Research"
    assert statements("According to the research, the port handles a third of the country's grain.") == {}


def test_an_owned_office_with_its_complement_between_quote_and_name_describes_the_name():
    for frame in ("Vistula Bank’s head of compliance Anna Kowal told Reuters.",
                  "the bank’s head of compliance, Anna Kowal, said.", "head of compliance Anna Kowal said."):
        found = statements(f"“We have launched a thorough investigation into the events,” {frame}")
        assert found["We have launched a thorough investigation into the events,"][2] == "Anna Kowal", frame


def test_a_clause_only_cue_takes_a_pronoun_and_a_negated_or_modal_auxiliary():
    found = statements("The port's operator spoke after the High Court ruled it cannot dismiss the dockers.",
                       "The regulator concluded they must repay the fees by June.")
    assert found["it cannot dismiss the dockers."][:2] == ("indirect", "ruled")
    assert found["they must repay the fees by June."][:2] == ("indirect", "concluded")


def test_shared_before_a_quote_is_a_speech_verb_and_shared_concerns_is_not():
    found = statements("Port director Anna Kowal shared “The situation is seriously bleak for the towns outside "
                       "the capital”")
    assert found == {"The situation is seriously bleak for the towns outside the capital": (
        "direct", "shared", "Anna Kowal")}
    assert statements("Anna Kowal shares the concerns of the dockers about the port's future.") == {}


def test_unions_unnamed_speak_as_a_group_and_determined_that_reports_a_finding():
    found = statements("Teachers see their pensions as compensation, and unions claim that some teachers would lose "
                       "up to 900 euros a month.",
                       "According to the unions, more than 25,000 of the marchers work in schools.",
                       "The Court of Arbitration for Sport determined that her suspension should be cut to nine "
                       "months.")
    assert found["some teachers would lose up to 900 euros a month."][2] == "unions"
    assert found["more than 25,000 of the marchers work in schools."][2] == "unions"
    assert found["her suspension should be cut to nine months."][1:] == ("determined", "Court of Arbitration for Sport")
    assert statements("The panel is determined to finish the review of the port's accounts by June.") == {}


def test_a_description_then_a_relative_clause_leave_the_name_before_them_speaking():
    found = statements("Anna Kowal, a partner at Nowak & Lis in Gdansk, who led the defence in the port case, called "
                       "the verdict a “positive turn of events” for the dockers.")
    assert found["the verdict a “positive turn of events” for the dockers."][2] == "Anna Kowal"
    found = statements("Kowal, speaking in Warsaw announced plans to triple the number of ships at the port by 2030.")
    assert found["plans to triple the number of ships at the port by 2030."][2] == "Kowal"


def test_a_survey_that_is_a_body_speaks_by_its_whole_name():
    found = statements("According to the Archaeological Survey of India, the diamond was found in the Golconda mines.")
    assert found["the diamond was found in the Golconda mines."][2] == "Archaeological Survey of India"
