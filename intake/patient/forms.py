"""The intake's question pages, one form per step.

Every answer is validated here, on the server, with a message that says how to put it right.
Forms list their fields; none can set a status, a reviewer or anything else staff own.
"""

import datetime
import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clinic.content_cache import cached_content
from clinic.content_language import translated
from intake.models import (
    BodyRegion,
    ContactMethod,
    Curiosity,
    Duration,
    Goal,
    NeedleFeeling,
    PressurePreference,
    SelfCareInterest,
)
from intake.patient.fields import (
    PEG_ACTIVITY,
    PEG_ENJOYMENT,
    TEXT_LIMIT,
    TOO_LONG,
    CleanTextMixin,
    DateOfBirthField,
    ScaleField,
    checkbox_list,
    radio_list,
    refuse_control_characters,
)
from intake.patient.layout import BodyMap, Options, Scale, TextBox
from intake.triage.derived import age_on
from intake.triage.engine_answers import GUARDIAN_AGE
from treatments.models import Condition


class IntakeForm(CleanTextMixin, forms.Form):
    """A step's form: its layout is a crispy helper without a <form> tag (the page has one)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_fields()
        for field in self.fields.values():
            # CleanTextMixin refuses null characters along with the others, in plain words.
            field.validators = [
                v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)
            ]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = self.layout()

    def clean(self):
        cleaned = super().clean()
        # A question that starts answered (radio_list's `initial`) keeps that answer if the
        # browser sent none, as a form posted without the page would.
        for name, field in self.fields.items():
            defaulted = isinstance(field, forms.ChoiceField) and not field.required
            if defaulted and field.initial and cleaned.get(name) in (None, ""):
                cleaned[name] = field.initial
        return cleaned

    def add_fields(self) -> None:
        """For forms whose questions come from the database."""

    def layout(self) -> Layout:
        return Layout(*self.fields)

    def summary(self) -> list[tuple[str, str]]:
        """(question, answer) pairs for "check your answers", from valid data."""
        rows = []
        for name, field in self.fields.items():
            rows.append((field.label, self.display(name, self.cleaned_data.get(name))))
        return rows

    def display(self, name: str, value) -> str:
        field = self.fields[name]
        choices = dict(getattr(field, "choices", []))
        if isinstance(value, list):
            return ", ".join(str(choices.get(v, v)) for v in value) or gettext("None given")
        if value in (None, ""):
            return gettext("Not given")
        if isinstance(value, datetime.date):
            return date_format(value, "j E Y")
        if isinstance(field, ScaleField):
            return gettext("%(value)s out of 10") % {"value": value}
        return str(choices.get(value, value))


class AboutYouForm(IntakeForm):
    title = _("About you")

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your full name."),
            "max_length": _("Your name must be 120 characters or fewer."),
        },
    )
    date_of_birth = DateOfBirthField(
        label=_("Date of birth"),
        help_text=_("For example, 27 3 1985."),
        error_messages={"required": _("Enter your date of birth.")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We will send a confirmation here. We never share it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address in the correct format, like name@example.com."),
            "max_length": _("Your email address must be 254 characters or fewer."),
        },
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        required=False,
        max_length=30,
        help_text=_("Only if you would like us to call you."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        error_messages={"max_length": _("Your phone number must be 30 characters or fewer.")},
    )
    # Chosen for the patient (issue 27: fewer answers to give): we always have their email; a
    # patient who would rather be called changes it. Not a health answer, so a default is safe.
    contact_method = radio_list(
        _("How should we contact you?"),
        ContactMethod.choices,
        _("Choose how we should contact you."),
        required=False,
        initial=ContactMethod.EMAIL,
    )

    def clean_full_name(self) -> str:
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError(_("Enter your full name."))
        return name

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if not phone:
            return ""
        if (
            not re.fullmatch(r"\+?[\d\s().-]+", phone)
            or not 7 <= sum(c.isdigit() for c in phone) <= 15
        ):
            raise forms.ValidationError(
                _("Enter a phone number, like 01632 960 001 or +44 7700 900 982.")
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        wants_phone = cleaned.get("contact_method") == ContactMethod.PHONE
        if wants_phone and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Enter a phone number, or choose to be contacted by email."))
        return cleaned

    def needs_guardian(self) -> bool:
        """Whether the patient is under GUARDIAN_AGE today, from valid data."""
        age = age_on(self.cleaned_data.get("date_of_birth"), timezone.localdate())
        return age is not None and age < GUARDIAN_AGE

    def layout(self) -> Layout:
        return Layout(
            TextBox("full_name", css_class="input-width-30"),
            "date_of_birth",
            TextBox("email", css_class="input-width-30"),
            TextBox("phone", css_class="input-width-20"),
            Options("contact_method"),
        )


def condition_choices() -> list[tuple[str, str]]:
    """Each condition's slug and name; a name in English on another language's page is
    FallbackText, whose tick box's label is marked as English (widgets/_option_list.html)."""
    return [
        (condition.slug, translated(condition, "name"))
        for condition in Condition.objects.published()
    ]


