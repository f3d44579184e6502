"""Django's Redis cache backend, reusing its redis-py client.

Django makes a new redis-py client object for every cache operation. With redis-py 8 building
that object (its table of response callbacks) costs more than the round trip to Redis itself,
about 0.2 ms, which on a cached page is a third of the whole request. One client per
connection pool is safe to share between threads: the pool hands each command a connection.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


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


class ClinicRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
