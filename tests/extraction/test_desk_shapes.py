"""Shapes of the foreign desks' copy the rules missed (issue 16, the `desks` round of docs/extraction.md): East
Asian, Middle Eastern and European papers in English, 2016 campaign coverage and foreign-policy analysis, found by
writing invented stories in those styles and grouping the extractor's errors. One invented sentence each, never a
copy of a gold page."""

from tests.extraction_helpers import paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Talks resume in Geneva", *paragraphs)


def test_a_short_capitalised_answer_its_frame_closes_is_a_quote_not_a_title():
    found = statements("Patrick Murray urged caution. “It’s July,” Murray said.", "“Not Donald,” Ted Cruz said.")
    assert found["It’s July,"] == ("direct", "said", "Patrick Murray")
    assert found["Not Donald,"] == ("direct", "said", "Ted Cruz")
    assert not statements("The army named it “Operation Iron Swords” on Sunday.")


def test_a_passive_report_before_a_closing_source_leaves_the_source_its_statement():
    found = statements("No injuries were reported, according to the Red Cross.")
    assert found["No injuries were reported"] == (
        "indirect", "according to", "International Committee of the Red Cross")


def test_a_body_described_in_lower_case_is_an_unnamed_source():
    found = statements("Three people were hurt in the blaze, according to the fire service.",
                       "Two homes were destroyed, the state fire and rescue service said.")
    assert found["Three people were hurt in the blaze"][2] == "fire service"
    assert found["Two homes were destroyed"][2] == "state fire and rescue service"
    assert "them aggressively" not in statements("But some blocs in the party have rejected them aggressively.")


def test_a_places_agency_or_office_is_an_organisation_not_a_person_named_for_the_place():
    found = statements("Three people were killed, Gaza’s civil defence agency said.",
                       "South Korea’s presidential office said the meeting had been convened.")
    assert found["Three people were killed"][2] == "Gaza’s civil defence agency"
    assert found["the meeting had been convened."][2] == "South Korea’s presidential office"


def test_the_description_of_a_source_after_according_to_is_no_part_of_the_content():
    found = statements("According to Ding Duo, a researcher at the institute, the Philippines had broken its promise.",
                       "According to Ukraine’s ambassador to NATO, Alyona Getmanchuk, Kyiv had received assurances.",
                       "According to Ukrenergo, the state grid operator, the attack damaged substations.",
                       "According to two executives, he instructed Fox’s head of engineering, Warren Vandeveer, to "
                       "install cameras.")
    assert found["the Philippines had broken its promise."][2] == "Ding Duo"
    assert found["Kyiv had received assurances."][2] == "Alyona Getmanchuk"
    assert found["the attack damaged substations."][2] == "Ukrenergo"
    assert any(text.startswith("he instructed") for text in found)  # a clause, not a description


def test_a_second_participle_of_complaint_accusation_or_question_is_a_second_statement():
    found = statements("Aleksandar Vučić said the EU was applying double standards, complaining that Serbia had been "
                       "waiting for a decade.",
                       "Beijing hit out at the pact, warning that it would stir up trouble and accusing Tokyo of "
                       "reviving its militarist past.",
                       "Hillary Clinton attacked the plan, noting that it had failed before and questioning whether it "
                       "could pass.")
    assert found["the EU was applying double standards"][2] == "Aleksandar Vučić"
    assert found["Serbia had been waiting for a decade."] == ("indirect", "complaining", "Aleksandar Vučić")
    assert found["it would stir up trouble"][1] == "warning"
    assert found["Tokyo of reviving its militarist past."][1] == "accusing"
    assert found["whether it could pass."] == ("indirect", "questioning", "Hillary Clinton")


