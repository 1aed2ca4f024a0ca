"""The one rule of facets (statements.facet_lists): each facet counts the list without its own filter,
and facets whose own filters are unused share one reading of the full list."""

from datetime import date

from statements.facet_lists import counted_lists, period_of

FACETS = ["speaker", "conflict", "outlet", "kind", "country", "year"]


def test_with_no_filter_every_facet_counts_the_full_list_once():
    assert counted_lists(FACETS, []) == {frozenset(): FACETS}


def test_a_facet_in_use_counts_without_its_own_filter_and_the_others_keep_it():
    lists = counted_lists(FACETS, ["speaker", "kind", "q"])

    assert lists == {
        frozenset({"speaker"}): ["speaker"],
        frozenset(): ["conflict", "outlet", "country", "year"],
        frozenset({"kind"}): ["kind"],
    }


def test_the_years_leave_out_the_dates_only_when_they_pick_a_year_or_a_month():
    in_use = ["date_after", "date_before", "outlet"]
    year = counted_lists(FACETS, in_use, after=date(2023, 1, 1), before=date(2023, 12, 31))
    month = counted_lists(FACETS, in_use, after=date(2024, 2, 1), before=date(2024, 2, 29))
    span = counted_lists(FACETS, in_use, after=date(2023, 3, 5), before=date(2023, 12, 31))

    assert year[frozenset({"date_after", "date_before"})] == ["year"] == month[frozenset({"date_after", "date_before"})]
    assert span == {frozenset(): ["speaker", "conflict", "kind", "country", "year"], frozenset({"outlet"}): ["outlet"]}
    # One date alone is a range too: the years count within it.
    assert counted_lists(["year"], ["date_after"], after=date(2015, 1, 1)) == {frozenset(): ["year"]}


def test_only_the_facets_asked_for_are_counted():
    assert counted_lists(["speaker", "year"], ["speaker", "conflict"]) == {
        frozenset({"speaker"}): ["speaker"], frozenset(): ["year"],
    }


def test_a_period_is_a_whole_calendar_year_or_month():
    assert period_of(date(2023, 1, 1), date(2023, 12, 31)) == (2023, None)
    assert period_of(date(2024, 2, 1), date(2024, 2, 29)) == (2024, 2)
    assert period_of(date(2023, 2, 1), date(2023, 2, 27)) is None
    assert period_of(date(2023, 1, 1), None) is None
