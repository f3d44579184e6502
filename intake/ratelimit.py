"""A per-client limit on sent intakes, counted in the cache.

In production the cache must be shared by every app server (REDIS_URL), or each process counts
on its own. Clients are told apart by IP address, hashed so no address is stored.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

WINDOW_SECONDS = 3600


def client_ip(request: HttpRequest) -> str:
    """The client's address; behind N trusted proxies, the Nth from the right of X-Forwarded-For."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def submission_allowed(request: HttpRequest) -> bool:
    """Counts this attempt and says whether the client is still within the hourly limit."""
    limit = settings.INTAKE_SUBMISSIONS_PER_HOUR
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    key = f"intake:rate:{digest[:32]}"
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count <= limit
