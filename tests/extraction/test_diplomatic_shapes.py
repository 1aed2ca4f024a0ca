"""Common shapes of diplomatic news the rules missed (issue 16): one invented sentence each, never a copy of a
gold page."""

from statements.extraction.countries import countries_in, country_of
from tests.extraction_helpers import extract, paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Talks on the border resume", *paragraphs)


def test_one_abstract_noun_after_call_for_urge_or_condemn_is_a_statement():
    found = statements(
        "Qatar urged restraint.",
        "Egypt called for calm.",
        "France called for de-escalation.",
        "Spain denied this.",
        "The Jordanian minister urged him.",
    )
    assert found["restraint."] == ("indirect", "urged", "Qatar")
    assert found["calm."] == ("indirect", "called for", "Egypt")
    assert found["de-escalation."] == ("indirect", "called for", "France")
    assert set(found) == {"restraint.", "calm.", "de-escalation."}  # not "this", not "him"


def test_a_short_object_of_a_second_speech_act_is_a_statement_but_not_an_infinitive():
    found = statements("Germany urged calm and called for dialogue.", "Italy condemned the raid and demanded to speak.")
    assert found["dialogue."] == ("indirect", "called for", "Germany")
    assert "to speak." not in found


def test_a_relaying_outlet_is_no_part_of_the_second_act_either():
    found = statements("The Armenian minister warned that the talks were stalled, saying more troops were needed, "
                       "Reuters reported.")
    assert found["more troops were needed"][1] == "saying"
    assert found["the talks were stalled"][1] == "warned"


def test_its_ministry_is_the_ministry_of_the_state_or_body_the_sentence_before_names():
    found = statements(
        "Oman has mediated between the sides. Its foreign ministry said in a statement that dialogue was the only way.",
        "The UN said aid was blocked. Its spokesman, Stephane Dujarric, said trucks were waiting at the crossing.",
    )
    assert found["dialogue was the only way."][2] == "Omani Foreign Ministry"
    assert found["trucks were waiting at the crossing."][2] == "Stéphane Dujarric"


def test_its_does_not_reach_back_past_the_sentence_before():
    found = statements(
        "The Kremlin said on Tuesday that the talks had been useful.",
        "Fighting went on in the north overnight. Shelling hit two villages. Its spokesman said a new round of "
        "talks was possible.",
    )
    assert found["a new round of talks was possible."][2] not in ("Kremlin", "Dmitry Peskov")


def test_the_demonym_of_one_person_is_that_person_and_of_a_people_the_state():
    found = statements(
        "Olena Kovalenko, a 45-year-old teacher, fled Kharkiv in March.",
        "“We lost everything, they burnt our houses and all our belongings,” the Ukrainian told Al Jazeera.",
        "The British said the deal was done.",
    )
    assert found["We lost everything, they burnt our houses and all our belongings,"][2] == "Olena Kovalenko"
    assert found["the deal was done."][2] != "Olena Kovalenko"


def test_the_countries_of_south_asia_west_africa_and_the_americas_are_known_with_their_adjectives():
    assert countries_in("Ghana, Senegal and Nepal") == ["Ghana", "Senegal", "Nepal"]
    assert [country_of(word) for word in ("Omani", "Malaysian", "Peruvian", "Ivorian", "Muscat")] == [
        "Oman", "Malaysia", "Peru", "Ivory Coast", "Oman"]


def test_people_familiar_with_the_matter_keep_their_description():
    found = statements("Two people familiar with the matter told Reuters that Washington was weighing new sanctions.")
    assert found["Washington was weighing new sanctions."][2] == "people familiar with the matter"


def test_states_described_by_their_region_are_no_person():
    found = statements(
        "The Baltic states said they would expel the diplomats.",
        "Arab states condemned the raid on the mosque.",
        "Poland and the Baltic states called for more air defence systems for Ukraine.",
    )
    assert found["they would expel the diplomats."][2] == "Baltic states"
    assert found["the raid on the mosque."][2] == "Arab states"
    assert found["more air defence systems for Ukraine."][2] == "Poland"  # the first of conjoined speakers


