"""Attribution: which phrase speaks for each quote and which sentences are reported speech."""

import pytest

from tests.extraction_helpers import by_text, extract


def only(article):
    assert len(article.statements) == 1, [s.text for s in article.statements]
    statement = article.statements[0]
    return statement.text, statement.kind, statement.speaker.name if statement.speaker else None


def test_quote_then_name_and_verb():
    assert only(extract('T\n\n"We continue to call on both sides to refrain from dangerous actions," Peskov said.\n'))[1:] == (
        "direct",
        "Dmitry Peskov",
    )


def test_quote_then_verb_then_title_and_name():
    article = extract('T\n\n"We are ready to sign the peace treaty this year," said Foreign Minister Jeyhun Bayramov.\n')
    assert only(article)[1:] == ("direct", "Jeyhun Bayramov")


def test_speaker_and_colon_before_the_quote():
    article = extract('T\n\nPeskov said at a news conference in Moscow: "We hope every time that the meetings will help."\n')
    assert only(article)[1:] == ("direct", "Dmitry Peskov")


def test_told_keeps_the_subject_as_speaker_and_the_agency_as_channel():
    article = extract('T\n\n"The Armenian side has stressed the need for the withdrawal of forces," Grigoryan told TASS.\n')
    assert only(article)[1:] == ("direct", "Armen Grigoryan")


def test_reported_speech_is_the_reported_content_alone():
    article = extract("T\n\nPeskov said the Russian military had been in contact with both Baku and Yerevan.\n")
    text, kind, speaker = only(article)
    assert (text, kind, speaker) == (
        "the Russian military had been in contact with both Baku and Yerevan.",
        "indirect",
        "Dmitry Peskov",
    )
    statement = article.statements[0]
    assert (statement.cue, statement.speaker.mention) == ("said", "Peskov")
    assert statement.sentence == "Peskov said the Russian military had been in contact with both Baku and Yerevan."


def test_clause_then_speaker_and_verb_at_the_end():
    text, kind, speaker = only(extract("T\n\nRussia welcomes all efforts to help resolve the Karabakh issue, Peskov said.\n"))
    assert (kind, speaker) == ("indirect", "Dmitry Peskov")
    assert text.startswith("Russia welcomes")


def test_according_to_a_person_at_the_start():
    assert only(extract("T\n\nAccording to Zakharova, the Russian side continues to make significant contributions.\n"))[1:] == (
        "indirect",
        "Maria Zakharova",
    )


def test_according_to_an_organisation_at_the_end():
    text, kind, speaker = only(
        extract("T\n\nRussia has fired more than 100 missiles at power plants this month, according to Ukraine's energy ministry.\n")
    )
    assert (kind, speaker) == ("indirect", "Ukraine's energy ministry")


def test_according_to_a_document_is_not_a_statement():
    assert extract("T\n\nAccording to the Constitution of Serbia, the territory of Kosovo is part of Serbia.\n").statements == []


def test_adding_that_after_a_quote_is_a_separate_reported_statement():
    article = extract(
        'T\n\n"Our military is working to return the settlement process to the political path," Peskov said, '
        "adding that the basis for talks was the ceasefire agreement brokered by Russia.\n"
    )
    assert by_text(article) == {
        "Our military is working to return the settlement process to the political path,": ("direct", "Dmitry Peskov"),
        "the basis for talks was the ceasefire agreement brokered by Russia.": ("indirect", "Dmitry Peskov"),
    }


def test_this_is_what_x_said_attributes_the_sentence_before():
    article = extract(
        "T\n\nRussia pays special attention to the Armenia-Azerbaijan border. This is what Spokesperson of the "
        "Russian Ministry of Foreign Affairs Maria Zakharova said today, adding the following:\n\n"
        '"Our stance is clear: the border incidents need to be resolved only through politics and diplomacy."\n'
    )
    assert by_text(article) == {
        "Russia pays special attention to the Armenia-Azerbaijan border.": ("indirect", "Maria Zakharova"),
        "Our stance is clear: the border incidents need to be resolved only through politics and diplomacy.": (
            "direct",
            "Maria Zakharova",
        ),
    }


