"""Facets of big lists: counted over an even sample of about ARCHIVE_FACET_EXACT_LIMIT statements and
scaled, labelled as estimates; exact below the limit; never stale after an edit."""

import json
from collections import Counter

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from statements.devtools.corpus import generate_corpus
from statements.research.estimates import BUCKETS, Sampling, sampling_for, significant
from statements.research.facets import MOST, facet_counts
from statements.research.listing import narrow_statements
from statements.research.plans import checked_elsewhere, faster_by_index
from statements.models import Conflict, Outlet, Speaker, Statement
from tests.factories import make_speaker

pytestmark = pytest.mark.django_db

LIMIT = 400
STATEMENTS = 2400


@pytest.fixture
def corpus(settings):
    settings.ARCHIVE_FACET_EXACT_LIMIT = LIMIT
    generate_corpus(STATEMENTS, seed=7)


def listing_facets(client, params=""):
    response = client.get(f"/statements/?{params}")
    assert response.status_code == 200, response.content.decode()[:500]
    return response, {facet.key: facet for facet in response.context["listing"].facets}


def counts(facet):
    return {value.value: value.count for value in facet.values}


def exact_counts(settings, params=""):
    """The same list's facet counts, every statement counted (the limit off)."""
    limit, settings.ARCHIVE_FACET_EXACT_LIMIT = settings.ARCHIVE_FACET_EXACT_LIMIT, 0
    try:
        found = facet_counts(narrow_statements(QueryDict(params)).filterset)
    finally:
        settings.ARCHIVE_FACET_EXACT_LIMIT = limit
    assert found["estimated"] == []
    return {key: {str(value): n for value, *_, n in rows} for key, rows in found.items() if key != "estimated"}


