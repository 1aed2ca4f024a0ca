"""Pronouns and gender: the classes of wrong "he"/"she" found on the gold sets (docs/extraction.md lists them).
Each test is an invented article of the same shape, never a copy of a gold page."""

from tests.extraction_helpers import extract


def speakers(*paragraphs: str) -> dict[str, tuple[str, str] | None]:
    """statement text → (speaker name, kind), for an article of one paragraph per argument."""
    article = extract("Title of the story\n\n" + "\n\n".join(paragraphs) + "\n")
    return {s.text: (s.speaker.name, s.speaker.kind) if s.speaker else None for s in article.statements}


def test_a_first_name_the_lexicon_is_unsure_of_does_not_turn_she_away():
    # "Sasha" is mostly male in the lexicon: a guess, which must not send "she" past her to nobody
    found = speakers(
        'Sasha Kowal, a researcher at the Pilsen institute, has studied the dishes for years. "They are cheap but '
        'they work," says Kowal.',
        "Peter Horvat, a spokesman for the operator, declined to comment on the plans.",
        'Kowal recently helped design a new receiver. "We will know more in a year," she says.',
    )
    assert found["We will know more in a year,"] == ("Sasha Kowal", "person")


def test_a_name_is_read_in_its_speakers_country():
    # "Nikol" is a woman's name in Bulgaria and a man's in Armenia, whose prime minister the gazetteer knows
    found = speakers(
        "Jeyhun Bayramov arrived in the capital first.",
        "Prime Minister Nikol Pashinyan described the agreement as fair. He also said a referendum could not be "
        "held before 2027.",
    )
    assert found["a referendum could not be held before 2027."][0] == "Nikol Pashinyan"


def test_a_royal_style_gives_the_gender_he_does_not_go_to_a_duchess():
    found = speakers(
        "Peter Horvat thanked the staff of the hospital.",
        "The Duchess of Varnia opened the new wing on Monday.",
        '"It was a proud day for the town," he said.',
    )
    assert found["It was a proud day for the town,"] == ("Peter Horvat", "person")


def test_an_honorific_overrules_the_first_name_lexicon():
    # "Jean" is a man's name to the lexicon; "Ms Blake" says otherwise, and "she" is her
    found = speakers(
        "Jean Blake said the budget was tight this year.",
        "Peter Horvat, the treasurer, agreed with the plan.",
        "Ms Blake then left the room.",
        '"We cannot wait another year," she said.',
    )
    assert found["We cannot wait another year,"] == ("Jean Blake", "person")


def test_mr_and_a_surname_is_not_the_daughter_the_article_named_first():
    found = speakers(
        "Lena Kral, 19, died in the fire at the hostel.",
        "Her family, including her father Tomas and her mother Ida, were not in court.",
        "Mr Kral, who founded the firm in 2001 and now runs a charity, had previously taken the stand. He told the "
        "jury that his daughter had been days away from starting a new job.",
        "Tomas Kral later thanked the police.",
    )
    assert found["his daughter had been days away from starting a new job."][0] == "Tomas Kral"


def test_she_after_an_unnamed_spokeswoman_stays_with_that_source():
    found = speakers(
        "Peter Horvat, the mayor, opened the new bridge on Monday.",
        "A spokeswoman for the Port of Varna said the ships would have to wait. She added that the pilots were on "
        "strike.",
        '"We need two more weeks," she said.',
    )
    source = ("spokeswoman for the Port of Varna", "unnamed")
    assert found["the ships would have to wait."] == source
    assert found["the pilots were on strike."] == source
    assert found["We need two more weeks,"] == source


def test_she_does_not_go_to_the_last_named_man():
    found = speakers(
        "Councilwoman Dana Lopez opened the hearing on the new depot.",
        "Martin Sedlak, the contractor, answered questions for an hour.",
        '"We were promised a timetable and we still do not have one," she said.',
    )
    assert found["We were promised a timetable and we still do not have one,"] == ("Dana Lopez", "person")


def test_without_the_lexicon_package_names_give_no_gender_and_extraction_still_works(monkeypatch):
    from statements.extraction import genders

    genders.pronoun_gender.cache_clear()
    monkeypatch.setattr(genders, "_detector", lambda: None)  # gender-guesser not installed
    try:
        assert genders.pronoun_gender("Peter") == ""
        found = speakers("Ms Dana Lopez opened the hearing.", '"We need a timetable," she said.')
        assert found["We need a timetable,"] == ("Dana Lopez", "person")  # the honorific still tells
    finally:
        genders.pronoun_gender.cache_clear()


