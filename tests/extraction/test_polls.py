"""Polls, surveys, news reports and shares of people as sources (issue 16, election news): one invented sentence
per class (statements/extraction/polls.py has the rules). Never a copy of a gold page."""

from tests.extraction_helpers import extract


def statements(*paragraphs: str) -> dict[str, tuple[str, str | None, str | None]]:
    """reported statement text → (cue, speaker name, speaker kind), for one paragraph per argument."""
    body = "\n\n".join(paragraphs)
    article = extract(f"Voters split on the transit levy\n\nThe county votes on the levy in May.\n\n{body}\n")
    return {s.text: (s.cue, s.speaker.name if s.speaker else None, s.speaker.kind if s.speaker else None)
            for s in article.statements if s.kind != "direct"}


def test_a_share_of_people_is_an_unnamed_source_described_as_written():
    found = statements(
        "Asked whether the levy was fair, 61 percent said it was not, and that fares should fall first.",
        "Still, 57 percent of likely voters say they would back Dana Lopez in a runoff.",
        "Large majorities of Green primary voters in four counties going to the polls on Tuesday said they want a "
        "cap on rents.",
        "Fewer than a third agreed that the levy would pay for itself, while 9 percent were unsure.",
    )
    assert found["it was not, and that fares should fall first."] == ("said", "61 percent", "unnamed")
    assert found["they would back Dana Lopez in a runoff."] == ("say", "57 percent of likely voters", "unnamed")
    assert found["they want a cap on rents."][1:] == ("large majorities of Green primary voters in four counties",
                                                     "unnamed")
    assert [v for t, v in found.items() if t.endswith("the levy would pay for itself")] == [
        ("agreed", "fewer than a third", "unnamed")]


def test_a_share_in_a_later_clause_speaks():
    found = statements(
        "Seven in 10 Westfield voters said Lopez is honest, and two-thirds said the same of Tomas Kral.",
        "Six in 10 say the mayor is decisive, after half said so in the spring poll.",
        "Seventy percent of renters say they trust Lopez, compared with 40 percent who say the same of Kral.",
    )
    assert found["Lopez is honest"][1:] == ("seven in 10 Westfield voters", "unnamed")
    assert found["the same of Tomas Kral."][1] == "two-thirds"
    assert found["the mayor is decisive"][1] == "six in 10"
    assert found["the same of Kral."][1] == "40 percent"


def test_said_so_is_the_answer_of_each_share():
    article = extract("Poll\n\nSix in 10 say the mayor is decisive, after half said so in the spring poll.\n\n"
                      "And 62 percent back the plan, after 51 percent said so in March.\n")
    answers = [s.speaker.name for s in article.statements if s.text == "so"]
    assert sorted(answers) == ["51 percent", "half"]  # two shares' answers, not one quote repeated


def test_numbers_that_are_no_share_of_people_never_speak():
    found = statements(
        "Voters in 2015 said the same thing, the mayor recalled.",
        "The 61 percent figure shows how far the levy has fallen.",
        "Sixty percent are said to be undecided.",
        "A majority of those who said fares mattered most backed Lopez.",
    )
    assert not any(name and any(ch.isdigit() for ch in name) for _, name, _ in found.values())
    assert not any(name and "majority" in name for _, name, _ in found.values())
    assert "Voters in 2015 said the same thing" in found  # the mayor's, not a share's


def test_a_described_electorate_is_an_unnamed_source_not_a_surname():
    found = statements(
        "Democratic voters said the levy came too late.",
        "Renters are slightly more likely to say that Lopez speaks for them than homeowners are.",
    )
    assert found["the levy came too late."] == ("said", "Democratic voters", "unnamed")
    speaks = [v for t, v in found.items() if t.startswith("Lopez speaks for them")]
    assert speaks and speaks[0][0] == "say"


