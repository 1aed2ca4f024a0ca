"""Direct-quote error classes found by reading the errors on the PolNeAR dev sample (election news;
docs/extraction.md lists them with counts). Each test is an invented article of the same shape, never a copy."""

from tests.extraction_helpers import extract


def statements(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    """statement text → (kind, speaker name), for an article of one paragraph per argument."""
    body = "\n\n".join(paragraphs)
    article = extract(f"Title of the story\n\n{body}\n")
    return {s.text: (s.kind, s.speaker.name if s.speaker else None) for s in article.statements}


# -- a cue before the quote the rules did not take ------------------------------------------------------------


def test_he_continued_goes_on_with_the_speaker_when_the_pronoun_finds_no_antecedent():
    # "Kelsey" reads as a woman's name, so "He" finds no man: the speaker of the quotes before goes on
    found = statements(
        "Gov. Kelsey Marlow (R-OH) attacked his rival Tomas Brandt on Friday over the new tax plan.",
        "Marlow said, “How many of you believe we lose elections because our message is too soft?”",
        "He continued, “I believe the damage done by this plan will take years to repair.”",
        "He added, “Now it is not a plan, it is a mess.”",
    )
    assert found["I believe the damage done by this plan will take years to repair."] == ("direct", "Kelsey Marlow")
    assert found["Now it is not a plan, it is a mess."] == ("direct", "Kelsey Marlow")


def test_a_short_quote_right_after_its_cue_is_a_statement():
    found = statements(
        "The rally in Dayton ran late into the night.",
        "When Senator Ivo Prchal thanked the city and said it was good to be back, a woman shouted “Stay home!”",
        "“Everything you said and everything I said,” Judge Milan Berka exclaimed, “has simply overlapped.”",
    )
    assert found["Stay home!"][0] == "direct"
    assert found["has simply overlapped."] == ("direct", "Milan Berka")
    assert found["Everything you said and everything I said,"] == ("direct", "Milan Berka")


def test_a_short_phrase_after_a_cue_without_a_comma_stays_part_of_the_narration():
    found = statements(
        "Senator Ivo Prchal promised “a better deal” for the farmers of the valley on Monday.",
    )
    assert not any(kind == "direct" for kind, _ in found.values())


def test_told_an_audience_then_the_quote_is_the_quote_alone():
    found = statements(
        "Paul Dvorak did not mention any of his rivals by name, but told his supporters, “our state is in deep "
        "trouble. Why sit there and fight each other?”",
    )
    assert found["our state is in deep trouble. Why sit there and fight each other?"] == ("direct", "Paul Dvorak")


def test_began_by_saying_takes_the_subject_of_began():
    found = statements(
        "Judge Oskar Lindqvist left the courtroom for an hour.",
        "When he returned he began by saying, “I do not think it is necessary for the defendant to go to prison.”",
    )
    assert found["I do not think it is necessary for the defendant to go to prison."] == ("direct", "Oskar Lindqvist")


def test_was_asked_by_a_host_gives_the_question_to_the_host():
    found = statements(
        "Senator Ruth Okafor appeared on a late-night show on Friday.",
        "Okafor was asked by host Dale Pritchard, who is backing her, but has mocked the story before, “Now, you "
        "said in the first debate that you were tired of hearing about the letters, did you not?”",
    )
    question = "Now, you said in the first debate that you were tired of hearing about the letters, did you not?"
    assert found[question] == ("direct", "Dale Pritchard")


# -- a colon whose quote is the next paragraph ----------------------------------------------------------------


def test_a_statement_announced_by_a_colon_is_the_next_paragraphs_quote():
    found = statements(
        "As mayor of Akron in 1983, Peter Novak often met Milan Horvat. When Horvat died in 1998, Governor Novak "
        "released the following statement:",
        "“Jana and I offer our condolences to the family and friends of Milan Horvat. I remember working with him "
        "at the conference in 1983.”",
        "Novak retired in 2004.",
    )
    quote = ("Jana and I offer our condolences to the family and friends of Milan Horvat. I remember working with "
             "him at the conference in 1983.")
    assert found[quote] == ("direct", "Peter Novak")


def test_a_colon_closing_narration_without_a_speaker_gives_the_next_quote_to_no_one():
    found = statements(
        "The results of the count were as follows:",
        "“Northern district, four seats; southern district, two seats; the capital, nine seats in all.”",
    )
    assert not found


def test_both_pieces_of_a_split_quote_have_one_speaker():
    found = statements(
        "Ivan Brodsky, the defence lawyer, spoke for an hour and then sat down.",
        "“Everything that you have said and everything that I have said,” Brodsky told the court, “has simply "
        "overlapped.”",
    )
    first = found["Everything that you have said and everything that I have said,"]
    assert first[0] == "direct" and first[1] is not None
    assert found["has simply overlapped."] == first


# -- cue verbs and frames outside the lexicons ----------------------------------------------------------------


def test_charged_after_a_quote_and_by_interjecting_before_one_are_speech():
    found = statements(
        "The debate in Tulsa turned sharp within minutes.",
        "“You have called your opponents crooks and clowns,” Moderator Dana Price charged in her first question.",
        "Senator Lukas Berg tried to laugh it off by interjecting, “Only my cousin.”",
    )
    assert found["You have called your opponents crooks and clowns,"] == ("direct", "Dana Price")
    assert found["Only my cousin."] == ("direct", "Lukas Berg")


def test_a_short_quote_after_a_colon_introduction_without_a_speech_verb():
    found = statements(
        "Anna Varga met Peter Nowak in Warsaw on Monday.",
        "Varga deflected with a quip: “I only sign checks.”",
    )
    assert found["I only sign checks."] == ("direct", "Anna Varga")


def test_a_colon_introduction_with_an_aside_between_the_speaker_and_the_verb():
    found = statements(
        "Anna Varga met Peter Nowak in Warsaw on Monday.",
        "Nowak, who had flown in from Brussels that morning, put it bluntly: “We need a miracle.”",
        "One adviser, who requested anonymity to speak candidly, shot back: “Not this week.”",
    )
    assert found["We need a miracle."] == ("direct", "Peter Nowak")
    assert found["Not this week."][0] == "direct" and "adviser" in found["Not this week."][1]


def test_said_of_someone_then_the_quote_is_the_quote_alone():
    found = statements(
        "Anna Varga met Peter Nowak in Warsaw on Monday.",
        "Nowak said of Varga, “She has no stamina whatsoever, and everyone knows it.”",
    )
    assert found["She has no stamina whatsoever, and everyone knows it."] == ("direct", "Peter Nowak")


def test_a_crowd_chanting_is_a_speaker():
    found = statements(
        "Senator Ivo Prchal spoke for an hour in Dayton.",
        "“Four more years! Four more years!” the crowd chanted.",
    )
    assert found["Four more years! Four more years!"][0] == "direct"
    assert found["Four more years! Four more years!"][1] is not None


# -- names in quotes are not statements -----------------------------------------------------------------------


def test_a_named_group_ending_a_sentence_is_not_a_statement_but_a_short_answer_is():
    found = statements(
        "Peter Novak pleaded guilty in 2012. In fact, Novak was the founder of “Ohio Farmers for Varga 2008.”",
        "Novak tried to laugh it off by interjecting, “Only Rosie Kovac.”",
    )
    assert "Ohio Farmers for Varga 2008." not in found
    assert found["Only Rosie Kovac."] == ("direct", "Peter Novak")


def test_a_message_reading_a_quote_is_its_authors_direct_statement():
    found = statements(
        "Anna Varga won Georgia on Tuesday.",
        "Peter Nowak posted a message on Twitter reading “Thank you Ohio” moments after the polls closed.",
    )
    assert found["Thank you Ohio"] == ("direct", "Peter Nowak")


# -- quote marks ----------------------------------------------------------------------------------------------


def test_a_straight_opening_mark_followed_by_a_space_after_a_cue():
    found = statements(
        'Finance Minister Brian Kowal spoke in the Senate on Tuesday. He added, " A devaluation will raise those '
        'costs across the board."',
    )
    assert found["A devaluation will raise those costs across the board."] == ("direct", "Brian Kowal")


def test_a_word_the_subject_called_something_according_to_a_paper_is_not_the_papers_quote():
    found = statements(
        "Dana Kovac campaigned on the issue and called her rival’s about-face “heartbreaking,” according to the "
        "Dayton Times.",
    )
    assert "heartbreaking," not in found


# -- sentence splitting after ! and ? -------------------------------------------------------------------------


def test_a_frame_with_any_speech_verb_after_an_exclamation_stays_with_its_quote():
    found = statements(
        "Anna Varga met Peter Nowak in Warsaw on Monday.",
        "“Sad!” Nowak tweeted.",
        "“Why not?” Varga shot back.",
    )
    assert found["Sad!"] == ("direct", "Peter Nowak")
    assert found["Why not?"] == ("direct", "Anna Varga")


def test_a_verb_with_its_own_clause_after_a_question_opens_the_next_sentence():
    found = statements(
        "After board member Jana Bell asked “Why has this taken four months when the staff said they could be "
        "ready?” Mr. Cueto responded that “the reason was the long review in June.”",
    )
    assert found["Why has this taken four months when the staff said they could be ready?"] == ("direct", "Jana Bell")


# -- speaker phrases with an aside between dashes --------------------------------------------------------------


def test_an_aside_between_dashes_before_the_verb_of_a_frame():
    found = statements(
        "Anna Varga met Peter Nowak in Warsaw on Monday.",
        "Varga — who has been endorsed by the union — said, “We are grateful for the support of working people.”",
        "“We are not done yet,” Nowak — the front-runner since March — said.",
    )
    assert found["We are grateful for the support of working people."] == ("direct", "Anna Varga")
    assert found["We are not done yet,"] == ("direct", "Peter Nowak")


def test_an_adverb_between_the_cue_and_a_short_quote():
    found = statements(
        "Anna Varga met Peter Nowak in Warsaw on Monday.",
        "Asked if she would endorse Nowak, Varga said simply, “No.”",
    )
    assert found == {"No.": ("direct", "Anna Varga")}


def test_a_quote_without_a_comma_before_a_short_closing_frame():
    found = statements(
        "Anna Varga met Peter Nowak in Warsaw on Monday.",
        "“We will win” Nowak said.",
        "“Baseless” claims about the vote were rejected by the board.",
    )
    assert found["We will win"] == ("direct", "Peter Nowak")
    assert "Baseless" not in found


def test_as_someone_put_it_and_in_someones_words():
    found = statements(
        "Anna Varga met Peter Nowak in Warsaw on Monday.",
        "As Nowak put it, “We are going to win so much you will get tired of winning.”",
        "In Varga’s words, “This is the fight of our lives and we will not lose it.”",
    )
    assert found["We are going to win so much you will get tired of winning."] == ("direct", "Peter Nowak")
    assert found["This is the fight of our lives and we will not lose it."] == ("direct", "Anna Varga")


def test_a_colon_after_a_last_clause_with_a_pronoun_subject():
    found = statements(
        "Dr. Atef Kovac said the ward was full.",
        "Kovac doesn’t hide that he and his colleagues have to make these calculations, but he resents it: “We "
        "consider this decision one of the hardest decisions imposed on us by war.”",
    )
    quote = "We consider this decision one of the hardest decisions imposed on us by war."
    assert found[quote] == ("direct", "Atef Kovac")


def test_a_reporters_question_and_the_answer_in_the_next_paragraph():
    found = statements(
        "Judge Raquel Montoya spoke to the press on Monday.",
        "At a news conference announcing her appointment, a reporter asked Montoya, “What do you see as the "
        "biggest problem in the courts right now?”",
        "“The biggest hurdle is getting people to understand that we all bring biases to our decisions.”",
    )
    question = "What do you see as the biggest problem in the courts right now?"
    assert found[question][0] == "direct" and found[question][1] != "Raquel Montoya"
    answer = "The biggest hurdle is getting people to understand that we all bring biases to our decisions."
    assert found[answer] == ("direct", "Raquel Montoya")


# -- shapes of the second PolNeAR dev sample (dev2), invented sentences -----------------------------------------


def test_an_institution_and_lower_case_title_before_the_name_in_a_frame_after_the_quote():
    found = statements(
        "The vote was delayed again on Monday.",
        "“We should go easy on the new members,” Senate minority leader Tomas Brandt told reporters. “They are "
        "learning.”",
    )
    assert found["We should go easy on the new members,"] == ("direct", "Tomas Brandt")
    assert found["They are learning."] == ("direct", "Tomas Brandt")


def test_verbs_of_tone_are_cues_for_a_quote():
    found = statements(
        "Anna Varga met a reporter from Danube TV.",
        "“Go back to your studio,” Varga barked.",
        "Peter Horvat, 17, echoed: “She speaks her mind, and that is what the town needs.”",
    )
    assert found["Go back to your studio,"] == ("direct", "Anna Varga")
    assert found["She speaks her mind, and that is what the town needs."] == ("direct", "Peter Horvat")


def test_a_whole_sentence_right_after_saying_without_a_comma():
    found = statements(
        "Anna Varga spoke for an hour in Linz.",
        "Varga ended her speech by saying “Never again.”",
        "The crowd kept saying “Varga” for minutes.",
    )
    assert found["Never again."] == ("direct", "Anna Varga")
    assert "Varga" not in found


# -- dev2 (2026-12-04, second session) --------------------------------------------------------------------------


def test_an_introduction_naming_the_speaker_by_age_announces_the_next_paragraphs_quote():
    found = statements(
        "Voters in Vigo County lined up for hours to see the candidate.",
        "19-year-old Tomas Kell echoed:",
        "“She means what she says. Other politicians are paid for, and everybody here knows it.”",
    )
    assert found["She means what she says. Other politicians are paid for, and everybody here knows it."] == (
        "direct", "Tomas Kell")


def test_a_double_quote_closed_by_a_single_mark_ends_there():
    # a typo in the copy: the quote opens with “ and closes with ’; the narration after it is not the quote
    found = statements(
        "Actress Dana Lisle was in the East Room for the announcement.",
        "Lisle tweeted: “Let’s go. We can stop this now.’ She became an advocate after a shooting at a cinema.",
    )
    assert found["Let’s go. We can stop this now."] == ("direct", "Dana Lisle")
    assert not any("advocate" in text for text in found)


def test_when_and_where_between_the_cue_and_the_quote_leave_the_quote_direct():
    found = statements(
        "The campaign moved to Iowa this week.",
        "Gov. Ada Kessel said Tuesday, “We will not back down from this fight.”",
        "Her rival Ivo Brandt said at a rally in Des Moines, “The fight is over and we have won it.”",
        "Brandt’s communications director, Lena Fisk, wrote on Twitter, “Nobody in this state believes her.”",
    )
    assert found["We will not back down from this fight."] == ("direct", "Ada Kessel")
    assert found["The fight is over and we have won it."] == ("direct", "Ivo Brandt")
    assert found["Nobody in this state believes her."] == ("direct", "Lena Fisk")


def test_lower_case_descriptions_before_a_name_after_the_quote():
    found = statements(
        "The campaign moved to Iowa this week.",
        "“We will not back down from this fight,” retired surgeon Ben Kasper said.",
        "“The party has to listen to its voters,” said longtime Kasper aide Ruth Adler.",
        "“Nobody expected a turnout like this,” newly elected Mayor Tom Hale said.",
        "“I have not decided yet,” said 17-year-old Jared Potts.",
    )
    assert found["We will not back down from this fight,"] == ("direct", "Ben Kasper")
    assert found["The party has to listen to its voters,"] == ("direct", "Ruth Adler")
    assert found["Nobody expected a turnout like this,"] == ("direct", "Tom Hale")
    assert found["I have not decided yet,"] == ("direct", "Jared Potts")


def test_a_possessive_response_before_a_colon_is_its_owners_quote():
    found = statements(
        "Ivo Brandt was asked about his rival’s tax plan on Tuesday.",
        "Brandt’s response: “It is a mess, and the voters know it.”",
        "His answer to the next question: “We will see what happens in November.”",
        "Ada Kessel’s reply came within the hour.",
    )
    assert found["It is a mess, and the voters know it."] == ("direct", "Ivo Brandt")
    assert found["We will see what happens in November."] == ("direct", "Ivo Brandt")


def test_tells_me_and_a_setting_before_the_quote_leave_the_quote_direct():
    found = statements(
        "The harvest came early in the valley this year.",
        "Winemaker Ada Kessel tells me at her family's cellar in the village of Rech, “It's a diva of a grape.”",
    )
    assert found["It's a diva of a grape."] == ("direct", "Ada Kessel")


def test_a_name_before_of_the_city_police_is_the_speaker():
    found = statements(
        "A student died after taking the pills.",
        "“We are concerned over the origin and sale of these pills,” said chief inspector Jana Kovac from the"
        " West Mercia police.",
    )
    assert found["We are concerned over the origin and sale of these pills,"] == ("direct", "Jana Kovac")


def test_a_question_that_came_from_someone_before_a_colon_is_theirs():
    found = statements(
        "The professor spoke in Tokyo in November 1960.",
        "After his talk, a question came from a member of the audience: “Did you change the starting values and"
        " see how different the results were?”",
        "The sharpest reply came from Senator Ada Kessel: “This bill will not pass while I sit here.”",
    )
    assert found["Did you change the starting values and see how different the results were?"] == (
        "direct", "member of the audience")
    assert found["This bill will not pass while I sit here."] == ("direct", "Ada Kessel")


def test_a_quote_within_the_quote_ends_it_before_the_frame_after_and_a_might_say_is_no_frame():
    found = statements(
        "Analyst Tom Vance has followed the contract for years.",
        "Once the new chief takes office, the navy may meet with Harbor Yards and say, “‘Hey, the chief is talking "
        "about canceling this; let’s see if we can scrub the numbers,’” Vance said.",
    )
    quote = "‘Hey, the chief is talking about canceling this; let’s see if we can scrub the numbers,’"
    assert found[quote] == ("direct", "Tom Vance")
    assert "Once the new chief takes office" not in found  # what the navy may say one day is nobody's statement


def test_a_quote_after_the_verb_of_a_fronted_when_clause_is_that_clauses_speakers():
    found = statements(
        "Tom Brandt spoke in Dayton on Monday.",
        "When someone in the audience shouted, “Varga,” Brandt joked, “Amen, brother!”",
        "When a reporter asked, “Will you run again?” Brandt said, “Never.”",
        "“We will win,” Brandt said, “and we will win big.”",
    )
    assert found["Varga,"][1] != "Tom Brandt"
    assert found["Will you run again?"][1] != "Tom Brandt"
    assert found["Never."] == ("direct", "Tom Brandt")
    assert found["and we will win big."] == ("direct", "Tom Brandt")  # a split quote keeps its one speaker


def test_a_quote_only_verb_far_from_the_quote_is_inside_the_earlier_verbs_content():
    # "concluded" reports a quote right after it ("Varga concluded: “…”"), not one at the end of its clause
    found = statements('Ruiz said that after a long review the ministry had concluded the new dam was "not, in '
                       'itself, a danger to the valley", adding that the work would go on.')
    assert found['after a long review the ministry had concluded the new dam was "not, in itself, a danger to the '
                 'valley"'] == ("mixed", "Ruiz")


def test_a_closing_frame_whose_apposition_lost_its_comma_is_the_name_before_it():
    found = statements("Forecasters expect the smog to clear by the weekend, analysts say.",
                       "“This is mostly the wind turning to the south, which lets the air clear,” Mira Okafor, a "
                       "research analyst at the Lagos-based Centre for Energy, Water and Air think tank told the BBC.")
    assert found["This is mostly the wind turning to the south, which lets the air clear,"] == ("direct", "Mira Okafor")


def test_a_two_word_surname_is_the_fuller_name_ending_with_it():
    found = statements("Parise opened the scoring by burying Tomas Lindqvist Ek’s feed on a two-on-one.",
                       "“I didn’t really see him coming,” Lindqvist Ek said.")
    assert found["I didn’t really see him coming,"] == ("direct", "Tomas Lindqvist Ek")


def test_a_place_adjective_is_no_name_and_a_closing_frame_may_follow_a_few_words_after_the_quote():
    found = statements("The talks stalled again on Friday.",
                       "One Vienna-based trade expert said that the tariffs would have to go first.",
                       '"The minister wants a bigger deal. Bigger than the little deal" agreed in May, said Ilse '
                       "Brandt, a scholar with the Danube Institute.")
    assert found["the tariffs would have to go first."] == ("indirect", "Vienna-based trade expert")
    assert found["The minister wants a bigger deal. Bigger than the little deal"][1] == "Ilse Brandt"


def test_one_user_on_a_platform_is_an_unnamed_source_not_the_platform():
    found = statements("The case worried many people.",
                       "According to AFP, one user on Weibo, which is essentially China’s version of Twitter, posted: "
                       "“How did these two get to the capital??”")
    assert found["How did these two get to the capital??"] == ("direct", "user on Weibo")


def test_a_surname_longer_than_a_gazetteer_namesakes_is_the_article_s_person():
    # the gazetteer knows a José Serra; "Serrano" is another family
    found = statements("At the hearing, Rep. José Serrano (D-NY), chairman of the subcommittee, was skeptical.",
                       "“It is hard to justify any extra spending this year,” Serrano said.")
    assert found["It is hard to justify any extra spending this year,"] == ("direct", "José Serrano")


def test_a_known_surname_opening_a_sentence_before_a_comma_and_a_setting_is_its_subject():
    found = statements("The two witnesses, former pilot Paul Rider and retired engineer Paul Lang, backed the plan.",
                       "“We did the whole thing with one launch,” Rider responded.",
                       "Lang, in his testimony, did criticize what he called “experiments” in procurement. "
                       "“Contracting experiments must be excluded from the program,” he said.")
    assert found["Contracting experiments must be excluded from the program,"] == ("direct", "Paul Lang")


def test_a_surname_of_two_letters_is_the_full_name_the_article_gave():
    found = statements("Wu Jianfeng, a doctor at the city hospital, wrote in a blog post that the couple had been "
                       "moved.",
                       "“Such cases need to be carefully investigated,” Wu said.")
    assert found["Such cases need to be carefully investigated,"] == ("direct", "Wu Jianfeng")


def test_a_commenter_on_a_platform_is_an_unnamed_source_not_the_platform_nor_the_last_person():
    found = statements("Dr Mara Lind wrote in a blog post that the ward had been closed for a week.",
                       "“Stop hiding the truth from us,” one Weibo commenter said, per the newspaper. “We can take it.”",
                       "“Tell us where the patients are,” a Twitter user wrote.",
                       "“Nobody told the village anything,” said one protester.")
    assert found["Stop hiding the truth from us,"] == ("direct", "Weibo commenter")
    assert found["We can take it."] == ("direct", "Weibo commenter")
    assert found["Tell us where the patients are,"] == ("direct", "Twitter user")
    assert found["Nobody told the village anything,"] == ("direct", "protester")


def test_a_role_owned_by_a_common_noun_after_the_cue_and_a_description_before_a_named_apposition():
    found = statements("The lodge reopened in May after a long renovation.",
                       "“There is something restful about arriving here,” says the lodge’s general manager Petra "
                       "Kolar. “We kept the old fireplace.”",
                       "“A fine host,” Kolar's neighbour in both Graz and Vienna, Tomas Berger, said in the interview.",
                       "“It is quiet at last,” said the town’s mayor.")
    assert found["There is something restful about arriving here,"] == ("direct", "Petra Kolar")
    assert found["We kept the old fireplace."] == ("direct", "Petra Kolar")
    assert found["A fine host,"] == ("direct", "Tomas Berger")
    assert found["It is quiet at last,"][0] == "direct"


def test_was_quoted_as_saying_after_the_quote_and_a_military_title():
    found = statements("The coast guard asked its neighbours for more patrols.",
                       "“We will send ships further out,” its Commandant Ronan Gil Tavares was quoted as saying in a "
                       "press release on Monday.",
                       "“We need you there,” said Brigadier Ilse Marten.")
    assert found["We will send ships further out,"] == ("direct", "Ronan Gil Tavares")
    assert found["We need you there,"] == ("direct", "Ilse Marten")
    assert not any(text.startswith("in a press release") for text in found)


def test_a_colon_introduction_opening_with_a_conjunction():
    found = statements("In late September Erkan Demir told a newspaper: “There could be an envoy.”",
                       "But he qualified: “I told the secretary-general that we are opposed.”",
                       "Later, Demir wrote: “We will not accept a deadline.”")
    assert found["I told the secretary-general that we are opposed."] == ("direct", "Erkan Demir")
    assert found["We will not accept a deadline."] == ("direct", "Erkan Demir")


def test_a_given_name_in_brackets_completes_the_name_a_quote_left_out():
    found = statements("The Lakers beat the Thunder on Sunday.",
                       "“Coach (Milan) Kovar came in here and said, ‘Congratulations,’” Jonas Berg said.",
                       "“He’s just playing terrific basketball,” Kovar said.")
    assert found["He’s just playing terrific basketball,"] == ("direct", "Milan Kovar")


def test_a_description_with_an_acronym_before_a_named_apposition_after_a_quote():
    found = statements("“These obligations entail allowing every agency to work,” the UN undersecretary general for"
                       " legal affairs, Ana Lind, told the court.",
                       "“We will not accept it,” the UN legal chief, Ana Lind, said.",
                       "“The council must act now,” the Israeli ambassador to the UN, Tomas Berg, told the council.")
    assert found["These obligations entail allowing every agency to work,"] == ("direct", "Ana Lind")
    assert found["We will not accept it,"] == ("direct", "Ana Lind")
    assert found["The council must act now,"] == ("direct", "Tomas Berg")
