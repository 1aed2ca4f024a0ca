"""Shapes the rules missed, from the development halves' errors read in the seventeenth session (issue 16, the
`domestic` round of docs/extraction.md). One invented sentence each, never a copy of a gold page."""

from tests.extraction_helpers import paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Runoff in Vilnius", *paragraphs)


def test_official_before_an_unknown_adjective_and_a_noun_is_no_source():
    found = statements("Nowak won 41 percent of the vote, according to official electoral data, after all ballots "
                       "were counted.")
    assert found == {}
    found = statements("Nowak won 41 percent of the vote, according to an official familiar with the count.")
    assert found["Nowak won 41 percent of the vote"][2] == "official familiar with the count"


def test_a_name_with_a_long_apposition_before_an_irregular_past_is_the_next_he():
    found = statements(
        "Reformist Mayor Tomas Nowak came second. Hard-right candidate George Simion won 41 percent.",
        "Nowak, a 55-year-old mathematician and former activist who founded the Save Vilnius party in 2016, ran on a "
        "pro-EU ticket.",
        "“This was a democratic process,” he said.")
    assert found["This was a democratic process,"][2] == "Tomas Nowak"


def test_people_opening_the_clause_with_a_postmodifier_ending_in_a_name_speak():
    found = statements("Residents in her hometown of Alytus described her as a determined leader.")
    assert found["her as a determined leader."][2] == "residents in her hometown of Alytus"
    found = statements("Scientists using a telescope in Chile said the planet was larger than thought.")
    assert found["the planet was larger than thought."][2] == "scientists using a telescope in Chile"
    found = statements("NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor.")
    assert found["the presence of water vapor."][2] == "NASA scientists using a telescope atop Mauna Kea"


def test_a_quantity_added_is_no_statement_but_a_clause_after_added_is():
    assert statements("The Dow Jones Industrial Average added 256.81 points to 19,508.59, a record high.") == {}
    assert statements("The index added 0.4 percent.") == {}
    assert statements("Jonas Valanciunas added 25 points in his former home arena, and Noel had 15.") == {}
    found = statements("The spokesman added 30 people had died.")
    assert found["30 people had died."][1:] == ("added", "spokesman")
    found = statements("Varga added 30 percent of voters were undecided.")
    assert found["30 percent of voters were undecided."][2] == "Varga"


def test_an_audience_after_the_cue_is_no_inverted_speaker():
    found = statements("The reports are unsurprising, Mark Eakin, coordinator of the program, explained to Gizmodo.")
    assert found["The reports are unsurprising"][1:] == ("explained", "Mark Eakin")
    found = statements("The reports are unsurprising, Mark Eakin, coordinator of the program, said with a smile.")
    assert found["The reports are unsurprising"][2] == "Mark Eakin"


def test_a_name_before_an_unclosed_description_speaks():
    found = statements("The reports are unsurprising, Mark Eakin, a coordinator at NOAA said.")
    assert found["The reports are unsurprising"][2] == "Mark Eakin"
    found = statements("The reports are unsurprising, Mark Eakin, Coordinator of the Coral Reef Watch program "
                       "explained to Gizmodo.")
    assert found["The reports are unsurprising"][2] == "Mark Eakin"
    found = statements("Mark Eakin, Coordinator of the Coral Reef Watch program said the reports were unsurprising.")
    assert found["the reports were unsurprising."][2] == "Mark Eakin"
    found = statements("The talks failed in Vienna, Lithuania, the ministry said.")
    assert found["The talks failed in Vienna, Lithuania"][2] == "ministry"


def test_a_frame_after_a_quote_closing_a_sentence_announces_the_next_quote():
    found = statements("Anna Varga described the campaign as “one of the most complex in the world.” She added, "
                       "“This campaign is a test for both parties.”")
    assert found["the campaign as “one of the most complex in the world.”"][:2] == ("mixed", "described")
    assert found["This campaign is a test for both parties."] == ("direct", "added", "Anna Varga")
    found = statements("“We will win.” Varga said, “and we will stay.”")
    assert found["We will win."] == ("direct", "said", "Varga")


