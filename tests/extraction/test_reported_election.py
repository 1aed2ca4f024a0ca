"""Shapes of US campaign copy (issue 16, third round): a mid-sentence "according to", "pledged delegates", an adverb
or a programme's quoted name between a cue and "that", a sentence ending in "U.S.". Invented sentences."""

from tests.extraction.test_reported_classes import reported


def test_a_mid_sentence_according_to_reports_the_clause_before_it_and_the_next_clause_speaks_for_itself():
    found = reported(
        "Harlan's allies are preparing for a floor fight at the convention, according to three sources familiar"
        " with the plans, even as the senator insists he wants unity."
    )
    assert found["Harlan's allies are preparing for a floor fight at the convention"][1] == "according to"
    assert found["he wants unity."][1] == "insists"


def test_pledged_delegates_are_no_pledge():
    found = reported(
        "Harlan now has 1,520 pledged delegates according to a count by the Daily Ledger, but his rival Tom Ruiz has"
        " vowed to fight on until the convention.",
        "Ruiz pledged to fight on until the convention in July.",
    )
    assert not any(cue == "pledged" and "delegates" in text for text, (_, cue, _) in found.items())
    assert found["Harlan now has 1,520 pledged delegates"][1] == "according to"
    assert found["to fight on until the convention."] == ("indirect", "vowed", "Tom Ruiz")
    assert found["to fight on until the convention in July."][1] == "pledged"


def test_an_adverb_or_a_programme_between_the_cue_and_that_is_not_content():
    found = reported(
        "Senior advisers say privately that the numbers are hard for the party.",
        "Manafort said Sunday on NBC's “Meet the Press” that the campaign expected to win the first ballot.",
    )
    assert found["the numbers are hard for the party."][1] == "say"
    assert found["the campaign expected to win the first ballot."] == ("indirect", "said", "Manafort")


def test_a_dotted_acronym_before_a_pronoun_ends_the_sentence():
    found = reported("Cox says the mayor is trying to distract from a lack of a plan to stop crime in the U.S. He"
                     " says voters need “facts, not lectures about safety.”")
    assert found["the mayor is trying to distract from a lack of a plan to stop crime in the U.S."][1] == "says"
    assert found["voters need “facts, not lectures about safety.”"][0] == "mixed"


def test_the_audience_of_told_or_assures_before_a_pronoun_clause_is_not_content():
    found = reported(
        "Harlan told supporters he would win the state by ten points.",
        "Ruiz assures his audience he will tell the critics to go away.",
        "Kemp told Fox News he had no plans to run for the seat.",
    )
    assert found["he would win the state by ten points."] == ("indirect", "told", "Harlan")
    assert found["he will tell the critics to go away."][1] == "assures"
    assert found["he had no plans to run for the seat."][1:] == ("told", "Kemp")


def test_a_contracted_pronoun_is_the_subject_of_a_coordinated_cue():
    found = reported("Harlan spoke in Ohio.", "He’s comparing the new rules to the old ones and says the governor is"
                                          " ignoring the law.")
    assert found["the governor is ignoring the law."] == ("indirect", "says", "Harlan")


def test_declaring_after_an_object_cue_is_a_second_act():
    found = reported("Beck has also criticized religious voters for not supporting Cruz, declaring that “real"
                     " believers” do not back the senator.")
    assert found["religious voters for not supporting Cruz"][1:] == ("criticized", "Beck")
    assert found["“real believers” do not back the senator."][:2] == ("mixed", "declaring")


def test_called_a_person_something_names_them_but_called_a_meeting_does_not():
    found = reported(
        "Harlan called Ruiz a liar who had never paid his taxes.",
        "The governor called a special session of the legislature for May.",
        "Ruiz called Harlan on Monday to discuss the race.",
    )
    assert found["Ruiz a liar who had never paid his taxes."][1:] == ("called", "Harlan")
    assert len(found) == 1