def test_a_poll_speaks_for_its_author_and_a_poll_named_again_for_the_last_author():
    found = statements(
        "A Marwick College poll found last week that Lopez would beat Kral 48 to 41 percent in a runoff.",
        "A Halvorsen Group survey of county clerks has, however, revealed that most offices lack staff for a recount.",
        "But the poll also finds that Kral keeps an edge among older voters.",
    )
    assert found["Lopez would beat Kral 48 to 41 percent in a runoff."] == ("found", "Marwick College", "organisation")
    # "of county clerks" is whom it asked, not its author
    assert found["most offices lack staff for a recount."][1:] == ("Halvorsen Group", "organisation")
    assert found["Kral keeps an edge among older voters."][1] == "Halvorsen Group"


def test_a_finding_verb_reaches_its_that_clause_across_a_time_or_a_partner():
    found = statements(
        "Fewer than a third agreed with the mayor that the levy would pay for itself.",
        "The Westfield Board found earlier this month that the ballots were valid.",
    )
    assert [v for t, v in found.items() if "the levy would pay for itself" in t] == [
        ("agreed", "fewer than a third", "unnamed")]
    assert [v[0] for t, v in found.items() if "the ballots were valid" in t] == ["found"]


def test_according_to_a_poll_and_exit_polls_conducted_by_a_firm():
    found = statements(
        "According to a statewide Marwick College poll taken last week, Lopez leads by nine points.",
        "Kral won older voters by 20 points, according to exit polls conducted for the Ledger by Halvorsen Research.",
        "Turnout rose among renters, according to a national Gallup Poll taken in March.",
    )
    assert found["Lopez leads by nine points."][:2] == ("According to", "Marwick College")
    assert found["Kral won older voters by 20 points"][1] == "Halvorsen Research"
    assert found["Turnout rose among renters"][1] == "Gallup"  # a pollster, though also a town's name


def test_a_poll_without_an_author_and_a_place_poll_name_no_one():
    found = statements(
        "The survey found that turnout could fall.",
        "A Virginia poll found that the race is tied.",
    )
    assert found == {}


def test_a_news_report_without_its_outlet_speaks_for_its_unnamed_author():
    found = statements("WASHINGTON (AP) — A news report published Tuesday said the mayor used a private phone for "
                       "city business.")
    assert found["the mayor used a private phone for city business."] == ("said", "news report", "organisation")


def test_a_newspaper_is_an_organisation_and_its_examples_stay_with_the_content_before_the_frame():
    found = statements(
        "The Valley Times reported that the mayor used a private phone.",
        "The messages were about routine matters, the Times said, including meetings and press events.",
    )
    assert found["the mayor used a private phone."] == ("reported", "Valley Times", "organisation")
    assert found["The messages were about routine matters"][:2] == ("said", "Valley Times")


def test_as_a_source_reported_the_main_clause_is_its_statement():
    found = statements(
        "As the Valley Times reported on Monday, the county auditor issued subpoenas to the levy campaign.",
        "As the mayor said goodbye, the crowd cheered loudly.",
    )
    assert found == {"the county auditor issued subpoenas to the levy campaign.": (
        "reported", "Valley Times", "organisation")}


def test_more_shapes_of_shares_and_what_they_told_pollsters():
    found = statements(
        "Another 20 percent said they had not decided.",
        "A third said they would skip the vote, while one in five said they had already voted.",
        "Three in five voters said the mayor should resign.",
        "The remaining 9 percent said they were unsure.",
        "Forty-one percent of respondents told pollsters they favor the plan.",
    )
    assert found["they had not decided."][1] == "another 20 percent"
    assert found["they would skip the vote"][1] == "a third"
    assert found["they had already voted."][1] == "one in five"
    assert found["the mayor should resign."][1] == "three in five voters"
    assert found["they were unsure."][1] == "the remaining 9 percent"
    assert found["they favor the plan."][:2] == ("told", "forty-one percent of respondents")


