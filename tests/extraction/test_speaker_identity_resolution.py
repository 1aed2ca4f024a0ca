"""Inside one article: a role with the article's date resolves through the gazetteer's dated roles, a spelling
variant of a known name finds the known person, a role and a surname together find the role's holder, and a
description nobody fills stays an unnamed source."""

from datetime import date

import pytest

from statements.extraction.noun_phrases import Mention
from statements.extraction.speakers import SpeakerResolver
from tests.extraction_helpers import fixture_gazetteer


def resolve(phrase: str, on_date: date | None = None, text: str = ""):
    resolver = SpeakerResolver(fixture_gazetteer(), text, on_date=on_date)
    return resolver.resolve(Mention(phrase, 0, len(phrase)))


@pytest.mark.parametrize("phrase, on_date, slug", [
    ("the Kremlin spokesman", date(2023, 9, 25), "dmitry-peskov"),
    ("the US secretary of state", date(2019, 6, 1), "mike-pompeo"),
    ("the US secretary of state", date(2023, 6, 1), "antony-blinken"),
    ("the Ethiopian foreign minister", date(2014, 3, 1), "tedros-adhanom-ghebreyesus"),
    ("Ethiopian Foreign Minister Tedros Adhanom", date(2014, 3, 1), "tedros-adhanom-ghebreyesus"),
])
def test_a_role_on_a_date_is_its_holder_then(phrase, on_date, slug):
    assert resolve(phrase, on_date).slug == slug


def test_a_role_shared_over_time_without_a_date_is_nobody_in_particular():
    assert resolve("the US secretary of state").slug is None


def test_a_role_and_a_surname_find_the_holder_the_gazetteer_spells_otherwise():
    ref = resolve("British Foreign Secretary Elizabeth Truss", date(2022, 4, 29))
    assert ref.slug == "liz-truss"


@pytest.mark.parametrize("spelling", ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "President Volodymyr Zelensky"])
def test_spellings_of_a_known_name_find_the_known_person(spelling):
    assert resolve(spelling).slug == "volodymyr-zelensky"


def test_an_unfilled_description_is_an_unnamed_source_as_written():
    ref = resolve("a senior US official")
    assert (ref.kind, ref.slug, ref.name) == ("unnamed", None, "senior US official")
