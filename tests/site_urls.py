"""The site's URLs for the guard tests, listed from the URL resolver rather than by hand, so a
new view is under every guard (security headers, no-store, CSP, one <h1>, the friendly 503,
the audit walk, bad input) the moment it is routed. `routes()` is the one walk of the resolver;
the guards filter what it yields.

A route with a parameter needs a sample value, read from the content at test time; a new
parameterised route without one fails the guards with a message saying where to add it.
"""

from collections.abc import Callable, Iterator
from typing import NamedTuple

from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse


class Route(NamedTuple):
    name: str  # the full name, "treatments:modality"; "" for an unnamed view
    path: str  # the pattern as written, "/treatments/<slug:slug>/"
    pattern: URLPattern


def routes(resolver: URLResolver | None = None, prefix: str = "/", namespace: str = ""):
    """Every view of the site (of ROOT_URLCONF, which a test's urls marker may change),
    however deeply included."""
    for entry in (resolver or get_resolver()).url_patterns:
        path = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from routes(entry, path, inner)
        else:
            yield Route(f"{namespace}{entry.name}" if entry.name else "", path, entry)


def named_routes() -> Iterator[str]:
    """Every named view's full name."""
    return (route.name for route in routes() if route.name)


def _modality() -> dict:
    from treatments.models import Modality

    return {"slug": Modality.objects.published().order_by("pk").first().slug}


def _comparison() -> dict:
    from treatments.models import Comparison

    return {"slug": Comparison.objects.published().order_by("pk").first().slug}


def _condition() -> dict:
    from treatments.models import Condition

    return {"slug": Condition.objects.published().order_by("pk").first().slug}


def _step() -> dict:
    from intake.patient.flow import STEPS

    return {"slug": STEPS[0].slug}


def _unknown_token() -> dict:
    # A link that was never sent: the page says so (404), as it would to a guesser.
    return {"token": "never-sent-token"}


def _bookable_service() -> dict:
    from appointments.views import bookable_services

    return {"service_id": bookable_services().order_by("pk").first().pk}


SAMPLES: dict[str, Callable[[], dict]] = {
    "treatments:modality": _modality,
    "treatments:comparison": _comparison,
    "treatments:condition": _condition,
    "intake:step": _step,
    "follow_up:answer": _unknown_token,
    "follow_up:stop": _unknown_token,
    "intake:resume": _unknown_token,
    "intake:resume_delete": _unknown_token,
    "fhir:questionnaire": lambda: {"name": "intake"},
    "language": lambda: {"code": "pl"},
    "appointments:times": _bookable_service,
    "appointments:from_intake": _unknown_token,
    "appointments:manage": _unknown_token,
    "appointments:manage_cancel": _unknown_token,
    "appointments:manage_move": _unknown_token,
    "calendar:feed": _unknown_token,
}

# Routes that are not pages: JSON for a monitor or for another system's FHIR client, the
# clinic's colour as CSS, the keep-alive, which answers only a POST, and the language link,
# which sets the language and redirects.
NOT_PAGES = {"healthz", "brand_css", "fhir:questionnaire", "intake:keep_alive", "language"}
# Emailed links that were never sent: each is a page that says so, with a 404.
NEVER_SENT_LINKS = {"follow_up:answer", "follow_up:stop", "intake:resume", "intake:resume_delete"}
NEVER_SENT_LINKS |= {
    "appointments:from_intake",
    "appointments:manage",
    "appointments:manage_cancel",
    "appointments:manage_move",
    "calendar:feed",
}


def public_routes() -> list[str]:
    """Every route outside the admin, which has its own guards (test_audit_walk.py)."""
    return [name for name in named_routes() if not name.startswith("admin:")]


def public_pages() -> list[str]:
    """Every public route a browser opens as a page."""
    return [name for name in public_routes() if name not in NOT_PAGES]


def admin_routes_without_parameters() -> list[str]:
    """The admin's index, login, password pages and every model's list and add pages."""
    return [
        name for name in named_routes() if name.startswith("admin:") and _takes_no_parameters(name)
    ]


def _takes_no_parameters(name: str) -> bool:
    try:
        reverse(name)
    except NoReverseMatch:
        return False
    return True


def url_of(name: str) -> str:
    """The route's path, its parameters filled in from the content; a path given as such
    ("/treatments/compare/?m=..."), for the extras a guard adds to the routes, is kept."""
    if name.startswith("/"):
        return name
    if name in SAMPLES:
        return reverse(name, kwargs=SAMPLES[name]())
    if not _takes_no_parameters(name):
        raise AssertionError(
            f"The route {name!r} takes parameters: add a sample for it to SAMPLES in "
            "tests/site_urls.py so the guard tests reach it."
        )
    return reverse(name)
