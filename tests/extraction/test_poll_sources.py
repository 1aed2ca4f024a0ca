"""Polls, surveys, news reports and shares of people as sources (issue 16, election news): one invented sentence
per class (statements/extraction/poll_sources.py has the rules). Never a copy of a gold page."""

from tests.extraction_helpers import extract


def statements(*paragraphs: str) -> dict[str, tuple[str, str | None, str | None]]:
    """reported statement text → (cue, speaker name, speaker kind), for one paragraph per argument."""
    body = "\n\n".join(paragraphs)
    article = extract(f"Voters split on the transit levy\n\nThe county votes on the levy in May.\n\n{body}\n")
    return {s.text: (s.cue, s.speaker.name if s.speaker else None, s.speaker.kind if s.speaker else None)
            for s in article.statements if s.kind != "direct"}


def test_a_share_of_people_is_an_unnamed_source_described_as_written():
    found = statements(
        "Asked whether the levy was fair, 61 percent said it was not, and that fares should fall first.",
        "Still, 57 percent of likely voters say they would back Dana Lopez in a runoff.",
        "Large majorities of Green primary voters in four counties going to the polls on Tuesday said they want a "
        "cap on rents.",
        "Fewer than a third agreed that the levy would pay for itself, while 9 percent were unsure.",
    )
    assert found["it was not, and that fares should fall first."] == ("said", "61 percent", "unnamed")
    assert found["they would back Dana Lopez in a runoff."] == ("say", "57 percent of likely voters", "unnamed")
    assert found["they want a cap on rents."][1:] == ("large majorities of Green primary voters in four counties",
                                                     "unnamed")
    assert [v for t, v in found.items() if t.endswith("the levy would pay for itself")] == [
        ("agreed", "fewer than a third", "unnamed")]


def test_a_share_in_a_later_clause_speaks():
    found = statements(
        "Seven in 10 Westfield voters said Lopez is honest, and two-thirds said the same of Tomas Kral.",
        "Six in 10 say the mayor is decisive, after half said so in the spring poll.",
        "Seventy percent of renters say they trust Lopez, compared with 40 percent who say the same of Kral.",
    )
    assert found["Lopez is honest"][1:] == ("seven in 10 Westfield voters", "unnamed")
    assert found["the same of Tomas Kral."][1] == "two-thirds"
    assert found["the mayor is decisive"][1] == "six in 10"
    assert found["the same of Kral."][1] == "40 percent"


def test_said_so_is_the_answer_of_each_share():
    article = extract("Poll\n\nSix in 10 say the mayor is decisive, after half said so in the spring poll.\n\n"
                      "And 62 percent back the plan, after 51 percent said so in March.\n")
    answers = [s.speaker.name for s in article.statements if s.text == "so"]
    assert sorted(answers) == ["51 percent", "half"]  # two shares' answers, not one quote repeated


def test_numbers_that_are_no_share_of_people_never_speak():
    found = statements(
        "Voters in 2015 said the same thing, the mayor recalled.",
        "The 61 percent figure shows how far the levy has fallen.",
        "Sixty percent are said to be undecided.",
        "A majority of those who said fares mattered most backed Lopez.",
    )
    assert not any(name and any(ch.isdigit() for ch in name) for _, name, _ in found.values())
    assert not any(name and "majority" in name for _, name, _ in found.values())
    assert "Voters in 2015 said the same thing" in found  # the mayor's, not a share's


def test_a_described_electorate_is_an_unnamed_source_not_a_surname():
    found = statements(
        "Democratic voters said the levy came too late.",
        "Renters are slightly more likely to say that Lopez speaks for them than homeowners are.",
    )
    assert found["the levy came too late."] == ("said", "Democratic voters", "unnamed")
    speaks = [v for t, v in found.items() if t.startswith("Lopez speaks for them")]
    assert speaks and speaks[0][0] == "say"
