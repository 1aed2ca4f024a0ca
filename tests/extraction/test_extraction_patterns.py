"""Attribution patterns of real news (issue 16, section 2), one invented sentence per shape, and the statement
convention (a reported statement is its content: neither its speaker mention nor its cue is in its text)."""

import pytest

from tests.extraction_helpers import by_text, extract


def statements(body: str) -> list[tuple[str, str, str | None, str]]:
    """(text, kind, speaker name, speaker kind) of each statement of a one-paragraph-per-line article."""
    article = extract(f"Title of the story\n\n{body}\n")
    return [(s.text, s.kind, s.speaker.name if s.speaker else None, s.speaker.kind if s.speaker else "")
            for s in article.statements]


def speaker_of(body: str, text: str) -> str | None:
    found = {t: speaker for t, _, speaker, _ in statements(body)}
    assert text in found, found
    return found[text]


# -- speaker phrases ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # an adjective or participle before the name, an aside between name and verb
        ('"We will not sign anything this week," a smiling Anna Varga said.',
         "We will not sign anything this week,", "Anna Varga"),
        ('Anna Varga, visibly irritated, replied: "We have answered that question many times."',
         "We have answered that question many times.", "Anna Varga"),
        # titles and abbreviations
        ('Rep. Tomas Nowak (D-Ohio) said the bill would never pass the Senate in its current form.',
         "the bill would never pass the Senate in its current form.", "Tomas Nowak"),
        ('"We pray for a peaceful end to this," said the Rev. Anna Kim.',
         "We pray for a peaceful end to this,", "Anna Kim"),
        ('Dr. Ilse Berg told reporters that the hospital had run out of fuel overnight.',
         "the hospital had run out of fuel overnight.", "Ilse Berg"),
        ('"Our troops will hold the line," Gen. Marek Duda told the committee.',
         "Our troops will hold the line,", "Marek Duda"),
        ('Sen. Lena Holm said the vote would take place on Thursday as planned.',
         "the vote would take place on Thursday as planned.", "Lena Holm"),
        # descriptions before and after the name
        ('Veteran negotiator Anna Varga said the two sides were closer than ever to a deal.',
         "the two sides were closer than ever to a deal.", "Anna Varga"),
        ('"The talks have stalled again," said Anna Varga, a senior envoy who has led the negotiations since 2019.',
         "The talks have stalled again,", "Anna Varga"),
    ],
)
def test_speaker_phrases_of_news_copy(body, text, speaker):
    assert speaker_of(body, text) == speaker


# -- speech verbs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, text",
    [
        ('"Will you sign the agreement?" Anna Varga asked.', "Will you sign the agreement?"),
        ('"There is no other way forward," Anna Varga concluded.', "There is no other way forward,"),
        ('"That is a fair point about the budget," Anna Varga agreed.', "That is a fair point about the budget,"),
        ('"I never saw the documents in question," Anna Varga testified.', "I never saw the documents in question,"),
        ('"Please let the aid trucks through," Anna Varga implored.', "Please let the aid trucks through,"),
        ('"And nobody asked us about it," Anna Varga chimed in.', "And nobody asked us about it,"),
        ('"That is simply not true at all," Anna Varga interjected.', "That is simply not true at all,"),
        ('"We have been here many times before," Anna Varga sighed.', "We have been here many times before,"),
        ('"Let me start with the budget figures," Anna Varga began.', "Let me start with the budget figures,"),
        ('"Nobody has done more for this region," Anna Varga boasted.', "Nobody has done more for this region,"),
        ('"A deal may come sooner than you think," Anna Varga hinted.', "A deal may come sooner than you think,"),
    ],
)
def test_more_speech_verbs_after_a_quote(body, text):
    assert speaker_of(body, text) == "Anna Varga"


def test_with_x_saying_and_x_left_saying():
    assert speaker_of(
        'The talks ended without a deal, with Anna Varga saying that "nothing more can be done this year."',
        "nothing more can be done this year.",
    ) == "Anna Varga"
    assert speaker_of(
        "Tomas Nowak left the meeting early, saying the proposal was an insult to the farmers.",
        "the proposal was an insult to the farmers.",
    ) == "Tomas Nowak"


