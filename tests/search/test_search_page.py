"""search_page and suggest: the engine filters, pages, counts facets over every match, and corrects spelling."""

from collections import Counter, defaultdict
from datetime import date

import pytest

from statements.devtools.corpus import generate_corpus
from statements.models import Statement
from statements.search import FACETS, QueryError, SearchRequest, queue_statements, search_ids, search_page, suggest
from statements.search.requests import order_facet
from tests.search.support import (
    index_now, make_article, only_on, make_conflict, make_outlet, make_speaker, make_statement,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def test_it_pages_through_every_match_and_counts_them_all():
    made = [make_statement(f"Sanctions remain, day {n}.", said_on=date(2023, 1, n + 1)) for n in range(5)]
    make_statement("Nothing to see.")
    index_now()
    newest = [s.pk for s in reversed(made)]
    first = search_page(SearchRequest(q="sanctions", sort="newest", limit=2))
    assert (first.ids, first.total) == (newest[:2], 5)
    assert search_page(SearchRequest(q="sanctions", sort="newest", offset=4, limit=2)).ids == newest[4:]
    assert search_page(SearchRequest(q="sanctions", sort="oldest", limit=5)).ids == newest[::-1]
    assert search_page(SearchRequest(q="sanctions", limit=0)).ids == []


def test_an_empty_query_lists_what_the_filters_keep_newest_first():
    old = make_statement("Talks resumed.", said_on=date(2015, 1, 1), kind="indirect")
    new = make_statement("Talks stalled.", said_on=date(2023, 1, 1), kind="indirect")
    make_statement("Talks began.", kind="direct")
    index_now()
    page = search_page(SearchRequest(kinds=["indirect"], sort="newest"))
    assert (page.ids, page.total) == ([new.pk, old.pk], 2)


def test_filters_narrow_by_key_and_widen_within_a_key():
    peskov = make_speaker("Dmitry Peskov", "dmitry-peskov")
    peskov.country = "Russia"
    peskov.save()
    zakharova = make_speaker("Maria Zakharova", "maria-zakharova")
    kosovo, karabakh = make_conflict("kosovo-serbia"), make_conflict("armenia-azerbaijan")
    tass = make_outlet("tass")
    a = make_statement("Dialogue matters.", speaker=peskov, conflicts=(kosovo,), said_on=date(2023, 5, 1))
    b = make_statement("Dialogue matters.", speaker=zakharova, conflicts=(karabakh,), kind="indirect",
                       article=make_article(outlet=tass), said_on=date(2022, 5, 1))
    c = make_statement("Dialogue matters.", speaker=zakharova, conflicts=(kosovo, karabakh), said_on=None)
    index_now()

    def found(**filters):
        return set(search_page(SearchRequest(q="dialogue", limit=10, **filters)).ids)

    assert found(speakers=["dmitry-peskov"]) == {a.pk}
    assert found(speakers=["dmitry-peskov", "maria-zakharova"]) == {a.pk, b.pk, c.pk}
    assert found(conflicts=["kosovo-serbia"]) == {a.pk, c.pk}
    assert found(conflicts=["kosovo-serbia"], speakers=["maria-zakharova"]) == {c.pk}
    assert found(kinds=["indirect"]) == {b.pk}
    assert found(outlets=["tass"]) == {b.pk}
    assert found(countries=["Russia"]) == {a.pk}
    assert found(date_after=date(2023, 1, 1)) == {a.pk}
    assert found(date_before=date(2022, 12, 31)) == {b.pk}
    assert found(date_after=date(2022, 5, 1), date_before=date(2022, 5, 1)) == {b.pk}


def test_facets_count_every_match_and_a_selected_facet_keeps_its_other_values():
    peskov = make_speaker("Dmitry Peskov", "dmitry-peskov")
    zakharova = make_speaker("Maria Zakharova", "maria-zakharova")
    kosovo = make_conflict("kosovo-serbia")
    for _ in range(3):
        make_statement("Dialogue matters.", speaker=peskov, conflicts=(kosovo,), said_on=date(2023, 5, 1))
    make_statement("Dialogue matters.", speaker=zakharova, said_on=date(2021, 5, 1), kind="indirect")
    make_statement("Something else.", speaker=zakharova)
    index_now()
    page = search_page(SearchRequest(q="dialogue", speakers=["dmitry-peskov"], limit=1, facets=True))
    assert page.total == 3 and len(page.ids) == 1
    assert page.facets["speaker"] == [("dmitry-peskov", 3), ("maria-zakharova", 1)]
    assert page.facets["conflict"] == [("kosovo-serbia", 3)]
    assert page.facets["year"] == [("2023", 3)]
    assert page.facets["kind"] == [("direct", 3)]
    assert set(page.facets) == set(FACETS)


def _public_rows() -> list[dict]:
    """Every public statement with what the filters and facets read, as plain values."""
    tags = defaultdict(set)
    for statement_id, slug in Statement.conflicts.through.objects.values_list("statement_id", "conflict__slug"):
        tags[statement_id].add(slug)
    fields = ("pk", "speaker__slug", "speaker__country", "kind", "article__outlet__slug", "said_on")
    return [dict(zip(fields, values), conflicts=tags[values[0]])
            for values in Statement.objects.public().values_list(*fields)]


def _kept(row: dict, request: SearchRequest, matched: set[int] | None, without: str = "") -> bool:
    """Whether the row passes the query and every filter but `without` (a facet counts without its own)."""
    said_on = row["said_on"]
    passes = {
        "speaker": not request.speakers or row["speaker__slug"] in request.speakers,
        "conflict": not request.conflicts or bool(row["conflicts"] & set(request.conflicts)),
        "kind": not request.kinds or row["kind"] in request.kinds,
        "outlet": not request.outlets or row["article__outlet__slug"] in request.outlets,
        "country": not request.countries or row["speaker__country"] in request.countries,
        "year": (not request.date_after or (said_on is not None and said_on >= request.date_after))
        and (not request.date_before or (said_on is not None and said_on <= request.date_before)),
    }
    return (matched is None or row["pk"] in matched) and all(ok for key, ok in passes.items() if key != without)


def _facet_values(row: dict, facet: str) -> set[str]:
    values = {
        "speaker": {row["speaker__slug"]},
        "conflict": row["conflicts"],
        "year": {str(row["said_on"].year) if row["said_on"] else None},
        "outlet": {row["article__outlet__slug"]},
        "kind": {row["kind"]},
    }[facet]
    return values - {None}


def _counted_in_python(request: SearchRequest) -> tuple[int, dict[str, list[tuple[str, int]]]]:
    """The total and facet counts the engine should report, counted row by row in Python: an oracle that
    shares no SQL with the code under test (only the engine's matches), and whose cost no planner decides.
    The counts are listed in the page's order (`order_facet`): what is checked is the counting."""
    rows = _public_rows()
    matched = set(search_ids(request.q)) if request.q else None
    facets = {
        facet: order_facet(facet, Counter(value for row in rows if _kept(row, request, matched, without=facet)
                                          for value in _facet_values(row, facet)))
        for facet in FACETS
    }
    return sum(_kept(row, request, matched) for row in rows), facets


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest(q="security", facets=True),
        SearchRequest(q="peace OR talks", kinds=["direct"], facets=True),
        SearchRequest(q="", conflicts=["synthetic-3-kosovo-serbia", "synthetic-3-sahel"], date_after=date(2015, 1, 1), facets=True),
        SearchRequest(q="border -sanctions", speakers=["synthetic-3-speaker-0"], outlets=["synthetic-3-outlet-0", "synthetic-3-outlet-1"], facets=True),
    ],
    ids=["one word", "or with kind", "filters only", "not with speaker and outlets"],
)
def test_engine_facet_counts_equal_counts_made_row_by_row(request_):
    generate_corpus(400, seed=3)
    queue_statements(Statement.objects.values_list("pk", flat=True))
    index_now()
    page = search_page(request_)
    assert (page.total, page.facets) == _counted_in_python(request_)
    assert any(page.facets.values())  # the case counts something, or it proves nothing