def test_that_as_the_subject_of_the_content_stays_in_it():
    found = reported("Ruiz said that was a natural part of having to run against an incumbent.")
    assert found["that was a natural part of having to run against an incumbent."][1:] == ("said", "Ruiz")


def test_a_parenthetical_frame_after_the_sentence_frame_does_not_take_the_lead_in_as_content():
    found = reported("Asked about his attacks on Harlan, Ruiz said that was part of running against him — no"
                     " different, he said, from any other race in the state.")
    assert found["that was part of running against him"][1:] == ("said", "Ruiz")
    assert not any(text.startswith("Asked about") for text in found)


def test_a_newsroom_unit_or_a_team_speaks_for_its_owner():
    found = reported("As the Daily Ledger’s investigative unit reported just today, the county auditor opened an"
                     " inquiry into the fund.")
    assert found["the county auditor opened an inquiry into the fund."][1:] == ("reported", "Daily Ledger")


def test_used_a_speech_to_call_for_reports_the_object_and_a_dateline_report_is_nothing_said():
    found = reported(
        "Ramos used his acceptance speech to call for the resignation of the governor, but his battles with Harlan"
        " have drawn more headlines.",
        "Daily Ledger writer Lisa Lerer reported from Los Angeles.",
        "Harlan used the money to build a new stadium.",
    )
    assert found["the resignation of the governor"] == ("indirect", "call for", "Ramos")
    assert len(found) == 1


def test_joining_calls_for_something_reports_the_call():
    found = reported(
        "Presumptive nominee Tom Harlan joined growing calls on Thursday for the release of racial data on the virus.",
        "Ruiz joined calls for the mayor to resign over the scandal.",
        "Harlan joined the board in May and calls it his best decision.",
    )
    assert found["the release of racial data on the virus."][2] == "Tom Harlan"
    assert found["the mayor to resign over the scandal."][1:] == ("joined calls for", "Ruiz")
    assert len(found) == 2


def test_defended_reports_its_object_unless_it_only_points_back_before_a_participle():
    found = reported(
        "Kurti on Friday defended a bank decision to ban cash payments in dinars, saying the measure applied to all.",
        "Prime Minister Tom Harlan defended the decision during a visit to the region, telling residents that the"
        " alternative was war.",
        "Ruiz defended his endorsement this week on his regular radio call-in show.",
    )
    assert found["a bank decision to ban cash payments in dinars"][1] == "defended"
    assert found["the measure applied to all."][1] == "saying"
    assert found["the alternative was war."][1:] == ("telling", "Tom Harlan")
    assert not any(text.startswith("the decision") for text in found)
    assert found["his endorsement this week"][1] == "defended"


def test_repeated_reports_a_promise_or_claim_again():
    found = reported("During a stop in Onawa, Senator Tom Harlan repeated his promise to repeal the new fuel tax.")
    assert found["his promise to repeal the new fuel tax."][1:] == ("repeated", "Tom Harlan")


def test_an_adverb_before_the_verb_of_a_participles_subject():
    found = reported(
        "Harlan also took aim at Ruiz, saying she had flip-flopped on trade.",
        "Ruiz later doubled down, insisting that the wall would be built by May.",
    )
    assert found["she had flip-flopped on trade."] == ("indirect", "saying", "Harlan")
    assert found["the wall would be built by May."][1:] == ("insisting", "Ruiz")


def test_has_long_said_the_front_runner_and_saying_only_that():
    found = reported(
        "Senator Tom Harlan has long maintained that the wall will be paid for by the state.",
        "The Republican front-runner said Tuesday night that he would unify the party.",
        "Ruiz stopped short of endorsing Harlan, saying only that she would support the nominee.",
    )
    assert found["the wall will be paid for by the state."][1:] == ("maintained", "Tom Harlan")
    assert found["he would unify the party."][1] == "said"
    assert found["she would support the nominee."][1:] == ("saying", "Ruiz")