def test_mediators_and_envoys_are_unnamed_sources_of_a_closing_frame():
    found = statements("Talks on a ceasefire stalled on Tuesday, mediators said.",
                       "The two sides were close to a deal on prisoners, envoys told reporters.")
    assert found["Talks on a ceasefire stalled on Tuesday"] == ("indirect", "said", "mediators")
    assert found["The two sides were close to a deal on prisoners"][2] == "envoys"


def test_a_broadcaster_named_by_its_number_or_after_its_noun_is_no_person():
    found = statements(
        "According to Israel's Channel 12, the security cabinet will meet on Wednesday.",
        "According to the Israeli broadcaster Kan, the vote was delayed.",
    )
    assert found["the security cabinet will meet on Wednesday."][2] == "Channel 12"
    assert found["the vote was delayed."][2] == "Kan"


def test_quoted_by_an_outlet_as_saying_is_the_person_quoted():
    found = statements("Chinese Foreign Minister Wang Yi was quoted by Xinhua as saying that all parties should "
                       "exercise restraint.")
    assert found["all parties should exercise restraint."][1:] == ("saying", "Wang Yi")


def test_state_media_described_before_their_name_are_that_outlet():
    found = statements(
        "The talks would resume next week, the state-run Xinhua news agency said.",
        "The semi-official Tasnim news agency reported that the ship was seized.",
        "The drills would push the peninsula to the brink of war, the official Korean Central News Agency said.",
    )
    assert found["The talks would resume next week"][2] == "Xinhua"
    assert found["the ship was seized."] == ("indirect", "reported", "Tasnim")
    assert found["The drills would push the peninsula to the brink of war"][2] == "Korean Central News Agency"


def test_how_an_unnamed_source_spoke_after_the_frame_is_no_statement():
    found = statements(
        "The talks will resume next week, a diplomat said, declining to be named.",
        "The convoy was hit twice, a senior official said, speaking on condition of anonymity.",
        "The border will reopen on Friday, the Jordanian foreign ministry said, without elaborating.",
    )
    assert found["The talks will resume next week"][1:] == ("said", "diplomat")
    assert found["The convoy was hit twice"][2] == "senior official"
    assert found["The border will reopen on Friday"][1] == "said"
    assert not any(text.startswith(("declining", "speaking", "without")) for text in found)


def test_according_to_an_owners_body_or_a_daily_by_its_name():
    found = statements(
        "According to Ukraine's air force, 98 drones were shot down overnight.",
        "According to Serbian daily Vecernje Novosti, around 300 officers were sent to the area.",
    )
    assert found["98 drones were shot down overnight."][2] == "Ukraine's air force"
    assert found["around 300 officers were sent to the area."][2] == "Vecernje Novosti"


def test_one_of_the_sources_is_described_whole_and_a_name_in_apposition_says_who():
    found = statements(
        "Two sources told Reuters that Egypt had made a proposal. One of the sources said Hamas had responded "
        "positively.",
        "One of the leaders of Hamas, Khalil al-Hayya, said the group would not disarm.",
    )
    assert found["Hamas had responded positively."][2] == "one of the sources"
    assert found["the group would not disarm."][2] == "Khalil al-Hayya"


def test_people_of_a_kind_in_a_town_are_no_person_nor_the_state():
    found = statements(
        "Local residents in the town of Zvecan said police had set up checkpoints.",
        "Protesters in the city of Tbilisi said they would return on Monday.",
    )
    assert found["police had set up checkpoints."][2] == "local residents in the town of Zvecan"
    assert found["they would return on Monday."][2] == "protesters in the city of Tbilisi"


def test_a_relaying_outlet_after_a_naming_cue_is_no_part_of_the_statement():
    found = statements(
        "Peskov called the talks “useful”, TASS reported.",
        "Foreign ministry spokesman Esmaeil Baghaei called the strikes “a flagrant violation of international "
        "law,” Iranian state media reported.",
    )
    assert found["the talks “useful”"][1:] == ("called", "Dmitry Peskov")
    assert found["the strikes “a flagrant violation of international law,”"][2] == "Esmaeil Baghaei"


