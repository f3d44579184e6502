"""Site-wide middleware: security headers Django does not set itself, and staff sessions."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

# Browser features this site never uses, switched off for every page.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    ]
)


# Where staff work (DESIGN.md's URL contract); a constant, as reverse() on every request
# would cost more than the check saves.
ADMIN_PATH = "/admin/"


class SecurityHeadersMiddleware:
    """Adds Cross-Origin-Resource-Policy, Permissions-Policy and X-Frame-Options to every
    response, static files included; marks the
    admin and error pages no-store; and asks the browser to forget everything on logout."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        # Django's own middleware sets this for pages; static files arrive without it.
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path_info.startswith(ADMIN_PATH) or response.status_code >= 400:
            response["Cache-Control"] = "no-store"
        if request.method == "POST" and request.path == reverse("admin:logout"):
            response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
        return response


# How stale the recorded last activity may be. Writing it on every request would cost a
# session save per admin page; every few seconds keeps the idle timeout exact to within this.
SEEN_PRECISION_SECONDS = 5


def duration_words(seconds: int) -> str:
    """900 -> "15 minutes", 5400 -> "1 hour 30 minutes": how long, as staff would say it."""
    parts = []
    for unit, size in [("hour", 3600), ("minute", 60), ("second", 1)]:
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count} {unit}{'' if count == 1 else 's'}")
    return " ".join(parts) or "0 seconds"


class StaffSessionMiddleware:
    """Staff sessions end after STAFF_IDLE_TIMEOUT seconds without an admin request, and in
    any case STAFF_SESSION_MAX_AGE seconds after login. Patients are not logged in and are
    unaffected.

    It acts only under /admin/, where staff work: asking who the user is loads the session,
    and a public page that loaded it would vary by cookie and could not be cached."""

    STARTED = "staff_session_started"
    SEEN = "staff_session_seen"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path_info.startswith(ADMIN_PATH):
            return self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            now = time.time()
            started = request.session.setdefault(self.STARTED, now)
            seen = request.session.get(self.SEEN, now)
            idle = now - seen > settings.STAFF_IDLE_TIMEOUT
            too_old = now - started > settings.STAFF_SESSION_MAX_AGE
            if idle or too_old:
                logout(request)
                messages.info(request, signed_out_message(idle=idle))
                return redirect(f"{reverse('admin:login')}?next={request.path}")
            if now - seen >= SEEN_PRECISION_SECONDS or self.SEEN not in request.session:
                request.session[self.SEEN] = now
        return self.get_response(request)


def signed_out_message(*, idle: bool) -> str:
    if idle:
        timeout = duration_words(settings.STAFF_IDLE_TIMEOUT)
        return f"You were signed out after {timeout} without activity."
    longest = duration_words(settings.STAFF_SESSION_MAX_AGE)
    return f"You were signed out: staff sessions last at most {longest}."
