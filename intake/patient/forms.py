"""The intake's question pages, one form per step.

Every answer is validated here, on the server, with a message that says how to put it right.
Forms list their fields; none can set a status, a reviewer or anything else staff own.
"""

import datetime
import re
import unicodedata

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout
from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils import timezone

from clinic.content_cache import cached_content
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
from treatments.models import Condition

OLDEST_AGE = 120
TEXT_LIMIT = 2000
TOO_LONG = "Keep this to 2,000 characters or fewer (you have entered %(show_value)d)."
YES_NO = [("yes", "Yes"), ("no", "No")]
PREGNANCY_SLUG = "pregnancy"
SCALE_TEMPLATE = "intake/widgets/scale.html"
PEG_PAIN = "What number best describes your pain on average in the past week?"
PEG_ENJOYMENT = (
    "What number best describes how, during the past week, pain has interfered with your "
    "enjoyment of life?"
)
PEG_ACTIVITY = (
    "What number best describes how, during the past week, pain has interfered with your "
    "general activity?"
)


def refuse_control_characters(value: str, what: str) -> str:
    """Text may hold line breaks and tabs, but no other control or invisible format characters."""
    for char in value:
        if char in "\n\r\t":
            continue
        if unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            raise forms.ValidationError(
                f"{what} contains a character we cannot store. Remove any unusual or "
                "invisible characters and try again."
            )
    return value


class CleanTextMixin:
    """Strips and checks every text field for control characters."""

    def clean(self):
        cleaned = super().clean()
        for name, field in self.fields.items():
            value = cleaned.get(name)
            if isinstance(value, str) and isinstance(field, forms.CharField):
                try:
                    refuse_control_characters(value, field.label or name)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned


class ScaleField(forms.TypedChoiceField):
    """A 0 to 10 rating with words for its two ends ("0 no pain" ... "10 worst pain")."""

    def __init__(
        self,
        *,
        label: str,
        low: str,
        high: str,
        required_message: str = "",
        required: bool = True,
        help_text: str = "",
    ):
        self.low, self.high = low, high
        choices = [(0, f"0 {low}")] + [(n, str(n)) for n in range(1, 10)] + [(10, f"10 {high}")]
        super().__init__(
            label=label,
            choices=choices,
            coerce=int,
            required=required,
            empty_value=None,
            help_text=help_text,
            widget=forms.RadioSelect,
            error_messages={
                "required": required_message,
                "invalid_choice": "Choose a number from 0 to 10.",
            },
        )


def checkbox_list(label: str, choices, *, required: bool, message: str = "", help_text: str = ""):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=required,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
        error_messages={
            "required": message,
            "invalid_choice": "“%(value)s” is not one of the options. Choose from the list.",
        },
    )


def radio_list(
    label: str,
    choices,
    message: str,
    help_text: str = "",
    attrs: dict | None = None,
    *,
    required: bool = True,
    initial: str | None = None,
) -> forms.ChoiceField:
    """Radios; one that is not required starts with `initial` chosen, and a missing answer is
    read as it (clean_defaults)."""
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=forms.RadioSelect(attrs=attrs),
        help_text=help_text,
        required=required,
        initial=initial,
        error_messages={
            "required": message,
            "invalid_choice": "Choose one of the options given.",
        },
    )