def test_a_person_named_in_the_possessive_before_a_pronoun_subject_is_its_antecedent():
    found = speakers(
        "Mira Sadek, 25, has a son in the ward.",
        "Lina Haddad, a doctor at the hospital, said some families could not reach it. \u201cThe roads are closed "
        "most days,\u201d she said.",
        "In Sadek\u2019s case, she decided to stay near her child. \u201cI am afraid of losing him,\u201d she "
        "continued.",
    )
    assert found["I am afraid of losing him,"] == ("Mira Sadek", "person")


def test_a_person_named_in_a_pair_is_still_she_afterwards():
    found = speakers(
        "Senator Tomas Kral and Governor Dana Lopez won their primaries on Tuesday.",
        "Lopez has won five states. She is appearing in Varna tonight.",
        '"What a night," she said.',
    )
    assert found["What a night,"] == ("Dana Lopez", "person")


def test_a_subject_with_a_description_before_a_progressive_verb_is_the_next_he():
    found = speakers(
        "Dana Lopez won the primary in her home state.",
        "Tomas Kral, celebrating a victory in the primary in his home state of Varna, is planning a tour of the "
        "south.",
        "And he vowed to take the fight to every state that has not yet voted.",
    )
    assert found["to take the fight to every state that has not yet voted."] == ("Tomas Kral", "person")


# -- classes from the PolNeAR dev sample (election news) ------------------------------------------------------


def test_a_voter_introduced_with_an_age_and_a_relative_clause_speaks_and_is_the_next_he():
    # the age is a second apposition: without it skipped, "says" found no subject and the later "he said" went
    # to the candidate the voter talks about
    found = speakers(
        "Senator Tomas Kral has gained ground in the state since January, the poll found.",
        "Milan Dvorak, 61, who farms near Varna, says he knew little about Kral before he entered the race, but now "
        "Dvorak will vote for him in March.",
        "\u201cHe talks about the things that matter to us,\u201d he said.",
    )
    assert found["he knew little about Kral before he entered the race, but now Dvorak will vote for him in "
                 "March."] == ("Milan Dvorak", "person")
    assert found["He talks about the things that matter to us,"] == ("Milan Dvorak", "person")


def test_a_title_and_a_lone_surname_are_a_person_for_the_next_he():
    # "Judge Kowalczyk" gives no first name: the title makes the surname a person, not the lawyer named before
    found = speakers(
        "Tomas Brandt, the defence lawyer, argued for an hour. \u201cHe has suffered enough,\u201d Brandt said.",
        "Judge Kowalczyk took a short recess.",
        "When he returned he began by saying, \u201cI do not think a prison term is necessary.\u201d",
    )
    assert found["I do not think a prison term is necessary."] == ("Kowalczyk", "person")


def test_a_subject_named_after_the_paragraphs_statement_speaks_its_unframed_quote():
    # the aside ", however," no longer hides the subject, and the quote is his, not the judge's before him
    found = speakers(
        "Tomas Brandt, the defence lawyer, argued for an hour.",
        "Judge Kowalczyk took a short recess. When he returned he began by saying, \u201cI do not think a prison "
        "term is necessary.\u201d The room went quiet. Brandt, however, could not hide his delight. He turned to "
        "the bench, his eyes shining, as if to say, \u201cDid you see what I did there?\u201d",
    )
    assert found["I do not think a prison term is necessary."] == ("Kowalczyk", "person")
    assert found["Did you see what I did there?"] == ("Tomas Brandt", "person")


def test_he_after_a_fronted_clause_is_the_person_that_clause_names():
    # the narrator's "I" is the clause's subject, so "he" is the person it names, not the judge named last
    found = speakers(
        "Tomas Brandt, the defence lawyer, argued for an hour.",
        "Judge Kowalczyk took a short recess and later handed down the sentence.",
        "Later, when I wrote to Brandt to thank him for his work, he replied, \u201cThis was one of my finest "
        "days in court.\u201d",
    )
    assert found["This was one of my finest days in court."] == ("Tomas Brandt", "person")


def test_a_lone_surname_before_a_relative_clause_is_the_sentences_subject_for_the_next_he():
    # live-blog shape: the section's subject is named by surname alone, with a relative clause before its verb
    found = speakers(
        "Tomas Kral is celebrating his victories in the south tonight.",
        "Kral won Varna and Pilsen. Milan Dvorak has captured Brno.",
        "Kral, who has a large lead in delegates, mocked Ivo Prchal for a poor night because he did not win a "
        "single state.",
        "And he said that the governor\u2019s new slogan was a weak one.",
    )
    assert found["the governor\u2019s new slogan was a weak one."] == ("Tomas Kral", "person")