def test_an_apposition_between_subject_and_verb_does_not_steal_attribution():
    text, kind, speaker = only(
        extract("T\n\nSir Ed Davey, who replaced Tim Farron as leader in 2019, said the government was right to act.\n")
    )
    assert speaker == "Ed Davey"
    assert only(extract("T\n\nArmenia, Russia's formal ally, denied having forces in the area at all.\n"))[2] == "Armenia"


def test_time_phrase_between_subject_and_verb():
    assert only(extract("T\n\nThe Kremlin on Tuesday called for calm in the region after the fighting there.\n"))[2] == "Kremlin"


def test_pronoun_after_a_named_speaker():
    article = extract(
        'T\n\nKremlin spokesman Dmitry Peskov spoke to reporters on Monday about the peacekeepers in the region.\n\n'
        '"No one can blame the peacekeepers for doing something wrong," he added.\n'
    )
    assert by_text(article)["No one can blame the peacekeepers for doing something wrong,"] == ("direct", "Dmitry Peskov")


def test_she_resolves_to_the_female_speaker():
    article = extract(
        'T\n\nLavrov said Russia was ready for talks with the West on security.\n\n'
        'Russian Foreign Ministry spokeswoman Maria Zakharova said the West was not serious about them.\n\n'
        '"They only want to buy time for rearmament," she told a briefing.\n'
    )
    assert by_text(article)["They only want to buy time for rearmament,"] == ("direct", "Maria Zakharova")


def test_role_descriptor_refers_back_to_the_named_speaker():
    article = extract(
        "T\n\nKremlin spokesman Dmitry Peskov said on Monday that Russia expects the meetings to help.\n\n"
        'The Kremlin spokesman rejected the claim that Russia is responsible for the recent tensions in the region.\n\n'
        '"No one can blame the peacekeepers for doing their job properly," the official said.\n'
    )
    assert {speaker for _, speaker in by_text(article).values()} == {"Dmitry Peskov"}


def test_participle_cue_takes_the_subject_of_the_main_clause():
    article = extract(
        "T\n\nPutin telephoned Aliyev and Pashinyan on Wednesday, stressing “the need to solve issues aimed at "
        "ensuring security and stability in the region.”\n"
    )
    assert by_text(article) == {
        "the need to solve issues aimed at ensuring security and stability in the region.": ("direct", "Vladimir Putin")
    }


def test_narration_reciprocal_accusations_and_passives_are_not_statements():
    article = extract(
        "T\n\nRelations between the two countries have been tense since 1991.\n\n"
        "Baku and Yerevan accused each other of opening fire on border settlements.\n\n"
        "It was announced that the border would be closed for a week.\n\n"
        "Kirby declined to say when the next package would be announced.\n"
    )
    assert article.statements == []


def test_metonymy_capital_speaks_for_its_government():
    assert only(extract("T\n\nMoscow rejects that, saying its troops had no mandate to intervene.\n"))[2] == "Russia"
    assert only(extract("T\n\nTehran said the sanctions were illegal and would not change its course.\n"))[2] == "Iran"


def test_statement_from_an_organisation():
    article = extract(
        'T\n\nThe ministers will meet under the "initiative and participation of US Secretary of State Antony Blinken," '
        "a statement from the Azerbaijani Foreign Ministry noted.\n"
    )
    assert only(article) == (
        'The ministers will meet under the "initiative and participation of US Secretary of State Antony Blinken,"',
        "mixed",
        "Azerbaijani Foreign Ministry",
    )


def test_every_statement_text_is_its_body_slice():
    article = extract(
        'T\n\n"A," he said.\n\nPeskov said the talks would continue next week in Geneva as planned.\n\n'
        '"Both sides will continue talks on the delimitation of the border," the spokesman said.\n'
    )
    for statement in article.statements:
        assert article.body[statement.start : statement.end] == statement.text


# -- patterns added for unseen wire copy (round 2) -----------------------------------------------------


def test_a_participle_apposition_with_a_time_phrase_does_not_steal_the_subject():
    article = extract(
        "T\n\nZelenskiy, speaking at the United Nations in New York on Tuesday, accused Russia of weaponising food.\n"
    )
    assert only(article)[2] == "Volodymyr Zelensky"


def test_a_relative_clause_with_a_date_does_not_name_the_speaker():
    article = extract(
        "T\n\nThe Rapid Support Forces (RSF) are fighting in Darfur.\n\n"
        "The RSF, which has been fighting the army since April 2023, denied targeting civilians in the city.\n"
    )
    assert only(article)[2] == "Rapid Support Forces"


