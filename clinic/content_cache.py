"""Caching of what is built from treatment content, with Django's cache framework: the public
content pages, and a few lists of names (conditions, treatments) for forms.

A content page (home, treatments, conditions, comparisons, team, prices, contact) is the same
for every visitor: it uses no session, cookie, CSRF token or CSP nonce. `cache_content_page`
stores it with Django's `cache_page` and marks it `Cache-Control: public` for a short while, so
a proxy or CDN in front may keep it too; ConditionalGetMiddleware adds an ETag, so a browser
that has the page gets a 304.

Each process keeps the pages in its own memory (the "pages" cache), filed under a key prefix
holding the content version, a random token kept in the shared cache (Redis), which every
request reads. Any save or delete of treatment content, and every `migrate`, writes
a new one (treatments/signals.py), so the next request renders afresh in every process that
shares the cache. A write that sends no signal (`QuerySet.update()` in a shell) is caught by
the timeout: neither this cache nor a proxy keeps a page longer than CONTENT_PAGE_SECONDS.

Safety data (precautions and their guidance) is never taken from here: the intake and the
suggestion engine read it from the database on every request. Only what is cheap to get wrong
for a minute is cached.
"""

import uuid
from functools import wraps

from django.core.cache import cache
from django.db import transaction
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_page

VERSION_KEY = "content-version"
PAGES = "pages"
CONTENT_PAGE_SECONDS = 60


def content_version() -> str:
    """The version of the treatment content the cached pages belong to."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        # Another process may have set one in between: keep whichever got there first.
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY, version)
    return version


def bump_content_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def content_changed() -> None:
    """Retires the cached pages now, and again once the change is committed: a page rendered
    in between, from the database as it was before the commit, would otherwise be kept."""
    bump_content_version()
    transaction.on_commit(bump_content_version, robust=True)


def cached_content(name: str, build):
    """build(), a value computed from treatment content, kept until the content changes (and
    CONTENT_PAGE_SECONDS at most)."""
    return cache.get_or_set(f"{name}-{content_version()}", build, CONTENT_PAGE_SECONDS)


def shareable(view):
    """Marks the view's responses public for CONTENT_PAGE_SECONDS. A response that sets a
    cookie is made private, one the view marked private stays so, and cache_page keeps
    neither."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.cookies:
            patch_cache_control(response, private=True)
        if "private" not in response.get("Cache-Control", ""):
            patch_cache_control(response, public=True, max_age=CONTENT_PAGE_SECONDS)
        return response

    return wrapper


def cache_content_page(view):
    """Caches a public content page under the current content version."""
    public_view = shareable(view)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # The version is read once per request, before the database: a page is never stored
        # under a version newer than the content it shows.
        prefix = f"content-{content_version()}"
        cached_view = cache_page(CONTENT_PAGE_SECONDS, cache=PAGES, key_prefix=prefix)(public_view)
        return cached_view(request, *args, **kwargs)

    return wrapper
