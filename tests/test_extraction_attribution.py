"""Attribution: which phrase speaks for each quote and which sentences are reported speech."""

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


def test_reported_speech_covers_the_whole_sentence_with_the_speaker():
    text, kind, speaker = only(extract("T\n\nPeskov said the Russian military had been in contact with both Baku and Yerevan.\n"))
    assert (text, kind, speaker) == (
        "Peskov said the Russian military had been in contact with both Baku and Yerevan.",
        "indirect",
        "Dmitry Peskov",
    )


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
    assert (kind, speaker) == ("indirect", "Ukrainian Energy Ministry")


def test_according_to_a_document_is_not_a_statement():
    assert extract("T\n\nAccording to the Constitution of Serbia, the territory of Kosovo is part of Serbia.\n").statements == []


def test_adding_that_after_a_quote_is_a_separate_reported_statement():
    article = extract(
        'T\n\n"Our military is working to return the settlement process to the political path," Peskov said, '
        "adding that the basis for talks was the ceasefire agreement brokered by Russia.\n"
    )
    assert by_text(article) == {
        "Our military is working to return the settlement process to the political path,": ("direct", "Dmitry Peskov"),
        "adding that the basis for talks was the ceasefire agreement brokered by Russia.": ("indirect", "Dmitry Peskov"),
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
    assert only(article)[1:] == ("direct", "Azerbaijani Foreign Ministry")


def test_every_statement_text_is_its_body_slice():
    article = extract(
        'T\n\n"A," he said.\n\nPeskov said the talks would continue next week in Geneva as planned.\n\n'
        '"Both sides will continue talks on the delimitation of the border," the spokesman said.\n'
    )
    for statement in article.statements:
        assert article.body[statement.start : statement.end] == statement.text