def test_an_unnamed_source_with_a_post_modifier():
    article = extract("T\n\nAn Egyptian official briefed on the talks said mediators were trying to bridge the gaps.\n")
    assert (only(article)[2], article.statements[0].speaker.kind) in (
        ("Egyptian official", "unnamed"), ("Egyptian official briefed on the talks", "unnamed"))


def test_a_surname_takes_the_full_name_the_article_gave_earlier():
    article = extract(
        "T\n\nFidan met his Hungarian counterpart Peter Szijjarto in Ankara on Wednesday.\n\n"
        "Szijjarto, for his part, said Hungary supports a quick ceasefire and the release of all hostages.\n"
    )
    assert only(article)[2] == "Péter Szijjártó"


def test_rank_titles_and_name_particles():
    article = extract(
        "T\n\nSudan's army chief, Gen Abdel Fattah al-Burhan, has vowed to fight on until the end.\n\n"
        '"We will not negotiate with those who destroyed the country," he told troops.\n'
    )
    assert {speaker for _, speaker in by_text(article).values()} == {"Abdel Fattah al-Burhan"}


def test_called_x_quote_is_reported_speech_of_the_subject():
    article = extract(
        'T\n\nForeign Minister Andrii Sybiha called the overnight attack "a demonstrative spit in the face" of peace efforts.\n'
    )
    assert only(article) == ('the overnight attack "a demonstrative spit in the face" of peace efforts.', "mixed", "Andrii Sybiha")


def test_what_x_called_is_the_narrators_clause():
    article = extract(
        'T\n\nAliyev declined to attend because of what his office called a "pro-Armenian" stance by France and Germany.\n'
    )
    assert article.statements == []


def test_agency_quoted_a_person_as_saying():
    article = extract(
        "T\n\nDeputy Foreign Minister Sergey Ryabkov spoke to RIA Novosti on Thursday.\n\n"
        'RIA Novosti quoted him as saying that "the US continues to pursue a hostile line, and no dialogue is possible."\n'
    )
    assert only(article)[1:] == ("direct", "Sergei Ryabkov")


def test_short_quoted_sentence_continues_the_speaker():
    article = extract(
        'T\n\n"We still believe that a deal is possible," Kirby told reporters aboard Air Force One. "Nobody’s giving up."\n'
    )
    assert by_text(article)["Nobody’s giving up."] == ("direct", "Kirby")


def test_participle_saying_after_a_non_speech_verb():
    article = extract(
        'T\n\nChina launched military drills around Taiwan on Thursday, saying they were a "strong punishment" for separatists.\n'
    )
    assert only(article) == ('they were a "strong punishment" for separatists.', "mixed", "China")


def test_according_to_a_source_quoted_by_a_newspaper():
    article = extract(
        "T\n\nAccording to an Egyptian official quoted by the Wall Street Journal, Hamas was expected to accept the framework.\n"
    )
    assert (only(article)[2], article.statements[0].speaker.kind) in (
        ("Egyptian official", "unnamed"), ("Egyptian official briefed on the talks", "unnamed"))


def test_but_x_insists_is_a_second_statement_with_its_own_speaker():
    article = extract(
        "T\n\nPashinian says Yerevan and Baku have finalized the text of a treaty, but Azerbaijan insists the agreement "
        "cannot be signed until Armenia changes its constitution.\n"
    )
    assert sorted(speaker for _, speaker in by_text(article).values()) == ["Azerbaijan", "Nikol Pashinyan"]


def test_readout_spoke_with_to_urge():
    article = extract(
        "T\n\nSecretary of State Antony J. Blinken spoke today with President Ilham Aliyev to urge Azerbaijan to cease "
        "military actions.\n"
    )
    assert only(article)[1:] == ("indirect", "Antony Blinken")


def test_this_was_stated_by_attributes_the_paragraph_before():
    article = extract(
        "T\n\nRussia must feel the consequences of every strike on Ukrainian cities, and partners must hurry.\n\n"
        "This was stated by President of Ukraine Volodymyr Zelensky in his evening video address.\n"
    )
    assert only(article)[1:] == ("indirect", "Volodymyr Zelensky")