def test_denounced_is_a_cue_and_the_bloc_is_the_bloc_named_last():
    found = statements(
        "Foreign Minister Andrii Sybiha denounced the strike as a war crime.",
        "The African Union met in Addis Ababa on Monday. Talks will resume in March, the bloc said.",
    )
    assert found["the strike as a war crime."][1:] == ("denounced", "Andrii Sybiha")
    assert found["Talks will resume in March"][2] == "African Union"


def test_a_frame_relayed_by_according_to_keeps_its_own_source():
    found = statements(
        "The army fired first, the Armenian defence ministry said, according to TASS.",
        "Russia fired 40 missiles overnight, according to Ukraine's air force.",
    )
    assert found["The army fired first"][1] == "said"
    assert found["Russia fired 40 missiles overnight"][2] == "Ukraine's air force"


def test_a_setting_between_the_cue_and_that_is_no_part_of_the_content():
    found = statements(
        "The China Coast Guard said in a statement posted on its WeChat account that the boat had ignored warnings.",
        "Foreign Minister Yvan Gil said on state television that decades of interference had destroyed institutions.",
        "According to a military official, who declined to be named, the vessels came within 10 metres of the boat.",
    )
    assert "the boat had ignored warnings." in found
    assert "decades of interference had destroyed institutions." in found
    assert found["the vessels came within 10 metres of the boat."][2] == "military official"


def test_a_role_with_its_holder_named_in_apposition_is_that_person():
    found = statements(
        "A spokesperson for the mission, Jack Ombaka, told reporters that officers had repelled two attacks.",
        "A spokesman for the group, Abu Ali al-Askari, said the weapons were a red line.",
        "A spokesman for the coalition, Central Command, said the strikes had ended.",
    )
    assert found["officers had repelled two attacks."][2] == "Jack Ombaka"
    assert found["the weapons were a red line."][2] == "Abu Ali al-Askari"
    assert found["the strikes had ended."][2] != "Central Command"  # no person


def test_a_frame_inside_a_short_clause_keeps_the_clause_whole():
    found = statements(
        "The deal, Lavrov told reporters, was dead.",
        "The attack, Zelenskiy said in his nightly video address, was pure terror against civilians.",
    )
    assert found["The deal, Lavrov told reporters, was dead."][2] == "Sergei Lavrov"
    assert "The attack, Zelenskiy said in his nightly video address, was pure terror against civilians." in found


def test_but_would_not_ends_the_content_only_before_what_the_speaker_would_not_say():
    found = statements(
        "Pakistani Prime Minister Shehbaz Sharif said the country wanted peace but would not bow to threats.",
        "The Indian envoy said the deal was close but would not give details.",
    )
    assert "the country wanted peace but would not bow to threats." in found
    assert "the deal was close" in found


def test_the_second_verb_of_a_clause_about_someone_named_stays_in_that_clause():
    found = statements(
        "In a statement, the Pentagon said Secretary Lloyd Austin had spoken with his Ukrainian counterpart and "
        "reaffirmed Washington’s commitment to Kyiv.",
        "The army said it had killed dozens of militants and accused Hamas of hiding in hospitals.",
    )
    assert found["Secretary Lloyd Austin had spoken with his Ukrainian counterpart and reaffirmed Washington’s "
                 "commitment to Kyiv."][1] == "said"
    assert found["Hamas of hiding in hospitals."][1] == "accused"  # the army's own second act


def test_a_few_words_before_a_quote_with_a_closing_frame_make_one_mixed_statement():
    found = statements(
        "The talks were “constructive,” the White House said in a statement.",
        "Armenia is “ready to sign the treaty,” Pashinyan said.",
        "But “we will not wait forever,” the Armenian foreign minister said.",
    )
    assert found["The talks were “constructive,”"][0] == "mixed"
    assert found["Armenia is “ready to sign the treaty,”"][:2] == ("mixed", "said")
    assert found["we will not wait forever,"][0] == "direct"  # a lone "But" is no content