class DateOfBirthWidget(forms.MultiWidget):
    template_name = "intake/widgets/date_of_birth.html"

    def __init__(self):
        number = {"inputmode": "numeric", "class": "form-control", "autocomplete": "off"}
        super().__init__(
            widgets={
                "day": forms.TextInput(attrs={**number, "autocomplete": "bday-day"}),
                "month": forms.TextInput(attrs={**number, "autocomplete": "bday-month"}),
                "year": forms.TextInput(attrs={**number, "autocomplete": "bday-year"}),
            }
        )

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DateOfBirthField(forms.MultiValueField):
    """Day, month and year typed separately (the GOV.UK pattern), checked as a real date."""

    widget = DateOfBirthWidget

    def __init__(self, **kwargs):
        part = {"required": False, "max_length": 4}
        super().__init__(
            fields=[forms.CharField(**part), forms.CharField(**part), forms.CharField(**part)],
            require_all_fields=False,
            **kwargs,
        )

    def compress(self, values):
        day, month, year = (values or [None, None, None]) + [None] * (3 - len(values or []))
        missing = [
            name
            for name, v in zip(("day", "month", "year"), (day, month, year), strict=True)
            if not v
        ]
        if len(missing) == 3:
            raise forms.ValidationError("Enter your date of birth.", code="required")
        if missing:
            raise forms.ValidationError(
                f"Your date of birth must include a {' and '.join(missing)}."
            )
        if not all(str(v).strip().isdecimal() for v in (day, month, year)):
            raise forms.ValidationError(
                "Enter your date of birth using numbers only, for example 27 3 1985."
            )
        day, month, year = int(day), int(month), int(year)
        if year < 1000:
            raise forms.ValidationError("Enter the year in full, for example 1985.")
        try:
            born = datetime.date(year, month, day)
        except ValueError:
            raise forms.ValidationError(
                "Your date of birth must be a real date, for example 27 3 1985."
            ) from None
        today = timezone.localdate()
        if born > today:
            raise forms.ValidationError("Your date of birth must be in the past.")
        if today.year - year > OLDEST_AGE:
            raise forms.ValidationError(
                f"Check the year of your date of birth: it makes you older than {OLDEST_AGE}."
            )
        return born


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
            return ", ".join(str(choices.get(v, v)) for v in value) or "None given"
        if value in (None, ""):
            return "Not given"
        if isinstance(value, datetime.date):
            return value.strftime("%-d %B %Y")
        if isinstance(field, ScaleField):
            return f"{value} out of 10"
        return str(choices.get(value, value))


class AboutYouForm(IntakeForm):
    title = "About you"

    full_name = forms.CharField(
        label="Full name",
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your full name.",
            "max_length": "Your name must be 120 characters or fewer.",
        },
    )
    date_of_birth = DateOfBirthField(
        label="Date of birth",
        help_text="For example, 27 3 1985.",
        error_messages={"required": "Enter your date of birth."},
    )
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="We will send a confirmation here. We never share it.",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address in the correct format, like name@example.com.",
            "max_length": "Your email address must be 254 characters or fewer.",
        },
    )
    phone = forms.CharField(
        label="Phone number (optional)",
        required=False,
        max_length=30,
        help_text="Only if you would like us to call you.",
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        error_messages={"max_length": "Your phone number must be 30 characters or fewer."},
    )
    # Chosen for the patient (issue 27: fewer answers to give): we always have their email; a
    # patient who would rather be called changes it. Not a health answer, so a default is safe.
    contact_method = radio_list(
        "How should we contact you?",
        ContactMethod.choices,
        "Choose how we should contact you.",
        required=False,
        initial=ContactMethod.EMAIL,
    )

    def clean_full_name(self) -> str:
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError("Enter your full name.")
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
                "Enter a phone number, like 01632 960 001 or +44 7700 900 982."
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        wants_phone = cleaned.get("contact_method") == ContactMethod.PHONE
        if wants_phone and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", "Enter a phone number, or choose to be contacted by email.")
        return cleaned

    def layout(self) -> Layout:
        return Layout(
            Field("full_name", css_class="input-width-30"),
            "date_of_birth",
            Field("email", css_class="input-width-30"),
            Field("phone", css_class="input-width-20"),
            "contact_method",
        )


def condition_choices() -> list[tuple[str, str]]:
    return list(Condition.objects.published().values_list("slug", "name"))