@pytest.mark.parametrize(
    "body",
    [
        'Anna Varga deflected with a quip: "Ask me again after the election results are in."',
        'Anna Varga agreed: "Ask me again after the election results are in."',
    ],
)
def test_a_colon_introduction_without_a_speech_verb(body):
    assert speaker_of(body, "Ask me again after the election results are in.") == "Anna Varga"


# -- quote marks ----------------------------------------------------------------------------------------


def test_short_quotes_with_a_speaker_are_statements():
    assert speaker_of('"Never," Anna Varga said.', "Never,") == "Anna Varga"


def test_doubled_apostrophes_close_a_quote():
    assert speaker_of("``We are ready to talk to anyone,'' Anna Varga said.", "We are ready to talk to anyone,") == "Anna Varga"
    assert speaker_of("“We are ready to talk to anyone,’’ Anna Varga said.", "We are ready to talk to anyone,") == "Anna Varga"


def test_a_quote_whose_closing_mark_is_missing_still_has_its_speaker():
    found = statements('Anna Varga said: "We are ready to talk to anyone who wants peace.')
    assert [(kind, speaker) for _, kind, speaker, _ in found] == [("direct", "Anna Varga")]


def test_nested_marks_stay_inside_one_quote():
    body = "“He told me ‘we will respond’ and then he left the room,” Anna Varga said."
    assert speaker_of(body, "He told me ‘we will respond’ and then he left the room,") == "Anna Varga"


def test_a_question_mark_inside_a_quote_does_not_end_the_sentence():
    found = statements('"Will you sign?" Anna Varga asked. Tomas Nowak said the deal was off.')
    assert ("Will you sign?", "direct", "Anna Varga", "person") in found


# -- pronouns -------------------------------------------------------------------------------------------


def test_she_goes_to_the_woman_named_by_her_first_name():
    body = ("Anna Varga met Tomas Nowak in Vienna on Monday.\n\n"
            '"We are not there yet," she said.')
    assert speaker_of(body, "We are not there yet,") == "Anna Varga"
    body = ("Tomas Nowak met Anna Varga in Vienna on Monday.\n\n"
            '"We are not there yet," he said.')
    assert speaker_of(body, "We are not there yet,") == "Tomas Nowak"


def test_honorifics_and_roles_give_the_gender():
    body = ("Ms Kim Berg spoke first at the conference in Vienna.\n\nThen Mr Chris Duda took the floor.\n\n"
            '"We are not there yet," she said.')
    assert speaker_of(body, "We are not there yet,") == "Kim Berg"
    body = ('"The border stays open," government spokeswoman Kim Berg told reporters.\n\n'
            "Then Mr Chris Duda took the floor.\n\n"
            '"We are not there yet," she said.')
    assert speaker_of(body, "We are not there yet,") == "Kim Berg"


# -- unnamed sources --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, description",
    [
        ("A source familiar with the talks said the draft had been agreed overnight.", "source familiar with the talks"),
        ("An official who declined to be named said the draft had been agreed overnight.",
         "official who declined to be named"),
        ("Diplomats said the draft had been agreed overnight.", "diplomats"),
        ("A senior US official said the draft had been agreed overnight.", "senior US official"),
    ],
)
def test_unnamed_sources_are_never_the_last_named_person(sentence, description):
    found = statements(f"Anna Varga arrived in Vienna on Monday.\n\n{sentence}")
    assert found == [("the draft had been agreed overnight.", "indirect", description, "unnamed")]


def test_reversed_attribution_credits_the_accuser():
    found = statements("A rights group accused the security forces of torturing detainees in the north.")
    assert [(text, speaker.lower()) for text, _, speaker, _ in found] == [
        ("the security forces of torturing detainees in the north.", "rights group")]


# -- clause structure -------------------------------------------------------------------------------------