def test_the_body_described_before_is_the_later_definite_body():
    found = statements("Brazil has registered 1.9 million cases of dengue, the health ministry said Monday.",
                       "Around 75 percent of breeding sites are found in homes, the ministry said.")
    assert found["Around 75 percent of breeding sites are found in homes"][2] == "health ministry"


def test_a_scalp_or_a_record_claimed_is_won_not_said_but_a_clause_claimed_is_said():
    assert statements("The Hutton Report claimed its second BBC scalp with the resignation of its director.") == {}
    assert statements("Kipchoge claimed the world record in Berlin.") == {}
    found = statements("Kipchoge claimed the record was unfair.")
    assert found["the record was unfair."] == ("indirect", "claimed", "Kipchoge")


def test_as_a_source_said_closing_a_sentence_credits_the_clause_before():
    found = statements("Among the victims is a six-year-old girl, as Interior Minister Ivo Novak said according to "
                       "media reports after the rescue work.")
    assert found["Among the victims is a six-year-old girl"] == ("indirect", "said", "Ivo Novak")
    found = statements("The talks had failed, as Ivo Novak said on Monday.")
    assert found["The talks had failed"][2] == "Ivo Novak"
    assert statements("Prices rose, as the company said they would.") == {}


def test_media_reports_relaying_a_frame_are_no_content():
    found = statements("Among the victims is a six-year-old girl, Ivo Novak said, according to media reports.")
    assert found == {"Among the victims is a six-year-old girl": ("indirect", "said", "Ivo Novak")}


def test_a_quote_left_open_after_a_framed_quote_ends_with_its_paragraph():
    found = statements("“We gave them three options,” said Novak. “They need to pick one of those options.",
                       "Despite the deadline, Novak remained confident of a deal.",
                       "“You have to compromise,” said Novak.")
    assert found["They need to pick one of those options."] == ("direct", "", "Novak")
    assert found["You have to compromise,"] == ("direct", "said", "Novak")


def test_a_standfirst_the_body_repeats_stands_where_the_body_has_it():
    found = statements("Despite the deadline, Novak remained confident of a deal.",
                       "Novak answered questions on the budget on Monday.",
                       "“We gave them three options,” said Novak. “They need to pick one of those options.",
                       "Despite the deadline, Novak remained confident of a deal.",
                       "“You have to compromise,” said Novak.")
    assert found["They need to pick one of those options."] == ("direct", "", "Novak")
    assert found["You have to compromise,"] == ("direct", "said", "Novak")


def test_a_subject_with_an_age_and_a_description_is_the_next_he():
    found = statements("Exit polls projected a lead for Tomas Novak and his party.",
                       "Mr. Novak, 69, a corporate lawyer, campaigned on tougher border controls. “We need a "
                       "government that acts,” he said Sunday.")
    assert found["We need a government that acts,"][2] == "Tomas Novak"
    found = statements("Exit polls projected a lead for Tomas Novak and his party.",
                       "Mr. Novak, 69, a corporate lawyer who has steered the party rightward since 2022, campaigned "
                       "on tougher border controls. “We need a government that acts,” he said Sunday.")
    assert found["We need a government that acts,"][2] == "Tomas Novak"


def test_labelled_branded_and_dubbed_report_the_words_they_quote():
    found = statements("Russia labelled the ceremony a “massive failure.”")
    assert found["the ceremony a “massive failure.”"] == ("mixed", "labelled", "Russia")
    found = statements("Critics branded him a “traitor.”")
    assert found["him a “traitor.”"][:2] == ("mixed", "branded")
    assert statements("The company labeled the boxes in red.") == {}
    assert statements("A brand dubbed Nova sold well.") == {}


