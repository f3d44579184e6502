"""The clinic's settings (one row) and staff accounts in the admin. Owners reset a member's
two-factor login here without ever seeing its secrets: django-otp's own device pages (which
show keys, QR codes and backup codes to whoever may open them) are taken off the site."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.shortcuts import redirect
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from modeltranslation.admin import TranslationAdmin

from clinic.content_cache import content_changed
from clinic.images import LabelledImageInput, cleaned_upload
from clinic.models import ClinicSettings, LanguageReview, PremisesPhoto
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


class PremisesPhotoForm(forms.ModelForm):
    class Meta:
        model = PremisesPhoto
        fields = ["image", "alt", "display_order"]
        widgets = {"image": LabelledImageInput}

    def clean_image(self):
        return cleaned_upload(self.cleaned_data.get("image"))


class PremisesPhotoInline(admin.TabularInline):
    model = PremisesPhoto
    form = PremisesPhotoForm
    extra = 0


class ClinicSettingsForm(forms.ModelForm):
    class Meta:
        model = ClinicSettings
        fields = [
            "name",
            "phone",
            "email",
            "address",
            "map_url",
            "opening_hours",
            "booking_url",
            "regulation_massage",
            "regulation_acupressure",
            "regulation_acupuncture",
            "membership",
            "logo",
            "brand_colour",
            "social_links",
        ]
        widgets = {"brand_colour": forms.TextInput(attrs={"size": 8}), "logo": LabelledImageInput}

    def clean_logo(self):
        return cleaned_upload(self.cleaned_data.get("logo"))


@admin.register(ClinicSettings)
class ClinicSettingsAdmin(TranslationAdmin):
    """One page, the clinic's settings: the list goes straight to the one row, which can be
    neither added twice nor deleted. A save shows on the public pages at once."""

    form = ClinicSettingsForm
    inlines = [PremisesPhotoInline]
    fieldsets = [
        ("The clinic", {"fields": ["name", "phone", "email", "address", "map_url"]}),
        ("Opening and booking", {"fields": ["opening_hours", "booking_url"]}),
        (
            "Regulation and memberships",
            {
                "fields": [
                    "regulation_massage",
                    "regulation_acupressure",
                    "regulation_acupuncture",
                    "membership",
                ],
                "description": "Shown on the treatment pages and in the comparison tables. "
                "Name the register or licence where it is true; leave one empty to hide it.",
            },
        ),
        ("Branding", {"fields": ["logo", "brand_colour", "social_links"]}),
    ]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def changelist_view(self, request, extra_context=None):
        row = ClinicSettings.load()
        return redirect("admin:clinic_clinicsettings_change", row.pk)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # After the photos too: the pages then show the row and its photos as saved.
        content_changed()


@admin.register(LanguageReview)
class LanguageReviewAdmin(admin.ModelAdmin):
    """The owner records, per language, that a qualified medical translator has read it. Until
    then patients are not offered the language (clinic/languages.py)."""

    list_display = ["language", "reviewed", "reviewed_by", "reviewed_on"]
    list_filter = ["reviewed"]
    fields = ["language", "reviewed", "reviewed_by", "reviewed_on", "notes"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "language":
            choices = [(c, n) for c, n in settings.LANGUAGES if c != settings.LANGUAGE_CODE]
            return forms.ChoiceField(choices=choices, label="Language")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        content_changed()  # the language links on every cached page
