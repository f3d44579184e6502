"""The staff site: Django's admin, with two-factor login where the settings demand it, and
filters that answer a bad value with a 400 page instead of a database error."""

import logging
from functools import wraps

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.views.main import IGNORED_PARAMS, PAGE_VAR
from django.core.exceptions import BadRequest
from django.db import DataError, NotSupportedError, transaction
from django_otp.admin import OTPAdminAuthenticationForm
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice


class StaffLoginForm(OTPAdminAuthenticationForm):
    """Password plus a one-time code. The code's shape says which device to check, so staff
    need not choose: six digits come from the authenticator app, anything else is a backup
    code. (Trying every device instead would count failures against the unused one.)"""

    def _chosen_device(self, user):
        code = (self.cleaned_data.get("otp_token") or "").strip()
        device = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
        return device.objects.filter(user=user, confirmed=True).first()


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
    backup code) as well as the password: see README, "Security and privacy"."""

    def has_permission(self, request) -> bool:
        allowed = super().has_permission(request)
        if allowed and settings.STAFF_REQUIRE_2FA:
            return request.user.is_verified()
        return allowed

    def admin_view(self, view, cacheable=False):
        return super().admin_view(with_checked_filters(view), cacheable)

    @property
    def login_form(self):
        return StaffLoginForm if settings.STAFF_REQUIRE_2FA else None
