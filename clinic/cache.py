"""Django's Redis cache backend, never a reason for a page to fail.

Redis is a cache here, not a store: nothing the site needs to be right lives only in it (the
rate limit is counted in the database). So when Redis is down or slow, every operation answers
as a miss (get gives the default, add and set report nothing stored, delete nothing deleted)
and the site serves pages uncached. The outage is logged at most once a minute per process.

Only the backend's public methods are wrapped, so Django's own backend does the work; swapping
in django-redis for its IGNORE_EXCEPTIONS would mean a second Redis client library and logging
on every failed call during an outage, for the same result.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

LOG_EVERY_SECONDS = 60


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
