"""Whole-page caching of the public treatment pages, invalidated when staff edit content.

Views marked with @cache_public_page store their rendered page; PublicPageCacheMiddleware,
early in the middleware stack, serves it to the next visitor without running the rest of the
stack, the URL resolver or the view. Pages are kept in each process's memory, so a hit costs no
network round trip.

Invalidation: every page is stored with the content version current when it was rendered. Any
save or delete of treatment content (signals.py) writes a new version to the shared cache and
empties this process's pages at once. Other processes read the shared version at most once a
second, so with a shared cache (REDIS_URL) every process serves fresh content within a second
of an edit. Without one, each process has only its own version, and a stale page lives at most
PAGE_TIMEOUT seconds.

Only pages with no personal data, no cookies and nothing per request (no CSRF token, no CSP
nonce) may be marked.
"""

import threading
import time
import uuid
from dataclasses import dataclass
from functools import wraps

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

VERSION_KEY = "treatments:content-version"
PAGE_TIMEOUT = 300
VERSION_CHECK_SECONDS = 1.0
MAX_PAGES = 500  # compare pages vary with their query string; keep the store small


def content_version() -> str:
    """The shared version of the treatment content (a random token, new after every edit)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    pages.clear()
    memo.clear()


@dataclass(frozen=True)
class StoredPage:
    version: str
    expires: float
    status: int
    content: bytes
    headers: tuple[tuple[str, str], ...]

    def response(self) -> HttpResponse:
        """A new response each time: responses are changed on their way out (headers,
        cookies) and must never be shared between requests."""
        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response[name] = value
        return response


class PageStore:
    """This process's rendered pages, each tagged with the content version it was made from."""

    def __init__(self):
        self._pages: dict[str, StoredPage] = {}
        self._lock = threading.Lock()
        self._version = ""
        self._checked = 0.0

    def version(self) -> str:
        now = time.monotonic()
        if now - self._checked > VERSION_CHECK_SECONDS:
            self._version, self._checked = content_version(), now
        return self._version

    def get(self, key: str) -> StoredPage | None:
        page = self._pages.get(key)
        if page is None or page.expires < time.monotonic() or page.version != self.version():
            return None
        return page

    def put(self, key: str, response: HttpResponse) -> None:
        page = StoredPage(
            version=self.version(),
            expires=time.monotonic() + PAGE_TIMEOUT,
            status=response.status_code,
            content=response.content,
            headers=tuple(response.items()),
        )
        with self._lock:
            if len(self._pages) >= MAX_PAGES:
                self._pages.clear()
            self._pages[key] = page

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self._checked = 0.0


pages = PageStore()


class ContentMemo:
    """Values computed from treatment content (lists of precautions, conditions, rendered
    empty forms), kept in this process until the content version changes."""

    def __init__(self):
        self._values: dict[str, tuple[str, object]] = {}

    def get(self, name: str, build):
        version = pages.version()
        stored = self._values.get(name)
        if stored is not None and stored[0] == version:
            return stored[1]
        value = build()
        self._values[name] = (version, value)
        return value

    def clear(self) -> None:
        self._values.clear()


memo = ContentMemo()


def page_key(request: HttpRequest) -> str:
    return request.get_full_path()


def cache_public_page(view):
    """Stores the view's 200 responses for PublicPageCacheMiddleware to serve. A view can keep
    one response out of the store by setting `response.public_cache = False` (the compare
    page does, for a choice that is not valid)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        storable = (
            request.method == "GET"
            and response.status_code == 200
            and not response.cookies
            and getattr(response, "public_cache", True)
        )
        if storable:
            key = page_key(request)
            if hasattr(response, "render") and not response.is_rendered:
                response.add_post_render_callback(lambda r: pages.put(key, r))
            else:
                pages.put(key, response)
        return response

    return wrapper


class PublicPageCacheMiddleware:
    """Serves stored public pages before sessions, authentication and the view are reached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "GET":
            page = pages.get(page_key(request))
            if page is not None:
                return page.response()
        return self.get_response(request)
