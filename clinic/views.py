import logging
import sys
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, DataError, connection
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseServerError,
    JsonResponse,
)
from django.template.loader import render_to_string
from django.utils.decorators import method_decorator
from django.utils.translation import gettext, ngettext
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from clinic import health
from clinic.brand import brand_css
from clinic.content_cache import cache_content_page
from clinic.context_processors import clinic_details
from clinic.session_age import answers_kept_for

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


@method_decorator(cache_content_page, name="dispatch")
class PrivacyView(TemplateView):
    template_name = "clinic/privacy.html"

    def get_context_data(self, **kwargs):
        weeks = [str(w) for w in settings.FOLLOW_UP_WEEKS]
        weeks_text = gettext(" and ").join(filter(None, [", ".join(weeks[:-1]), weeks[-1]]))
        return super().get_context_data(
            retention_days=settings.INTAKE_RETENTION_DAYS,
            draft_days=settings.INTAKE_DRAFT_DAYS,
            kept_for=answers_kept_for(),
            follow_up_weeks_text=ngettext("%(weeks)s week", "%(weeks)s weeks", int(weeks[-1]))
            % {"weeks": weeks_text},
            reminder_days=settings.FOLLOW_UP_REMINDER_DAYS,
            **kwargs,
        )


@cache_content_page
def brand_stylesheet(request: HttpRequest) -> HttpResponse:
    """The clinic's colour as CSS (clinic/brand.py); base.html links it with the colour in the
    address, so a browser fetches it afresh when the colour changes."""
    return HttpResponse(brand_css(clinic_details().brand_colour), content_type="text/css")


@method_decorator(cache_content_page, name="dispatch")
class AccessibilityView(TemplateView):
    template_name = "clinic/accessibility.html"


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers a trivial query, 503 when it does not. The cache is
    reported ("up" or "degraded") but never fails the check: the site works without it, only
    slower, and a load balancer that took every server out for a Redis outage would turn a
    slowdown into an outage. For the same reason a stopped email worker or a stuck email
    queue (settings.HEALTH_CHECKS) makes the status "degraded", still with a 200: monitoring
    should page someone, and the web servers should keep serving."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.warning("Health check: the database did not answer.")
        response = JsonResponse({"status": "unavailable", "database": "down"}, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    body = {"status": "ok", "database": "up", "cache": cache_state()}
    for report in health.reports():
        body.update(report.fields)
        if report.problems:
            body["status"] = "degraded"
    return JsonResponse(body)


def cache_state() -> str:
    """ "up" if the cache stores and returns a value, "degraded" if not (see clinic/cache.py:
    a cache that is down answers every read as a miss)."""
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    answered = cache.get(key) == "ok"
    cache.delete(key)
    return "up" if answered else "degraded"


def error_page(request: HttpRequest, template: str, status: int) -> HttpResponse:
    """An error page rendered without touching the request body. Django's own handlers ask
    for a CSRF token first, which parses the body; when the body is what was wrong (a form
    sent in a character set other than UTF-8), that raised again and became a 500."""
    context = {"clinic": clinic_details(), "request": request}
    return HttpResponse(render_to_string(template, context), status=status)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error_page(request, "400.html", 400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error_page(request, "403.html", 403)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error_page(request, "404.html", 404)


def server_error(request: HttpRequest) -> HttpResponse:
    """The error page. When the database is what failed, a 503 that asks to come back soon:
    connections are checked before reuse, so the site recovers by itself when it returns.
    When it refused a value it was sent (DataError), a 400 that asks to change it."""
    # Rendered without the request's context processors: whatever broke the page may break
    # them too, and this page must always render.
    context = {"clinic": clinic_details()}
    if isinstance(sys.exception(), DataError):
        # Not an outage: the database refused a value (too long, a character it cannot
        # store). Trying again would fail the same way, so the page says what to change.
        return HttpResponseBadRequest(render_to_string("400.html", {**context, "refused": True}))
    if isinstance(sys.exception(), DatabaseError):
        response = HttpResponse(render_to_string("503.html", context), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(render_to_string("500.html", context))