def test_a_subject_before_a_present_tense_verb_no_list_holds_is_the_next_he():
    # "departs" is in no verb list: the president stays unnoted and "he warned" went to the aide quoted before
    found = speakers(
        "President Tomas Kral has been criticised for telling voters in Varna that the treaty would cost jobs.",
        "In a statement, his senior adviser, Milan Dvorak, said: \u201cThe president stands by every word.\u201d",
        "Kral departs the capital for Pilsen today, where crowds are expected at the station.",
        "Asked about a trade deal he warned: \u201cIt is not going to happen any time soon, because our focus "
        "is elsewhere.\u201d",
    )
    assert found["It is not going to happen any time soon, because our focus is elsewhere."][0] == "Tomas Kral"


def test_two_people_of_one_family_stay_apart_and_a_bare_surname_picks_between_them():
    found = speakers(
        "Senator Dana Lopez won the primary in Varna on Tuesday.",
        "Her husband, former Governor Carlos Lopez, greeted voters inside a polling station in Pilsen.",
        "Carlos Lopez spoke with voters outside the station. At one point a woman asked for a photo and Lopez "
        "said, \u201cas long as we are not breaking any election rules.\u201d",
        "Carlos Lopez said later that the turnout had been strong.",
        "In her victory speech, Lopez said the state had chosen change.",
    )
    # named in full in the same paragraph: the husband; a full name is never merged into his wife's
    assert found["as long as we are not breaking any election rules."] == ("Carlos Lopez", "person")
    assert found["the turnout had been strong."] == ("Carlos Lopez", "person")
    # a bare surname elsewhere is the family member the article introduced first
    assert found["the state had chosen change."] == ("Dana Lopez", "person")


def test_saying_after_a_fronted_clause_with_a_cue_is_the_main_clauses_subject():
    # "asked if" is a cue of the fronted clause: the participle's subject is "he", who declined, not the asker
    found = speakers(
        "\u201cThat conversation I will never share,\u201d Tomas Kral added.",
        "When Milan Dvorak asked if he could describe the questions, he declined, saying \u201cI am not comfortable "
        "with sharing that.\u201d",
    )
    assert found["I am not comfortable with sharing that."] == ("Tomas Kral", "person")


def test_who_after_words_that_follow_the_comma_is_not_the_name_before_the_comma():
    # "64 percent who say": the relative pronoun's antecedent is the share of voters, never the candidate
    found = speakers(
        "Senator Dana Lopez is gaining on her rival in the state.",
        "Seventy percent of registered voters say they have a favorable view of Tomas Kral, compared with 61 "
        "percent who say the same of Lopez.",
    )
    assert not any(speaker == ("Tomas Kral", "person") and "the same of Lopez" in text
                   for text, speaker in found.items())


def test_a_party_label_before_a_name_is_a_role_not_part_of_the_name():
    found = speakers(
        "Democrat Dana Lopez has earned her third win of the night, this time in Varna.",
        "Republican Tomas Kral said the result changed nothing.",
        "Lopez said the state had chosen change.",
    )
    assert found["the result changed nothing."] == ("Tomas Kral", "person")
    assert found["the state had chosen change."] == ("Dana Lopez", "person")


def test_the_actress_is_the_actress_named_before_and_she_goes_on():
    found = speakers(
        "Actress Dana Lopez, a longtime supporter of Senator Tomas Kral, is not sure she can back his rival.",
        "The actress said she was tired of the status quo.",
        "\u201cSome people feel he will bring change immediately,\u201d she said.",
    )
    assert found["she was tired of the status quo."] == ("Dana Lopez", "person")
    assert found["Some people feel he will bring change immediately,"] == ("Dana Lopez", "person")


def test_a_quote_opening_a_paragraph_after_narration_about_another_person_is_that_persons():
    found = speakers(
        "\u201cYou have called your rivals liars and cowards,\u201d Dana Lopez charged in the debate.",
        "Tomas Kral tried to laugh it off by interjecting, \u201cOnly one of them.\u201d But Lopez was relentless.",
        "\u201cDoes that sound like the temperament of a man we should elect?\u201d",
    )
    assert found["Only one of them."] == ("Tomas Kral", "person")
    assert found["Does that sound like the temperament of a man we should elect?"] == ("Dana Lopez", "person")


