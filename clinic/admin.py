"""Staff accounts in the admin. Owners reset a member's two-factor login here without ever
seeing its secrets: django-otp's own device pages (which show keys, QR codes and backup codes
to whoever may open them) are taken off the site."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from clinic.two_factor import two_factor_reset

admin.site.unregister(TOTPDevice)
admin.site.unregister(StaticDevice)
admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class StaffUserAdmin(UserAdmin):
    actions = ["reset_two_factor"]

    @admin.action(
        description="Reset two-factor login (they set up a new app at next sign-in)",
        permissions=["change"],
    )
    def reset_two_factor(self, request, queryset):
        for user in queryset:
            two_factor_reset(user=user)
        self.message_user(
            request,
            f"Reset two-factor login for {queryset.count()} account(s). Each will be asked to "
            "set up a new authenticator app when they next sign in.",
        )
