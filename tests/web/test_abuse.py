"""Abuse: per-client rate limits on the researcher's pages, stricter for costly searches; admin login
throttling (user + address locked for 15 minutes after 5 failures).

The concurrent version (two abusive clients against gunicorn while researchers keep their throughput)
is benchmarks/load.py; here the same limits are checked request by request.
"""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from statements.web.ratelimit import counters
from django.test import Client

from statements.web import ratelimit
from statements.search import process_index_queue
from tests.factories import make_statement

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password-1"


@pytest.fixture
def limits(settings):
    # Every test starts with an empty cache (conftest's fresh_cache), so no counter of another test counts.
    settings.ARCHIVE_RATE_LIMIT = 300
    settings.ARCHIVE_RATE_LIMIT_EXPENSIVE = 30
    return settings


@pytest.fixture
def archive(db):
    for n in range(30):
        make_statement(text=f"Security talks number {n} went on about the border.")
    process_index_queue(wait=True)


def timed_get(client: Client, url: str, address: str) -> tuple[int, float]:
    started = time.perf_counter()
    status = client.get(url, REMOTE_ADDR=address).status_code
    return status, time.perf_counter() - started


def test_a_burst_from_one_client_is_mostly_refused_while_another_keeps_its_speed(limits, archive):
    limits.ARCHIVE_RATE_LIMIT = 100  # a tighter budget than production's 300 keeps the test short; same rule
    client = Client()
    page = "/statements/?q=security"
    baseline = [timed_get(client, page, "198.51.100.2")[1] for _ in range(20)]
    counters().clear()
    burst, others = [], []
    for n in range(1000):
        burst.append(timed_get(client, page, "198.51.100.1")[0])
        if n % 25 == 0:
            others.append(timed_get(client, page, "198.51.100.2"))
    refused = burst.count(429)
    assert refused >= 850, f"only {refused} of 1,000 refused"
    assert set(burst) <= {200, 429}
    assert all(status == 200 for status, _ in others), "the second client was refused"
    during = statistics.median(latency for _, latency in others)
    before = statistics.median(baseline)
    print(f"burst: {refused}/1000 refused; other client median {1000 * before:.1f} ms before, {1000 * during:.1f} ms during")
    assert during <= 2 * before + 0.005, (before, during)


def test_costly_searches_have_a_stricter_limit(limits, archive):
    client = Client()
    statuses = [client.get("/statements/", {"q": "secur*"}, REMOTE_ADDR="198.51.100.3").status_code for _ in range(40)]
    assert statuses[:30] == [200] * 30
    assert statuses[30:] == [429] * 10
    assert client.get("/statements/", {"q": "security"}, REMOTE_ADDR="198.51.100.3").status_code == 200
    exports = [client.get("/statements/", {"format": "csv"}, REMOTE_ADDR="198.51.100.4").status_code for _ in range(35)]
    assert exports.count(429) == 5


def test_the_refusal_says_when_to_retry(limits, archive):
    limits.ARCHIVE_RATE_LIMIT = 3
    client = Client()
    responses = [client.get("/", REMOTE_ADDR="198.51.100.5") for _ in range(4)]
    refused = responses[-1]
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= ratelimit.WINDOW
    assert "try again in" in refused.content.decode()


def test_a_forged_forwarded_for_does_not_escape_the_limit(limits, archive):
    limits.ARCHIVE_RATE_LIMIT = 5
    client = Client()
    statuses = [client.get("/", REMOTE_ADDR="198.51.100.6", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code for n in range(8)]
    assert statuses.count(429) == 3


def test_behind_a_trusted_proxy_the_forwarded_address_is_the_client(limits, archive):
    limits.ARCHIVE_RATE_LIMIT = 5
    limits.ARCHIVE_TRUSTED_PROXIES = 1
    client = Client()
    first = [client.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="forged, 203.0.113.7").status_code for _ in range(7)]
    other = client.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.8").status_code
    assert first.count(429) == 2 and other == 200


def test_ipv6_clients_are_counted_per_64(limits, archive):
    limits.ARCHIVE_RATE_LIMIT = 4
    client = Client()
    statuses = [client.get("/", REMOTE_ADDR=f"2001:db8:1:2::{n:x}").status_code for n in range(6)]
    assert statuses.count(429) == 2


def test_the_window_slides(limits):
    counters().clear()
    start = 1_000_000 * ratelimit.WINDOW  # the start of a window
    assert all(ratelimit.hit("t", "c", 10, now=start + 50) is None for _ in range(10))
    assert ratelimit.hit("t", "c", 10, now=start + 55) is not None
    # Half-way into the next window half of the previous one still counts: 5 more, not 10.
    allowed = sum(ratelimit.hit("t", "c", 10, now=start + ratelimit.WINDOW + ratelimit.WINDOW / 2) is None for _ in range(10))
    assert allowed == 4  # 11 counted in the last window (the refused one too), half of it overlaps


def test_static_files_are_not_counted(limits):
    limits.ARCHIVE_RATE_LIMIT = 1
    request = type("R", (), {"path": "/static/css/archive.css", "META": {"REMOTE_ADDR": "198.51.100.9"}, "GET": {}})()
    middleware = ratelimit.RateLimitMiddleware(lambda request: None)
    assert all(middleware.check(request) is None for _ in range(5))


class TestLoginThrottling:
    @pytest.fixture
    def curator(self, db):
        counters().clear()
        return User.objects.create_superuser("curator", "c@example.org", PASSWORD)

    def attempt(self, client: Client, password: str, address: str = "198.51.100.20", username: str = "curator"):
        return client.post("/admin/login/?next=/admin/", {"username": username, "password": password}, REMOTE_ADDR=address)

    def test_five_failures_lock_the_user_at_that_address_for_15_minutes(self, curator):
        client = Client()
        for _ in range(4):
            assert self.attempt(client, "wrong").status_code == 200  # the form again, with its error
        locked = self.attempt(client, "wrong")
        assert locked.status_code == 429
        assert "Too many requests" in locked.content.decode()
        # Even the right password is refused while locked, without a session.
        assert self.attempt(client, PASSWORD).status_code == 429
        assert "_auth_user_id" not in client.session
        # The same user from another address, and another user from this one, are not locked.
        assert self.attempt(Client(), PASSWORD, address="198.51.100.21").status_code == 302
        User.objects.create_superuser("other", "o@example.org", PASSWORD)
        assert self.attempt(Client(), PASSWORD, username="other").status_code == 302

    def test_the_lock_ends_after_15_minutes(self, curator):
        client = Client()
        for _ in range(5):
            self.attempt(client, "wrong")
        assert self.attempt(client, PASSWORD).status_code == 429
        AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.first().attempt_time - timedelta(minutes=16))
        assert self.attempt(client, PASSWORD).status_code == 302

    def test_a_success_resets_the_count(self, curator):
        client = Client()
        for _ in range(4):
            self.attempt(client, "wrong")
        assert self.attempt(client, PASSWORD).status_code == 302
        client.logout()
        for _ in range(4):
            assert self.attempt(client, "wrong").status_code == 200
