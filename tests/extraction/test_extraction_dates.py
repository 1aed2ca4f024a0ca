"""When a statement was said: relative expressions resolved against the publication date."""

from datetime import date

import pytest

from statements.extraction.dates import resolve_said_on
from tests.extraction_helpers import extract

WEDNESDAY = date(2023, 9, 20)


@pytest.mark.parametrize(
    "frame, expected",
    [
        ("Peskov told reporters on Monday", date(2023, 9, 18)),
        ("The Kremlin on Wednesday said", WEDNESDAY),  # the publication day itself
        ("said on Thursday", date(2023, 9, 14)),  # a weekday later in the week is last week's
        ("Zakharova said today", WEDNESDAY),
        ("he said yesterday", date(2023, 9, 19)),
        ("On Sept. 13, Azerbaijan said", date(2023, 9, 13)),
        ("said on 25 December", date(2022, 12, 25)),  # after publication: the year before
        ("said on November 9, 2020", date(2020, 11, 9)),
        ("Peskov told reporters", None),
    ],
)
def test_relative_dates(frame, expected):
    assert resolve_said_on(frame, WEDNESDAY) == expected


def test_without_a_publication_date_only_absolute_dates_resolve():
    assert resolve_said_on("said on Monday", None) is None
    assert resolve_said_on("said on November 9, 2020", None) == date(2020, 11, 9)


def test_statements_carry_the_date_of_their_attribution_and_continuations_inherit_it():
    article = extract(
        'T\n\n"We are concerned about the escalation," Kremlin spokesman Dmitry Peskov told reporters on Tuesday.\n\n'
        '"The first thing for us is to ensure the safety of the civilian population."\n',
        published_on=WEDNESDAY,
    )
    assert [s.said_on for s in article.statements] == [date(2023, 9, 19), date(2023, 9, 19)]