def test_a_bad_query_raises_query_error_and_a_bad_page_value_error():
    with pytest.raises(QueryError, match="everything"):
        search_page(SearchRequest(q="*"))
    with pytest.raises(ValueError, match="sort"):
        SearchRequest(q="peace", sort="random")
    with pytest.raises(ValueError, match="offset"):
        SearchRequest(q="peace", offset=-1)


def test_unprefixed_words_find_titles_but_rank_them_below_the_text():
    in_title = make_statement("We will see.", article=make_article("Ceasefire agreed in Geneva"))
    in_text = make_statement("The ceasefire must hold.")
    index_now()
    assert search_ids("ceasefire") == [in_text.pk, in_title.pk]


def test_words_near_each_other_rank_first(search_backend):
    only_on(search_backend, "postgres", "tantivy", reason="Whoosh ranks by BM25F alone: a proximity clause "
            "would cost a phrase search, its slowest kind")
    # The same words, so only their order can tell the two apart.
    apart = make_statement("Peace, as we said before the meeting, needs talks.")
    together = make_statement("As we said before the meeting, peace talks needs.")
    index_now()
    assert search_ids("peace talks") == [together.pk, apart.pk]


def test_it_suggests_a_speaker_name_or_word_when_nothing_matches():
    zakharova = make_speaker("Maria Zakharova", "maria-zakharova")
    make_statement("Provocations must stop.", speaker=zakharova)
    index_now()
    assert search_ids("zaharova provocations") == []
    assert suggest("zaharova provocations") == "zakharova provocations"
    assert suggest("speaker:zaharova") == "speaker:zakharova"
    assert suggest("provokations") == "provocations"


def test_it_suggests_nothing_when_no_correction_helps():
    make_statement("Provocations must stop.")
    index_now()
    assert suggest("provocations") is None  # nothing misspelt
    assert suggest("xylophone") is None  # nothing close
    assert suggest("provokations kosovo") is None  # corrected, still nothing found
    assert suggest("") is None
