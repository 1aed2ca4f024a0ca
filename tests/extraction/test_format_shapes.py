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


def test_the_world_health_organization_is_no_relative_pronoun():
    found = statements("The WHO said at least 460 patients were killed.", "“The hospitals are full,” the WHO said.")
    assert found["at least 460 patients were killed."] == ("indirect", "said", "WHO")
    assert found["The hospitals are full,"] == ("direct", "said", "WHO")
    assert statements("Smith, who was elected in May, said he was ready.")["he was ready."][2] == "Smith"
