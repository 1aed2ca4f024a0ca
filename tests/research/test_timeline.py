"""Timelines: counts per month (per year over long spans) split by series, drawn as an SVG the server
writes, with the same numbers as text for screen readers."""

from datetime import date

import pytest

from statements.research.timeline import build_timeline

pytestmark = pytest.mark.django_db


def test_it_counts_per_month_split_into_the_biggest_series_others_and_none():
    rows = [
        (date(2023, 9, 1), "a", "Alpha", 5),
        (date(2023, 9, 1), "b", "Beta", 2),
        (date(2023, 11, 1), "c", "Gamma", 1),
        (date(2023, 11, 1), None, "", 4),
    ]

    timeline = build_timeline(rows, none_label="no conflict tagged", series_max=2)

    assert [b.label for b in timeline.buckets] == ["Sep 2023", "Oct 2023", "Nov 2023"]
    assert [(s.label, s.total) for s in timeline.series] == [
        ("Alpha", 5), ("Beta", 2), ("1 other", 1), ("no conflict tagged", 4)
    ]
    assert [b.counts for b in timeline.buckets] == [[5, 2, 0, 0], [0, 0, 0, 0], [0, 0, 1, 4]]
    assert timeline.scale == 7
    assert timeline.summary == "12 statements per month from Sep 2023 to Nov 2023; the most, 7, in Sep 2023."


def test_a_long_span_is_counted_per_year():
    rows = [(date(2010, 1, 1), "a", "Alpha", 1), (date(2023, 6, 1), "a", "Alpha", 2), (date(2023, 7, 1), "a", "Alpha", 3)]

    timeline = build_timeline(rows)

    assert timeline.unit == "year"
    assert timeline.buckets[0].label == "2010" and timeline.buckets[-1].label == "2023"
    assert timeline.buckets[-1].total == 5


def test_bars_stack_inside_the_chart():
    rows = [(date(2023, 9, 1), "a", "Alpha", 3), (date(2023, 9, 1), "b", "Beta", 1), (date(2023, 10, 1), "a", "Alpha", 2)]

    timeline = build_timeline(rows)

    for segment in timeline.segments:
        assert timeline.top_y - 0.1 <= segment.y and segment.y + segment.height <= timeline.bottom_y + 0.1
    tallest = [s for s in timeline.segments if s.title.startswith("Sep 2023")]
    assert sum(s.height for s in tallest) == pytest.approx(timeline.bottom_y - timeline.top_y, abs=0.2)
    assert tallest[0].title == "Sep 2023, Alpha: 3"


def test_nothing_dated_draws_nothing():
    assert build_timeline([]) is None


def test_a_speakers_page_draws_the_chart_with_accessible_text_and_a_table(client):
    from tests.factories import make_conflict, make_speaker, make_statement

    speaker = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    kosovo = make_conflict(name="Kosovo–Serbia", slug="kosovo-serbia")
    make_statement(speaker=speaker, said_on=date(2023, 9, 20), conflicts=[kosovo])
    make_statement(speaker=speaker, said_on=date(2023, 10, 2))

    html = client.get("/speakers/dmitry-peskov/").content.decode()

    assert '<svg viewBox="0 0 720 220" role="img" aria-labelledby="speaker-timeline-title speaker-timeline-desc"' in html
    assert '<title id="speaker-timeline-title">Statements by Dmitry Peskov per month, by conflict</title>' in html
    assert "2 statements per month from Sep 2023 to Oct 2023" in html
    assert "<title>Sep 2023, Kosovo–Serbia: 1</title>" in html
    assert '<th scope="row">Oct 2023</th>' in html  # the table of the same numbers
    assert "no conflict tagged" in html


def test_a_conflicts_page_draws_its_timeline_by_speaker(client):
    from tests.factories import make_conflict, make_speaker, make_statement

    kosovo = make_conflict(name="Kosovo–Serbia", slug="kosovo-serbia")
    make_statement(speaker=make_speaker(name="Aleksandar Vucic"), said_on=date(2023, 9, 20), conflicts=[kosovo])

    html = client.get("/conflicts/kosovo-serbia/").content.decode()

    assert '<title id="conflict-timeline-title">Statements on Kosovo–Serbia per month, by speaker</title>' in html
    assert "<title>Sep 2023, Aleksandar Vucic: 1</title>" in html


@pytest.mark.parametrize("path", ["/speakers/undated-speaker/", "/conflicts/quiet-conflict/"])
def test_a_page_with_nothing_dated_says_so_instead_of_drawing(client, path):
    from tests.factories import make_conflict, make_speaker, make_statement

    make_statement(speaker=make_speaker(name="Undated Speaker", slug="undated-speaker"), said_on=None)
    make_conflict(name="Quiet conflict", slug="quiet-conflict")

    response = client.get(path)

    assert response.status_code == 200
    assert "No dated statements yet." in response.content.decode()