def test_a_survey_whose_apposition_names_its_author():
    found = statements(
        "A Reuters/Ipsos poll found that 40 percent of Republicans want a recount.",
        "The survey, conducted by Halvorsen Research, found that turnout may fall.",
    )
    assert found["40 percent of Republicans want a recount."][1] == "Reuters/Ipsos"
    assert found["turnout may fall."][1] == "Halvorsen Research"  # not the poll named last



def test_words_around_poll_and_majority_that_name_no_pollster_or_share():
    found = statements(
        "Recent polls found that Kral leads.",
        "Poll workers said the lines were long.",
        "Majority Leader Tom Harlan said the bill would pass.",
    )
    assert "Kral leads." not in found  # "Recent" is no pollster
    assert found["the lines were long."][2] != "organisation"  # poll workers are people, not a poll
    assert found["the bill would pass."][1] == "Tom Harlan"


def test_what_a_poll_shows_is_its_authors_finding():
    found = statements(
        "Early results of exit polls conducted by Halvorsen Research for The Ledger show two-thirds of voters want "
        "a recount.",
        "A Marwick College poll released Monday shows that Lopez leads among women by 12 points.",
        "The poll shows a tie.",
        "The map shows that the county is split along the river.",
    )
    assert found["two-thirds of voters want a recount."][:2] == ("show", "Halvorsen Research")
    assert found["Lopez leads among women by 12 points."][:2] == ("shows", "Marwick College")
    assert len(found) == 2  # "a tie" is no clause; a map is no poll


def test_a_polls_finding_keeps_its_comparison_and_a_shares_answer_loses_the_narrators_result():
    found = statements(
        "A Marwick College poll found last week that Lopez would beat Kral 46 to 40 percent, while Reyes would beat "
        "him 52 to 38 percent.",
        "Still, 52 percent of registered voters say they would consider Lopez, putting her ahead of every other "
        "candidate.",
        "Kral said the levy was dead, while Lopez praised it.",
    )
    assert found["Lopez would beat Kral 46 to 40 percent, while Reyes would beat him 52 to 38 percent."][1] == (
        "Marwick College")
    assert found["they would consider Lopez"][1] == "52 percent of registered voters"
    assert "the levy was dead" in found  # a person's statement still ends at ", while"


def test_parts_of_the_electorate_are_people_described_not_a_person():
    found = statements(
        "Most Americans say the economy is getting worse.",
        "Few Democrats said they trust him.",
        "Republicans are more likely than Democrats to say the race is rigged.",
        "Only about a quarter of registered voters say the county is headed in the right direction.",
    )
    assert found["the economy is getting worse."][1:] == ("most Americans", "unnamed")
    assert found["they trust him."][1:] == ("few Democrats", "unnamed")
    assert found["the race is rigged."][1:] == ("Republicans", "unnamed")
    assert found["the county is headed in the right direction."][1] == "only about a quarter of registered voters"


def test_a_party_named_with_a_modifier_is_no_group_of_voters():
    found = statements("The opposition Green Democrats said the levy was a tax on renters.")
    assert found["the levy was a tax on renters."][2] != "unnamed"


def test_a_shares_verdict_with_call_but_not_calling_a_meeting():
    found = statements(
        "And 62 percent call her capable, after 51 percent said so in March.",
        "Sixty percent call for a recount.",
        "The clerk will call a meeting on the levy next week.",
    )
    assert found["her capable"][:2] == ("call", "62 percent")
    assert found["a recount."][:2] == ("call for", "sixty percent")
    assert not any(cue == "call" and name != "62 percent" for cue, name, _ in found.values())


def test_a_share_closing_the_sentence_is_its_source():
    found = statements("The levy is unfair to renters, 61 percent of voters said.")
    assert found["The levy is unfair to renters"] == ("said", "61 percent of voters", "unnamed")


def test_n_in_10_opening_a_later_clause():
    found = statements("Kral leads among men, while 6 in 10 women said they back Lopez.")
    assert found["they back Lopez."][1] == "6 in 10 women"
