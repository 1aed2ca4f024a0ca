"""The home page's figures and the speaker and conflict timelines: counted right (every public statement,
row by row), read from the cache while the data stays the same, and changed at once by an edit."""

from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from statements.devtools.corpus import generate_corpus
from statements.curation.decisions import edit_statements, reject
from statements.web.generation import data_changed
from statements.models import Conflict, Speaker, Statement
from statements.research.overview import TOP_SPEAKERS, compute_overview
from statements.research.timeline import public_monthly_counts
from tests.factories import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(admin_user):
    """A generated archive with rejected, unattributed and undated statements among the rest."""
    generate_corpus(240, seed=5)
    ids = list(Statement.objects.order_by("pk").values_list("pk", flat=True))
    reject(Statement.objects.filter(pk__in=ids[::7]), user=admin_user)
    edit_statements(Statement.objects.filter(pk__in=ids[3::11]), user=admin_user, speaker=None)
    Statement.objects.filter(pk__in=ids[5::13]).update(said_on=None)
    data_changed()  # an UPDATE sends no signal
    return ids


def public_rows():
    return list(Statement.objects.public().select_related("speaker").prefetch_related("conflicts"))


def month_of(statement):
    return statement.said_on.replace(day=1)


def by_key(rows):
    """(month, series key) -> count, whatever order the rows came in."""
    counts = Counter()
    for month, key, _, n in rows:
        counts[month, key] += n
    return counts


def home(client):
    response = client.get("/")
    assert response.status_code == 200
    context = response.context
    return {key: context[key] for key in ("counts", "conflicts", "top_speakers")}, [s.pk for s in context["latest"]]


def test_the_overview_counts_every_public_statement(corpus):
    rows = public_rows()
    by_speaker = Counter(s.speaker.slug for s in rows if s.speaker)
    by_conflict = Counter(c.slug for s in rows for c in s.conflicts.all())
    names = dict(Speaker.objects.values_list("slug", "name"))

    overview = compute_overview()

    assert overview["counts"] == {"statements": len(rows), "speakers": Speaker.objects.count(),
                                  "articles": len({s.article_id for s in Statement.objects.all()}),
                                  "conflicts": Conflict.objects.count()}
    assert [(c["slug"], c["count"]) for c in overview["conflicts"]] == [
        (c.slug, by_conflict[c.slug]) for c in Conflict.objects.order_by("name", "pk")
    ]
    expected = sorted(by_speaker, key=lambda slug: (-by_speaker[slug], names[slug], slug))[:TOP_SPEAKERS]
    assert [(s["slug"], s["name"], s["count"]) for s in overview["top_speakers"]] == [
        (slug, names[slug], by_speaker[slug]) for slug in expected
    ]
    newest = sorted(rows, key=lambda s: (s.said_on is not None, s.said_on, s.pk), reverse=True)
    assert overview["latest"] == [s.pk for s in newest[:10]]


def test_a_warm_home_page_reads_its_figures_from_the_cache_and_shows_the_same(client, corpus, settings):
    with CaptureQueriesContext(connection) as first:
        cold = home(client)
    cold_queries = len(first.captured_queries)  # read now: the next request empties the query log
    with CaptureQueriesContext(connection) as second:
        warm = home(client)
    warm_queries = len(second.captured_queries)
    settings.ARCHIVE_COUNT_CACHE_SECONDS = 0
    uncached = home(client)

    assert warm == cold == uncached
    assert warm_queries <= 2 < cold_queries - 7  # what is left: the latest statements and their conflicts


def test_a_rejection_changes_a_warm_home_page_at_once(client, corpus, admin_user):
    before, latest = home(client)
    newest = Statement.objects.get(pk=latest[0])

    reject(Statement.objects.filter(pk=newest.pk), user=admin_user)
    after, latest_after = home(client)

    assert after["counts"]["statements"] == before["counts"]["statements"] - 1
    assert newest.pk not in latest_after
    counts = {c["slug"]: c["count"] for c in after["conflicts"]}
    for conflict in newest.conflicts.all():
        assert counts[conflict.slug] == {c["slug"]: c["count"] for c in before["conflicts"]}[conflict.slug] - 1
    speakers_before = {s["slug"]: s["count"] for s in before["top_speakers"]}
    speakers_after = {s["slug"]: s["count"] for s in after["top_speakers"]}
    if newest.speaker and newest.speaker.slug in speakers_after:
        assert speakers_after[newest.speaker.slug] == speakers_before[newest.speaker.slug] - 1