def test_a_relative_clause_between_the_subject_and_its_verb_after_an_opening_phrase():
    # "telling …:" several words after a subject hidden behind an opening phrase and a relative clause
    found = speakers(
        "Dana Lopez spoke in Varna on Monday.",
        "In line with most of his party, Sen. Tomas Kral, who won Varna on Tuesday and has long called for a "
        "tougher line on trade, was also critical of the deal, telling Varna News: \u201cThis deal is typical of "
        "an administration that gives away everything.\u201d",
        "Kral, who leads in delegates, then left the hall. And he said that the deal would not pass.",
    )
    assert found["This deal is typical of an administration that gives away everything."] == ("Tomas Kral", "person")
    assert found["the deal would not pass."] == ("Tomas Kral", "person")


def test_a_quote_after_narration_in_its_own_sentence_is_not_the_previous_sentences_subject():
    # the protesters' banner is not the president's quote: no frame, so no statement rather than a wrong speaker
    found = speakers(
        "In a statement, his adviser, Milan Dvorak, said: \u201cThe president stands by every word.\u201d",
        "President Tomas Kral travels to Pilsen today, where he will be met by thousands of farmers protesting "
        "against the new tariffs. In a riff on his old slogan, they will hold banners proclaiming: \u201cYes we "
        "can stop the tariffs now!\u201d",
    )
    assert "Yes we can stop the tariffs now!" not in found


def test_an_abbreviated_title_gives_the_role_a_later_description_names():
    found = speakers(
        "Varna Gov. Tomas Kral, asked about his rival, said he would not attack him.",
        "Milan Dvorak, the mayor, said the campaign had been civil.",
        "\u201cThat is not who I am,\u201d the Varna governor said.",
    )
    assert found["That is not who I am,"] == ("Tomas Kral", "person")


def test_the_person_whose_view_a_sentence_gives_is_the_antecedent_of_the_pronoun_after_it():
    body = ("Former Gov. Anna Varga said the mayor looked tired.\n\n"
            "To Danube University political science professor Maria Kral, the mayor’s stare seemed to reflect "
            "sadness. “It really looked like heartbreak,” she said.")
    article = extract(f"Title of the story\n\n{body}\n")
    found = {s.text: s.speaker.name for s in article.statements}
    assert found["It really looked like heartbreak,"] == "Maria Kral"


def test_a_name_english_use_reads_otherwise_gives_no_gender():
    # "Rand" is a woman's name in the lexicon at large and a man's in the United States: "he" may go to Rand Kessel
    found = speakers(
        "Senator Rand Kessel toured a factory in Ohio on Monday.",
        "“We are going to bring these jobs back,” he said.",
    )
    assert found["We are going to bring these jobs back,"] == ("Rand Kessel", "person")


def test_his_campaign_is_the_campaign_of_the_one_person_named():
    # "Bernie" says nothing sure about gender; the article names one person, whose campaign "his campaign" is
    found = speakers(
        "Bernie Kowal spoke to supporters in Vermont on Monday.",
        "His campaign announced it would lay off hundreds of staffers.",
    )
    assert found["it would lay off hundreds of staffers."] == ("Bernie Kowal’s campaign", "organisation")



def test_a_name_with_joined_initials_keeps_them_and_a_whose_clause_keeps_its_subject():
    found = speakers("The drama is by J.C. Chandor.", "“It was a cool opportunity,” Chandor said.",
                     "“It was fun,” said T.J. Miller.",
                     "London Rene said the club was negligent. Natalie Guercio, whose family owns a funeral home in "
                     "Philadelphia, witnessed the slashing but she was not hurt.",
                     "“Any one of us could have been a victim,” she said.")
    assert found["It was a cool opportunity,"][0] == "J.C. Chandor"
    assert found["It was fun,"][0] == "T.J. Miller"
    assert found["Any one of us could have been a victim,"][0] == "Natalie Guercio"


def test_a_sentence_opener_before_a_surname_is_no_second_person_of_that_name():
    found = speakers("At a demonstration at the home of Verizon CIO Shaygan Kheradpir, executives showed off features.",
                     "But Kheradpir said that eventually the service could be offered.",
                     "Once Kheradpir started testing the app at home, his daughter altered her behavior.",
                     "Unless Kheradpir signs the deals, nothing will change.")
    assert found["eventually the service could be offered."][0] == "Shaygan Kheradpir"


def test_a_name_in_apposition_to_a_description_and_a_second_given_name_decide_she():
    found = speakers("In 2009, one of the victims, Virginia Giuffre, filed a lawsuit saying he had flown her around "
                     "the world.",
                     "She later named men: Prince Andrew, the French modeling scout Jean Luc Brunel, the billionaire "
                     "Glenn Dubin.",
                     "She initially said she was 15 when it began.")
    assert found["he had flown her around the world."][0] == "Virginia Giuffre"
    assert found["she was 15 when it began."][0] == "Virginia Giuffre"


