"""The staff site: Django's admin, with two-factor login where the settings demand it, and
filters that answer a bad value with a 400 page instead of a database error."""

import logging
from functools import wraps

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.views.main import IGNORED_PARAMS, PAGE_VAR
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import BadRequest
from django.db import DataError, NotSupportedError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from clinic import health, two_factor

logger = logging.getLogger(__name__)

# The lookups the admin's own filters, date drill-down and search put in a query string. Others
# (regex, JSON containment...) can fail in the database on a value the admin never checks, so a
# hand-made URL with one is refused rather than run.
FILTER_LOOKUPS = {
    "exact",
    "iexact",
    "isnull",
    "in",
    "gt",
    "gte",
    "lt",
    "lte",
    "range",
    "year",
    "month",
    "day",
    "date",
}


def check_filters(query) -> None:
    """Refuses (400) a query string the database could choke on: a NUL byte anywhere (text
    columns in PostgreSQL cannot hold one) or a lookup outside FILTER_LOOKUPS."""
    for key, values in query.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            raise BadRequest("A NUL byte in an admin query string.")
        if key in IGNORED_PARAMS or key == PAGE_VAR or "__" not in key:
            continue
        if key.rsplit("__", 1)[1] not in FILTER_LOOKUPS:
            raise BadRequest("An admin filter with a lookup the admin does not offer.")


def with_checked_filters(view):
    """Runs an admin page that has a query string with it checked, in a transaction of its
    own, and gives a 400 page for a value the database still refuses (invalid input, not an
    outage: a database that is down raises OperationalError, which stays a 503)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method != "GET" or not request.GET:
            return view(request, *args, **kwargs)
        check_filters(request.GET)
        try:
            with transaction.atomic():
                response = view(request, *args, **kwargs)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
        except (DataError, NotSupportedError, OverflowError, ValueError) as error:
            logger.warning("An admin page refused its query string: %s", type(error).__name__)
            raise BadRequest("An admin filter value the database refused.") from error
        return response

    return checked


class ClinicAdminSite(AdminSite):
    """In production every staff login needs a one-time code from an authenticator app (or a
    backup code) as well as the password: see docs/deployment.md, "Security and privacy".
    Where two-factor is optional, members who set up an app need its code all the same."""

    def has_permission(self, request) -> bool:
        allowed = super().has_permission(request)
        if allowed and settings.STAFF_REQUIRE_2FA:
            return request.user.is_verified()
        return allowed

    def each_context(self, request):
        context = super().each_context(request)
        context["may_set_up_two_factor"] = two_factor.may_set_up(request.user)
        return context

    def admin_view(self, view, cacheable=False):
        return super().admin_view(with_checked_filters(view), cacheable)

    def index(self, request, extra_context=None):
        """The admin home, with a warning at the top when a health check (settings.
        HEALTH_CHECKS: the email worker and queue) found a problem."""
        context = {"health_problems": health.problems(), **(extra_context or {})}
        return super().index(request, context)

    # One form in both modes: a member with no app signs in with the password alone, so
    # optional two-factor still asks those who set it up for their code.
    login_form = two_factor.StaffLoginForm

    def login(self, request, extra_context=None):
        response = super().login(request, extra_context)
        if two_factor.needs_setup(request.user):
            return redirect("admin:two_factor_setup")
        return response

    def get_urls(self):
        setup = never_cache(csrf_protect(self.two_factor_setup))
        return [path("two-factor/", setup, name="two_factor_setup"), *super().get_urls()]

    def two_factor_setup(self, request):
        """The QR code and key of a new authenticator app; a code from it confirms the app,
        and the backup codes are shown once, on the page that answers that confirmation."""
        if not two_factor.may_set_up(request.user):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        device = two_factor.pending_device(request.user)
        form = two_factor.SetupForm(request.POST or None)
        context = {**self.each_context(request), "title": "Set up two-factor login"}
        if not self.has_permission(request):  # mid-setup: no links into the admin yet
            context.update(is_nav_sidebar_enabled=False, available_apps=[])
        if request.method == "POST" and form.is_valid():
            code = form.cleaned_data["code"]
            codes = two_factor.setup_confirm(request=request, device=device, code=code)
            if codes is not None:
                context.update(title="Your backup codes", codes=codes)
                return TemplateResponse(request, "admin/two_factor/backup_codes.html", context)
            form.add_error(
                "code",
                "That code is not right. Check that your phone sets its clock automatically, "
                "then enter the newest code from the app.",
            )
        context.update(
            form=form,
            qr_code=two_factor.qr_code_svg(device),
            key=two_factor.readable_key(device),
            replacing=request.user.is_verified(),
        )
        return TemplateResponse(request, "admin/two_factor/setup.html", context)
