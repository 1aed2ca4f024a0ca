"""Shapes of the formats the rules missed (issue 16, the `formats` round of docs/extraction.md): newsletters, TV
interview write-ups, summits and communiqués, rights reports, interviews relayed from other outlets and broadcasters'
web copy, found by writing invented stories in those styles and grouping the extractor's errors. One invented
sentence each, never a copy of a gold page."""

from tests.extraction_helpers import paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Summit in Rio", *paragraphs)


def test_a_role_of_someone_the_article_does_not_name_is_unnamed():
    found = statements("The chief executive of one drone startup said orders had tripled.",
                       "The mother of a soldier killed in the strike said she wanted answers.")
    assert found["orders had tripled."] == ("indirect", "said", "chief executive of one drone startup")
    assert found["she wanted answers."][2] == "mother of a soldier killed in the strike"


def test_where_and_how_it_was_said_after_the_content_is_the_narrators():
    found = statements("Sergei Vershinin said Russia was ready to resume talks, in an interview with Kommersant.",
                       "Katz said a deal was “within reach,” in an interview with Channel 12 aired on Saturday.",
                       "Vershinin said the grain deal was dead, according to a transcript.",
                       "Katz said Israel would not agree to a truce, repeating a position Netanyahu has stated.",
                       "Reuters reported that Nordic countries wanted to move faster, citing officials.")
    assert found["Russia was ready to resume talks"][2] == "Sergei Vershinin"
    assert found["a deal was “within reach,”"][:2] == ("mixed", "said")
    assert "the grain deal was dead" in found
    assert "Israel would not agree to a truce" in found
    assert "Nordic countries wanted to move faster" in found
    found = statements("Peskov said, in an interview with Kommersant, that Russia was ready.")
    assert found["Russia was ready."][2] == "Dmitry Peskov"


def test_the_world_health_organization_is_no_relative_pronoun():
    found = statements("The WHO said at least 460 patients were killed.", "“The hospitals are full,” the WHO said.")
    assert found["at least 460 patients were killed."] == ("indirect", "said", "WHO")
    assert found["The hospitals are full,"] == ("direct", "said", "WHO")
    assert statements("Smith, who was elected in May, said he was ready.")["he was ready."][2] == "Smith"


def test_a_second_act_with_a_short_object_after_and_or_but():
    found = statements("Smith said he understood the rationale but questioned the timing.",
                       "Saree said the group had hit the vessel and threatened further attacks.",
                       "The army said it had struck military sites, but denied targeting civilians.",
                       "The ministry said the claims would be investigated, but described the findings as "
                       "“exaggerated.”")
    assert found["he understood the rationale"] == ("indirect", "said", "Smith")
    assert found["the timing."] == ("indirect", "questioned", "Smith")
    assert found["further attacks."] == ("indirect", "threatened", "Saree")
    assert found["targeting civilians."] == ("indirect", "denied", "army")
    assert found["the findings as “exaggerated.”"] == ("mixed", "described", "ministry")


def test_the_second_participle_of_a_passive_is_what_was_done_not_a_second_act():
    found = statements("Amnesty said detainees were held incommunicado and denied access to lawyers.",
                       "The lawyer said the men were beaten and told they would be shot.")
    assert found["detainees were held incommunicado and denied access to lawyers."][2] == "Amnesty"
    assert "the men were beaten and told they would be shot." in found
    assert len(found) == 2


def test_the_newspaper_is_the_outlet_that_reported_last():
    found = statements("Kommersant reported that talks had stalled. The newspaper said a meeting was unlikely.",
                       "Le Figaro writes that Paris gave in. The conservative daily warns that investors will balk.",
                       "Al Jazeera reported that the port was shut. The broadcaster said ships were waiting.")
    assert found["a meeting was unlikely."] == ("indirect", "said", "Kommersant")
    assert found["investors will balk."] == ("indirect", "warns", "Le Figaro")
    assert found["ships were waiting."] == ("indirect", "said", "Al Jazeera")
    found = statements("Jane Smith reported that the port was shut. The newspaper said ships were waiting.")
    assert "ships were waiting." not in found  # a reporter is no newspaper


def test_a_summit_document_speaks_for_itself_or_for_the_leaders_who_issued_it():
    found = statements("“Russia must withdraw its forces,” the declaration said.",
                       "The final communique of the G7 summit in Rome said aid would rise.",
                       "A draft seen by Reuters called on Beijing to stop the transfers.")
    assert found["Russia must withdraw its forces,"] == ("direct", "said", "declaration")
    assert found["aid would rise."] == ("indirect", "said", "final communique")
    assert found["Beijing to stop the transfers."] == ("indirect", "called on", "draft")
    found = statements("“We will support Ukraine,” the leaders said. “We will not waver,” the communique said.")
    assert found["We will not waver,"] == ("direct", "said", "communique")
    found = statements("The summit ended with a communique. “We will help,” the leaders said. “We will not waver,” "
                       "the communique said.")
    assert found["We will not waver,"] == ("direct", "said", "leaders")


