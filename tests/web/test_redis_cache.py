"""With its Redis unreachable (a port nothing listens on), the archive's Redis cache degrades: pages render,
nothing raises. tests/web/test_multinode.py stops and stalls a real Redis under two web nodes."""

import socket

import pytest
from django.core.cache import caches

from statements.models import Statement
from tests.factories import make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def unreachable_redis(settings):
    with socket.socket() as probe:  # a free port: a connection to it is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    location = f"redis://127.0.0.1:{port}/0"
    settings.CACHES = {
        "default": {"BACKEND": "archive.redis_cache.DegradingRedisCache", "LOCATION": location,
                    "OPTIONS": {"FORGET_AFTER_OUTAGE": ["statements:data-generation"]}},
        "counters": {"BACKEND": "archive.redis_cache.DegradingRedisCache", "LOCATION": location, "KEY_PREFIX": "counters"},
    }
    settings.ARCHIVE_PAGE_CACHE_SECONDS = 3600
    settings.ARCHIVE_RATE_LIMIT = 5
    settings.ARCHIVE_EXPORTS_PER_CLIENT = 1
    return location


def test_every_call_answers_as_an_empty_cache(unreachable_redis):
    cache = caches["default"]
    assert cache.get("key", "default") == "default"
    cache.set("key", 1)
    assert cache.get("key") is None
    assert cache.add("key", 1) is True  # an export slot is taken rather than refused
    assert cache.touch("key") is True
    with pytest.raises(ValueError):
        cache.incr("key")  # as for a missing key: the rate limiter counts this request alone
    assert cache.get_many(["a", "b"]) == {}
    assert cache.delete("key") is False


def test_pages_render_and_nothing_is_refused_without_redis(unreachable_redis, client):
    statement = make_statement()
    # 12 requests against a limit of 5 a minute: with no counter to keep, the limits are off, not refusing.
    for path in ["/", f"/statements/{statement.pk}/", "/statements/?q=peace", "/statements/?format=csv"] * 3:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.get("X-Archive-Cache") in (None, "miss")  # nothing is kept, nothing is served from it
    assert Statement.objects.count() == 1
