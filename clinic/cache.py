"""Django's Redis cache backend, reusing its redis-py client, and never a reason for a page to
fail.

Django makes a new redis-py client object for every cache operation. With redis-py 8 building
that object (its table of response callbacks) costs more than the round trip to Redis itself,
about 0.2 ms, which on a cached page is a third of the whole request. One client per
connection pool is safe to share between threads: the pool hands each command a connection.

Redis is a cache here, not a store: nothing the site needs to be right lives only in it (the
rate limit is counted in the database). So when Redis is down or slow, every operation answers
as a miss (get gives the default, add and set report nothing stored, delete nothing deleted)
and the site serves pages uncached. The outage is logged at most once a minute per process.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

LOG_EVERY_SECONDS = 60


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class OutageLog:
    """Logs a cache outage at most once every LOG_EVERY_SECONDS, however many requests see it."""

    def __init__(self):
        self._lock = threading.Lock()
        self._last = float("-inf")

    def failed(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._last < LOG_EVERY_SECONDS:
                return
            self._last = now
        logger.warning(
            "The cache (Redis) is not answering; serving without it. %s: %s: %s",
            operation,
            type(error).__name__,
            error,
        )


outages = OutageLog()


class ClinicRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def _or(self, fallback, operation: str, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except (RedisError, OSError) as error:
            outages.failed(operation, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._or(default, "get", super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._or({}, "get_many", super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._or(False, "has_key", super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, "add", super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._or(None, "set", super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(list(data), "set_many", super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._or(False, "touch", super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._or(False, "delete", super().delete, key, version)

    def delete_many(self, keys, version=None):
        self._or(None, "delete_many", super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        # No cached value to add to: the same answer Django gives for a missing key.
        try:
            return super().incr(key, delta, version)
        except (RedisError, OSError) as error:
            outages.failed("incr", error)
            raise ValueError(f"Key '{key}' not found: the cache is not answering.") from error

    def clear(self):
        return self._or(False, "clear", super().clear)
