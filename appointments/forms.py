"""The patient's booking form: who they are, and the time they chose (carried in hidden fields
from the free-times page, and checked again against the diary when they confirm)."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from appointments.models import Diary
from treatments.models import Service

AT_FORMAT = "%Y%m%dT%H%M%SZ"


def at_param(at: datetime.datetime) -> str:
    """A start time for a URL or hidden field: UTC, so the hour the clocks repeat is exact."""
    return at.astimezone(datetime.UTC).strftime(AT_FORMAT)


def parse_at(value: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.strptime(value, AT_FORMAT).replace(tzinfo=datetime.UTC)
    except (TypeError, ValueError):
        return None


class ChoiceForm(forms.Form):
    """The chosen service, practitioner and time; refused whole if any was tampered with."""

    service = forms.ModelChoiceField(queryset=Service.objects.published(), widget=forms.HiddenInput)
    practitioner = forms.SlugField(widget=forms.HiddenInput)
    at = forms.CharField(max_length=20, widget=forms.HiddenInput)

    def clean_at(self) -> datetime.datetime:
        at = parse_at(self.cleaned_data["at"])
        if at is None:
            raise forms.ValidationError(_("The time was not understood."))
        return at

    def clean(self):
        data = super().clean()
        slug = data.get("practitioner")
        if slug:
            diary = (
                Diary.objects.bookable()
                .select_related("practitioner")
                .filter(practitioner__slug=slug)
                .first()
            )
            if diary is None:
                raise forms.ValidationError(_("That practitioner cannot be booked online."))
            data["diary"] = diary
        return data


class PatientForm(forms.Form):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=120,
        error_messages={"required": _("Enter your full name")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send your confirmation and a reminder here."),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address like name@example.com"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=30,
        help_text=_("So we can reach you if something changes on the day."),
        error_messages={"required": _("Enter a phone number")},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )

    def clean_full_name(self) -> str:
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if sum(ch.isdigit() for ch in phone) < 6 or any(
            not (ch.isdigit() or ch in " +-()") for ch in phone
        ):
            raise forms.ValidationError(_("Enter a phone number, like 01632 960 001"))
        return phone
