"""Compare: two or more speakers side by side on the same query and period."""

import csv
import io
import json
from datetime import date

import pytest

from statements.research.exports import COLUMNS
from statements.search import process_index_queue
from tests.factories import make_conflict, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def speakers():
    karabakh = make_conflict(name="Armenia–Azerbaijan", slug="armenia-azerbaijan")
    kosovo = make_conflict(name="Kosovo–Serbia", slug="kosovo-serbia")
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov")
    zakharova = make_speaker(name="Maria Zakharova", slug="maria-zakharova")
    for day in (1, 2, 3):
        make_statement(text=f"Talks on the border, round {day}", speaker=peskov, said_on=date(2023, 9, day), conflicts=[karabakh])
    make_statement(text="Kosovo needs calm", speaker=peskov, said_on=date(2023, 11, 5), conflicts=[kosovo])
    make_statement(text="Border demarcation talks now", speaker=zakharova, said_on=date(2023, 10, 1), conflicts=[karabakh])
    make_statement(text="Undated words on talks", speaker=zakharova, said_on=None)
    process_index_queue(wait=True)
    return peskov, zakharova


def compare(client, query):
    response = client.get(f"/compare/?{query}")
    assert response.status_code == 200, response.content.decode()
    return response.context["comparison"]


def test_it_counts_each_speakers_statements_side_by_side_in_the_order_given(client, speakers):
    comparison = compare(client, "speaker=maria-zakharova&speaker=dmitry-peskov")

    assert [(c.speaker.slug, c.count) for c in comparison.columns] == [("maria-zakharova", 2), ("dmitry-peskov", 4)]


def test_the_same_query_and_period_apply_to_each_speaker(client, speakers):
    comparison = compare(client, "q=talks&speaker=dmitry-peskov&speaker=maria-zakharova&date_after=2023-09-02")

    assert [c.count for c in comparison.columns] == [2, 1]
    assert [s.text for s in comparison.columns[1].latest] == ["Border demarcation talks now"]
    assert comparison.columns[0].list_url == "/statements/?q=talks&speaker=dmitry-peskov&date_after=2023-09-02"


def test_the_timelines_share_their_months_and_scale(client, speakers):
    peskov, zakharova = compare(client, "speaker=dmitry-peskov&speaker=maria-zakharova").columns

    assert [b.label for b in peskov.timeline.buckets] == ["Sep 2023", "Oct 2023", "Nov 2023"]
    assert [b.label for b in zakharova.timeline.buckets] == ["Sep 2023", "Oct 2023", "Nov 2023"]
    assert [b.total for b in peskov.timeline.buckets] == [3, 0, 1]
    assert [b.total for b in zakharova.timeline.buckets] == [0, 1, 0]
    assert peskov.timeline.scale == zakharova.timeline.scale == 3


def test_the_page_shows_each_speaker_with_a_chart_and_latest_statements(client, speakers):
    html = client.get("/compare/?speaker=dmitry-peskov&speaker=maria-zakharova").content.decode()

    assert html.count("<svg") == 2
    assert "Kosovo needs calm" in html and "Border demarcation talks now" in html
    assert 'href="/statements/?speaker=maria-zakharova"' in html


def test_with_fewer_than_two_speakers_it_asks_for_them(client, speakers):
    response = client.get("/compare/?speaker=dmitry-peskov")

    assert response.status_code == 200
    assert response.context["comparison"].columns == []
    assert "Choose two or more speakers" in response.content.decode()


@pytest.mark.parametrize(
    "query, message",
    [
        ("speaker=dmitry-peskov&speaker=nobody", "no speaker has the slug “nobody”"),
        ("speaker=dmitry-peskov&speaker=maria-zakharova&date_after=soon", "use an ISO date"),
        ("&".join(f"speaker=s{n}" for n in range(7)), "Compare at most 6 speakers"),
    ],
)
def test_invalid_values_give_a_message_and_no_comparison(client, speakers, query, message):
    response = client.get(f"/compare/?{query}")

    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_old_slug_resolves_and_the_order_is_kept(client, speakers):
    from statements.models import SpeakerRedirect

    SpeakerRedirect.objects.create(old_slug="dmitri-peskov", speaker=speakers[0])

    response = client.get("/compare/?speaker=maria-zakharova&speaker=dmitri-peskov")

    assert response.status_code == 301
    assert response["Location"] == "/compare/?speaker=maria-zakharova&speaker=dmitry-peskov"


