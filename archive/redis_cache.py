"""Django's Redis cache, made to degrade: with Redis unreachable the archive renders every page, never errors.

Django's RedisCache raises whenever Redis does not answer, and the archive asks its caches on every
request (the data generation, the page cache, the rate-limit counters), so a Redis restart would turn
every page into a 500. Here a failed call behaves as a cache that holds nothing and keeps nothing:
`get` misses, `set` drops the value, `incr` says the key is missing, and `add` and `touch` say they
succeeded, so an export slot is taken (and nothing is refused for want of a counter) and the rate
limits count each request on its own: the limits are off while Redis is away, the pages are served.

After a failure, Redis is not asked again for RETRY_SECONDS (a dead host would otherwise cost a
connect timeout per call, several per request). Writes lost meanwhile include renewals of the data
generation; when Redis answers again the first call of this process deletes the keys listed in
OPTIONS["FORGET_AFTER_OUTAGE"] (the generation), so nothing cached before a write it missed is served
after it. Connect and read timeouts come from OPTIONS (socket_connect_timeout, socket_timeout).
"""

from __future__ import annotations

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

RETRY_SECONDS = 2.0


class _Health:
    """What this process knows of one Redis cache: shared by its threads (Django makes a cache object per
    thread), so one failure holds them all off and an outage is recovered from once per process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.missed_writes = False


_health: dict[tuple, _Health] = {}
_health_lock = threading.Lock()


class DegradingRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS", {}))
        self._forget = list(options.pop("FORGET_AFTER_OUTAGE", []))
        # Without them a host that does not answer blocks a request for minutes.
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 1.0)
        params["OPTIONS"] = options
        super().__init__(server, params)
        with _health_lock:
            self._health = _health.setdefault((server if isinstance(server, str) else tuple(server), self.key_prefix), _Health())

    def _call(self, write: bool, fallback, operation):
        import redis

        health = self._health
        if time.monotonic() < health.down_until:
            health.missed_writes |= write
            return fallback
        try:
            if health.missed_writes:
                self._recover()
            return operation()
        except (redis.ConnectionError, redis.TimeoutError) as error:
            with health.lock:
                if time.monotonic() >= health.down_until:
                    logger.warning("Redis cache unreachable (%s); serving without it for %.0f s", error, RETRY_SECONDS)
                health.down_until = time.monotonic() + RETRY_SECONDS
                health.missed_writes |= write
            return fallback

    def _recover(self) -> None:
        with self._health.lock:
            if not self._health.missed_writes:
                return  # another thread did
            keys = [self.make_and_validate_key(key) for key in self._forget]
            if keys:
                self._cache.delete_many(keys)
            self._health.missed_writes = False
        logger.warning("Redis cache reachable again; forgot %s", ", ".join(self._forget) or "nothing")

    def get(self, key, default=None, version=None):
        return self._call(False, default, lambda: super(DegradingRedisCache, self).get(key, default, version))

    def get_many(self, keys, version=None):
        return self._call(False, {}, lambda: super(DegradingRedisCache, self).get_many(keys, version))

    def has_key(self, key, version=None):
        return self._call(False, False, lambda: super(DegradingRedisCache, self).has_key(key, version))

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call(True, None, lambda: super(DegradingRedisCache, self).set(key, value, timeout, version))

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(True, list(data), lambda: super(DegradingRedisCache, self).set_many(data, timeout, version))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(True, True, lambda: super(DegradingRedisCache, self).add(key, value, timeout, version))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(True, True, lambda: super(DegradingRedisCache, self).touch(key, timeout, version))

    def incr(self, key, delta=1, version=None):
        missing = object()
        value = self._call(True, missing, lambda: super(DegradingRedisCache, self).incr(key, delta, version))
        if value is missing:
            raise ValueError(f"Key '{key}' not found (Redis unreachable)")
        return value

    def delete(self, key, version=None):
        return self._call(True, False, lambda: super(DegradingRedisCache, self).delete(key, version))

    def delete_many(self, keys, version=None):
        self._call(True, None, lambda: super(DegradingRedisCache, self).delete_many(keys, version))

    def clear(self):
        return self._call(True, False, lambda: super(DegradingRedisCache, self).clear())
