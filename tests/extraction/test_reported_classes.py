"""Reported-speech recall on general news (issue 16): one invented sentence per error class measured on the
real-news golds, in the register of campaign coverage. Never a copy of a gold page."""

from tests.extraction_helpers import extract


def reported(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    """reported statement text → (kind, cue, speaker name), for an article of one paragraph per argument."""
    body = "\n\n".join(paragraphs)
    article = extract(f"Title of the story\n\nMaria Lopez opened the debate.\n\n{body}\n")
    return {s.text: (s.kind, s.cue, s.speaker.name if s.speaker else None)
            for s in article.statements if s.kind != "direct"}


def test_cues_the_lexicons_lacked_report_their_clause_or_object():
    found = reported(
        "Senator Tom Harlan revealed that he had been treated for pneumonia.",
        "Reyes touted internal polls showing a lead in Iowa.",
        "Harlan cited a drop in unemployment as proof the plan worked.",
        "The Ohio Election Board ruled that the mailers were legal.",
        "Reyes fired back that the senator had skipped every debate.",
    )
    assert found["he had been treated for pneumonia."] == ("indirect", "revealed", "Tom Harlan")
    assert found["internal polls showing a lead in Iowa."][1:] == ("touted", "Reyes")
    assert found["a drop in unemployment as proof the plan worked."][1:] == ("cited", "Tom Harlan")
    assert found["the mailers were legal."][1] == "ruled"
    assert found["the senator had skipped every debate."][1:] == ("fired back", "Reyes")


def test_a_clause_only_cue_without_its_clause_and_cited_by_are_not_speech():
    found = reported(
        "Harlan revealed a new logo at the rally.",
        "Anna Kovac, an aide cited by the local paper, said the tour would end in Ohio.",
    )
    assert not any(cue == "revealed" for _, cue, _ in found.values())
    assert found["the tour would end in Ohio."][1] == "said"  # the aide's "said", not "cited"
    assert len(found) == 1


def test_a_participle_after_the_frame_is_a_second_speech_act():
    found = reported(
        "The turnout was disappointing, Reyes said on Tuesday, acknowledging that the rain had kept voters home.",
    )
    assert found["The turnout was disappointing"][1:] == ("said", "Reyes")
    assert found["the rain had kept voters home."][1:] == ("acknowledging", "Reyes")


def test_plural_and_collective_subjects_of_campaign_news_speak():
    found = reported(
        "Both candidates have said they will accept the results.",
        "Supporters of the governor said the attacks would backfire.",
        "Pollsters warned that the race was too close to call.",
    )
    assert found["they will accept the results."][1:] == ("said", "candidates")
    assert found["the attacks would backfire."][1] == "said"
    assert found["the race was too close to call."][1:] == ("warned", "pollsters")


def test_reports_memos_and_analyses_speak_as_documents():
    found = reported(
        "The Gallup report warned that voter rolls in several states were out of date.",
        "The new tax plan would cost $3 trillion, according to an analysis by the Tax Policy Center.",
        "The memo states that no ballot may be counted before noon.",
    )
    assert found["voter rolls in several states were out of date."][1] == "warned"
    assert found["The new tax plan would cost $3 trillion"][1:] == ("according to", "Tax Policy Center")
    assert found["no ballot may be counted before noon."][1] == "states"


def test_a_capitalised_document_word_inside_a_name_is_not_a_document():
    found = reported("The offensive had stalled, the Institute for the Study of Elections said.")
    assert found["The offensive had stalled"][2] == "Institute for the Study of Elections"


def test_a_frame_inside_a_short_subject_keeps_the_clause_whole():
    found = reported(
        "Turnout, Reyes noted, had been higher in 2012.",
        "The race, according to Kowalski, is far from over.",
        "Early voting, the Reyes campaign argues, favors the challenger.",
    )
    assert found["Turnout, Reyes noted, had been higher in 2012."][1:] == ("noted", "Reyes")
    assert found["The race, according to Kowalski, is far from over."][1:] == ("according to", "Kowalski")
    assert found["Early voting, the Reyes campaign argues, favors the challenger."][1] == "argues"


def test_an_inverted_frame_after_a_lead_in_reports_what_follows():
    found = reported("Currently, said Anna Kovac, the county clerk, the office has counted 40,000 ballots.")
    assert found["the office has counted 40,000 ballots."][1:] == ("said", "Anna Kovac")
    assert not any(text.startswith("Currently") for text in found)


def test_an_inverted_lede_with_a_second_act_and_a_described_source():
    found = reported(
        "The deficit would double within a decade, warns Senator Tom Reyes as he urged colleagues to reject the bill.",
        "Most first-time voters are undecided, says a Gallup report tracking young voters in Ohio.",
    )
    assert found["The deficit would double within a decade"][1:] == ("warns", "Tom Reyes")
    assert found["colleagues to reject the bill."][1:] == ("urged", "Tom Reyes")
    assert found["Most first-time voters are undecided"][1] == "says"


def test_a_clause_after_a_parenthetical_frame_with_its_own_subject_is_a_second_statement():
    found = reported("The debate went well for the governor, Reyes said, and voters noticed the difference.")
    assert found["The debate went well for the governor"][1] == "said"
    assert found["voters noticed the difference."][1] == "said"


def test_a_speech_verb_coordinated_with_an_act_shares_the_sentence_subject():
    found = reported(
        "Senator Tom Reyes met donors in Tampa and pledged to cut corporate taxes.",
        "Kowalski said the race was tight, though he stressed that he was confident.",
    )
    assert found["to cut corporate taxes."][1:] == ("pledged", "Tom Reyes")
    assert found["the race was tight"][1:] == ("said", "Kowalski")
    assert found["he was confident."][1:] == ("stressed", "Kowalski")


def test_absolute_with_clauses_give_one_statement_per_speaker():
    found = reported(
        "The debate turned bitter, with Senator Tom Reyes saying the governor had lied and the Kowalski campaign "
        "firing back that Reyes had skipped every hearing.",
        "The talks ended without a deal, with both campaigns blaming each other.",
    )
    assert found["the governor had lied"][1:] == ("saying", "Tom Reyes")
    assert found["Reyes had skipped every hearing."][1:] == ("firing back", "Kowalski campaign")
    assert len(found) == 2


def test_saying_nothing_is_not_a_statement_and_a_place_named_speaker_is_a_source():
    found = reported(
        "Kowalski has said little about his plans.",
        "Reyes said nothing about the deal.",
        "The plan would pay for itself, according to Warren.",
    )
    assert list(found) == ["The plan would pay for itself"]
    assert found["The plan would pay for itself"][2] == "Warren"


def test_a_clause_with_its_own_verb_before_a_parenthetical_frame_is_not_its_subject():
    found = reported("The count began in July, officials said, and ballots were sorted by precinct.")
    assert found["The count began in July"][1] == "said"
    assert found["ballots were sorted by precinct."][1] == "said"


def test_a_news_outlet_is_the_source_after_according_to_but_only_the_channel_after_told():
    found = reported(
        "Turnout in the primary fell by a fifth, according to the Associated Press.",
        "Kowalski told Reuters that he would not concede.",
    )
    assert found["Turnout in the primary fell by a fifth"][2] == "Associated Press"
    assert found["he would not concede."][2] == "Kowalski"


def test_a_bare_quantity_is_never_a_speaker():
    found = reported(
        "While many cheered, others said they would stay home on election day.",
        "Some questioned whether the candidate was ready.",
    )
    assert found == {}  # a bare "others" / "some" would be a junk speaker; no person is named instead


def test_clause_only_cues_close_a_sentence_or_invert_before_their_source():
    found = reported(
        "Early voting favours the incumbent, the Pew report found.",
        "The primary may have cost $40 million, estimates Dana Whitfield, a consultant who tracks campaign spending.",
        "The election board found the ballots in a warehouse.",
    )
    assert found["Early voting favours the incumbent"][1:] == ("found", "Pew")
    assert found["The primary may have cost $40 million"][1:] == ("estimates", "Dana Whitfield")
    assert len(found) == 2  # "found the ballots" is an act


def test_a_present_cue_that_is_also_a_plural_noun_after_a_common_noun_is_not_speech():
    found = reported("Engineers track the energy demands of the new servers.")
    assert found == {}


def test_requests_according_to_without_a_comma_and_adverbs_after_and():
    found = reported(
        "Election officials are asking voters to bring photo identification.",
        "The county spent $2 million on new machines according to officials who reviewed the budget.",
        "Kowalski laughed and simply said the polls would tighten.",
        "The Reyes campaign has not run attack ads, instead urging supporters to knock on doors.",
        "Kowalski has been asking donors for money since May.",
    )
    assert found["voters to bring photo identification."][1] == "asking"
    assert found["The county spent $2 million on new machines"][1] == "according to"
    assert found["the polls would tighten."][1:] == ("said", "Kowalski")
    assert found["supporters to knock on doors."][1] == "urging"
    assert not any(cue == "asking" and "money" in text for text, (_, cue, _) in found.items())


def test_content_boundaries_stop_where_another_subject_or_the_narrator_takes_over():
    found = reported(
        "Reyes accuses Kowalski of running a smear campaign while Kowalski suggests the senator is a captive of donors.",
        "Pennock said the machines were replaced, but Pennock did not say when.",
        "Kowalski, a former governor, insists the party must be a party of ideas, and has championed a flat tax.",
        "Reyes and Kowalski pledged to work together after a meeting Thursday at the party's headquarters.",
        "Kowalski told the crowd that he was not giving up, despite trailing in every poll.",
    )
    assert found["Kowalski of running a smear campaign"][1:] == ("accuses", "Reyes")
    assert found["the senator is a captive of donors."][1:] == ("suggests", "Kowalski")
    assert "the machines were replaced" in found
    assert "the party must be a party of ideas" in found
    assert "to work together" in found
    assert "he was not giving up, despite trailing in every poll." in found


def test_a_newspaper_speaks_for_itself_and_progressive_phrasal_cues_and_joked_that():
    found = reported(
        "The Times said the emails were exchanges between the two aides.",
        "Kowalski, who won two states on Tuesday, is calling for his rivals to drop out.",
        "Reyes joked that his own campaign had never got off the ground.",
    )
    assert found["the emails were exchanges between the two aides."][2] == "Times"
    assert found["his rivals to drop out."][1:] == ("calling for", "Kowalski")
    assert found["his own campaign had never got off the ground."][1:] == ("joked", "Reyes")


def test_speech_verbs_that_name_campaign_acts_are_not_statements():
    found = reported(
        "Kowalski claimed a narrow victory in the Nevada caucuses.",
        "Reyes won Ohio, adding to his delegate lead over Kowalski.",
        "Reyes maintains a commanding lead among older voters.",
        "Kowalski won Georgia, thanks in part to strong turnout in the suburbs.",
        "Reyes went on to win three more states.",
    )
    assert found == {}


def test_a_comparison_and_a_second_quantity_subject_end_the_content():
    found = reported(
        "Seventy percent of Democrats say they trust Reyes, compared with 40 percent who say the same of Kowalski.",
        "Six in 10 voters said Reyes is honest, and three-quarters said the same of his rival.",
    )
    assert "they trust Reyes" in found
    assert "Reyes is honest" in found  # the second clause ends the first statement
    assert not any("three-quarters" in text for text in found)


def test_a_while_clause_without_a_speech_verb_stays_in_the_content_and_a_parenthesis_after_he():
    found = reported(
        "Reyes said that Kowalski was a lightweight while Pennock is a basket case.",
        "He pledged to fix the tax code and he, once again, pledged a political revolution.",
    )
    assert found["Kowalski was a lightweight while Pennock is a basket case."][1:] == ("said", "Reyes")
    assert "to fix the tax code" in found
    assert "a political revolution." in found


def test_cue_words_that_report_nothing_make_no_statement():
    found = reported(
        "Kowalski is said to be furious about the leak.",
        "The so-called establishment candidate won the primary.",
        "The result says a lot about the state of the party.",
        "Reyes did not say whether he would endorse Kowalski.",
        "Reyes declined to say whether he would debate.",
    )
    assert found == {}


def test_a_second_speech_act_after_quoted_words_is_a_statement_of_its_own():
    found = reported(
        "She declared “What a night!” and said that her campaign would keep “opening doors” across the state.",
        "Reyes is insisting that he has “grown the party,” claiming that turnout doubled in the primaries.",
        "He pledged to cut taxes and he, once again, pledged a “fresh start” and said that he would face “the donor "
        "class” in every county.",
    )
    assert found["her campaign would keep “opening doors” across the state."] == ("mixed", "said", "Maria Lopez")
    assert found["he has “grown the party,”"][:2] == ("mixed", "insisting")
    assert found["turnout doubled in the primaries."][1] == "claiming"
    assert "a “fresh start”" in found  # not run on into "and said that …"
    assert found["he would face “the donor class” in every county."][:2] == ("mixed", "said")


def test_object_complements_with_quoted_words_are_mixed_statements():
    found = reported(
        "Tom Harlan called both Lopez and Republican front-runner Anna Kovac “reckless” and said the party would lose.",
        "He held his fire on Reyes, calling him a “decent man” and he did not mention Kovac.",
        "He asked them “seriously reconsider” the future of their bids.",
        "He asked donors to stay with the campaign until June.",
        "He said that Kovac would win, which he declared “a total catastrophe” for his party.",
    )
    assert found["both Lopez and Republican front-runner Anna Kovac “reckless”"] == ("mixed", "called", "Tom Harlan")
    assert found["the party would lose."][1] == "said"
    assert found["him a “decent man”"][:2] == ("mixed", "calling")  # the narrator's "and he did not …" left out
    assert found["them “seriously reconsider” the future of their bids."][:2] == ("mixed", "asked")
    assert found["donors to stay with the campaign until June."][:2] == ("indirect", "asked")
    assert found["Kovac would win"][1] == "said"
    assert found["“a total catastrophe” for his party."] == ("mixed", "declared", "Tom Harlan")


def test_asked_without_a_request_or_in_the_passive_is_not_a_statement():
    found = reported(
        "Kovac was asked to leave the stage by the organisers.",
        "A woman in the front row asked for a photo to take home.",
    )
    assert found == {}


def test_a_quote_no_frame_claims_leaves_the_sentence_to_the_reported_rules():
    found = reported(
        "Tom Harlan spoke after her.",
        "He expressed amusement that Kovac had at last described her plans “not only in Spanish but in English,” "
        "echoing some pundits who have suggested that Kovac changes her tune for each audience.",
    )
    assert found["Kovac had at last described her plans “not only in Spanish but in English,”"] == (
        "mixed", "expressed", "Tom Harlan")  # "amusement that" is the cue's, the narrator's "echoing …" left out
    assert found["Kovac changes her tune for each audience."][1:] == ("suggested", "pundits")


def test_a_consequence_the_narrator_adds_ends_the_content_and_told_is_never_inverted():
    found = reported(
        "Still, 52 percent of voters say they would consider voting for Reyes, putting him ahead of every rival.",
        "“We expect ministers of trade from across the region and the world. We will also have economists for "
        "discussions on inflation,” Minister of Trade, Industry and Commerce, Senator the Hon. Anna Kovac, told JIS News.",
    )
    assert "they would consider voting for Reyes" in found
    assert not any(speaker in ("News", "JIS News", "Commerce") for _, _, speaker in found.values())


def test_called_out_and_a_participle_after_began_or_kept_are_speech():
    found = reported(
        "Senator Tom Harlan called out his rival Anna Kovac for alienating young voters, which he believes will cost "
        "the party the state.",
        "More delegates have begun urging the party to put the feud behind it.",
        "Reyes kept saying that the count was rigged.",
    )
    assert found["his rival Anna Kovac for alienating young voters"] == ("indirect", "called out", "Tom Harlan")
    assert found["the party to put the feud behind it."][1] == "urging"
    assert found["the count was rigged."][1:] == ("saying", "Reyes")


def test_a_participle_before_a_second_act_is_a_statement_of_its_own():
    found = reported(
        "Tom Harlan went after Kovac, calling it “disqualifying” and asserting that the only explanation must be "
        "“a bombshell of some size.”",
        "Lopez attacked Harlan, saying he would appoint judges who would end the program, and reminded the audience "
        "of comments Harlan made about pensions.",
        "Reyes went after Kovac, calling her plan “reckless” and asserting that it would bankrupt the state.",
    )
    assert found["it “disqualifying”"] == ("mixed", "calling", "Tom Harlan")
    assert found["the only explanation must be “a bombshell of some size.”"][:2] == ("mixed", "asserting")
    assert found["he would appoint judges who would end the program"] == ("indirect", "saying", "Maria Lopez")
    assert found["the audience of comments Harlan made about pensions."][1] == "reminded"
    assert found["her plan “reckless”"][1:] == ("calling", "Reyes")
    assert found["it would bankrupt the state."][1:] == ("asserting", "Reyes")


def test_a_clause_before_a_quote_frame_with_its_own_speech_verb_reports_too():
    found = reported(
        "Some in the crowd booed, and when Reyes thanked the city and said it was great to be home, a man yelled "
        "“Go back!”",
        "Kovac said the talks had failed, and Harlan told reporters: “We will try again next week, no matter what.”",
    )
    assert found["it was great to be home"] == ("indirect", "said", "Reyes")
    assert found["the talks had failed"][1:] == ("said", "Kovac")


def test_maintained_with_an_object_that_is_kept_is_not_speech():
    found = reported(
        "Harlan maintained above-average costs for raising that money.",
        "Reyes maintained that the money was raised legally.",
    )
    assert found == {"the money was raised legally.": ("indirect", "maintained", "Reyes")}


def test_mocking_and_ridiculing_are_speech_acts():
    found = reported(
        "Harlan mocked Reyes for “having a tough night” because he did not win any states.",
        "Kovac ridiculed the plan as a gift to donors.",
    )
    assert found["Reyes for “having a tough night” because he did not win any states."] == (
        "mixed", "mocked", "Harlan")
    assert found["the plan as a gift to donors."][1] == "ridiculed"


def test_a_second_act_before_the_quoted_words_takes_them():
    found = reported(
        "Lopez also warned that some counties have dropped their audits too early, highlighting that turnout data "
        "“is our eyes and ears in this race.”",
    )
    assert found["some counties have dropped their audits too early"] == ("indirect", "warned", "Maria Lopez")
    assert found["turnout data “is our eyes and ears in this race.”"] == ("mixed", "highlighting", "Maria Lopez")


def test_a_sentence_that_lost_its_full_stop_opening_with_a_pronoun_is_not_a_heading():
    found = reported(
        "Minister Brian Manning spoke in the Senate.",
        "He reiterated that devaluation of the dollar was not a solution to the forex shortage",
        "Manning on the economy",
    )
    assert found["devaluation of the dollar was not a solution to the forex shortage"][1:] == (
        "reiterated", "Brian Manning")


def test_he_continued_between_commas_reports_the_clause_it_interrupts():
    found = reported(
        "Minister Brian Manning spoke in the Senate.",
        "Simultaneously, he continued, the government has cut duties on basic food items.",
        "The central bank, he continued, intervenes every two weeks, selling dollars to dealers.",
        "The talks continued, and the ministers met again on Friday.",
    )
    assert found["the government has cut duties on basic food items."] == ("indirect", "continued", "Brian Manning")
    assert found["The central bank, he continued, intervenes every two weeks, selling dollars to dealers."][1] == (
        "continued")
    assert len(found) == 2


def test_present_forms_of_noting_and_answering_are_cues_but_not_as_nouns():
    found = reported(
        "The issue, Reyes notes, matters as much to young workers as it does to retirees.",
        "Kovac responds that the fund is solvent.",
        "His remarks drew applause from the crowd.",
        "The senator’s comments angered the union.",
    )
    assert found["The issue, Reyes notes, matters as much to young workers as it does to retirees."][1] == "notes"
    assert found["the fund is solvent."][1] == "responds"
    assert len(found) == 2


def test_a_later_quote_of_the_sentence_runs_into_its_own_reported_clause():
    found = reported(
        "“We must cut the deficit this year,” Lopez said, adding that she went to “one of the most senior people” to "
        "raise the concerns.",
        "“We will win,” she said, “and we will win big.”",
    )
    assert found["she went to “one of the most senior people” to raise the concerns."] == (
        "mixed", "adding", "Maria Lopez")
    assert len(found) == 1  # the split quote stays two direct pieces


def test_a_coordinated_speech_verb_after_a_lead_in_shares_the_subject():
    found = reported(
        "Asked about the mural last week by a local paper, Reyes laughed and simply said Kovac would have to "
        "\"take responsibility\" for it herself.",
    )
    assert found["Kovac would have to \"take responsibility\" for it herself."] == ("mixed", "said", "Reyes")
