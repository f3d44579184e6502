"""Two-factor login for staff: the one sign-in form, and self-service setup.

Built from django-otp's own devices (a TOTP authenticator app, plus single-use backup codes)
and segno, which draws the QR code as SVG on the server: the page needs no script and no inline
style, so it works under the site's strict Content Security Policy. (django-two-factor-auth was
the other candidate; its sign-in is a wizard that asks for the code only after saying the
password was right, the very oracle this form closes.)

A staff member's secrets are shown to them alone, in their own signed-in session, once. Owners
can reset someone's devices (the user admin's action, or `manage.py reset_2fa`) but never see
them; that person sets up a new app at their next sign-in.
"""

import time
from base64 import b32encode

import segno
from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.db import transaction
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODES = 10
APP_DEVICE_NAME = "Authenticator app"


class StaffLoginForm(AdminAuthenticationForm):
    """Username, password and code in one form, with one error for any wrong part, so the
    form never tells a guesser that the password was right. A wrong code counts as a failed
    login for the lockout, as a wrong password does.

    A staff member with no device yet signs in with the password alone and is taken straight
    to the setup page; nothing else in the admin opens for them until they finish it."""

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": (
            "Please enter a correct username, password and code for a staff account. "
            "All three may be case-sensitive."
        ),
        # Only someone holding a code the app showed seconds ago can meet this message, so
        # it tells a guesser nothing; without it the person who has just set up is baffled.
        "code_already_used": (
            "That code has just been used. Wait for your app to show the next code (a new "
            "one comes every 30 seconds), then enter that one."
        ),
    }
    otp_token = forms.CharField(
        required=False,
        max_length=16,
        label="Code from your authenticator app (or a backup code)",
        help_text="Leave it blank only if you have not set up two-factor login yet.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean(self):
        cleaned = super().clean()  # the password, the account's state and the lockout
        user = self.user_cache
        if user is None or not user_has_device(user):
            return cleaned
        code = cleaned.get("otp_token", "").strip()
        device = chosen_device(user, code)
        if device is None or not device.verify_token(code):
            user_login_failed.send(
                sender=__name__, credentials={"username": user.get_username()}, request=self.request
            )
            self.user_cache = None
            if device is not None and code_already_used(device, code):
                raise ValidationError(self.error_messages["code_already_used"])
            raise self.get_invalid_login_error()
        user.otp_device = device  # django-otp marks the session verified at login
        return cleaned


def chosen_device(user, code: str):
    """The code's shape says which device to check: six digits come from the app, anything
    else is a backup code. (Trying every device would count a failure against both.)"""
    code = code.strip()
    kind = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    return kind.objects.filter(user=user, confirmed=True).first()


def code_already_used(device, code: str) -> bool:
    """A right app code whose time step has already signed someone in (or confirmed the
    app): django-otp refuses a code twice, which is right, but says only "wrong"."""
    if not isinstance(device, TOTPDevice) or not code.isdigit():
        return False
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return totp.verify(int(code), device.tolerance) and totp.t() <= device.last_t


def needs_setup(user) -> bool:
    """A signed-in staff member who must set up two-factor login before anything else."""
    return (
        settings.STAFF_REQUIRE_2FA
        and user.is_authenticated
        and user.is_staff
        and not user_has_device(user)
    )


def may_set_up(user) -> bool:
    """Setting up (again) is for the person themself: right after their password when they
    have no device, or once fully signed in, to replace a lost phone or used-up codes."""
    if needs_setup(user):
        return True
    if not (user.is_authenticated and user.is_staff and user.is_active):
        return False
    # Where two-factor is optional, a signed-in member may choose to set up an app: a member
    # who has one already could only have signed in with its code (StaffLoginForm).
    return user.is_verified() or not settings.STAFF_REQUIRE_2FA


def pending_device(user) -> TOTPDevice:
    """The new, unconfirmed app device being set up; the same one until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


@transaction.atomic
def setup_confirm(*, request, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirms the new app with a code from it. On success it replaces every older device,
    makes fresh backup codes, marks this session verified and returns the codes (to be shown
    once); on a wrong code it returns None and changes nothing."""
    if not device.verify_token(code.strip()):
        return None
    user = device.user
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    StaticDevice.objects.filter(user=user).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    backup = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=backup, token=c) for c in codes)
    otp_login(request, device)
    return codes


def two_factor_reset(*, user) -> None:
    """Removes every device of a staff member; they set up a new one at their next sign-in."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def readable_key(device: TOTPDevice) -> str:
    """The secret as an app expects to have it typed in: base32, in groups of four."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    """The otpauth:// link as an SVG QR code, drawn with attributes only (no style)."""
    qr = segno.make(device.config_url, error="m")
    return qr.svg_inline(
        scale=5, border=2, dark="#000", light="#fff", title="QR code for your authenticator app"
    )


class SetupForm(forms.Form):
    code = forms.CharField(
        max_length=6,
        min_length=6,
        label="The 6-digit code your app shows now",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={
            "required": "Enter the 6-digit code from your authenticator app.",
            "min_length": "Enter the 6-digit code from your authenticator app.",
            "max_length": "Enter the 6-digit code from your authenticator app.",
        },
    )