def test_interview_transcript_answers_are_direct_statements_questions_are_not():
    article = extract(
        "T\n\nSerbian President Aleksandar Vučić spoke to Euronews in Belgrade.\n\n"
        "Euronews: The United States says you have deployed troops. Are you preparing to intervene?\n\n"
        "Aleksandar Vučić: No. That is absolutely untrue. Serbia wants peace.\n\n"
        "Euronews: Will Serbia ever recognise Kosovo?\n\n"
        "Aleksandar Vučić: Never. We will continue the dialogue in Brussels.\n"
    )
    assert by_text(article) == {
        "No. That is absolutely untrue. Serbia wants peace.": ("direct", "Aleksandar Vučić"),
        "Never. We will continue the dialogue in Brussels.": ("direct", "Aleksandar Vučić"),
    }


def test_his_spokesman_is_named_in_the_next_paragraph():
    article = extract(
        "T\n\nUN chief Antonio Guterres spoke by phone with both prime ministers on Tuesday, his spokesman said.\n\n"
        '"The secretary-general stressed the need to avoid a confrontation," spokesman Stephane Dujarric told reporters.\n'
    )
    assert {speaker for _, speaker in by_text(article).values()} == {"Stéphane Dujarric"}


def test_analysts_in_a_capital_are_not_its_government():
    article = extract("T\n\nAnalysts in Islamabad said the risk of miscalculation was high this week.\n")
    assert (only(article)[2], article.statements[0].speaker.kind) == ("analysts in Islamabad", "unnamed")


def test_the_forum_is_the_forum_named_before():
    article = extract(
        "T\n\nThe remarks drew an angry response from the Hostages and Missing Families Forum.\n\n"
        '"Netanyahu is once again choosing to torpedo a deal," the forum said in a statement.\n'
    )
    assert only(article)[2] == "Hostages and Missing Families Forum"


def test_listed_countries_speak_together():
    article = extract("T\n\nThe United States, France and Britain condemned the offensive at the Security Council.\n")
    assert only(article)[2] == "United States, France and Britain"


def test_a_bracketed_acronym_inside_an_apposition_keeps_the_named_subject():
    article = extract(
        "T\n\nEdem Wosornu, Director of Operations at the UN Office for the Coordination of Humanitarian Affairs "
        "(OCHA), said some 25 million people needed assistance.\n"
    )
    assert only(article)[1:] == ("indirect", "Edem Wosornu")


def test_a_bracketed_aside_that_is_not_an_acronym_still_ends_the_subject_search():
    article = extract(
        "T\n\nResidents who fled to the town of Tawila, about 60km (40 miles) west of El Fasher, described walking for days.\n"
    )
    assert [s.speaker.name for s in article.statements if s.speaker] != ["Tawila"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("According to sources familiar with the talks, the draft includes commitments on the border.",
         "sources familiar with the talks"),
        ("The next round will be held in India in 2025, according to officials familiar with the matter.",
         "officials familiar with the matter"),
    ],
)
def test_unnamed_sources_keep_their_postmodifier(sentence, speaker):
    article = extract(f"T\n\n{sentence}\n")
    text, kind, name = only(article)
    assert (kind, name, article.statements[0].speaker.kind) == ("indirect", speaker, "unnamed")
    assert text in sentence and speaker not in text and "according" not in text.lower()


def test_a_quote_after_but_that_belongs_to_the_verb_that_opened_the_clause():
    article = extract(
        "T\n\nHikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said on X that Baku welcomed "
        "“the positive momentum” but that “the real test will be whether Armenia’s constitution changes.”\n"
    )
    assert by_text(article) == {
        "Baku welcomed “the positive momentum” but that “the real test will be whether Armenia’s constitution changes.”":
            ("mixed", "Hikmet Hajiyev"),
    }


def test_a_paragraph_announced_by_said_colon_is_a_block_quote():
    article = extract(
        "T\n\nSpeaking on arrival at a meeting of EU foreign ministers in Brussels, Kaja Kallas said:\n\n"
        "If Russia really wanted peace, it would stop bombing Ukrainian cities today. Instead we see more attacks.\n\n"
        "Here is what Dmitry Peskov told reporters on a daily call:\n\n"
        "We see attempts to give the Kyiv regime a respite. This cannot be the basis for a settlement.\n"
    )
    assert by_text(article) == {
        "If Russia really wanted peace, it would stop bombing Ukrainian cities today. Instead we see more attacks.":
            ("direct", "Kaja Kallas"),
        "We see attempts to give the Kyiv regime a respite. This cannot be the basis for a settlement.":
            ("direct", "Dmitry Peskov"),
    }


