"""Polling sources against a real HTTP server on loopback: conditional GET, robots.txt, per-host delay,
retries with backoff, and a failing source that stops nothing else."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from statements.ingest.polling import PoliteFetcher, due_sources, poll_sources
from statements.models import Article, Outlet, Source
from tests.ingest.page_server import realnews

TELEGRAPH = realnews("telegraph-plumber-jailed.html")
TRIBUNE = realnews("tribune242-shootings.html")


def rss(*links):
    items = "".join(f"<item><title>Story {n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'.encode()


def fast_fetcher(**kwargs):
    """No waiting in tests unless a test is about waiting."""
    return PoliteFetcher(**{"host_delay": 0, "retries": 0, "backoff": 0, **kwargs})


def feed_with_etag(server, body, etag='"v1"'):
    def handler(request):
        if request.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, body

    return server.route("/feed.xml", handler)


@pytest.mark.django_db
def test_a_feed_is_polled_then_answered_304_on_the_second_poll(gazetteer, page_server):
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    page_server.page("/news/two-more-gunned-down", TRIBUNE)
    url = feed_with_etag(page_server, rss(page_server.url("/news/plumber-jailed-for-boiler"),
                                          page_server.url("/news/two-more-gunned-down")))
    outlet = Outlet.objects.create(name="Test Wire", slug="test-wire")
    source = Source.objects.create(name="Wire", url=url, outlet=outlet)

    (first,) = poll_sources([source], fast_fetcher())
    source.refresh_from_db()

    assert first.ok and first.added == 2
    assert set(Article.objects.values_list("outlet__name", flat=True)) == {"Test Wire"}
    assert (source.etag, source.error_count, source.last_added) == ('"v1"', 0, 2)
    served = len(page_server.requests)

    (second,) = poll_sources([source], fast_fetcher())

    assert second.ok and second.not_modified and second.added == 0
    new = page_server.requests[served:]
    assert [path for path, _ in new] == ["/robots.txt", "/feed.xml"]  # the entries were not fetched again
    assert new[1][1]["if-none-match"] == '"v1"'
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_robots_txt_disallowing_a_path_is_obeyed(gazetteer, page_server):
    page_server.page("/robots.txt", b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    page_server.page("/private/two-more-gunned-down", TRIBUNE)
    url = page_server.page("/feed.xml", rss(page_server.url("/news/plumber-jailed-for-boiler"),
                                            page_server.url("/private/two-more-gunned-down")))
    source = Source.objects.create(name="Wire", url=url)

    (result,) = poll_sources([source], fast_fetcher())

    assert result.ok and result.added == 1
    (refused,) = [o for o in result.outcomes if o.failed]
    assert "disallowed by" in refused.reason and "robots.txt" in refused.reason
    paths = [path for path, _ in page_server.requests]
    assert "/private/two-more-gunned-down" not in paths
    assert paths.count("/robots.txt") == 1


@pytest.mark.django_db
def test_a_failing_source_is_counted_and_stops_nothing_else(gazetteer, page_server):
    page_server.route("/broken.xml", lambda _r: (503, {"Content-Type": "text/plain"}, b"down"))
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    good_url = page_server.page("/feed.xml", rss(page_server.url("/news/plumber-jailed-for-boiler")))
    broken = Source.objects.create(name="Broken", url=page_server.url("/broken.xml"), error_count=2)
    good = Source.objects.create(name="Good", url=good_url)
    sleeps = []

    results = list(poll_sources([broken, good], fast_fetcher(retries=2, backoff=0.5, sleep=sleeps.append)))

    assert [r.ok for r in results] == [False, True]
    broken.refresh_from_db()
    good.refresh_from_db()
    assert broken.error_count == 3 and "HTTP 503" in broken.last_error and broken.last_success_at is None
    assert good.error_count == 0 and good.last_success_at is not None and Article.objects.count() == 1
    assert [path for path, _ in page_server.requests].count("/broken.xml") == 3  # first try + 2 retries
    assert sleeps == [0.5, 1.0]  # exponential backoff


@pytest.mark.django_db
def test_requests_to_one_host_are_spaced_by_the_delay(gazetteer, page_server):
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    page_server.page("/news/two-more-gunned-down", TRIBUNE)
    url = page_server.page("/feed.xml", rss(page_server.url("/news/plumber-jailed-for-boiler"),
                                            page_server.url("/news/two-more-gunned-down")))
    source = Source.objects.create(name="Wire", url=url)
    stamps = []
    original_route = page_server.routes

    def stamped(handler):
        def wrapper(request):
            stamps.append(time.monotonic())
            return handler(request)
        return wrapper

    page_server.routes = {path: stamped(handler) for path, handler in original_route.items()}

    list(poll_sources([source], fast_fetcher(host_delay=0.3)))

    assert len(stamps) == 3  # feed and two pages (robots.txt is a 404, not stamped)
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    assert min(gaps) >= 0.28


@pytest.mark.django_db
def test_only_active_sources_past_their_interval_are_due():
    now = timezone.now()
    never = Source.objects.create(name="New", url="https://a.example/feed")
    recent = Source.objects.create(name="Recent", url="https://b.example/feed", last_polled_at=now - timedelta(minutes=5))
    overdue = Source.objects.create(name="Overdue", url="https://c.example/feed", last_polled_at=now - timedelta(hours=2))
    Source.objects.create(name="Off", url="https://d.example/feed", active=False)

    assert {s.name for s in due_sources(now)} == {never.name, overdue.name}
    recent.interval_minutes = 1
    recent.save()
    assert recent.name in {s.name for s in due_sources(now)}


@pytest.mark.django_db
def test_the_command_polls_what_is_due_and_reports_failures(gazetteer, page_server, settings, capsys):
    settings.ARCHIVE_POLL_HOST_DELAY = 0
    settings.ARCHIVE_POLL_RETRIES = 0
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    Source.objects.create(name="Good", url=page_server.page("/feed.xml", rss(page_server.url("/news/plumber-jailed-for-boiler"))))
    Source.objects.create(name="Gone", url=page_server.url("/missing.xml"))

    call_command("poll_sources")

    out, err = capsys.readouterr()
    assert "polled     Good" in out and "1 added" in out
    assert "failed     Gone" in err and "HTTP 404" in err
    assert "2 sources polled: 1 articles added, 1 sources failed" in out


@pytest.mark.django_db
def test_the_admin_lists_sources_with_their_health(admin_client):
    Source.objects.create(name="Wire", url="https://wire.example/feed", error_count=4, last_error="HTTP 503 from x")
    page = admin_client.get("/admin/statements/source/").content.decode()
    assert "Wire" in page and "HTTP 503 from x" in page


@pytest.mark.django_db
def test_a_list_page_source_has_the_stories_it_links_to_fetched(gazetteer, page_server):
    page_server.page("/news/plumber-jailed-for-boiler", TELEGRAPH)
    page_server.page("/news/two-more-gunned-down", TRIBUNE)
    listing = (
        '<html><body><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about">About</a></nav>'
        '<ul><li><a href="/news/plumber-jailed-for-boiler">Plumber jailed</a></li>'
        '<li><a href="/news/two-more-gunned-down#comments">Two more gunned down</a></li>'
        '<li><a href="https://elsewhere.example/news/some-other-site-story">Elsewhere</a></li></ul></body></html>'
    ).encode()
    source = Source.objects.create(name="Newsroom", kind="page", url=page_server.page("/news/", listing))

    (result,) = poll_sources([source], fast_fetcher())

    assert result.ok and result.added == 2
    paths = [path for path, _ in page_server.requests]
    assert "/about" not in paths and "/" not in paths  # navigation is not fetched
    assert set(Article.objects.values_list("url", flat=True)) == {
        page_server.url("/news/plumber-jailed-for-boiler"), page_server.url("/news/two-more-gunned-down")}
