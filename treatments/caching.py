"""Whole-page caching for the public treatment pages, invalidated when staff edit content.

Every cached page's key carries a content version. Any save or delete of treatment content
(see signals.py) replaces the version, so the next request renders afresh. With several app
processes the cache must be shared (REDIS_URL) for that to reach every process; with the
per-process default a stale page lives at most PAGE_TIMEOUT seconds.
"""

import hashlib
import uuid
from functools import wraps

from django.core.cache import cache

VERSION_KEY = "treatments:content-version"
PAGE_TIMEOUT = 300


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def cache_public_page(view):
    """Caches a GET page's 200 response for everyone. Only for pages with no personal data,
    no cookies and no per-request values (no CSRF token or CSP nonce in the HTML). Requests
    with a query string are not cached, so arbitrary strings cannot fill the cache."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "GET" or request.GET:
            return view(request, *args, **kwargs)
        path_hash = hashlib.sha256(request.path.encode()).hexdigest()[:32]
        key = f"treatments:page:{content_version()}:{path_hash}"
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.cookies:
            if hasattr(response, "render") and not response.is_rendered:
                response.add_post_render_callback(lambda r: cache.set(key, r, PAGE_TIMEOUT))
            else:
                cache.set(key, response, PAGE_TIMEOUT)
        return response

    return wrapper
