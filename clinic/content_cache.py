"""Caching of what is built from treatment content, with Django's cache framework: the public
content pages, and a few lists of names (conditions, treatments) for forms.

A content page (home, treatments, conditions, comparisons, team, prices, contact) is the same
for every visitor: it uses no session, cookie, CSRF token or CSP nonce. `cache_content_page`
stores it with Django's `cache_page` and marks it `Cache-Control: public` for a short while, so
a proxy or CDN in front may keep it too; ConditionalGetMiddleware adds an ETag, so a browser
that has the page gets a 304.

Pages are cached per language: the language is in the address (/pl/...) and in Django's cache
key (cache_page adds the active language), and `cached_content` keys by language too.

Each process keeps the pages in its own memory (the "pages" cache), filed under a key prefix
holding the content version, a random token kept in the shared cache (Redis), which every
request reads. Any save or delete of treatment content, and every `migrate`, writes
a new one (treatments/signals.py), so the next request renders afresh in every process that
shares the cache. A write that sends no signal (`QuerySet.update()` in a shell) is caught by
the timeout: neither this cache nor a proxy keeps a page longer than CONTENT_PAGE_SECONDS.

Safety data (precautions and their guidance) is never taken from here: the intake and the
suggestion engine read it from the database on every request. Only what is cheap to get wrong
for a minute is cached.

While the database is down, a content page is served from the last copy rendered, kept in the
shared cache for LAST_GOOD_SECONDS (every process renders a page only on its own cache miss,
so the copy is written once a minute per process and page at most): the public pages stay up
through an outage, as they did when the pages themselves lived in the shared cache. The copy
is only ever served when the database does not answer, marked no-cache so nobody keeps it.
"""

import hashlib
import logging
import uuid
from functools import wraps

from django.core.cache import cache
from django.db import InterfaceError, OperationalError, transaction
from django.http import HttpRequest, HttpResponse
from django.template.response import SimpleTemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.cache import cache_page

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
PAGES = "pages"
CONTENT_PAGE_SECONDS = 60
# How long the last good copy of a page may stand in for it during an outage: a day's old
# content beats no page, and staff rarely change treatment content (a change logs nothing here).
LAST_GOOD_SECONDS = 24 * 60 * 60
# How a database that does not answer shows itself (a refused value, DataError, is not one).
OUTAGE = (OperationalError, InterfaceError)


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
    CONTENT_PAGE_SECONDS at most), for each language apart: content is translated
    (treatments/translation.py), so a value built in Polish is never served in English."""
    key = f"{name}-{get_language()}-{content_version()}"
    return cache.get_or_set(key, build, CONTENT_PAGE_SECONDS)


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
    """Caches a public content page under the current content version; while the database is
    down, serves the page's last good copy if there is one."""
    public_view = remembered(shareable(view))

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # The version is read once per request, before the database: a page is never stored
        # under a version newer than the content it shows.
        prefix = f"content-{content_version()}"
        cached_view = cache_page(CONTENT_PAGE_SECONDS, cache=PAGES, key_prefix=prefix)(public_view)
        try:
            response = cached_view(request, *args, **kwargs)
            if isinstance(response, SimpleTemplateResponse):
                response = response.render()  # here, so an outage while rendering is caught
            return response
        except OUTAGE:
            copy = last_good_copy(request)
            if copy is None:
                raise  # the friendly 503 (clinic/views.py, server_error)
            logger.warning("The database did not answer; a page was served from its last copy.")
            return copy

    return wrapper


def last_good_key(request: HttpRequest) -> str:
    return "last-good-" + hashlib.sha256(request.get_full_path().encode()).hexdigest()


def remembered(view):
    """Keeps each page the view renders (on a cache miss) as the page's last good copy."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method != "GET" or response.status_code != 200:
            return response

        def keep(rendered: HttpResponse) -> None:
            copy = (rendered.content, rendered["Content-Type"])
            cache.set(last_good_key(request), copy, LAST_GOOD_SECONDS)

        if isinstance(response, SimpleTemplateResponse):
            response.add_post_render_callback(keep)
        else:
            keep(response)
        return response

    return wrapper


def last_good_copy(request: HttpRequest) -> HttpResponse | None:
    if request.method not in ("GET", "HEAD"):
        return None
    copy = cache.get(last_good_key(request))
    if copy is None:
        return None
    content, content_type = copy
    response = HttpResponse(content, content_type=content_type)
    patch_cache_control(response, no_cache=True)
    return response