def test_every_insert_path_gives_a_statement_its_sample_bucket(corpus):
    made_one_by_one = make_speaker(name="One Speaker", slug="one-speaker")
    statement = Statement.objects.first()
    statement.pk = None  # saved as a new row, through save()
    statement.start, statement.end = 100_000, 100_010
    statement.speaker = made_one_by_one
    statement.save()

    rows = list(Statement.objects.values_list("id", "sample"))
    assert len(rows) == STATEMENTS + 1
    assert all(sample == pk * 617 % BUCKETS for pk, sample in rows)
    # Evenly spread: each tenth of the buckets holds about a tenth of the statements.
    tenths = [sum(1 for _, sample in rows if sample // 100 == tenth) for tenth in range(10)]
    assert min(tenths) > 0.08 * len(rows) and max(tenths) < 0.12 * len(rows)


def test_a_list_within_the_limit_is_counted_exactly_and_not_labelled(client, settings, corpus):
    speaker = Statement.objects.values_list("speaker__slug", flat=True).order_by("speaker_id").last()
    params = f"speaker={speaker}&kind=direct"
    assert Statement.objects.filter(speaker__slug=speaker, kind="direct").count() <= LIMIT

    response, found = listing_facets(client, params)

    exact = exact_counts(settings, params)
    for key in ("outlet", "conflict", "year", "country", "kind"):
        assert not found[key].estimated, key
        assert counts(found[key]) == exact[key], key
    # The speaker facet counts over the list without the speaker filter: every direct quote, a big list.
    assert found["speaker"].estimated


def test_a_small_list_shows_no_estimate(client, corpus):
    conflict = Statement.conflicts.through.objects.values_list("conflict__slug", flat=True).first()
    speaker = Statement.objects.values_list("speaker__slug", flat=True).order_by("speaker_id").last()

    response, found = listing_facets(client, f"speaker={speaker}&conflict={conflict}&date_after=2020-01-01")

    assert not any(facet.estimated for facet in found.values())
    assert "≈" not in response.content.decode()


def test_a_big_list_is_estimated_within_a_tolerance_of_the_exact_counts(client, settings, corpus):
    response, found = listing_facets(client)
    exact = exact_counts(settings)

    for key in ("speaker", "kind", "outlet", "conflict", "country", "year"):
        assert found[key].estimated, key
        estimated = counts(found[key])
        for value, n in exact[key].items():
            if n >= STATEMENTS // 5:  # common values: the sample holds dozens of them
                assert abs(estimated[value] - n) <= 0.3 * n, (key, value, estimated[value], n)
    total = sum(counts(found["kind"]).values())
    assert abs(total - STATEMENTS) <= 0.1 * STATEMENTS
    # Ranked as the exact counts rank them, for values far apart.
    kinds = sorted(exact["kind"], key=exact["kind"].get, reverse=True)
    assert counts(found["kind"])[kinds[0]] > counts(found["kind"])[kinds[-1]]


def test_an_estimated_facet_is_labelled_in_words_and_for_screen_readers(client, corpus):
    response, found = listing_facets(client)
    html = response.content.decode()

    assert "Counts marked ≈ are estimates" in html
    assert "values with only a few statements may be missing" in html
    assert '<span class="visually-hidden"> about</span>' in html
    shown = found["kind"].values[0]
    assert f"about {shown.count:,}: estimated from a sample" in html


def test_the_sample_holds_about_the_limit_whatever_the_filters(settings, corpus):
    for params in ("", "kind=direct", "date_after=2014-01-01&date_before=2020-12-31"):
        queryset = narrow_statements(QueryDict(params)).filterset.qs
        sampling = sampling_for(queryset)
        assert not sampling.exact, params
        in_sample = sampling.rows(queryset).count()
        assert 0.7 * LIMIT <= in_sample <= 1.5 * LIMIT, (params, in_sample)


def test_selected_values_stay_selected_and_toggle_off(client, corpus):
    _, found = listing_facets(client, "kind=direct")

    assert found["kind"].estimated  # counted over the whole list: kind is the facet's own key
    direct = next(value for value in found["kind"].values if value.value == "direct")
    assert direct.selected
    assert "kind=" not in direct.toggle_url
    indirect = next(value for value in found["kind"].values if value.value == "indirect")
    assert not indirect.selected and "kind=direct" in indirect.toggle_url and "kind=indirect" in indirect.toggle_url


def test_an_edit_changes_estimated_counts_on_the_next_request(client, settings, corpus):
    _, before = listing_facets(client)  # estimated and now cached
    queryset = narrow_statements(QueryDict("")).filterset.qs
    buckets = sampling_for(queryset).buckets
    sampled = Statement.objects.filter(sample__lt=buckets).order_by("id").first()
    newcomer = make_speaker(name="Newly Quoted", slug="newly-quoted", country="Nowhere")
    sampled.speaker = newcomer
    sampled.save()

    _, after = listing_facets(client)

    assert "newly-quoted" not in counts(before["speaker"])
    assert counts(after["speaker"])["newly-quoted"] == significant(BUCKETS / buckets)
    assert after["country"].estimated and "Nowhere" in counts(after["country"])


def test_new_statements_from_a_bulk_insert_are_counted_at_once(client, corpus):
    _, before = listing_facets(client)
    generate_corpus(STATEMENTS, seed=8)  # bulk inserts, no signals: the corpus renews the generation itself

    _, after = listing_facets(client)

    assert sum(counts(after["kind"]).values()) > 1.6 * sum(counts(before["kind"]).values())


def test_a_chosen_year_counts_its_months_estimated_when_big(client, settings, corpus):
    settings.ARCHIVE_FACET_EXACT_LIMIT = 40
    year = Statement.objects.exclude(said_on=None).values_list("said_on__year", flat=True).first()
    params = f"date_after={year}-01-01&date_before={year}-12-31"
    assert Statement.objects.filter(said_on__year=year).count() > 40
    cache.clear()

    _, found = listing_facets(client, params)

    assert found["month"].estimated and found["year"].estimated
    assert next(value for value in found["year"].values if value.value == str(year)).selected


def test_scaling_and_rounding():
    assert Sampling(BUCKETS).exact and Sampling(BUCKETS).scale(1234) == 1234
    assert Sampling(100).scale(1234) == 12_300  # 12,340 to three significant figures
    assert Sampling(7).scale(1) == 143
    assert significant(0.2) == 1 and significant(0) == 0 and significant(99_949) == 99_900


def test_a_big_lists_count_is_estimated_on_the_page_and_exact_in_the_export(client, corpus):
    response, _ = listing_facets(client)
    page = response.context["listing"].page
    html = response.content.decode()

    assert page.estimated and abs(page.count - STATEMENTS) <= 0.1 * STATEMENTS
    assert f"About</span> {page.count:,} statements" in html
    assert f"of about {page.num_pages:,}" in html
    export = client.get("/statements/?format=json")
    assert json.loads(b"".join(export.streaming_content))["count"] == STATEMENTS
    # A page past the estimate is empty rather than refused; the next page link still works.
    assert client.get(f"/statements/?page={page.num_pages + 5}").status_code == 200


def test_a_small_lists_count_is_exact_and_not_labelled(client, corpus):
    speaker = Statement.objects.values_list("speaker__slug", flat=True).order_by("speaker_id").last()

    response, _ = listing_facets(client, f"speaker={speaker}")

    assert not response.context["listing"].page.estimated
    assert response.context["listing"].page.count == Statement.objects.filter(speaker__slug=speaker).count()
    assert "About" not in response.content.decode()


def busiest_conflicts(n: int = 1) -> list[str]:
    slugs = list(Statement.conflicts.through.objects.values_list("conflict__slug", flat=True))
    return sorted(set(slugs), key=lambda slug: (-slugs.count(slug), slug))[:n]


def test_a_big_conflict_lists_estimates_are_near_its_exact_counts(client, settings, corpus):
    settings.ARCHIVE_FACET_EXACT_LIMIT = 100  # the generated conflicts hold about 160 statements each
    params = "&".join(f"conflict={slug}" for slug in sorted(busiest_conflicts(2)))

    _, found = listing_facets(client, params)
    exact = exact_counts(settings, params)

    assert found["kind"].estimated and found["year"].estimated and found["speaker"].estimated
    assert found["conflict"].estimated  # over the list without the conflict filter: all of it
    for value, n in exact["kind"].items():
        if n >= 80:
            assert abs(counts(found["kind"])[value] - n) <= 0.4 * n, (value, counts(found["kind"])[value], n)


def test_a_big_conflict_lists_pages_are_the_same_rows_as_counted_exactly(client, settings, corpus):
    settings.ARCHIVE_FACET_EXACT_LIMIT = 100
    params = "&".join(f"conflict={slug}" for slug in sorted(busiest_conflicts(2)))
    urls = [f"/statements/?{params}", f"/statements/?{params}&sort=oldest"]

    def pages():
        shown = []
        for url in urls:
            response = client.get(url)
            shown.append([statement.pk for statement in response.context["listing"].statements])
            following = client.get("/statements/" + response.context["listing"].page.next_query)
            shown.append([statement.pk for statement in following.context["listing"].statements])
        return shown

    estimated = pages()
    assert client.get(urls[0]).context["listing"].page.estimated
    settings.ARCHIVE_FACET_EXACT_LIMIT = 0
    cache.clear()
    exact = pages()

    assert not client.get(urls[0]).context["listing"].page.estimated
    assert estimated == exact and all(len(page) == 20 for page in exact)


def test_a_speakers_page_counts_its_own_statements_exactly_when_few(client, corpus):
    speaker = Statement.objects.values_list("speaker__slug", flat=True).order_by("speaker_id").last()

    response = client.get(f"/speakers/{speaker}/")
    found = {facet.key: facet for facet in response.context["listing"].facets}

    assert not any(facet.estimated for facet in found.values())
    kinds = Statement.objects.filter(speaker__slug=speaker).values_list("kind", flat=True)
    assert counts(found["kind"]) == {kind: list(kinds).count(kind) for kind in set(kinds)}


@pytest.mark.parametrize("params", ["q=zzzqqq", "q=%22border+demarcation+zzzqqq%22", "q=zzzqqq&kind=direct"])
def test_a_search_that_matches_nothing_on_a_big_archive_shows_an_empty_list(client, corpus, params):
    """The pilot count reads an empty id list (no SQL can say "id IN ()"): no statements, not a 500."""
    response, facets = listing_facets(client, params)
    listing = response.context["listing"]
    assert list(listing.statements) == [] and listing.page.count == 0
    assert {key: facet.values for key, facet in facets.items()} == {key: [] for key in facets}
    assert "No statement matches" in response.content.decode()


def test_a_lists_share_is_read_from_the_sample_index_unless_the_list_is_a_small_part_of_the_table():
    table = 1_000_000
    # 45,000 statements (a country's indirect ones at 1M): a share of 223 buckets holds 10,000 of them.
    assert faster_by_index(table, 223, 45_000, joined=False)
    # An outlet's list: each of the 223,000 entries would be looked up in the articles.
    assert not faster_by_index(table, 223, 45_000, joined=True)
    # 12,000 statements: 834 buckets, nearly the whole index, for 12,000 rows read by their filter.
    assert not faster_by_index(table, 834, 12_000, joined=False)
    assert faster_by_index(table, 50, 200_000, joined=True)  # a big list: a twentieth of the index


def test_outlets_and_conflicts_are_tested_in_other_tables(corpus):
    outlet = Outlet.objects.filter(articles__isnull=False).first()
    conflict = Conflict.objects.filter(statements__isnull=False).first()
    country = Speaker.objects.exclude(country="").values_list("country", flat=True).first()

    def elsewhere(params):
        listing = narrow_statements(QueryDict(params))
        assert not listing.errors, params
        return checked_elsewhere(listing.filterset.qs)

    assert elsewhere(f"outlet={outlet.slug}&kind=direct")
    assert elsewhere(f"conflict={conflict.slug}")
    assert elsewhere(f"conflict={conflict.slug}&date_after=2015-01-01")  # tested on the dates' ids
    for params in ("", "kind=direct", f"country={country}", "date_after=2015-01-01"):
        assert not elsewhere(params), params


def test_outlets_counted_through_the_indexes_are_the_samples_own(settings, corpus):
    queryset = narrow_statements(QueryDict("")).filterset.qs
    sampling = sampling_for(queryset)
    assert sampling.by_index and not sampling.exact
    per_outlet = Counter(
        Statement.objects.public().filter(sample__lt=sampling.buckets).values_list("article__outlet__slug", flat=True)
    )

    with CaptureQueriesContext(connection) as queries:
        found = facet_counts(narrow_statements(QueryDict("")).filterset)

    assert {slug: n for slug, _, n in found["outlet"]} == {
        slug: sampling.scale(n) for slug, n in per_outlet.most_common(MOST) if slug
    }
    if connection.vendor == "sqlite":  # PostgreSQL chooses its own indexes from its statistics
        read = [query["sql"] for query in queries if '"article__outlet_id"' in query["sql"]]
        assert read and 'INDEXED BY "statement_sample_facets"' in read[0]
        assert 'INDEXED BY "article_outlet_by_id"' in read[0]


def test_a_share_is_written_as_the_list_of_its_buckets(corpus):
    share = Statement.objects.sampled(3)

    # A range ("sample < 3") led SQLite's planner to read the sample index once per bucket of all 1,000.
    assert '"sample" IN (0, 1, 2)' in str(share.query)
    below = {pk for pk, sample in Statement.objects.values_list("pk", "sample") if sample < 3}
    assert set(share.values_list("pk", flat=True)) == below


def test_a_chosen_year_stays_on_show_when_the_sample_missed_it():
    # an estimate's sample can miss every statement of a small year: the choice must still be shown, to undo it
    from datetime import date

    from statements.research.facets import _period_facets

    query = QueryDict("date_after=2024-01-01&date_before=2024-12-31")
    counts = {"year": [], "month": [], "estimated": ["year", "month"]}
    years = _period_facets(counts, query, "/statements/", date(2024, 1, 1), date(2024, 12, 31))[0]
    assert [(value.value, value.selected) for value in years.values] == [("2024", True)]
    assert "date_after" not in years.values[0].toggle_url