def test_a_common_noun_opening_a_sentence_is_nobody_a_quote_or_she_could_mean():
    found = speakers("Working with a colleague named Leslie Field, they covered the ice.",
                     "“I have learned to listen,” Field told me. Plastics seemed unsuitable, and the oil industry had "
                     "convinced her that “you just have to respect the toxicity” of petrochemicals. “They were both "
                     "terrible,” she said.")
    assert found["They were both terrible,"][0] == "Leslie Field"
    assert all(speaker is None or speaker[0] != "Plastics" for speaker in found.values())


def test_a_gendered_word_before_a_name_decides_its_pronoun_when_the_first_name_does_not():
    found = speakers("Council member Tom Kral sat with his wife, Jamie Liles Varga, a state employee.",
                     "Later, he said that the claims were false.")
    assert found["the claims were false."][0] == "Tom Kral"  # not "Jamie", a name of either sex


def test_a_cleft_sentence_names_the_next_she_and_an_age_names_the_last_person():
    found = speakers("Jodie Burrage rounded off a clean sweep on Tuesday.",
                     "After Lily Miyazaki won on Monday, it was Katie Boulter who got the ball rolling on Tuesday.",
                     "“Hopefully I have started everyone off well,” she told Sky Sports.",
                     "Earlier in the day, Andy Murray won his 200th grand slam match.",
                     "“He is one of the most skilful players on the tour,” said the 36-year-old.")
    assert found["Hopefully I have started everyone off well,"][0] == "Katie Boulter"
    assert found["He is one of the most skilful players on the tour,"][0] == "Andy Murray"


def test_a_song_quoted_after_singing_is_the_singers_and_a_present_verb_follows_its_subject():
    found = speakers("Since the album’s release, fans have speculated that two tracks reference her relationship.",
                     "Taylor Swift makes several references to football, singing, “These blokes warm the benches.”")
    assert found["These blokes warm the benches."] == ("Taylor Swift", "person")
    assert speakers("The choir was singing the anthem.") == {}


def test_a_month_is_nobody_and_a_person_of_a_firm_is_the_person():
    found = speakers("Royal Bank economist Nathan Janzen said May’s larger-than-expected increase is welcome.",
                     "Still, the jump in employment in May was just the second increase, he said.",
                     "But David Watt of Rosenberg Research & Associates Inc. said the economy is barely scraping by.",
                     "He said most of the increase came in the youth category.")
    assert found["the jump in employment in May was just the second increase"][0] == "Nathan Janzen"
    assert found["the economy is barely scraping by."] == ("David Watt", "person")
    assert found["most of the increase came in the youth category."][0] == "David Watt"


def test_a_surname_two_people_share_is_the_one_whose_given_name_was_written_last():
    found = speakers("Donna Kelce praised the new album. “I listened to the whole album,” Donna Kelce said.",
                     "Her son Travis Kelce plays for the Chiefs. “It was a wild ride,” Donna said.",
                     "Swift and Travis recently attended Coachella together.",
                     "“I like to see it from the fans’ perspective,” Kelce said.")
    assert found["I like to see it from the fans’ perspective,"][0] == "Travis Kelce"


def test_an_advocates_title_and_his_parents_names_leave_him_himself():
    # "Adv" is a title (Southern Africa, India); a given name joined to a parent's full name ("to Tefo and Lineo
    # Moraba") is not written alone; "As a young lawyer, Adv Moraba …" names the later "the young lawyer"
    found = speakers(
        "Born in Mafeteng, Advocate Retšelisitsoe Moraba, has turned hardship into a career in law.",
        "The 29-year-old Adv Moraba was born in 1996 to Tefo and Lineo Moraba, who farmed near the town.",
        "“My mother taught me to read by candlelight,” Adv Moraba says.",
        "He says the law drew him because it can change lives.",
        "As a young lawyer, Adv Moraba has already argued before the High Court.",
        "The young lawyer points out that the new bill gives ministers too much power.",
        "He was proud of his parents. Tefo Moraba’s farm still stands.",
    )
    assert found["My mother taught me to read by candlelight,"] == ("Retšelisitsoe Moraba", "person")
    assert found["the law drew him because it can change lives."][0] == "Retšelisitsoe Moraba"
    assert found["the new bill gives ministers too much power."][0] == "Retšelisitsoe Moraba"