def test_a_second_speaker_after_as_while_the_or_with_ends_the_first_statement_not_replaces_it():
    found = statements("Officials said the trucks were stuck at the crossing, as the UN said famine was imminent.",
                       "Ebrahim Raisi said the attack would not go unanswered, while the foreign minister, Hossein "
                       "Amir-Abdollahian, said Tehran held Washington responsible.",
                       "Hamas said the offer was unacceptable, with senior official Osama Hamdan saying the movement "
                       "would not disarm.")
    assert found["the trucks were stuck at the crossing"][2] == "officials"
    assert found["famine was imminent."][2] == "United Nations"
    assert found["the attack would not go unanswered"][2] == "Ebrahim Raisi"
    assert found["Tehran held Washington responsible."][2] == "Hossein Amir-Abdollahian"
    assert found["the offer was unacceptable"] == ("indirect", "said", "Hamas")
    assert found["the movement would not disarm."][2] == "Osama Hamdan"
    assert list(statements("Officials said the trucks were stuck, as the war entered its third year.")) == [
        "the trucks were stuck"]


def test_how_an_outlet_sourced_its_report_is_no_part_of_the_content():
    found = statements("Kyodo News reported, citing government sources, that the missile may have flown on an "
                       "irregular trajectory.",
                       "Kim Yo-jong warned in a statement carried by the Korean Central News Agency (KCNA) that "
                       "Pyongyang would never abandon its weapons.")
    assert found["the missile may have flown on an irregular trajectory."] == ("indirect", "reported", "Kyodo News")
    assert found["Pyongyang would never abandon its weapons."][1] == "warned"


def test_a_territory_claimed_a_noun_accused_of_something_and_a_bare_response_are_not_statements():
    assert not statements("China claims almost all of the South China Sea, despite a tribunal ruling.",
                          "On the Senkaku Islands, which China claims and calls the Diaoyu, there was little sign of "
                          "compromise.",
                          "The package targets banks in Central Asia accused of helping the Kremlin.",
                          "The package also targets firms alleged to have supplied drone parts.",
                          "Moscow responded within hours. Beijing has responded with predictable fury.")
    found = statements("China claims that the islands have always been its territory.",
                       "The rights group accused the army of torturing detainees.",
                       "“Oh my,” Frank Lucas responded with a sigh.")
    assert found["the islands have always been its territory."][1] == "claims"
    assert found["the army of torturing detainees."][1] == "accused"
    assert found["Oh my,"] == ("direct", "responded", "Frank Lucas")


def test_unnamed_people_described_by_what_they_belong_to_or_where_they_are():
    found = statements("Proponents of the bill argue that it has outlived its usefulness.",
                       "Diplomats in the region say a deal is close.",
                       "Aid workers on the ground said the road was closed.",
                       "Critics on the right warned that the deal was a trap.",
                       "A diplomat from a northern EU country said several capitals wanted guarantees.",
                       "Three diplomats from allied countries said that governments had lobbied hard.",
                       "Hawks in Congress insist the sanctions must stay.")
    assert found["it has outlived its usefulness."] == ("indirect", "argue", "proponents of the bill")
    assert found["a deal is close."][2] == "diplomats in the region"
    assert found["the road was closed."][2] == "Aid workers on the ground"
    assert found["the deal was a trap."][2] == "critics on the right"
    assert found["several capitals wanted guarantees."][2] == "diplomat from a northern EU country"
    assert found["governments had lobbied hard."][2] == "diplomats from allied countries"
    assert found["the sanctions must stay."][2] == "hawks in Congress"


def test_a_quote_after_an_adverb_and_a_coordinated_verb_or_a_participle_aside_is_direct():
    found = statements("Anna Lee then waved at the crowd and joked, “We will win this state.”",
                       "Glenn Beck joked, again using an exaggerated Southern accent, “Amen, brother! Come on up!”")
    assert found["We will win this state."] == ("direct", "joked", "Anna Lee")
    assert found["Amen, brother! Come on up!"] == ("direct", "joked", "Glenn Beck")


