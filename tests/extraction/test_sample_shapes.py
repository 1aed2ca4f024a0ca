"""Shapes the rules missed, read from the development halves of the fortieth and forty-first fresh samples and from
the classes earlier rounds left (issue 16, the `samples` round of docs/extraction.md). One invented sentence each,
never a copy of a gold page."""

from tests.extraction_helpers import paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Mourners in Yerevan", *paragraphs)


def test_kin_speak_as_unnamed_sources_or_as_the_person_the_kin_word_introduced():
    found = statements("Aram Petrosyan, 54, died on Monday.",
                       "“He loved his country,” his widow said.",
                       "His sister said he had been ill for months.")
    assert found["He loved his country,"] == ("direct", "said", "Aram Petrosyan’s widow")
    assert found["he had been ill for months."][:2] == ("indirect", "said")
    assert found["he had been ill for months."][2].endswith("sister")
    found = statements("Roger Vance ran the network. “He was tough,” Vance’s brother Robert told me.",
                       "“He analyzed it,” his brother told me.")
    assert found["He analyzed it,"] == ("direct", "told", "Robert")
    # two kin words joined name no source of their own; the plural stays a band's name
    assert "it was over" not in statements("It was over, father and son finally agreed.")
    found = statements("The Doobie Brothers announced a tour on Friday.")
    assert found["a tour on Friday."][2] == "Doobie Brothers"


def test_a_past_form_after_an_article_is_an_adjective_not_a_speech_act():
    found = statements("He left his money to his wife, according to the alleged wife, who is now suing the estate.")
    assert found["He left his money to his wife"] == ("indirect", "according to", "alleged wife")
    assert "who is now suing the estate." not in found


def test_a_dash_sets_off_a_closing_according_to_as_a_comma_does():
    found = statements("He left his money to his wife — according to an official, who asked not to be named.")
    assert found["He left his money to his wife"] == ("indirect", "according to", "official")