def test_a_document_the_article_never_mentioned_is_not_the_last_speakers():
    found = statements("Israel rejected the plan. According to the declaration, the leaders will meet in Baghdad.")
    assert found["the leaders will meet in Baghdad."] == ("indirect", "According to", "declaration")
    found = statements("Israel rejected the plan in a statement. The statement said the plan was dead.")
    assert found["the plan was dead."] == ("indirect", "said", "Israel")


def test_a_person_introduced_with_an_age_is_the_antecedent_of_the_next_pronoun():
    found = statements("Olena, 34, lives on the fourth floor. She says the blast threw her across the kitchen.",
                       "Mykola Shevchuk, 52, has run the shop for years. He says business has collapsed.")
    assert found["the blast threw her across the kitchen."] == ("indirect", "says", "Olena")
    assert found["business has collapsed."] == ("indirect", "says", "Mykola Shevchuk")


def test_a_relative_named_by_a_given_name_in_apposition_speaks():
    found = statements("Mr Murphy's sister, Aoife, told RTÉ News that the family had not heard from him.",
                       "His son, Daniel, said the family was relieved.")
    assert found["the family had not heard from him."] == ("indirect", "told", "Aoife")
    assert found["the family was relieved."] == ("indirect", "said", "Daniel")


def test_the_narrators_consequence_or_reading_after_the_content_is_no_part_of_it():
    found = statements("The Houthis claimed a strike on a tanker, reviving fears of disruption to shipping.",
                       "Lagarde said the bank was not pre-committing, a line traders took as a sign of doubt.",
                       "Bessent said the reserve remained an option, though he stopped short of a release.",
                       "The sides will talk next week, officials said late Tuesday, raising hopes of a truce.",
                       "Leaders urged the parties to show “self-restraint,” as the summit wrapped up.")
    assert "a strike on a tanker" in found
    assert "the bank was not pre-committing" in found
    assert "the reserve remained an option" in found
    assert found["The sides will talk next week"] == ("indirect", "said", "officials")
    assert found["the parties to show “self-restraint,”"][:2] == ("mixed", "urged")


def test_a_dateline_naming_a_region_after_its_town_is_no_part_of_the_content():
    found = statements("RAMALLAH, West Bank — Thousands gathered, police said.")
    assert found["Thousands gathered"] == ("indirect", "said", "police")
    found = statements("HEBRON, occupied West Bank (AP) — Shops were shut, the army said.")
    assert "Shops were shut" in found
    found = statements("DEIR AL-BALAH, Gaza Strip — Aid arrived, officials said.")
    assert "Aid arrived" in found


def test_analysts_verbs_and_an_unsupported_claim():
    found = statements("Sanam Vakil reckons the Gulf states will hedge.",
                       "Vakil surmised that Riyadh would wait.",
                       "Renad Mansour counters that Baghdad has no choice.",
                       "Trump claimed without evidence that the United States had paid cash.")
    assert found["the Gulf states will hedge."] == ("indirect", "reckons", "Sanam Vakil")
    assert found["Riyadh would wait."][1] == "surmised"
    assert found["Baghdad has no choice."][1] == "counters"
    assert "the United States had paid cash." in found


def test_sources_known_by_an_accreditation_a_place_or_what_they_follow_are_unnamed():
    found = statements("A diplomat accredited to the IAEA said the report was damning.",
                       "A negotiator from a small island state said the text was weak.",
                       "Climate scientists watching the talks say the fights distract.",
                       "A delegate attending the talks said the mood was grim.",
                       "Western powers say there is no civilian justification.",
                       "Regional specialists say the war will last.")
    assert found["the report was damning."] == ("indirect", "said", "diplomat accredited to the IAEA")
    assert found["the text was weak."][2] == "negotiator from a small island state"
    assert found["the fights distract."][2] == "Climate scientists watching the talks"
    assert found["the mood was grim."][2] == "delegate attending the talks"
    assert found["there is no civilian justification."][2] == "Western powers"
    assert found["the war will last."][2] == "regional specialists"
    assert statements("Bill Powers said the plan was sound.")["the plan was sound."][2] == "Bill Powers"


def test_the_portuguese_particle_do_is_part_of_a_name():
    found = statements("André Corrêa do Lago said the talks would go on. “We will continue,” Corrêa do Lago said.")
    assert found["the talks would go on."][2] == "André Corrêa do Lago"
    assert found["We will continue,"][2] == "André Corrêa do Lago"


