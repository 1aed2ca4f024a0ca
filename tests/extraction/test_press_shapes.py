"""Shapes the rules missed, found reading the development halves of the fresh samples in the twenty-first session
(issue 16, the `press` round of docs/extraction.md). One invented sentence each, never a copy of a page."""

from tests.extraction_helpers import paragraph_statements


def statements(*paragraphs: str) -> dict[str, tuple[str, str, str | None]]:
    return paragraph_statements("Dispute in Gdansk", *paragraphs)


def test_a_surname_alone_is_the_speaker_named_by_one_joined_word():
    # ("Waker-uz-Zaman", "Anwar-ul-Haq": the whole name is one word, its last part the surname)
    found = statements("The order came from the navy chief, Adm. Nazim-ud-Rahman, after the port was closed.",
                       "“The port will open on Monday,” Rahman said.")
    assert found["The port will open on Monday,"][2] == "Nazim-ud-Rahman"