class SymptomsForm(IntakeForm):
    title = _("What brings you here")

    main_concern = forms.CharField(
        label=_("What is troubling you?"),
        max_length=TEXT_LIMIT,
        help_text=_(
            "In your own words: what you feel, when it started, and what makes it better or worse."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Tell us what is troubling you."),
            "max_length": TOO_LONG,
        },
    )
    body_regions = checkbox_list(
        _("Where do you feel it?"),
        BodyRegion.choices,
        required=False,
        help_text=_("Select all that apply. Leave blank if it is not in one place."),
    )
    pain_now = ScaleField(
        label=_("How bad is your pain right now?"),
        low=_("no pain"),
        high=_("worst pain you can imagine"),
        required_message=_("Choose how bad your pain is right now, from 0 to 10."),
    )
    pain_week_average = ScaleField(
        label=_("On average, how bad has your pain been over the past week?"),
        low=_("no pain"),
        high=_("worst pain you can imagine"),
        required_message=_(
            "Choose how bad your pain has been on average over the past week, from 0 to 10."
        ),
    )
    duration = radio_list(
        _("How long have you had it?"), Duration.choices, _("Choose how long you have had it.")
    )
    interference = ScaleField(
        label=_("How much does it get in the way of your daily life?"),
        low=_("not at all"),
        high=_("I cannot do my usual activities"),
        required_message=_("Choose how much it gets in the way of your daily life, from 0 to 10."),
    )
    # The PEG's two interference items, so the follow-ups can be compared with today.
    interference_enjoyment = ScaleField(
        label=format_lazy(_("{question} (optional)"), question=PEG_ENJOYMENT),
        low=_("does not interfere"),
        high=_("completely interferes"),
        required=False,
    )
    interference_activity = ScaleField(
        label=format_lazy(_("{question} (optional)"), question=PEG_ACTIVITY),
        low=_("does not interfere"),
        high=_("completely interferes"),
        required=False,
    )
    conditions = checkbox_list(
        _("Has a doctor or other health professional told you that you have any of these?"),
        [],
        required=False,
        help_text=_("Select all that apply, or leave blank."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["conditions"].choices = cached_content("condition-choices", condition_choices)

    def layout(self) -> Layout:
        return Layout(
            TextBox("main_concern"),
            BodyMap("body_regions"),
            Scale("pain_now"),
            Scale("pain_week_average"),
            Options("duration"),
            Scale("interference"),
            Scale("interference_enjoyment"),
            Scale("interference_activity"),
            Options("conditions"),
        )


class GoalsForm(IntakeForm):
    title = _("Your goals")

    goals = checkbox_list(
        _("What would you like treatment to help with?"),
        Goal.choices,
        required=True,
        message=_("Choose at least one thing you would like treatment to help with."),
        help_text=_("Select all that apply."),
    )

    def layout(self) -> Layout:
        return Layout(Options("goals"))


class PreferencesForm(IntakeForm):
    title = _("Your preferences")

    needles = radio_list(
        _("How do you feel about needles?"),
        NeedleFeeling.choices,
        _("Choose how you feel about needles."),
        help_text=_("Acupuncture uses very fine needles. Acupressure and massage do not."),
    )
    # "No preference" is what a patient who skips this means, so it starts chosen.
    pressure = radio_list(
        _("What pressure do you prefer?"),
        PressurePreference.choices,
        _("Choose the pressure you prefer, or no preference."),
        required=False,
        initial=PressurePreference.NO_PREFERENCE,
    )
    self_care = radio_list(
        _("Would you like to learn techniques to use on yourself at home?"),
        SelfCareInterest.choices,
        _("Choose whether you would like to learn self-care techniques."),
    )
    curious_about = checkbox_list(
        _("Which treatments are you curious about?"),
        Curiosity.choices,
        required=False,
        help_text=_("Select all that apply, or leave blank."),
    )
    anything_else = forms.CharField(
        label=_("Is there anything else our staff should know? (optional)"),
        required=False,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For example, access needs, or times you cannot come in."),
        error_messages={"max_length": TOO_LONG},
    )

    def clean_curious_about(self) -> list[str]:
        chosen = self.cleaned_data["curious_about"]
        if Curiosity.NOT_SURE in chosen and len(chosen) > 1:
            raise forms.ValidationError(
                _("Choose the treatments you are curious about, or “Not sure”, but not both.")
            )
        return chosen

    def layout(self) -> Layout:
        return Layout(
            Options("needles"),
            Options("pressure"),
            Options("self_care"),
            Options("curious_about"),
            TextBox("anything_else"),
        )


class SubmitForm(forms.Form):
    """The last step: consent, the idempotency key, and a honeypot for bots. For a patient
    under GUARDIAN_AGE (`needs_guardian`), a parent or guardian agrees too, by name, first."""

    guardian_name = forms.CharField(
        label=_("Parent or guardian's full name"),
        max_length=120,
        # Never filled in by the browser: a child's own device would offer the child's name.
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "class": "input-width-30"}
        ),
        error_messages={
            "required": _("Enter the full name of the parent or guardian who agrees."),
            "max_length": _("The parent or guardian's name must be 120 characters or fewer."),
        },
    )
    guardian_consent = forms.BooleanField(
        label=_(
            "I am this patient's parent or guardian, and I agree that the clinic may store "
            "these answers and use them to plan their care."
        ),
        error_messages={
            "required": _("A parent or guardian must agree before we can store these answers.")
        },
    )
    consent = forms.BooleanField(
        label=_("I agree that the clinic may store and use my answers to plan my care."),
        error_messages={"required": _("You must agree before we can store your answers.")},
    )
    key = forms.UUIDField(widget=forms.HiddenInput)
    # Invisible to people (hidden by CSS and from assistive technology); bots fill it in.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    guardian_age = GUARDIAN_AGE

    def __init__(self, *args, needs_guardian: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.needs_guardian = needs_guardian
        if not needs_guardian:
            del self.fields["guardian_name"], self.fields["guardian_consent"]
            return
        # clean_guardian_name refuses a null character with the others, in plain words.
        name = self.fields["guardian_name"]
        name.validators = [
            v for v in name.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def clean_guardian_name(self) -> str:
        name = " ".join(self.cleaned_data["guardian_name"].split())
        if not name:
            raise forms.ValidationError(
                self.fields["guardian_name"].error_messages["required"], code="required"
            )
        return refuse_control_characters(name, self.fields["guardian_name"].label)

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))


class DraftForm(IntakeForm):
    """Where to send the link to answers saved to finish later."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We will send the link here, and nothing else."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter the email address to send the link to."),
            "invalid": _("Enter an email address in the correct format, like name@example.com."),
            "max_length": _("The email address must be 254 characters or fewer."),
        },
    )
