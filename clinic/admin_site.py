"""The staff site: Django's admin, with two-factor login where the settings demand it."""

from django.conf import settings
from django.contrib.admin import AdminSite
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


class ClinicAdminSite(AdminSite):
    """In production every staff login needs a one-time code from an authenticator app (or a
    backup code) as well as the password: see README, "Security and privacy"."""

    def has_permission(self, request) -> bool:
        allowed = super().has_permission(request)
        if allowed and settings.STAFF_REQUIRE_2FA:
            return request.user.is_verified()
        return allowed

    @property
    def login_form(self):
        return StaffLoginForm if settings.STAFF_REQUIRE_2FA else None