class SymptomsForm(IntakeForm):
    title = "What brings you here"

    main_concern = forms.CharField(
        label="What is troubling you?",
        max_length=TEXT_LIMIT,
        help_text="In your own words: what you feel, when it started, and what makes it "
        "better or worse.",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": "Tell us what is troubling you.",
            "max_length": TOO_LONG,
        },
    )
    body_regions = checkbox_list(
        "Where do you feel it?",
        BodyRegion.choices,
        required=False,
        help_text="Select all that apply. Leave blank if it is not in one place.",
    )
    pain_now = ScaleField(
        label="How bad is your pain right now?",
        low="no pain",
        high="worst pain you can imagine",
        required_message="Choose how bad your pain is right now, from 0 to 10.",
    )
    pain_week_average = ScaleField(
        label="On average, how bad has your pain been over the past week?",
        low="no pain",
        high="worst pain you can imagine",
        required_message="Choose how bad your pain has been on average over the past week, "
        "from 0 to 10.",
    )
    duration = radio_list(
        "How long have you had it?", Duration.choices, "Choose how long you have had it."
    )
    interference = ScaleField(
        label="How much does it get in the way of your daily life?",
        low="not at all",
        high="I cannot do my usual activities",
        required_message="Choose how much it gets in the way of your daily life, from 0 to 10.",
    )
    # The PEG's two interference items, so the follow-ups can be compared with today.
    interference_enjoyment = ScaleField(
        label=f"{PEG_ENJOYMENT} (optional)",
        low="does not interfere",
        high="completely interferes",
        required=False,
    )
    interference_activity = ScaleField(
        label=f"{PEG_ACTIVITY} (optional)",
        low="does not interfere",
        high="completely interferes",
        required=False,
    )
    conditions = checkbox_list(
        "Has a doctor or other health professional told you that you have any of these?",
        [],
        required=False,
        help_text="Select all that apply, or leave blank.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["conditions"].choices = cached_content("condition-choices", condition_choices)

    def layout(self) -> Layout:
        return Layout(
            "main_concern",
            Field("body_regions", template="intake/widgets/body_map.html"),
            Field("pain_now", template=SCALE_TEMPLATE),
            Field("pain_week_average", template=SCALE_TEMPLATE),
            "duration",
            Field("interference", template=SCALE_TEMPLATE),
            Field("interference_enjoyment", template=SCALE_TEMPLATE),
            Field("interference_activity", template=SCALE_TEMPLATE),
            "conditions",
        )


class GoalsForm(IntakeForm):
    title = "Your goals"

    goals = checkbox_list(
        "What would you like treatment to help with?",
        Goal.choices,
        required=True,
        message="Choose at least one thing you would like treatment to help with.",
        help_text="Select all that apply.",
    )


class PreferencesForm(IntakeForm):
    title = "Your preferences"

    needles = radio_list(
        "How do you feel about needles?",
        NeedleFeeling.choices,
        "Choose how you feel about needles.",
        help_text="Acupuncture uses very fine needles. Acupressure and massage do not.",
    )
    # "No preference" is what a patient who skips this means, so it starts chosen.
    pressure = radio_list(
        "What pressure do you prefer?",
        PressurePreference.choices,
        "Choose the pressure you prefer, or no preference.",
        required=False,
        initial=PressurePreference.NO_PREFERENCE,
    )
    self_care = radio_list(
        "Would you like to learn techniques to use on yourself at home?",
        SelfCareInterest.choices,
        "Choose whether you would like to learn self-care techniques.",
    )
    curious_about = checkbox_list(
        "Which treatments are you curious about?",
        Curiosity.choices,
        required=False,
        help_text="Select all that apply, or leave blank.",
    )
    anything_else = forms.CharField(
        label="Is there anything else our staff should know? (optional)",
        required=False,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="For example, access needs, or times you cannot come in.",
        error_messages={"max_length": TOO_LONG},
    )

    def clean_curious_about(self) -> list[str]:
        chosen = self.cleaned_data["curious_about"]
        if Curiosity.NOT_SURE in chosen and len(chosen) > 1:
            raise forms.ValidationError(
                "Choose the treatments you are curious about, or “Not sure”, but not both."
            )
        return chosen


class SubmitForm(forms.Form):
    """The last step: consent, the idempotency key, and a honeypot for bots."""

    consent = forms.BooleanField(
        label="I agree that the clinic may store and use my answers to plan my care.",
        error_messages={"required": "You must agree before we can store your answers."},
    )
    key = forms.UUIDField(widget=forms.HiddenInput)
    # Invisible to people (hidden by CSS and from assistive technology); bots fill it in.
    website = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))


class DraftForm(IntakeForm):
    """Where to send the link to answers saved to finish later."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="We will send the link here, and nothing else.",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter the email address to send the link to.",
            "invalid": "Enter an email address in the correct format, like name@example.com.",
            "max_length": "The email address must be 254 characters or fewer.",
        },
    )