def test_a_quote_closed_by_a_full_stop_is_not_framed_by_the_next_sentences_own_clause():
    found = statements(
        "Senator Jim Risch said the plan was “a mistake.” Representative Nancy Mace said the cities could wait.",
        "“We are ready.” Mace said in a statement on Monday.",
        "“Who is Ellen Fetter?” Rothman recalls thinking at the time.",
    )
    assert found["the plan was “a mistake.”"][2] == "Jim Risch"
    assert found["the cities could wait."][2] == "Nancy Mace"
    assert found["We are ready."][2] == "Nancy Mace"
    assert found["Who is Ellen Fetter?"][0] == "direct"


def test_the_narrators_gloss_a_citing_tail_and_a_colon_dateline_are_no_content():
    found = statements(
        "Beijing warned that outside forces should not interfere, in an apparent reference to the United States.",
        "Lithuania announced sanctions against Georgian officials, a move Tbilisi described as “unfriendly.”",
        "The Kremlin will not comment on the report, TASS reported, citing a source.",
    )
    assert "outside forces should not interfere" in found
    assert "sanctions against Georgian officials" in found
    assert found["The Kremlin will not comment on the report"][2] == "TASS"
    dated = extract("Envoy summoned\n\nISLAMABAD: Pakistan on Monday summoned the Afghan envoy, the Foreign Office "
                    "said.\n\nThe envoy left.\n")
    assert [s.text for s in dated.statements] == ["Pakistan on Monday summoned the Afghan envoy"]


def test_a_that_inside_an_infinitive_does_not_make_the_closing_frame_a_relay():
    found = statements(
        "Russia has called on Armenia to refrain from steps that could escalate tensions, Zakharova said.",
        "The Navy is moving a carrier to the region, officials said Tuesday, as tensions rose.",
    )
    assert found["Russia has called on Armenia to refrain from steps that could escalate tensions"][2] == \
        "Maria Zakharova"
    assert found["The Navy is moving a carrier to the region"][2] == "officials"


def test_monitors_and_factions_named_whole_and_both_sides_as_written():
    found = statements(
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, said at least 12 people had been "
        "killed.",
        "Kataib Hezbollah, one of the most powerful factions in Iraq, said it would not disarm.",
        "Colombia and the ELN agreed to resume talks, both sides announced in a joint communique.",
        "Prince Faisal said discussions were continuing and declined to give figures.",
    )
    assert found["at least 12 people had been killed."][2] == "Syrian Observatory for Human Rights"
    assert found["it would not disarm."][2] == "Kataib Hezbollah"
    assert found["Colombia and the ELN agreed to resume talks"][2] == "both sides"
    assert "discussions were continuing" in found


def test_a_surname_opened_by_its_arabic_particle_frames_a_quote():
    found = statements(
        "“Our operations will continue,” Al Hassan said in a speech.",
        "“We will strike the ships again,” al-Askari said.",
    )
    assert found["Our operations will continue,"][2] == "Al Hassan"
    assert found["We will strike the ships again,"][2] == "al-Askari"


def test_the_narrators_consequence_after_a_closing_frame_and_a_day():
    found = statements("Military leaders in Niger will not attend the summit, a spokesman said on Thursday, deepening "
                       "a rift in West Africa.")
    assert found["Military leaders in Niger will not attend the summit"][2] == "spokesman"


def test_a_given_name_ending_in_man_and_a_korean_name_ending_in_un_stay_whole():
    found = statements(
        "The president, Abdirahman Mohamed Abdullahi, said talks would resume.",
        "North Korean leader Kim Jong Un oversaw the test. Kim said the weapon would deter any enemy.",
        "The UN’s top political affairs official, Rosemary DiCarlo, said the siege had tightened.",
    )
    assert found["talks would resume."][2] == "Abdirahman Mohamed Abdullahi"
    assert found["the weapon would deter any enemy."][2] == "Kim Jong Un"
    assert found["the siege had tightened."][2] == "Rosemary DiCarlo"
