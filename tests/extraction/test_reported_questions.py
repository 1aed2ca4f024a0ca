"""Reported questions and requests (issue 16, third round): "asked how …", "told the panel how …", "asked for …",
and a subordinate "as X asked …" before the main clause's own statement. Invented sentences, never a gold page's."""

from tests.extraction.test_reported_classes import reported
from tests.extraction_helpers import extract


def test_a_question_reports_its_wh_clause_after_the_addressee():
    found = reported(
        "Councillor Dana Ruiz asked how the county would pay for the new bridge.",
        "Harlan asked the mayor why the depot had been closed for a month.",
        "One nurse told the inspectors how she had been moved between three wards in a week.",
    )
    assert found["how the county would pay for the new bridge."] == ("indirect", "asked", "Dana Ruiz")
    assert found["why the depot had been closed for a month."][1] == "asked"
    assert found["how she had been moved between three wards in a week."][1] == "told"


def test_a_request_reports_its_object_but_not_in_a_passive_or_inside_another_content():
    found = reported(
        "Board members asked for a full account of the spending before the vote.",
        "The senator was asked for comment on the budget but did not reply.",
        "The plan was not ready, Harlan said, adding that the city had asked for a longer review.",
    )
    assert found["a full account of the spending before the vote."] == ("indirect", "asked for", "Board members")
    assert not any(text.startswith("comment on the budget") for text in found)
    assert found["the city had asked for a longer review."][1] == "adding"  # the closing frame still holds
    assert found["The plan was not ready"][1] == "said"


def test_a_relative_who_after_the_addressee_is_no_question():
    found = reported("Ruiz asked the man who runs the shop about the delivery of the parcels.")
    assert not any(text.startswith("runs the shop") for text in found)


def test_a_subordinate_question_ends_before_the_main_clause_which_speaks_for_itself():
    found = reported(
        "But as board member Paul Ortiz asked how the line would cross the highway, Ana Ruiz, the project engineer,"
        " explained that trains would stop at every signal."
    )
    assert found["how the line would cross the highway"] == ("indirect", "asked", "Paul Ortiz")
    assert found["trains would stop at every signal."] == ("indirect", "explained", "Ana Ruiz")


def test_an_adverb_between_a_clause_cue_and_whether_and_a_request_without_an_object():
    found = reported(
        "The Daily Ledger asked several times whether the senator had disavowed the endorsement, but the campaign"
        " refused to answer.",
        "Board members ultimately asked to get the documents well ahead of the meeting.",
        "Ruiz was asked to leave the room before the vote.",
    )
    assert found["the senator had disavowed the endorsement"][1:] == ("asked", "Daily Ledger")
    assert found["to get the documents well ahead of the meeting."][1:] == ("asked", "Board members")
    assert not any(text.startswith("leave the room") or text.startswith("to leave") for text in found)


def test_likens_attributes_and_divulged_report_their_object_but_called_on_by_does_not():
    article = extract(
        "Title of the story\n\nThe year was the hottest on record.\n\n"
        "Ada Kessel from Leeds University likens the climate figures of 2023 to a disaster film.\n\n"
        "Tomas Brandt attributes this rise to a combination of factors, including emissions.\n\n"
        "Officials divulged Thursday that the government had allowed two visits to the border.\n\n"
        "Hori Tane is regularly called on by tribes around the country for cultural guidance.\n"
    )
    found = {s.text: (s.cue, s.speaker.name if s.speaker else None) for s in article.statements}
    assert found["the climate figures of 2023 to a disaster film."] == ("likens", "Ada Kessel")
    assert found["this rise to a combination of factors, including emissions."] == ("attributes", "Tomas Brandt")
    assert found["the government had allowed two visits to the border."] == ("divulged", "officials")
    assert not any("guidance" in text for text in found)