def test_a_second_speaker_after_while_may_be_another_or_someones_counterpart():
    found = statements("One Western diplomat said the three had not made up their minds, while another said "
                       "Washington was reluctant.",
                       "David Lammy urged Iran to talk, while his German counterpart Johann Wadephul said Berlin "
                       "wanted a deal.")
    assert found["the three had not made up their minds"][2] == "Western diplomat"
    assert found["Washington was reluctant."] == ("indirect", "said", "another Western diplomat")
    assert found["Iran to talk"][2] == "David Lammy"
    assert found["Berlin wanted a deal."] == ("indirect", "said", "Johann Wadephul")


def test_what_others_made_of_it_is_the_narrators_and_no_frame():
    found = statements("Hamdan said the hostages were treated well, something Israel denies.",
                       "The electoral commission said he had won 71 percent, a figure the opposition rejected.",
                       "Tehran said it had withdrawn the inspectors, a step the agency described as “extreme.”",
                       "Soldiers said they had seized power, in the latest in a string of takeovers.")
    assert found["the hostages were treated well"] == ("indirect", "said", "Hamdan")
    assert found["he had won 71 percent"] == ("indirect", "said", "electoral commission")
    assert "it had withdrawn the inspectors" in found
    assert "they had seized power" in found
    assert len(found) == 4


def test_when_it_happened_after_a_frame_in_mid_sentence_is_no_second_statement():
    found = statements("The hostages were freed, the army said, shortly before midnight.",
                       "The list was handed over, officials said, two days after the deadline.",
                       "Three boats reached La Restinga, officials said, the highest number this year.")
    assert set(found) == {"The hostages were freed", "The list was handed over", "Three boats reached La Restinga"}


def test_un_bodies_and_experts_named_by_their_mandate():
    found = statements("The U.N. human rights office said the army had killed civilians.",
                       "The special rapporteur on human rights in Iran said executions had surged.",
                       "The UN special rapporteur on torture said detainees had been beaten.")
    assert found["the army had killed civilians."] == ("indirect", "said", "U.N. human rights office")
    assert found["executions had surged."][2] == "special rapporteur on human rights in Iran"  # not Iran
    assert found["detainees had been beaten."][2] == "UN special rapporteur on torture"


def test_people_in_the_country_of_somewhere_are_not_the_country():
    found = statements("Mutinous soldiers in the West African nation of Karanga announced that they had taken power.",
                       "Protesters in the Andean country of Peru said they would march again.")
    assert found["they had taken power."] == ("indirect", "announced", "Mutinous soldiers in the West African nation "
                                                                        "of Karanga")
    assert found["they would march again."][2] == "protesters in the Andean country of Peru"


def test_sources_tell_an_outlet_as_a_source_told_it():
    found = statements("The White House is weighing new sanctions, sources tell Axios.",
                       "Officials tell Axios the package is ready.")
    assert found["The White House is weighing new sanctions"] == ("indirect", "tell", "sources")
    assert found["the package is ready."] == ("indirect", "tell", "officials")


def test_a_plural_outlets_possessive_ends_the_name_after_it():
    found = statements("“We will respond,” Rebecca Thornton told CBS News' Margaret Brennan. “Are you worried?” "
                       "Brennan asked.")
    assert found["Are you worried?"] == ("direct", "asked", "Margaret Brennan")


def test_a_fronted_place_is_no_item_of_a_list_of_speakers():
    found = statements("In Tel Aviv, the Hostages and Missing Families Forum said time was running out.")
    assert found["time was running out."] == ("indirect", "said", "Hostages and Missing Families Forum")
    found = statements("The United States, France and Britain condemned the attack.")
    assert found["the attack."][2] == "United States, France and Britain"


def test_a_body_described_before_an_apposition_keeps_the_words_that_name_it():
    found = statements("The AU observation mission, led by Joyce Banda, said the vote had been peaceful.")
    assert found["the vote had been peaceful."] == ("indirect", "said", "AU observation mission")


def test_a_list_of_people_closes_with_and_and_people_in_a_city_are_described_by_it():
    found = statements("Police fired on protesters, witnesses said.",
                       "Witnesses in the northern city of Rasht said forces had fired pellets.")
    assert found["Police fired on protesters"] == ("indirect", "said", "witnesses")
    assert found["forces had fired pellets."][2] == "witnesses in the northern city of Rasht"