def test_one_of_a_group_just_quoted_is_one_of_them_unnamed_never_the_person_named_last():
    found = statements("Anna Varga said the summit had ended.",
                       "Diplomats said the wording was vague. One said it was a fig leaf. Another said the deal would "
                       "not last.",
                       "Two officials said the talks had stalled. One of them said the ceasefire was dead.",
                       "Several nurses said they were exhausted. “We cannot go on like this for weeks,” said one, who "
                       "asked not to be named.")
    assert found["it was a fig leaf."] == ("indirect", "said", "one of the diplomats")
    assert found["the deal would not last."][2] == "one of the diplomats"
    assert found["the ceasefire was dead."][2] == "one of the officials"
    assert found["We cannot go on like this for weeks,"] == ("direct", "said", "one of the nurses")
    assert "the plan was dead." not in statements("Anna Varga said the talks had stalled. One said the plan was dead.")


def test_a_connective_or_a_long_audience_before_that_is_no_part_of_the_content():
    found = statements("Dmitry Peskov declined to comment. He said, however, that the operation would continue.",
                       "Sergei Lavrov told a joint news conference with his Egyptian counterpart Badr Abdelatty in "
                       "Cairo that Moscow appreciated the mediation.")
    assert found["the operation would continue."] == ("indirect", "said", "Dmitry Peskov")
    assert found["Moscow appreciated the mediation."] == ("indirect", "told", "Sergei Lavrov")


def test_unnamed_sources_in_a_named_region_or_city():
    found = statements("Officials in the Belgorod region said two people were wounded.",
                       "Russian-installed officials in the occupied part of the Zaporizhzhia region said a plant "
                       "was hit.",
                       "Authorities in the Kursk region said the fire was out.")
    assert found["two people were wounded."][2] == "officials in the Belgorod region"
    assert found["a plant was hit."][2] == "Russian-installed officials in the occupied part of the Zaporizhzhia region"
    assert found["the fire was out."][2] == "Authorities in the Kursk region"


def test_the_place_or_occasion_a_sentence_opens_with_is_not_the_speaker_before_a_named_apposition():
    found = statements("In northern Israel, the mayor of Metula, David Azoulay, said residents felt abandoned.",
                       "At Prime Minister's Questions, the Leader of the Opposition, Kemi Badenoch, asked whether the "
                       "cuts had been assessed.",
                       "After PMQs, the foreign secretary, David Lammy, said the UK would work smarter.")
    assert found["residents felt abandoned."][2] == "David Azoulay"
    assert found["the cuts had been assessed."][2] == "Kemi Badenoch"
    assert found["the UK would work smarter."][2] == "David Lammy"


def test_a_campaigning_bodys_name_is_an_organisation_not_a_person():
    found = statements("Doctors Without Borders said the clinic had been hit.",
                       "Save the Children said reducing aid would mean fewer vaccinations.",
                       "Amnesty International USA said the trial was unfair.",
                       "Mothers Against Drunk Driving said the law had saved lives.",
                       "Alex Horton of the Washington Post said the report was wrong.")
    assert found["the clinic had been hit."][2] == "Doctors Without Borders"
    assert found["reducing aid would mean fewer vaccinations."][2] == "Save the Children"
    assert found["the trial was unfair."][2] == "Amnesty International USA"
    assert found["the law had saved lives."][2] == "Mothers Against Drunk Driving"
    assert found["the report was wrong."][2] == "Alex Horton"


def test_the_group_is_the_body_that_spoke_before():
    found = statements("Amnesty International said the trial was unfair. The group said the defendants had been "
                       "tortured.")
    assert found["the defendants had been tortured."] == ("indirect", "said", "Amnesty International")


def test_a_body_described_then_named_in_apposition_is_the_body_named():
    found = statements("Brazil’s steel industry association, Aço Brasil, said the measures were unfair.",
                       "The employers’ federation, CNI, said the tariffs were too high.")
    assert found["the measures were unfair."][2] == "Aço Brasil"
    assert found["the tariffs were too high."][2] == "CNI"


