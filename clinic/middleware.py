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
        if request.path.startswith("/admin/") or response.status_code >= 400:
            response["Cache-Control"] = "no-store"
        if request.method == "POST" and request.path == reverse("admin:logout"):
            response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
        return response


SEEN_PRECISION_SECONDS = 60


class StaffSessionMiddleware:
    """Staff sessions end after STAFF_IDLE_TIMEOUT seconds without a request, and in any case
    STAFF_SESSION_MAX_AGE seconds after login. Patients are not logged in and are unaffected."""

    STARTED = "staff_session_started"
    SEEN = "staff_session_seen"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            now = time.time()
            started = request.session.setdefault(self.STARTED, now)
            seen = request.session.get(self.SEEN, now)
            idle = now - seen > settings.STAFF_IDLE_TIMEOUT
            too_old = now - started > settings.STAFF_SESSION_MAX_AGE
            if idle or too_old:
                logout(request)
                messages.info(
                    request,
                    "You were signed out after 15 minutes without activity."
                    if idle
                    else "You were signed out: staff sessions last at most 8 hours.",
                )
                return redirect(f"{reverse('admin:login')}?next={request.path}")
            # Written at most once a minute: a session write per request would cost a
            # database write on every admin page for a minute's precision.
            if now - seen > SEEN_PRECISION_SECONDS or self.SEEN not in request.session:
                request.session[self.SEEN] = now
        return self.get_response(request)