def test_as_of_a_date_opens_content_and_ends_no_clause():
    found = statements("According to the ministry, as of Monday, 561 deaths have been confirmed since Jan. 1.")
    assert found["as of Monday, 561 deaths have been confirmed since Jan. 1."] == ("indirect", "According to",
                                                                                    "ministry")


def test_the_company_after_a_one_word_name_taken_for_a_person_is_that_name():
    found = statements("Samsung reported record profits on Tuesday.",
                       "The company said its third-quarter operating profit nearly tripled.")
    assert found["its third-quarter operating profit nearly tripled."][2] == "Samsung"
    found = statements("Jan Nowak reported record profits on Tuesday.",
                       "The company said its third-quarter operating profit nearly tripled.")
    assert "its third-quarter operating profit nearly tripled." not in found


def test_a_country_s_role_is_not_a_holder_the_gazetteer_gives_another_country():
    found = statements("She ran against incumbent President Nicolás Maduro in 2024.",
                       "All eyes were on Trump. The U.S. president stated several times that he should win the prize.")
    assert found["he should win the prize."][2] != "Nicolás Maduro"


def test_a_clause_verb_with_a_pronoun_clause_and_no_that_reports_it():
    found = statements("Over the weekend, Mr Novak revealed he was donating five million rupees to the victims.")
    assert found["he was donating five million rupees to the victims."][1] == "revealed"
    found = statements("The minister acknowledged it had been a mistake.")
    assert found["it had been a mistake."][1:] == ("acknowledged", "minister")
    assert statements("Novak revealed his plans on Monday.") == {}


def test_inmates_and_prisoners_are_unnamed_sources():
    found = statements("An inmate who witnessed the violence said that bodies were stacked on top of each other.",
                       "At least 17 prisoners were injured, prisons chief Bryan Stirling said.",
                       "“I just saw three dead on the sidewalk,” the inmate said.")
    assert found["bodies were stacked on top of each other."][2] == "inmate who witnessed the violence"
    assert found["I just saw three dead on the sidewalk,"][2] != "Bryan Stirling"


def test_a_passive_before_the_cue_names_no_speaker():
    assert statements("Police were searching for Anna Novak, a 24-year-old New Jersey woman who was reported missing "
                      "from Oak Beach, when a dog found remains.") == {}
    assert statements("Police were searching for a woman who was reported missing from Oak Beach.") == {}


def test_a_full_stop_that_lost_its_space_still_ends_the_sentence():
    found = statements("A KMA official said there is a strong resolve to launch the strike.On Saturday, a group "
                       "representing colleges met.")
    assert "there is a strong resolve to launch the strike." in found
    found = statements("The ministry said universities asked for a higher cap by 2030.Doctors have protested since.")
    assert "universities asked for a higher cap by 2030." in found
    found = statements("EU foreign ministers will meet on Monday, an EU official told journalists, News.Az reports.")
    assert found["EU foreign ministers will meet on Monday"][2] == "EU official"


def test_a_count_clause_after_revealed_and_a_clause_after_quoted_words_of_an_object():
    found = statements("Commissioner Mark Rowley revealed 161 serving officers have been convicted of crimes.")
    assert found["161 serving officers have been convicted of crimes."][1:] == ("revealed", "Mark Rowley")
    found = statements("Baroness Louise Casey branded the police “institutionally racist” and the commissioner faced "
                       "criticism for refusing the term.")
    assert "the police “institutionally racist”" in found
    found = statements("Pompeo said that after legal consultation Washington had concluded the establishment of "
                       "settlements was “not inconsistent with international law”.")
    assert {speaker for _, _, speaker in found.values()} == {"Mike Pompeo"}


def test_a_baroness_or_baron_is_a_title_not_a_first_name():
    found = statements("Baroness Louise Casey said the force was institutionally racist.")
    assert found["the force was institutionally racist."][2] == "Louise Casey"
