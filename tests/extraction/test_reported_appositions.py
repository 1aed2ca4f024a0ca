"""A speaker's apposition holding a quoted title (issue 16, third round): "Cole, author of the essay “The Case for
Roads,” argued that …". Invented sentences, never a gold page's."""

from tests.extraction.test_reported_classes import reported


def test_an_apposition_with_a_quoted_title_still_leads_to_its_subject():
    found = reported(
        "Ann Cole, author of the 2019 essay “The Case for Roads,” argued that the bridge would cost too much.",
        "Tom Harlan, the author of “The Quiet Years,” said the campaign had run out of money in March.",
    )
    assert found["the bridge would cost too much."] == ("indirect", "argued", "Ann Cole")
    assert found["the campaign had run out of money in March."] == ("indirect", "said", "Tom Harlan")


def test_a_quoted_sentence_before_the_verb_is_no_apposition():
    found = reported("Harlan called the plan “a disaster for every family,” and Ruiz said the vote would wait.")
    assert found["the vote would wait."][2] == "Ruiz"