def test_ranks_and_trades_of_the_sea():
    found = statements("The spokesman, Brig. Gen. Yahya Saree, said the rebels had fired missiles.",
                       "“Nobody is going through there now,” said a London-based ship broker.",
                       "“It was terrifying,” said a Filipino seafarer.",
                       "Several sailors said the ship had been hit.")
    assert found["the rebels had fired missiles."] == ("indirect", "said", "Yahya Saree")
    assert found["Nobody is going through there now,"][2] == "London-based ship broker"
    assert found["It was terrifying,"][2] == "Filipino seafarer"
    assert found["the ship had been hit."][2] == "sailors"


def test_a_habit_of_speech_in_a_profile_is_a_frame():
    found = statements("Okonta-Mbeki liked to say that peace was possible.",
                       "“Diplomacy,” Ingrid Solvang used to say, “is the art of waiting.”")
    assert found["peace was possible."] == ("indirect", "liked to say", "Okonta-Mbeki")
    assert found["is the art of waiting."] == ("direct", "used to say", "Ingrid Solvang")


def test_names_ending_in_a_trade_are_companies_that_the_company_names_again():
    found = statements("Zodiac Maritime said none of the crew were hurt. The company said the ship was heading to "
                       "Djibouti.",
                       "Lakeshore Health confirmed that it had paid no ransom.",
                       "Citizen Lab said the spyware was found on 11 phones.")
    assert found["none of the crew were hurt."] == ("indirect", "said", "Zodiac Maritime")
    assert found["the ship was heading to Djibouti."] == ("indirect", "said", "Zodiac Maritime")
    assert found["it had paid no ransom."][2] == "Lakeshore Health"
    assert found["the spyware was found on 11 phones."][2] == "Citizen Lab"
    assert statements("Marine Le Pen said the vote was rigged.")["the vote was rigged."][2] == "Marine Le Pen"


def test_one_of_a_group_described_in_apposition():
    found = statements("Dozens of migrants were pushed back. One of them, a Yemeni man, said he had been sent back.",
                       "Several diplomats said they were frustrated. One, a veteran of the talks, said the debate was "
                       "a proxy fight.")
    assert found["he had been sent back."] == ("indirect", "said", "Yemeni man")
    assert found["the debate was a proxy fight."][2] == "one of the diplomats"


def test_a_newsletters_bullet_is_no_part_of_the_statement():
    found = statements("• “We read about it in the press,” a senior European diplomat told Axios.",
                       "- Israel-Hamas talks resume in Cairo, Egyptian state media reported.")
    assert found["We read about it in the press,"] == ("direct", "told", "senior European diplomat")
    assert "Israel-Hamas talks resume in Cairo" in found


def test_according_to_a_body_described_before_its_name():
    found = statements("Ransomware payments fell by a third, according to blockchain analytics firm Chainalysis.",
                       "At least 20 people were arrested, according to the rights group Hengaw.")
    assert found["Ransomware payments fell by a third"] == ("indirect", "according to", "Chainalysis")
    assert found["At least 20 people were arrested"][2] == "Hengaw"


def test_a_paper_quotes_someone_as_saying_in_the_present_or_after_an_apposition():
    found = statements("The Guardian quotes Keir Starmer as saying the plan was fair.",
                       "El País quoted economist Olivier Blanchard, a former IMF chief, as saying the cost is low.")
    assert found["the plan was fair."] == ("indirect", "saying", "Keir Starmer")
    assert found["the cost is low."] == ("indirect", "saying", "Olivier Blanchard")


def test_someone_unnamed_introduced_in_narration_is_the_next_pronouns_antecedent():
    found = statements("Peskov said talks were possible. A diplomat arrived later. “We are ready,” he said.")
    assert found["We are ready,"] == ("direct", "said", "diplomat")


def test_a_rights_body_named_after_its_country_is_a_body():
    found = statements("Iran Human Rights, a Norway-based group, said the toll included six children.")
    assert found["the toll included six children."] == ("indirect", "said", "Iran Human Rights")


def test_the_bureau_and_the_agency_after_a_body_named_by_its_acronym():
    found = statements("The FBI said it was investigating. The bureau said it does not encourage paying ransoms.",
                       "The IAEA said Iran had expanded its stockpile. The agency said it could not verify it.")
    assert found["it does not encourage paying ransoms."] == ("indirect", "said", "FBI")
    assert found["it could not verify it."] == ("indirect", "said", "IAEA")
    found = statements("The Food and Drug Administration approved the drug. The agency said it was safe.")
    assert found["it was safe."][2] == "Food and Drug Administration"


def test_a_vox_pop_by_a_given_name_is_not_the_leader_who_shares_it():
    found = statements("Opposition leader Maria Kolesnikova said the vote was rigged.",
                       "“We will come back every night,” said Maria, a 19-year-old student.")
    assert found["the vote was rigged."][2] == "Maria Kolesnikova"
    assert found["We will come back every night,"] == ("direct", "said", "Maria")