def test_a_colon_before_a_narrative_heading_is_not_a_block_quote():
    article = extract("T\n\nKaja Kallas said:\n\nKey events\n\nThe ministers met in Brussels on Monday.\n")
    assert all(s.kind != "direct" for s in article.statements)


def test_a_day_after_clause_has_its_own_speaker():
    article = extract(
        "T\n\nRussia on Thursday accused Armenia's leadership of deliberately destroying relations with Moscow, a day "
        "after Prime Minister Nikol Pashinyan said his country had frozen its participation in the CSTO.\n"
    )
    assert by_text(article) == {
        "Armenia's leadership of deliberately destroying relations with Moscow": ("indirect", "Russia"),
        "his country had frozen its participation in the CSTO.": ("indirect", "Nikol Pashinyan"),
    }


def test_a_role_with_a_complement_speaks_rather_than_the_complement():
    article = extract("T\n\nA senior official in the terror group told Al Jazeera that it would study the text.\n")
    assert (only(article)[2], article.statements[0].speaker.kind) == ("senior official in the terror group", "unnamed")


def test_an_owned_organisation_keeps_its_lower_case_modifiers():
    article = extract("T\n\nVenezuela's electoral council said more than 10.5 million votes had been cast.\n")
    assert only(article)[2] == "Venezuela's electoral council"


def test_a_person_named_in_narration_is_the_antecedent_of_he():
    article = extract(
        "T\n\n\"We are not going anywhere,\" Pashinyan said.\n\n"
        "Kremlin spokesman Dmitry Peskov struck a softer tone. Armenia remained Russia's ally, he told reporters, "
        "and Moscow would keep working with Yerevan \"within all the integration formats.\"\n"
    )
    assert by_text(article)['Moscow would keep working with Yerevan "within all the integration formats."'] == (
        "mixed", "Dmitry Peskov")


def test_a_definite_descriptor_opening_the_article_is_the_person_named_next():
    article = extract(
        "T\n\nThe UN’s top political affairs official on Tuesday urged the Security Council to act to stop the fighting.\n\n"
        "Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs, told ambassadors that "
        "the siege had intensified.\n"
    )
    assert {speaker for _, speaker in by_text(article).values()} == {"Rosemary DiCarlo"}


@pytest.mark.parametrize(
    "sentence, content",
    [
        ("Opposition leader Jairam Ramesh asked whether India had accepted buffer zones on its own territory.",
         "India had accepted buffer zones on its own territory."),
        ("Itamar Ben Gvir slammed the deal as a historic mistake that would not bring residents home.",
         "the deal as a historic mistake that would not bring residents home."),
        ("Venezuelan President Nicolas Maduro hailed Sunday's vote as an overwhelming victory for the country.",
         "Sunday's vote as an overwhelming victory for the country."),
        ("Volodymyr Zelenskyy has again ruled out ceding territory to Russia in exchange for a ceasefire.",
         "ceding territory to Russia in exchange for a ceasefire."),
        ("China's foreign ministry maintained that it was ready to work with India on the boundary issue.",
         "it was ready to work with India on the boundary issue."),
    ],
)
def test_more_speech_verbs(sentence, content):
    assert only(extract(f"T\n\n{sentence}\n"))[:2] == (content, "indirect")


def test_a_complete_clause_before_and_that_and_a_partial_quote_is_reported_speech_of_its_own():
    article = extract(
        "T\n\nIndian diplomat Bhavika Mangalanandan said Pakistan had long used cross-border terrorism as a weapon "
        "and that “India's territorial integrity is not up for discussion.”\n"
    )
    assert by_text(article) == {
        "Pakistan had long used cross-border terrorism as a weapon and that “India's territorial integrity is not up for "
        "discussion.”": ("mixed", "Bhavika Mangalanandan"),
    }