def test_and_said_that_is_a_second_statement():
    found = statements("Anna Varga rejected the proposal and said that the talks would resume in March.")
    assert [(text, speaker) for text, _, speaker, _ in found] == [
        ("the proposal", "Anna Varga"),
        ("the talks would resume in March.", "Anna Varga"),
    ]


def test_when_x_said_that_ends_with_the_subordinate_clause():
    found = statements("When Anna Varga said that the deal was dead, Tomas Nowak walked out of the room.")
    assert [(text, speaker) for text, _, speaker, _ in found] == [("the deal was dead", "Anna Varga")]


def test_a_relative_clause_speaks_for_its_antecedent():
    found = statements("Tomas Nowak, who claimed that the vote had been rigged, lost his appeal on Monday.")
    assert [(text, speaker) for text, _, speaker, _ in found] == [("the vote had been rigged", "Tomas Nowak")]


def test_a_parenthetical_frame_between_two_clauses_gives_two_statements():
    body = ("The Farmers Union said on Monday that the talks with the ministry had failed.\n\n"
            "The subsidies are too small, they argued, and the new rules would ruin small farms.")
    found = statements(body)
    assert [(text, speaker) for text, _, speaker, _ in found][1:] == [
        ("The subsidies are too small", "Farmers Union"),
        ("the new rules would ruin small farms.", "Farmers Union"),
    ]


def test_a_closing_frame_with_a_long_description():
    found = statements("The treaty is ready to be signed, said Anna Varga, a senior envoy who led the talks for Hungary.")
    assert [(text, speaker) for text, _, speaker, _ in found] == [("The treaty is ready to be signed", "Anna Varga")]


# -- documents as sources --------------------------------------------------------------------------------


def test_documents_speak_for_the_organisation_behind_them():
    found = statements("The Water Board published its annual report on Monday.\n\n"
                       "According to the report, the reservoirs were at their lowest level in forty years.")
    assert [(text, speaker, kind) for text, _, speaker, kind in found] == [
        ("the reservoirs were at their lowest level in forty years.", "Water Board", "organisation")]
    found = statements("The internal memo says the plant will close by the end of the year.")
    assert [(text, kind) for text, _, _, kind in found] == [("the plant will close by the end of the year.", "organisation")]


# -- never a junk speaker ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Things have changed since the vote, and the talks would resume next week.",
        "This comes after police said the suspect had fled across the border.",
        "Tuesday saw the talks collapse after the envoy said the offer was final.",
    ],
)
def test_weekdays_common_nouns_and_narration_are_never_speakers(body):
    names = {speaker for _, _, speaker, _ in statements(body)}
    assert not names & {"Things", "This comes after police", "Tuesday", "This"}


def test_a_weekday_after_a_name_is_not_part_of_it():
    assert speaker_of("Anna Varga Tuesday said the talks had failed for good.", "the talks had failed for good.") == "Anna Varga"


def test_a_place_is_not_a_speaker():
    assert statements("Ohio said the new rules would take effect in the spring.") == []


# -- not statements ---------------------------------------------------------------------------------------


def test_a_byline_is_not_a_statement():
    article = extract("Title of the story\n\nBy Anna Varga and Tomas Nowak\n\nThe mayor opened the new bridge on Monday.\n")
    assert article.statements == [] and "Anna Varga" not in article.body


@pytest.mark.parametrize(
    "body",
    [
        'She starred in "The Long Road Home" and in "Winter of the Wolves" before turning to politics.',
        'The agenda listed three items: "trade", "energy" and "security".',
        'Haste makes waste, as they say, and the project was delayed by two years.',
        "Anna Varga expressed frustration with the slow pace of the negotiations.",
    ],
)
def test_bylines_titles_lists_and_sayings_are_not_statements(body):
    assert statements(f"The mayor opened the new bridge on Monday.\n\n{body}") == []


# -- the convention -------------------------------------------------------------------------------------

