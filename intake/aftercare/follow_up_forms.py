"""The follow-up questionnaire's form (intake/aftercare/follow_up.py sends it, follow_up_views.py
shows it)."""

from crispy_forms.layout import Div, Layout
from django import forms
from django.utils.translation import gettext_lazy as _

from clinic.content_language import FallbackText, translated
from intake.models import Outcome
from intake.patient.fields import PEG_ACTIVITY, PEG_ENJOYMENT, PEG_PAIN, ScaleField
from intake.patient.forms import IntakeForm
from intake.patient.layout import Options, Scale, TextBox, YesNo
from treatments.models import Modality


class TreatmentSelect(forms.Select):
    """A list of treatments in which an option whose name is in English on another language's
    page says so, on the <option> itself: a list shows an option's text, not markup in it."""

    def create_option(self, *args, **kwargs) -> dict:
        option = super().create_option(*args, **kwargs)
        if isinstance(option["label"], FallbackText):
            option["attrs"]["lang"] = option["label"].lang
        return option


class TreatmentChoiceField(forms.ModelChoiceField):
    widget = TreatmentSelect

    def label_from_instance(self, obj: Modality) -> str:
        return translated(obj, "name")


class FollowUpForm(IntakeForm):
    """The follow-up questionnaire: treatment had, the three PEG items and the PGIC."""

    had_treatment = forms.TypedChoiceField(
        label=_("Have you had any treatment at our clinic since your intake?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you have had treatment since your intake.")},
    )
    modality = TreatmentChoiceField(
        label=_("If yes, which treatment did you have?"),
        queryset=Modality.objects.none(),
        required=False,
        empty_label=_("Choose a treatment"),
        help_text=_("If you had more than one, choose the one you had most."),
        error_messages={"invalid_choice": _("Choose one of the treatments in the list.")},
    )
    sessions = forms.IntegerField(
        label=_("If yes, how many sessions have you had?"),
        required=False,
        min_value=1,
        max_value=100,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": _("Enter the number of sessions as a whole number, such as 3."),
            "min_value": _("Enter the number of sessions, 1 or more."),
            "max_value": _("Enter the number of sessions, 100 or fewer."),
        },
    )
    pain_average = ScaleField(
        label=PEG_PAIN,
        low=_("no pain"),
        high=_("pain as bad as you can imagine"),
        required_message=_("Choose a number from 0 to 10 for your pain on average."),
    )
    interference_enjoyment = ScaleField(
        label=PEG_ENJOYMENT,
        low=_("does not interfere"),
        high=_("completely interferes"),
        required_message=_("Choose a number from 0 to 10 for your enjoyment of life."),
    )
    interference_activity = ScaleField(
        label=PEG_ACTIVITY,
        low=_("does not interfere"),
        high=_("completely interferes"),
        required_message=_("Choose a number from 0 to 10 for your general activity."),
    )
    change = forms.TypedChoiceField(
        label=_(
            "Since your intake, how would you describe the change, if any, in your pain and "
            "how you get on with daily life?"
        ),
        choices=Outcome.Change.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how things have changed since your intake.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["modality"].queryset = Modality.objects.published()

    def layout(self) -> Layout:
        # "If yes" details revealed on yes, as on the health step (conditional-reveal.js).
        treatment_detail = Div(
            "modality", TextBox("sessions"), css_class="screening-detail", css_id="treatment-detail"
        )
        return Layout(
            Div(YesNo("had_treatment"), treatment_detail, css_class="screening-question"),
            Scale("pain_average"),
            Scale("interference_enjoyment"),
            Scale("interference_activity"),
            Options("change"),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("had_treatment") is False:
            cleaned["modality"], cleaned["sessions"] = None, None
        elif cleaned.get("had_treatment") and not cleaned.get("modality"):
            self.add_error("modality", _("Choose which treatment you had."))
        return cleaned