def test_an_admin_change_of_speaker_moves_a_statement_between_speakers_on_a_warm_home_page(admin_client, corpus):
    before, _ = home(admin_client)
    top, last = before["top_speakers"][0], before["top_speakers"][-1]
    statement = Statement.objects.public().filter(speaker__slug=last["slug"]).first()
    new_speaker = Speaker.objects.get(slug=top["slug"])

    response = admin_client.post(f"/admin/statements/statement/{statement.pk}/change/",
                                 change_form_data(statement, speaker=new_speaker.pk))
    assert response.status_code == 302
    after, _ = home(admin_client)

    counts = {s["slug"]: s["count"] for s in after["top_speakers"]}
    assert counts[top["slug"]] == top["count"] + 1
    assert counts.get(last["slug"], last["count"] - 1) == last["count"] - 1
    assert after["counts"]["statements"] == before["counts"]["statements"]


def test_a_speakers_and_a_conflicts_timeline_count_every_dated_public_statement(corpus):
    rows = public_rows()
    speaker = Counter(s.speaker_id for s in rows if s.speaker).most_common(1)[0][0]
    speaker = Speaker.objects.get(pk=speaker)
    conflict = next(s.conflicts.all()[0] for s in rows if not s.speaker and s.said_on and s.conflicts.all())
    by_conflict = Counter(
        (month_of(s), c.slug) for s in rows if s.speaker_id == speaker.pk and s.said_on for c in s.conflicts.all()
    )
    by_conflict.update((month_of(s), None) for s in rows if s.speaker_id == speaker.pk and s.said_on and not s.conflicts.all())
    by_speaker = Counter(
        (month_of(s), s.speaker.slug if s.speaker else None)
        for s in rows if s.said_on and conflict in s.conflicts.all()
    )

    speaker_rows = public_monthly_counts(Statement.objects.filter(speaker=speaker), "conflict")
    conflict_rows = public_monthly_counts(Statement.objects.filter(conflicts=conflict), "speaker")

    assert by_key(speaker_rows) == by_conflict
    assert by_key(conflict_rows) == by_speaker
    assert None in {key for _, key in by_speaker}  # the unattributed ones are counted too
    names = dict(Conflict.objects.values_list("slug", "name"))
    assert {(key, label) for _, key, label, _ in speaker_rows} == {(key, names.get(key, "")) for _, key in by_conflict}


def timeline_of_page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    timeline = response.context["timeline"]
    return timeline.summary, [(s.key, s.total) for s in timeline.series], [b.counts for b in timeline.buckets]


def test_a_warm_timeline_is_the_uncached_one(client, corpus, settings):
    speaker = Speaker.objects.get(slug=home(client)[0]["top_speakers"][0]["slug"])
    urls = [speaker.get_absolute_url(), Conflict.objects.first().get_absolute_url()]
    cold = [timeline_of_page(client, url) for url in urls]
    warm = [timeline_of_page(client, url) for url in urls]
    settings.ARCHIVE_COUNT_CACHE_SECONDS = 0

    assert warm == cold == [timeline_of_page(client, url) for url in urls]


def test_a_rejection_and_a_change_of_speaker_change_warm_timelines_at_once(client, corpus, admin_user):
    speaker = Speaker.objects.get(slug=home(client)[0]["top_speakers"][0]["slug"])
    conflict = Conflict.objects.first()
    statements = Statement.objects.public().filter(speaker=speaker, said_on__isnull=False, conflicts=conflict)
    rejected, moved = statements.order_by("pk")[:2]
    before = timeline_of_page(client, speaker.get_absolute_url())
    conflict_before = timeline_of_page(client, conflict.get_absolute_url())

    reject(Statement.objects.filter(pk=rejected.pk), user=admin_user)
    edit_statements(Statement.objects.filter(pk=moved.pk), user=admin_user, speaker=None)
    after = timeline_of_page(client, speaker.get_absolute_url())
    conflict_after = timeline_of_page(client, conflict.get_absolute_url())

    tags = rejected.conflicts.count() + moved.conflicts.count()  # the speaker's chart counts each tag
    assert sum(n for _, n in before[1]) - sum(n for _, n in after[1]) == tags
    assert after[0] != before[0]
    assert dict(conflict_after[1]).get(speaker.slug, 0) == dict(conflict_before[1])[speaker.slug] - 2
    assert dict(conflict_after[1])["none"] == dict(conflict_before[1]).get("none", 0) + 1