def test_the_json_export_holds_what_the_page_shows(client, speakers):
    query = "q=talks&speaker=maria-zakharova&speaker=dmitry-peskov"
    shown = compare(client, query)

    response = client.get(f"/compare/?{query}&format=json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["query"] == query
    assert data["description"] == shown.description
    assert [(s["slug"], s["count"], s["undated"]) for s in data["speakers"]] == [
        ("maria-zakharova", 2, 1), ("dmitry-peskov", 3, 0),
    ]
    peskov = data["speakers"][1]
    assert peskov["months"] == [{"month": "2023-09", "count": 3}]
    assert [s["id"] for s in peskov["latest"]] == [s.pk for s in shown.columns[1].latest]
    assert set(peskov["latest"][0]) == set(COLUMNS)
    assert peskov["list_url"] == "http://testserver/statements/?q=talks&speaker=dmitry-peskov"


def test_the_csv_export_has_a_row_per_speaker_and_month_adding_up_to_the_counts(client, speakers):
    query = "speaker=dmitry-peskov&speaker=maria-zakharova"
    shown = compare(client, query)

    response = client.get(f"/compare/?{query}&format=csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="compare-dmitry-peskov-maria-zakharova.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["speaker_slug", "speaker", "month", "statements"],
        ["dmitry-peskov", "Dmitry Peskov", "2023-09", "3"],
        ["dmitry-peskov", "Dmitry Peskov", "2023-11", "1"],
        ["maria-zakharova", "Maria Zakharova", "2023-10", "1"],
        ["maria-zakharova", "Maria Zakharova", "", "1"],
    ]
    for column in shown.columns:
        assert sum(int(row[3]) for row in rows[1:] if row[0] == column.speaker.slug) == column.count


def test_the_page_links_its_exports(client, speakers):
    html = client.get("/compare/?q=talks&speaker=maria-zakharova&speaker=dmitry-peskov").content.decode()

    assert 'href="?q=talks&amp;speaker=maria-zakharova&amp;speaker=dmitry-peskov&amp;format=csv"' in html
    assert 'href="?q=talks&amp;speaker=maria-zakharova&amp;speaker=dmitry-peskov&amp;format=json"' in html


@pytest.mark.parametrize(
    "query, export_format, message",
    [
        ("speaker=dmitry-peskov&speaker=nobody", "json", "no speaker has the slug “nobody”"),
        ("speaker=dmitry-peskov&speaker=maria-zakharova&date_after=soon", "csv", "use an ISO date"),
        ("speaker=dmitry-peskov", "json", "Choose at least 2 speakers"),
        ("speaker=dmitry-peskov&speaker=maria-zakharova", "xml", "format=xml is not available"),
    ],
)
def test_an_invalid_export_gives_400_and_the_message(client, speakers, query, export_format, message):
    response = client.get(f"/compare/?{query}&format={export_format}")

    assert response.status_code == 400
    assert message in response.content.decode()
    if export_format == "json":
        assert any(message in error for error in json.loads(response.content)["errors"])


def test_rejected_statements_neither_count_nor_show_in_the_timelines(client, speakers):
    peskov, _ = speakers
    rejected = make_statement(text="Talks were a mistake", speaker=peskov, said_on=date(2023, 12, 1), status="rejected")
    make_statement(text="Talks resume in December", speaker=peskov, said_on=date(2023, 12, 2))

    shown, _ = compare(client, "speaker=dmitry-peskov&speaker=maria-zakharova").columns

    assert shown.count == 5
    assert [b.total for b in shown.timeline.buckets][-1] == 1  # December: the one public statement
    assert rejected.pk not in {s.pk for s in shown.latest}
    assert shown.undated == 0
