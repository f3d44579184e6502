"""The intake's building blocks for questions: limits and messages, text cleaning, the pain
scale, checkbox and radio lists, and the date of birth in three boxes. The step forms
(forms.py) and the follow-up forms are made of them."""

import datetime
import unicodedata

from django import forms
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

OLDEST_AGE = 120
TEXT_LIMIT = 2000
TOO_LONG = _("Keep this to 2,000 characters or fewer (you have entered %(show_value)d).")
YES_NO = [("yes", _("Yes")), ("no", _("No"))]
PREGNANCY_SLUG = "pregnancy"
PEG_PAIN = _("What number best describes your pain on average in the past week?")
PEG_ENJOYMENT = _(
    "What number best describes how, during the past week, pain has interfered with your "
    "enjoyment of life?"
)
PEG_ACTIVITY = _(
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
                gettext(
                    "%(what)s contains a character we cannot store. Remove any unusual or "
                    "invisible characters and try again."
                )
                % {"what": what}
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
        # The values as text, as the page writes them: a number would be localised on its way
        # into the template, twice per option: a fifth of the time the scale took to render.
        choices = (
            [("0", format_lazy("0 {}", low))]
            + [(str(n), str(n)) for n in range(1, 10)]
            + [("10", format_lazy("10 {}", high))]
        )
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
                "invalid_choice": _("Choose a number from 0 to 10."),
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
            "invalid_choice": _("“%(value)s” is not one of the options. Choose from the list."),
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
            "invalid_choice": _("Choose one of the options given."),
        },
    )


# Each part of a date of birth left out, in words (a sentence each, as languages build them
# differently).
DATE_PART_MISSING = {
    ("day",): _("Your date of birth must include a day."),
    ("month",): _("Your date of birth must include a month."),
    ("year",): _("Your date of birth must include a year."),
    ("day", "month"): _("Your date of birth must include a day and month."),
    ("day", "year"): _("Your date of birth must include a day and year."),
    ("month", "year"): _("Your date of birth must include a month and year."),
}


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
            raise forms.ValidationError(_("Enter your date of birth."), code="required")
        if missing:
            raise forms.ValidationError(DATE_PART_MISSING[tuple(missing)])
        if not all(str(v).strip().isdecimal() for v in (day, month, year)):
            raise forms.ValidationError(
                _("Enter your date of birth using numbers only, for example 27 3 1985.")
            )
        day, month, year = int(day), int(month), int(year)
        if year < 1000:
            raise forms.ValidationError(_("Enter the year in full, for example 1985."))
        try:
            born = datetime.date(year, month, day)
        except ValueError:
            raise forms.ValidationError(
                _("Your date of birth must be a real date, for example 27 3 1985.")
            ) from None
        today = timezone.localdate()
        if born > today:
            raise forms.ValidationError(_("Your date of birth must be in the past."))
        if today.year - year > OLDEST_AGE:
            raise forms.ValidationError(
                gettext("Check the year of your date of birth: it makes you older than %(age)d.")
                % {"age": OLDEST_AGE}
            )
        return born