def test_a_reported_clause_running_into_a_quote_is_one_mixed_statement_and_a_wholly_quoted_one_stays_direct():
    article = extract("T\n\nVucic, speaking to Serbian media, said Kurti “did everything to make sure that there would be no agreement.”\n")
    assert by_text(article) == {
        "Kurti “did everything to make sure that there would be no agreement.”": ("mixed", "Aleksandar Vučić"),
    }
    article = extract("T\n\nVucic said that “there would be no agreement with the government in Pristina this year.”\n")
    assert by_text(article) == {
        "there would be no agreement with the government in Pristina this year.": ("direct", "Aleksandar Vučić"),
    }


def test_listed_reports_speech():
    text, kind, speaker = only(extract(
        "T\n\nGovernment spokesman Patrick Muyaya listed three demands: an immediate ceasefire, the withdrawal of "
        "Rwandan troops and the reopening of Goma airport.\n"
    ))
    assert (kind, speaker) == ("indirect", "Patrick Muyaya") and text.startswith("three demands: an immediate")


def test_a_speaking_participle_after_narration_makes_the_subject_speak():
    text, kind, speaker = only(extract(
        "T\n\nGerman Foreign Minister Annalena Baerbock arrived in Kyiv on Monday on her eighth visit, promising that "
        "Berlin would not waver in its support.\n"
    ))
    assert (text, kind, speaker) == ("Berlin would not waver in its support.", "indirect", "Annalena Baerbock")


def test_the_presidential_aide_is_the_aide_to_the_president_named_before():
    article = extract(
        "T\n\nIn Baku, Hikmet Hajiyev, an aide to President Ilham Aliyev, welcomed the agreement on the border.\n\n"
        "“This is a historic event for both of our countries,” the presidential aide wrote on X.\n"
    )
    assert by_text(article)["This is a historic event for both of our countries,"] == ("direct", "Hikmet Hajiyev")


def test_a_role_split_over_two_appositions_describes_one_person():
    article = extract(
        "T\n\nAzerbaijan will not allow revanchist forces to derail the peace agenda, Assistant to the President, "
        "Head of the Foreign Policy Affairs Department of the Presidential Administration Hikmet Hajiyev said at a "
        "meeting with foreign diplomats in Baku on Monday.\n\n"
        "«We do not have any claims against the territory of Armenia,» the presidential aide stressed.\n"
    )
    assert by_text(article)["We do not have any claims against the territory of Armenia,"] == ("direct", "Hikmet Hajiyev")


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Angolan President Joao Lourenco, the African Union's mediator, who hosted several rounds of talks in Luanda "
         "last year, urged both presidents to return to the negotiating table.", "João Lourenço"),
        ("Corneille Nangaa, who leads the Congo River Alliance, a political-military coalition that includes the M23, "
         "told reporters in Goma that the rebels intended to keep advancing on the capital.", "Corneille Nangaa"),
    ],
)
def test_an_apposition_chain_or_a_relative_clause_does_not_steal_the_attribution(sentence, speaker):
    assert only(extract(f"T\n\n{sentence}\n"))[1:] == ("indirect", speaker)


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The fighting has displaced more than 400,000 people since January, the UN refugee agency said.",
         "UN refugee agency"),
        ("The UN peacekeeping mission MONUSCO said it was gravely concerned by reports of summary executions.",
         "MONUSCO"),
    ],
)
def test_lower_case_modifiers_and_a_trailing_acronym_stay_in_an_organisations_name(sentence, speaker):
    assert only(extract(f"T\n\n{sentence}\n"))[1:] == ("indirect", speaker)


def test_a_generational_suffix_before_a_comma_stays_in_the_speakers_name():
    article = extract(
        "T\n\nPhilippine President Ferdinand Marcos Jr., who has moved closer to Washington since 2022, said Manila "
        "was not in the business of starting wars but would not be intimidated either.\n"
    )
    assert only(article)[1:] == ("indirect", "Ferdinand Marcos Jr.")


def test_a_quoted_word_inside_narration_takes_no_speaker_from_the_verb_after_it():
    article = extract(
        "T\n\nPakistan's Foreign Office spokeswoman Mumtaz Zahra Baloch rejected what she described as “baseless” "
        "Indian claims and said Pakistan remained committed to a peaceful resolution of the dispute.\n"
    )
    assert by_text(article) == {
        "what she described as “baseless” Indian claims": ("mixed", "Mumtaz Zahra Baloch"),
        "Pakistan remained committed to a peaceful resolution of the dispute.": ("indirect", "Mumtaz Zahra Baloch"),
    }