REPORTED = [
    "Peskov said on Monday that the talks would resume in Geneva next week.",
    "The Kremlin called for calm in the region after the clashes on the border.",
    "Armenia, Russia's formal ally, denied having any forces in the area.",
    "Moscow welcomes every effort to resolve the dispute, Peskov told reporters.",
    "According to the ministry, the border crossing will reopen on Friday morning.",
    "Anna Varga told her counterpart that the offer was final and urged him to accept it.",
    'Peskov said the situation was "very stressful and potentially dangerous" for everyone.',
]


@pytest.mark.parametrize("sentence", REPORTED)
def test_a_reported_statement_holds_neither_its_speaker_mention_nor_its_cue(sentence):
    article = extract(f"Title of the story\n\n{sentence}\n")
    reported = [s for s in article.statements if s.kind in ("indirect", "mixed")]
    assert reported, [s.text for s in article.statements]
    for statement in reported:
        assert statement.speaker.mention and statement.speaker.mention not in statement.text
        assert statement.cue and f"{statement.cue} " not in statement.text
        assert statement.text in statement.sentence and statement.sentence in article.body


def test_reported_content_running_into_a_quote_is_mixed_and_a_wholly_quoted_clause_is_direct():
    assert by_text(extract('T\n\nPeskov said Moscow would "respond appropriately" to any provocation.\n')) == {
        'Moscow would "respond appropriately" to any provocation.': ("mixed", "Dmitry Peskov")}
    assert by_text(extract('T\n\nPeskov said that "Moscow will respond appropriately to any provocation."\n')) == {
        "Moscow will respond appropriately to any provocation.": ("direct", "Dmitry Peskov")}


# -- names on real pages ----------------------------------------------------------------------------------


def test_a_surname_that_is_also_a_role_word_or_an_outlet_is_the_person_named_before():
    body = ("Wayne King, the congressman's district director, filed to run on Friday.\n\n"
            '"The first I heard anything about it was late Tuesday evening," said King.')
    assert speaker_of(body, "The first I heard anything about it was late Tuesday evening,") == "Wayne King"
    body = ("Michael Bloomberg is running for president.\n\n"
            "Bloomberg said in a statement that the comments did not reflect his views.")
    assert speaker_of(body, "the comments did not reflect his views.") == "Michael Bloomberg"


def test_a_middle_initial_stays_in_the_full_name():
    body = ("The director, Carissa F. Etienne, spoke in Washington on Wednesday.\n\n"
            "Etienne said the region could not ignore the risk of further surges.")
    assert speaker_of(body, "the region could not ignore the risk of further surges.") == "Carissa F. Etienne"


def test_a_progressive_speech_verb_reports_speech_of_its_subject():
    found = statements("A top public health expert is now warning that the country could see a second wave.")
    assert [(text, kind) for text, _, _, kind in found] == [("the country could see a second wave.", "unnamed")]


def test_a_person_introduced_in_narration_is_the_antecedent_of_the_next_pronoun():
    body = ("Tomas Nowak ran the clinic for years.\n\n"
            "One of the patients was 25-year-old Nesma Hajjaj, who had walked for days.\n\n"
            '"I am from the north of the city," she said.')
    assert speaker_of(body, "I am from the north of the city,") == "Nesma Hajjaj"


def test_a_cue_interrupting_a_single_clause_stays_inside_one_statement():
    found = statements("Tomas Nowak spoke to reporters in Vienna on Monday.\n\n"
                       "The second condition, he said, was the withdrawal of all troops from the border.")
    assert [(text, speaker) for text, _, speaker, _ in found] == [
        ("The second condition, he said, was the withdrawal of all troops from the border.", "Tomas Nowak")]


def test_telling_reporters_that_is_a_second_statement():
    found = statements("Anna Varga ruled out any change to the border, telling reporters in Vienna that the "
                       "constitution forbids it.")
    assert [text for text, _, _, _ in found] == ["any change to the border", "the constitution forbids it."]


def test_a_curly_quote_inside_a_curly_quote_stays_inside():
    body = "“A “fair” and lasting settlement is possible,” Anna Varga told reporters on Monday."
    assert statements(body) == [("A “fair” and lasting settlement is possible,", "direct", "Anna Varga", "person")]
