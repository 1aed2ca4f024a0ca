"""CSV and JSON: the same FilterSet and order as the page, streamed in chunks, errors as HTTP 400; and
the JSON records of a statement, a speaker and a conflict."""

import csv
import io
import json
from datetime import date

import pytest
from django.http import StreamingHttpResponse

from statements.research.exports import COLUMNS, record_chunks
from statements.search import process_index_queue
from tests.factories import make_article, make_conflict, make_outlet, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    kosovo = make_conflict(name="Kosovo–Serbia", slug="kosovo-serbia")
    karabakh = make_conflict(name="Armenia–Azerbaijan", slug="armenia-azerbaijan")
    peskov = make_speaker(name="Dmitry Peskov", slug="dmitry-peskov", country="Russia")
    zakharova = make_speaker(name="Maria Zakharova", slug="maria-zakharova", country="Russia")
    tass = make_outlet(name="TASS", slug="tass")
    rows = []
    for day in range(1, 8):
        speaker = peskov if day % 2 else zakharova
        text = f"Demarcation of the border, day {day}, is the only way"
        article = make_article(outlet=tass, body=f"It was said: “{text}”.", published_on=date(2023, 9, day))
        rows.append(make_statement(text=text, article=article, speaker=speaker, conflicts=[karabakh if day < 6 else kosovo]))
    rows.append(make_statement(text="Undated words on demarcation", speaker=zakharova, said_on=None, conflicts=[karabakh]))
    process_index_queue(wait=True)
    return rows


def content(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content(response))))


def all_pages(client, params) -> list[int]:
    """Every statement id the HTML pages list, following the Next links."""
    ids, response = [], client.get("/statements/", params, follow=True)
    while True:
        assert response.status_code == 200
        ids += [s.pk for s in response.context["listing"].statements]
        page = response.context["page_obj"]
        if not page.has_next:
            return ids
        response = client.get("/statements/" + page.next_query)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"sort": "oldest"},
        {"speaker": "maria-zakharova"},
        {"conflict": "armenia-azerbaijan", "date_after": "2023-09-02"},
        {"q": "demarcation"},
        {"q": "demarcation", "sort": "oldest", "speaker": "dmitry-peskov"},
    ],
)
def test_the_csv_holds_the_same_statements_in_the_same_order_as_the_pages(client, corpus, settings, params):
    settings.ARCHIVE_PAGE_SIZE = 3
    shown = all_pages(client, params)

    response = client.get("/statements/", {**params, "format": "csv"}, follow=True)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert [int(row["id"]) for row in rows] == shown
    assert shown  # each case lists something


def test_the_csv_has_a_header_row_and_one_readable_row_per_statement(client, corpus):
    response = client.get("/statements/", {"speaker": "dmitry-peskov", "sort": "oldest", "format": "csv"})

    text = content(response)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    first = csv_rows(client.get("/statements/", {"speaker": "dmitry-peskov", "sort": "oldest", "format": "csv"}))[0]
    statement = corpus[0]
    assert first["text"] == statement.text
    assert first["speaker"] == "Dmitry Peskov" and first["speaker_slug"] == "dmitry-peskov"
    assert first["said_on"] == "2023-09-01"
    assert first["conflicts"] == "armenia-azerbaijan"
    assert first["url"] == f"http://testserver{statement.get_absolute_url()}"
    assert first["outlet"] == "TASS"


def test_the_json_export_is_one_document_with_the_pages_statements(client, corpus, settings):
    settings.ARCHIVE_PAGE_SIZE = 2
    shown = all_pages(client, {"q": "demarcation"})

    response = client.get("/statements/", {"q": "demarcation", "format": "json"})

    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(content(response))
    assert [row["id"] for row in data["statements"]] == shown
    assert data["count"] == len(shown)
    assert data["query"] == "q=demarcation"
    assert data["sort"] == "relevance"
    assert set(data["statements"][0]) == set(COLUMNS)
    assert isinstance(data["statements"][0]["conflicts"], list)


def test_an_export_is_read_in_chunks_and_keeps_the_order(corpus):
    from statements.models import Statement

    def absolute(path):
        return "http://testserver" + path

    ids = [s.pk for s in reversed(corpus)]
    chunks = list(record_chunks(ids, absolute, chunk_size=3))
    assert [len(chunk) for chunk in chunks] == [3, 3, 2]
    assert [row["id"] for chunk in chunks for row in chunk] == ids
    queryset = Statement.objects.public().newest_first()
    chunks = list(record_chunks(queryset, absolute, chunk_size=3))
    assert [len(chunk) for chunk in chunks] == [3, 3, 2]
    assert [row["id"] for chunk in chunks for row in chunk] == list(queryset.values_list("pk", flat=True))


