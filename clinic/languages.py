"""Which languages patients are offered, and how a page finds its language.

A page's language is in its address: English unprefixed (DESIGN.md's URLs unchanged), every
other language under its code (/pl/...), by Django's i18n_patterns, so a cached page never
mixes languages. A first visit to an English page from a browser whose Accept-Language asks for
another offered language is redirected there; the language link on every page goes through
`choose` to set the language cookie, so a patient who picks English is not sent back.

A language other than English is offered (in the language links and that redirect) only once
the owner has marked it reviewed in the admin (clinic.models.LanguageReview), or with DEBUG on.
"""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

from clinic.content_cache import cached_content
from clinic.models import LanguageReview

DEFAULT = settings.LANGUAGE_CODE


def reviewed_languages() -> list[str]:
    return list(LanguageReview.objects.filter(reviewed=True).values_list("language", flat=True))


def offered_codes() -> list[str]:
    """The language codes patients are offered, English first."""
    if settings.DEBUG:
        return [code for code, _ in settings.LANGUAGES]
    try:
        reviewed = set(cached_content("reviewed-languages", reviewed_languages))
    except DatabaseError:
        reviewed = set()
    return [code for code, _ in settings.LANGUAGES if code == DEFAULT or code in reviewed]


def language_links(request: HttpRequest) -> list[dict]:
    """A link to this page in each other offered language, in that language's own name."""
    names = dict(settings.LANGUAGES)
    current = translation.get_language()
    codes = offered_codes()
    if current not in codes:
        codes = [*codes, current]  # a page in a language not yet offered still links back
    query = urlencode({"next": request.get_full_path()})
    return [
        {"code": code, "name": names[code], "url": f"{reverse('language', args=[code])}?{query}"}
        for code in codes
        if code != current
    ]


def choose(request: HttpRequest, code: str) -> HttpResponse:
    """Sets the language cookie and goes to the page the link was on, in that language."""
    following = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(following, allowed_hosts={request.get_host()}):
        following = "/"
    if code not in dict(settings.LANGUAGES):
        return HttpResponseRedirect(following)
    # The address is read in its own language (a /pl/ path resolves only with Polish active).
    with translation.override(translation.get_language_from_path(following) or DEFAULT):
        target = translate_url(following, code)
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        httponly=True,
    )
    patch_cache_control(response, no_store=True)
    return response


class AcceptLanguageRedirectMiddleware:
    """On a GET of an English (unprefixed) patient page by a browser that asks for another
    offered language (its cookie first, then Accept-Language), redirects to that page in it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        redirect = self.redirect(request)
        if redirect is not None:
            return redirect
        response = self.get_response(request)
        if request.LANGUAGE_CODE == DEFAULT:
            patch_vary_headers(response, ("Accept-Language",))
        return response

    def redirect(self, request: HttpRequest) -> HttpResponse | None:
        if request.method not in ("GET", "HEAD") or request.LANGUAGE_CODE != DEFAULT:
            return None
        if translation.get_language_from_path(request.path_info):
            return None
        wanted = translation.get_language_from_request(request, check_path=False)
        if wanted == DEFAULT or wanted not in offered_codes():
            return None
        path = request.get_full_path()
        target = translate_url(path, wanted)
        if urlsplit(target).path == urlsplit(path).path:
            return None  # not a patient page (the admin, /healthz, static files)
        response = HttpResponseRedirect(target)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        patch_cache_control(response, private=True, no_cache=True)
        return response