def test_a_party_tag_between_a_senator_and_the_verb_leaves_the_senator_the_subject():
    found = statements("Sen. Rand Paul, R-Ky., took the opposite view, arguing that the pause was overdue.",
                       "Mitch McConnell said the party welcomed immigrants. Sen. John McCain (R-Ariz.) went further. "
                       "He said Trump had defamed the Khans.")
    assert found["the pause was overdue."] == ("indirect", "arguing", "Rand Paul")
    assert found["Trump had defamed the Khans."][2] == "John McCain"


def test_charged_that_questioned_why_and_tweeting_that_report_speech():
    found = statements("Hillary Clinton charged that Trump was unfit.",
                       "Donald Trump questioned why Ghazala Khan had not spoken at the convention.",
                       "Donald Trump attacked the press, tweeting that reporters were unfair.")
    assert found["Trump was unfit."] == ("indirect", "charged", "Hillary Clinton")
    assert found["why Ghazala Khan had not spoken at the convention."][1] == "questioned"
    assert found["reporters were unfair."] == ("indirect", "tweeting", "Donald Trump")
    assert not statements("Prosecutors charged him with fraud.", "Lawyers are posting them to the docket.")


def test_called_someone_a_name_or_asked_someone_to_after_and_is_a_second_statement():
    found = statements("Donald Trump denied that he had hired anyone illegally and called Rubio a liar.",
                       "Ukrenergo warned that repairs could take days and asked consumers to limit their use.",
                       "The White House said it was monitoring the deployment and called it “very destabilising”.")
    assert found["he had hired anyone illegally"][1] == "denied"
    assert found["Rubio a liar."][1] == "called"
    assert found["repairs could take days"][1] == "warned"
    assert found["consumers to limit their use."][1] == "asked"
    assert found["it was monitoring the deployment"][1] == "said"
    assert found["very destabilising"] == ("direct", "called", "White House")


def test_a_speech_verb_inside_the_question_a_speaker_was_asked_is_no_cue():
    found = statements("Asked whether the minister regretted the decision, a spokesman said it was the right call.",
                       "Donald Trump, asked whether he regretted the remarks, said he had no regrets.")
    assert found == {"it was the right call.": ("indirect", "said", "spokesman"),
                     "he had no regrets.": ("indirect", "said", "Donald Trump")}


def test_a_first_name_written_without_its_accent_still_tells_the_gender():
    found = statements("Jessica Lewis, the assistant secretary, testified on Tuesday. Rep. Joaquin Castro asked Lewis "
                       "whether the department had investigated a single strike. She said several incidents were under "
                       "review.")
    assert found["several incidents were under review."][2] == "Jessica Lewis"  # not Joaquín Castro


def test_one_and_a_description_after_the_cue_is_an_unnamed_source():
    found = statements("“Everybody is waiting for the guy to fall apart,” said one veteran GOP operative.")
    assert found["Everybody is waiting for the guy to fall apart,"] == ("direct", "said", "veteran GOP operative")


def test_the_narrators_comment_after_a_closing_frame_is_neither_content_nor_a_statement():
    found = statements("Venezuela has deployed troops to the border, Vladimir Padrino López said on state television, "
                       "escalating a dispute.",
                       "Guyana has closed the crossing, officials said on Friday, in a move likely to anger Caracas.",
                       "North Korea fired a missile on Tuesday, South Korea’s military said, in the latest in a string "
                       "of tests.")
    assert found == {"Venezuela has deployed troops to the border": ("indirect", "said", "Vladimir Padrino López"),
                     "Guyana has closed the crossing": ("indirect", "said", "officials"),
                     "North Korea fired a missile on Tuesday": ("indirect", "said", "South Korea’s military")}


def test_in_the_words_of_is_a_source():
    found = statements("In the words of Bonnie Glaser, “Taiwan is buying the military it wants, not the one it needs.”",
                       "The short answer, in the words of one Pentagon official, is that “nobody knows what Beijing "
                       "wants.”")
    assert found["Taiwan is buying the military it wants, not the one it needs."] == (
        "direct", "In the words of", "Bonnie Glaser")
    assert found["nobody knows what Beijing wants."][2] == "Pentagon official"