def test_each_row_has_its_own_conflicts_read_once_per_chunk(corpus, django_assert_max_num_queries):
    from statements.models import Statement

    corpus[0].conflicts.add(make_conflict(name="Abkhazia", slug="abkhazia"))
    queryset = Statement.objects.public().oldest_first()

    with django_assert_max_num_queries(4):  # two chunks: the rows and the conflicts of each
        rows = [row for chunk in record_chunks(queryset, lambda path: path, chunk_size=5) for row in chunk]

    by_id = {row["id"]: row["conflicts"] for row in rows}
    assert by_id[corpus[0].pk] == ["abkhazia", "armenia-azerbaijan"]  # by conflict name, as on the pages
    assert by_id[corpus[6].pk] == ["kosovo-serbia"]
    assert all(by_id[s.pk] == [c.slug for c in s.conflicts.all()] for s in corpus)


@pytest.mark.parametrize(
    "params, message",
    [
        ({"speaker": "nobody"}, "no speaker has the slug “nobody”"),
        ({"date_after": "yesterday"}, "use an ISO date"),
        ({"q": "demarcation\x00"}, "Null characters are not allowed"),
        ({"sort": "random"}, "is not a sort"),
    ],
)
def test_an_invalid_value_with_format_json_gives_400_and_a_json_error(client, corpus, params, message):
    response = client.get("/statements/", {**params, "format": "json"})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    errors = json.loads(response.content)["errors"]
    assert any(message in error for error in errors), errors


def test_an_invalid_value_with_format_csv_gives_400_in_plain_text(client, corpus):
    response = client.get("/statements/", {"speaker": "nobody", "format": "csv"})

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "no speaker has the slug “nobody”" in response.content.decode()


def test_a_search_the_engine_refuses_gives_400_json(client, corpus):
    response = client.get("/statements/", {"q": "*", "format": "json"})

    assert response.status_code == 400
    assert "errors" in json.loads(response.content)


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(client, corpus):
    article = make_article(body="He wrote “=HYPERLINK(\"http://evil\")” there.")
    make_statement(text='=HYPERLINK("http://evil")', article=article, speaker=corpus[0].speaker)

    rows = csv_rows(client.get("/statements/", {"format": "csv"}))

    assert rows[0]["text"] == "'=HYPERLINK(\"http://evil\")"


def test_a_speakers_and_a_conflicts_lists_export_through_the_same_filters(client, corpus):
    by_speaker = csv_rows(client.get("/speakers/maria-zakharova/", {"conflict": "kosovo-serbia", "format": "csv"}))
    on_conflict = json.loads(content(client.get("/conflicts/kosovo-serbia/", {"format": "json"})))
    listed = csv_rows(client.get("/statements/", {"speaker": "maria-zakharova", "conflict": "kosovo-serbia", "format": "csv"}))

    assert by_speaker == listed
    assert [row["said_on"] for row in by_speaker] == ["2023-09-06"]
    assert on_conflict["conflict"]["slug"] == "kosovo-serbia"
    assert [row["said_on"] for row in on_conflict["statements"]] == ["2023-09-07", "2023-09-06"]


def test_a_speaker_as_json_has_roles_aliases_and_statements(client, corpus):
    speaker = corpus[0].speaker
    speaker.roles.create(title="Kremlin spokesman", started_on=date(2012, 5, 22))
    speaker.aliases.create(name="Mr Peskov")

    data = json.loads(content(client.get("/speakers/dmitry-peskov/", {"format": "json"})))

    assert data["speaker"]["name"] == "Dmitry Peskov"
    assert data["speaker"]["roles"] == [{"title": "Kremlin spokesman", "started_on": "2012-05-22", "ended_on": None}]
    assert data["speaker"]["aliases"] == ["Mr Peskov"]
    assert [row["said_on"] for row in data["statements"]] == ["2023-09-07", "2023-09-05", "2023-09-03", "2023-09-01"]


def test_a_statement_as_json_has_its_paragraph_other_reports_and_citation_links(client, corpus):
    statement = corpus[0]
    other_article = make_article(body=f"Another outlet: “{statement.text}”.")
    other = make_statement(text=statement.text, article=other_article, speaker=statement.speaker)

    response = client.get(statement.get_absolute_url(), {"format": "json"})

    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["id"] == statement.pk and data["text"] == statement.text
    assert [row["id"] for row in data["other_reports"]] == [other.pk]
    assert data["citations"]["bib"] == f"http://testserver{statement.get_absolute_url()}cite.bib"
    assert client.get(statement.get_absolute_url(), {"format": "xml"}).status_code == 400


def test_the_list_page_links_its_exports(client, corpus):
    html = client.get("/statements/", {"speaker": "dmitry-peskov"}).content.decode()

    assert 'href="?speaker=dmitry-peskov&amp;format=csv"' in html
    assert 'href="?speaker=dmitry-peskov&amp;format=json"' in html