def test_a_main_speech_act_before_a_quote_in_a_relative_clause_is_reported_speech_of_its_own():
    article = extract(
        "T\n\nVucic said he had met the EU envoy.\n\nHe accused Kurti of blocking the formation of the Association of "
        "Serb-majority Municipalities, which he described as \"the only obligation Pristina has, and the one it refuses "
        "to fulfil.\"\n"
    )
    found = by_text(article)
    assert found["Kurti of blocking the formation of the Association of Serb-majority Municipalities"] == (
        "indirect", "Aleksandar Vučić")
    assert found["the only obligation Pristina has, and the one it refuses to fulfil."] == ("direct", "Aleksandar Vučić")


@pytest.mark.parametrize(
    "sentence, prefix",
    [
        ('Peskov said Moscow remained open to a diplomatic solution but that any settlement would have to take into '
         'account "the new realities on the ground", a reference to the annexed regions.',
         "Moscow remained open to a diplomatic solution but that any settlement would have to take into account"),
        ('Mirzoyan added that Yerevan remained committed to a peace deal with Azerbaijan and hoped to finalise the text '
         'of the treaty "in the shortest possible time."',
         "Yerevan remained committed to a peace deal with Azerbaijan and hoped to finalise the text of the treaty"),
    ],
)
def test_a_second_conjunct_running_into_a_quote_makes_the_whole_content_mixed(sentence, prefix):
    found = by_text(extract(f"T\n\n{sentence}\n"))
    assert [(text.startswith(prefix), kind) for text, (kind, _) in found.items()] == [(True, "mixed")]


def test_and_with_a_noun_after_it_is_not_a_second_clause():
    found = by_text(extract(
        "T\n\nMatthew Miller said in a statement that the treaty extends to armed attacks on public vessels, aircraft "
        'and armed forces "anywhere in the South China Sea."\n'
    ))
    assert found == {
        'the treaty extends to armed attacks on public vessels, aircraft and armed forces "anywhere in the South China Sea."':
            ("mixed", "Matthew Miller"),
    }


def test_adding_after_a_closing_attribution_is_a_reported_statement_of_its_own():
    found = by_text(extract(
        "T\n\nUS Ambassador Jeffrey Hovenier criticised the timing. The measure should have been coordinated with "
        "international partners, he said, adding that Washington had asked for a longer transition period.\n"
    ))
    assert found["The measure should have been coordinated with international partners"] == (
        "indirect", "Jeffrey Hovenier")
    assert found["Washington had asked for a longer transition period."] == ("indirect", "Jeffrey Hovenier")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kosovo, a former Serbian province with an ethnic Albanian majority, declared independence in 2008.",
        "Serbs in northern Kosovo protested in Mitrovica on Thursday evening against the new rules.",
    ],
)
def test_verbs_of_speech_used_for_acts_are_not_statements(sentence):
    assert extract(f"T\n\n{sentence}\n").statements == []


def test_the_same_verbs_still_report_speech():
    found = by_text(extract("T\n\nThe ministry declared that the border would stay closed until further notice.\n"))
    assert [kind for kind, _ in found.values()] == ["indirect"]


def test_a_clause_before_a_parenthetical_attribution_and_a_partial_quote_is_reported_speech():
    found = by_text(extract(
        "T\n\nKremlin spokesman Dmitry Peskov struck a softer tone. Armenia remained Russia's ally, he told reporters, "
        'and Moscow would keep working with Yerevan "within all the integration formats."\n'
    ))
    assert found == {
        "Armenia remained Russia's ally": ("indirect", "Dmitry Peskov"),
        'Moscow would keep working with Yerevan "within all the integration formats."': ("mixed", "Dmitry Peskov"),
    }


def test_an_introductory_phrase_before_the_speaker_is_not_a_reported_clause():
    found = by_text(extract(
        'T\n\nSpeaking to Anadolu, Armenian Foreign Ministry spokeswoman Ani Badalyan said the document "was agreed '
        'after long negotiations."\n'
    ))
    assert found == {'the document "was agreed after long negotiations."': ("mixed", "Ani Badalyan")}


def test_a_group_with_lower_case_modifiers_speaks_under_its_whole_name():
    assert only(extract("T\n\nHuman rights groups have warned of a looming humanitarian crisis in the region.\n"))[1:] == (
        "indirect", "Human rights groups")