def test_a_second_act_after_a_comma_and_a_quoted_name_in_an_apposition():
    found = statements("Fu Cong said Beijing had abstained because the text was weak, and called on all parties to "
                       "exercise restraint.",
                       "Álvaro Uribe, a critic of the “total peace” policy, said the government had given the "
                       "guerrillas time.")
    assert found["Beijing had abstained because the text was weak"][1] == "said"
    assert found["all parties to exercise restraint."] == ("indirect", "called on", "Fu Cong")
    assert found["the government had given the guerrillas time."][2] == "Álvaro Uribe"


def test_sources_counted_beyond_three_and_campaigns_and_railways_by_their_names():
    found = statements("The plan was shelved, according to four people familiar with the effort.",
                       "The Clinton campaign said she had won. The Sanders campaign said it raised $1 million.",
                       "Azerbaijan Railways said output rose.")
    assert found["The plan was shelved"][2] == "four people familiar with the effort"
    assert found["it raised $1 million."][2] == "Sanders campaign"  # not the Clinton campaign named before
    assert found["output rose."] == ("indirect", "said", "Azerbaijan Railways")


def test_an_aside_of_arrival_or_address_leaves_the_subject_the_next_pronoun():
    found = statements("Government spokesman Zoltan Kovacs said on X that the claim was false.",
                       "Polish Foreign Minister Radoslaw Sikorski, arriving for the meeting, was blunter. “Some of "
                       "our colleagues are behaving like a Trojan horse,” he said.")
    assert found["Some of our colleagues are behaving like a Trojan horse,"][2] == "Radosław Sikorski"


def test_the_narrators_time_line_and_what_the_speaker_left_unnamed_end_the_content():
    found = statements("Vucic said on Tuesday that Serbia would never recognise Kosovo, a day after talks in Brussels "
                       "ended without a breakthrough.",
                       "Mickoski said his government would not amend the constitution, dealing a new blow to the bid.",
                       "Peter Szijjarto added that Hungary was not alone in its concerns, without naming other states.")
    assert "Serbia would never recognise Kosovo" in found
    assert "his government would not amend the constitution" in found
    assert "Hungary was not alone in its concerns" in found


def test_early_elections_revealed_that_the_opposition_de_lima_and_rfe_rl():
    found = statements("Venko Filipce said the government had failed and called for early elections.",
                       "Lee Hsien Loong said Singapore was ready to help, and revealed that officials had met rebels.",
                       "The opposition said the vote was rigged.",
                       "Former senator Leila de Lima said the inquiry was overdue. De Lima added that it was late.",
                       "The signing has been delayed again, Pashinyan told RFE/RL.")
    assert found["early elections."] == ("indirect", "called for", "Venko Filipce")
    assert found["officials had met rebels."][1] == "revealed"
    assert found["the vote was rigged."][2] == "opposition"
    assert found["it was late."][2] == "Leila de Lima"  # not Peru, whose seat of government is Lima
    assert found["The signing has been delayed again"][1] == "told"


def test_a_bracketed_party_tag_then_a_description_and_a_message_after_a_colon():
    found = statements("Rep. John Lewis (D-Ga.), a civil rights icon, said Sanders had not been there.",
                       "Marco Rubio had a message for voters: “This election is about the future of our country.”")
    assert found["Sanders had not been there."][2] == "John Lewis"
    assert found["This election is about the future of our country."] == ("direct", "had", "Marco Rubio")
    assert not statements("Marco Rubio had a bad night: “This election is about the future of our country.”")


def test_a_title_closing_an_apposition_inside_its_marks_leaves_the_subject():
    found = statements("Kerry Washington, the star of “Scandal,” said, “This is a good day for all of us.”",
                       "Kerry Washington, star of television’s “Scandal,” thanked Obama for “taking these steps.”")
    assert found["This is a good day for all of us."] == ("direct", "said", "Kerry Washington")
    assert found["Obama for “taking these steps.”"][2] == "Kerry Washington"  # no “Scandal,” thanked Obama
