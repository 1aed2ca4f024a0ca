"""Compare: two or more speakers side by side on the same query and period."""

from datetime import date

import pytest

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
