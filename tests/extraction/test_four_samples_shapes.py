"""Shapes the rules missed, from the development halves of the eighty-fourth to eighty-seventh fresh samples
(DEV86-89) read in the nineteenth session (issue 16, the `four samples` round of docs/extraction.md). One invented
sentence each, never a copy of a page."""

from tests.extraction_helpers import paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Strike in Gdansk", *paragraphs)


def test_the_woman_is_never_a_man_the_article_named():
    found = statements("Marek Nowak spoke at the rally. “They stole our wages,” the woman shouted.")
    assert found["They stole our wages,"][2] == "woman"


def test_the_man_is_the_man_the_narration_introduced_not_the_person_named_before():
    found = statements("Union leader Marek Nowak spoke at the rally. A man in the crowd interrupted him. “They "
                       "stole our wages,” the man shouted.")
    assert found["They stole our wages,"][2] == "man in the crowd"
    found = statements("Union leader Marek Nowak spoke at the rally. “They stole our wages,” the man shouted.")
    assert found["They stole our wages,"][2] == "Marek Nowak"  # (a man the article named, no other introduced)


def test_a_sentence_ending_with_according_to_is_its_own_sources_mixed_statement():
    found = statements("Experts say a court fight may drag on for months. The committee is “at the mercy of the "
                       "calendar” with elections looming, according to Anna Varga, a fellow at the Baltic Institute "
                       "who studies parliaments.")
    assert found["The committee is “at the mercy of the calendar” with elections looming"] == (
        "mixed", "according to", "Anna Varga")


def test_a_quote_opening_after_a_sentence_and_a_colon_is_no_quote_inside_an_unclosed_one():
    found = statements("Judge Anna Varga wrote that the rules “defy the plain text of the law. She continued: "
                       "“Nothing in the statute supports this reading,” Judge Varga wrote. “Such a reading lacks any "
                       "basis.”")
    assert found["Nothing in the statute supports this reading,"] == ("direct", "wrote", "Anna Varga")


def test_reassured_reports_the_clause_after_its_audience():
    found = statements("Federal officials reassured customers of the failed bank that they will not lose their "
                       "money.")
    assert found == {"they will not lose their money.": ("indirect", "reassured", "federal officials")}


def test_an_adverb_before_a_second_cue_joined_by_and_still_opens_a_second_statement():
    found = statements("Prosecutor Anna Varga spoke on Monday. She noted she hopes to move the case along and "
                       "initially said she hoped to try all the defendants together.")
    assert found["she hopes to move the case along"][1:] == ("noted", "Anna Varga")
    assert found["she hoped to try all the defendants together."][1:] == ("said", "Anna Varga")


def test_a_cue_after_and_an_auxiliary_shares_the_subject_of_a_copular_clause():
    found = statements("Poland's recently elected President Marek Nowak is the country's first green leader and has "
                       "promised to make peace with the unions.")
    assert found == {"to make peace with the unions.": ("indirect", "promised", "Marek Nowak")}


def test_an_auxiliary_cue_inside_a_that_clause_is_the_clauses_verb_not_the_speakers():
    # ("related" reports nothing here; "had informed" is the loggers' verb, inside the clause after "that")
    assert statements("Family members related that the loggers did make it out of the forest and had informed "
                      "police of what had happened.") == {}


def test_condemning_and_criticizing_after_a_comma_report_their_object():
    found = statements("Marek Nowak reacted to the raids, condemning the violence at the parliament.")
    assert found == {"the violence at the parliament.": ("indirect", "condemning", "Marek Nowak")}
    found = statements("Anna Varga kept the usual tone, criticizing student protesters in the capital.")
    assert found == {"student protesters in the capital.": ("indirect", "criticizing", "Anna Varga")}


def test_a_legislature_confirming_nominees_is_a_vote_not_a_statement():
    assert statements("By unanimous consent, the Senate confirmed at 3:42 p.m. Tuesday the nominations of the "
                      "president's picks. The Senate also confirmed Marek Nowak to be director of the budget "
                      "office.") == {}
    found = statements("Police confirmed that the nominee had been arrested.")
    assert found == {"the nominee had been arrested.": ("indirect", "confirmed", "police")}


def test_the_day_after_a_closing_according_to_source_is_not_the_source():
    found = statements("The ministry does not plan to release the findings until the trial ends, according to a "
                       "court filing Wednesday.")
    assert [value[2] for value in found.values()] == ["court filing"]
    found = statements("The strike will go on until the end of the month, according to the ministry on Monday.")
    assert [value[2] for value in found.values()] == ["ministry"]


def test_a_participle_clause_after_a_lead_in_belongs_to_the_named_body():
    found = statements("On Thursday (June 29th), the Supreme Court handed down a decision ruling that the policies "
                       "were unconstitutional.")
    assert found == {"the policies were unconstitutional.": ("indirect", "ruling", "Supreme Court")}


def test_a_described_group_is_the_body_named_before():
    found = statements("Human Rights Watch said the arrests were illegal. The rights group added that dozens remain "
                       "in custody.")
    assert found["dozens remain in custody."][1:] == ("added", "Human Rights Watch")
    found = statements("The Baltic Relief Federation said it was ready. The next days will be critical, the global "
                       "humanitarian network warned on Saturday.")
    assert found["The next days will be critical"][2] == "Baltic Relief Federation"


def test_a_state_or_province_reporting_figures_is_no_person_and_no_antecedent():
    found = statements("A senior health ministry official said cases were rising. Karnataka reported five deaths, "
                       "followed by Kerala two. The official said that the ministry is reviewing the situation.")
    assert found["the ministry is reviewing the situation."][2] == "senior health ministry official"
    assert "five deaths, followed by Kerala two." not in found


def test_a_second_verb_after_an_object_and_and_is_the_subjects():
    found = statements("Marek Nowak resigned on Monday. Nowak wished members of other parties well and acknowledged "
                       "that politics is a brutal business.")
    assert found["politics is a brutal business."] == ("indirect", "acknowledged", "Marek Nowak")


def test_the_figure_is_the_person_named_before_and_a_figure_an_unnamed_source():
    found = statements("Anna Varga, the mayor of the region, pleaded with the minister. The influential figure said "
                       "it would mean “cancelling the future”.")
    assert found["it would mean “cancelling the future”."][2] == "Anna Varga"
    found = statements("Anna Varga spoke on Monday. A senior Labour figure said the plan was dead.")
    assert found["the plan was dead."][2] == "senior Labour figure"


def test_reacted_after_a_quote_frames_it_and_expressed_satisfaction_says_nothing():
    found = statements("\"It’s a very, very big moment indeed,\" reacted Marek Nowak, leader of the party.")
    assert found == {"It’s a very, very big moment indeed,": ("direct", "reacted", "Marek Nowak")}
    assert statements("Anna Varga expressed satisfaction with the agency’s declaration.") == {}


def test_a_name_ending_in_museum_or_hospital_before_of_is_an_institution():
    found = statements("The Virginia Museum of Fine Arts said in a news release that it had returned the pieces.")
    assert [value[2] for value in found.values()] == ["Virginia Museum of Fine Arts"]
