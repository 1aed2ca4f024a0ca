"""The rate limits' counter store with ARCHIVE_CACHE=db (archive.counter_cache): a SQLite file shared by the
worker processes of a host, whose `add` and `incr` are atomic, so that no process loses another's counts."""

from __future__ import annotations

import multiprocessing

import pytest
from django.test import Client

from archive.counter_cache import SQLiteCounterCache
from statements.web import ratelimit

pytestmark = pytest.mark.django_db

LIMIT = 40


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "counters.sqlite3"


@pytest.fixture
def shared_counters(settings, store_path):
    """The production choice for several workers on one host: counters in their own SQLite file."""
    settings.CACHES = {**settings.CACHES, "counters": {"BACKEND": "archive.counter_cache.SQLiteCounterCache",
                                                       "LOCATION": str(store_path)}}
    settings.ARCHIVE_RATE_LIMIT = LIMIT
    settings.ARCHIVE_RATE_LIMIT_EXPENSIVE = 10
    return settings


def test_add_incr_touch_delete_and_expiry(store_path):
    store = SQLiteCounterCache(str(store_path), {})
    with pytest.raises(ValueError):
        store.incr("n")
    assert store.add("n", 1, timeout=60) is True
    assert store.add("n", 5, timeout=60) is False  # held: add never overwrites a live value
    assert store.incr("n") == 2 and store.incr("n", 3) == 5
    assert store.get("n") == 5 and store.has_key("n")
    store.set("gone", 1, timeout=-1)  # already expired
    assert store.get("gone", "default") == "default" and not store.has_key("gone")
    assert store.add("gone", 7, timeout=60) is True  # an expired value does not hold the key
    assert store.touch("gone", 60) is True and store.touch("never", 60) is False
    store.set("label", {"a": [1, 2]}, timeout=60)
    assert store.get("label") == {"a": [1, 2]}
    with pytest.raises(ValueError):
        store.incr("label")
    assert store.delete("n") is True and store.delete("n") is False
    store.clear()
    assert store.get("gone") is None and store.get("label") is None


def _count(path: str, times: int, queue) -> None:
    store = SQLiteCounterCache(path, {})
    added = 0
    for _ in range(times):
        try:
            store.incr("shared")
        except ValueError:
            if store.add("shared", 1, timeout=60):
                added += 1
            else:
                store.incr("shared")
    queue.put(added)


def test_processes_counting_at_once_lose_no_count(store_path):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    workers = [context.Process(target=_count, args=(str(store_path), 250, queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [worker.exitcode for worker in workers] == [0] * 4
    assert sum(queue.get(timeout=5) for _ in workers) == 1  # exactly one process started the counter
    assert SQLiteCounterCache(str(store_path), {}).get("shared") == 1000


def _hits(path: str, limit: int, times: int, queue) -> None:
    from django.test import override_settings

    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
                                   "counters": {"BACKEND": "archive.counter_cache.SQLiteCounterCache",
                                                "LOCATION": path}}):
        now = 1_000_000 * ratelimit.WINDOW + 1  # one window, no previous one
        queue.put(sum(ratelimit.hit("all", "203.0.113.50", limit, now=now) is None for _ in range(times)))


def test_a_client_spread_over_worker_processes_gets_its_limit_exactly_once(store_path):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    workers = [context.Process(target=_hits, args=(str(store_path), 100, 60, queue)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [worker.exitcode for worker in workers] == [0] * 3
    assert sum(queue.get(timeout=5) for _ in workers) == 100  # 180 sent, 100 allowed across the processes


def test_the_middleware_refuses_over_the_limit_with_shared_counters(shared_counters, store_path):
    client = Client()
    statuses = [client.get("/", REMOTE_ADDR="198.51.100.40").status_code for _ in range(LIMIT + 3)]
    assert statuses[:LIMIT] == [200] * LIMIT and statuses[LIMIT:] == [429] * 3
    assert client.get("/", REMOTE_ADDR="198.51.100.41").status_code == 200
    assert store_path.exists()
    exports = [client.get("/statements/", {"format": "csv"}, REMOTE_ADDR="198.51.100.42") for _ in range(12)]
    for response in exports:  # read to the end: each export gives its slot back
        if response.streaming:
            b"".join(response.streaming_content)
    assert [response.status_code for response in exports].count(429) == 2
