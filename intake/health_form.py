"""The health step: the red-flag questions first, then one screening question per precaution
the clinic asks about; the pregnancy warning signs are asked with the pregnancy question."""

from crispy_forms.layout import Div, Field, Fieldset, Layout
from django import forms

from intake.forms import PREGNANCY_SLUG, YES_NO, IntakeForm, radio_list
from intake.layout import YesNo
from intake.redflags import ASKED_FLAGS, PREGNANCY_FLAGS
from treatments.models import Precaution


def screening_question(name: str, has_detail: bool) -> Div:
    """A screening question and its detail field, kept together."""
    parts = [YesNo(name)]
    if has_detail:
        parts.append(Field(f"{name}_detail", wrapper_class="screening-detail"))
    return Div(*parts, css_class="screening-question")


RED_FLAG_SECTION = "Do you have any of these now, or have you had them recently?"


class HealthForm(IntakeForm):
    """The red flags first (the questions where a "yes" changes what the patient should do
    today), then one screening question per precaution the clinic asks about."""

    title = "Your health"

    def __init__(self, *args, **kwargs):
        # Read fresh on every request: a cached list could keep asking a retired question.
        self.precautions = list(Precaution.objects.asked())
        super().__init__(*args, **kwargs)

    def add_fields(self) -> None:
        # In the page's order, so the error summary lists the messages as the page shows them.
        for flag in ASKED_FLAGS:
            self.fields[f"red_flag_{flag.value}"] = radio_list(
                flag.label,
                YES_NO,
                f"Answer yes or no: {flag.label[0].lower()}{flag.label[1:]}",
                # The advice script shows the right words at once when "Yes" is chosen.
                attrs={"data-red-flag-urgency": flag.advice},
            )
        for precaution in self.precautions:
            self.fields[precaution.slug] = radio_list(
                precaution.question, YES_NO, f"Answer yes or no: {precaution.question}"
            )
            if precaution.slug == PREGNANCY_SLUG:
                self.fields[f"{precaution.slug}_detail"] = forms.IntegerField(
                    label="If yes: How many weeks pregnant are you?",
                    required=False,
                    min_value=1,
                    max_value=42,
                    widget=forms.TextInput(attrs={"inputmode": "numeric"}),
                    error_messages={
                        "invalid": "Enter the number of weeks as a number, like 12.",
                        "min_value": "Enter a number of weeks from 1 to 42.",
                        "max_value": "Enter a number of weeks from 1 to 42.",
                    },
                )
                self.add_pregnancy_flag_fields()
            elif precaution.detail_prompt:
                self.fields[f"{precaution.slug}_detail"] = forms.CharField(
                    label=f"If yes: {precaution.detail_prompt}",
                    required=False,
                    max_length=200,
                    error_messages={"max_length": "Keep this to 200 characters or fewer."},
                )

    def add_pregnancy_flag_fields(self) -> None:
        """The pregnancy warning signs: asked with the pregnancy question, and required only
        when the answer is yes (clean), so that the page works without JavaScript."""
        for flag in PREGNANCY_FLAGS:
            self.fields[f"red_flag_{flag.value}"] = radio_list(
                flag.label,
                YES_NO,
                f"You said you are pregnant. Answer yes or no: {flag.label}",
                attrs={"data-red-flag-urgency": flag.advice},
            )
            self.fields[f"red_flag_{flag.value}"].required = False

    def pregnancy_question(self) -> Div:
        """The pregnancy question; its detail (the weeks and the warning signs) is revealed
        with "Yes" by the same script as every other detail."""
        detail = Div(
            Field(f"{PREGNANCY_SLUG}_detail"),
            *[YesNo(f"red_flag_{flag.value}") for flag in PREGNANCY_FLAGS],
            css_class="screening-detail",
            css_id="pregnancy-detail",
        )
        return Div(YesNo(PREGNANCY_SLUG), detail, css_class="screening-question")

    def layout(self) -> Layout:
        screening = [
            self.pregnancy_question()
            if precaution.slug == PREGNANCY_SLUG
            else screening_question(precaution.slug, f"{precaution.slug}_detail" in self.fields)
            for precaution in self.precautions
        ]
        flags = [YesNo(f"red_flag_{flag.value}") for flag in ASKED_FLAGS]
        return Layout(
            Fieldset(RED_FLAG_SECTION, *flags, css_class="red-flags"),
            Fieldset("Health questions", *screening, css_class="screening"),
        )

    def clean(self):
        cleaned = super().clean()
        for precaution in self.precautions:
            detail_name = f"{precaution.slug}_detail"
            needs_detail = cleaned.get(precaution.slug) == "yes" and detail_name in self.fields
            if (
                needs_detail
                and cleaned.get(detail_name) in (None, "")
                and detail_name not in self.errors
            ):
                self.add_error(
                    detail_name,
                    f"You answered yes: {precaution.detail_prompt or 'tell us more'}",
                )
        if self.pregnant():
            for flag in PREGNANCY_FLAGS:
                name = f"red_flag_{flag.value}"
                if name in self.fields and not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned

    def pregnant(self) -> bool:
        return self.cleaned_data.get(PREGNANCY_SLUG) == "yes"

    def asked_flags(self) -> list:
        """The red flags asked of this patient: the pregnancy ones only if she is pregnant."""
        pregnancy = PREGNANCY_FLAGS if self.pregnant() and PREGNANCY_SLUG in self.fields else []
        return [*ASKED_FLAGS, *pregnancy]

    def summary(self) -> list[tuple[str, str]]:
        rows = []
        for flag in self.asked_flags():
            answer = self.cleaned_data.get(f"red_flag_{flag.value}") == "yes"
            rows.append((flag.label, "Yes" if answer else "No"))
        for precaution, yes, detail in self.screening_answers():
            answer = "Yes" if yes else "No"
            if precaution.slug == PREGNANCY_SLUG and detail:
                detail = f"{detail} weeks"
            rows.append((precaution.question, f"{answer}: {detail}" if detail else answer))
        return rows

    def screening_answers(self) -> list[tuple[Precaution, bool, str]]:
        answers = []
        for precaution in self.precautions:
            detail = self.cleaned_data.get(f"{precaution.slug}_detail")
            yes = self.cleaned_data[precaution.slug] == "yes"
            answers.append(
                (precaution, yes, str(detail) if yes and detail not in (None, "") else "")
            )
        return answers

    def pregnancy_weeks(self) -> int | None:
        if self.cleaned_data.get(PREGNANCY_SLUG) == "yes":
            return self.cleaned_data.get(f"{PREGNANCY_SLUG}_detail")
        return None

    def red_flags(self) -> list[str]:
        return [
            flag.value
            for flag in self.asked_flags()
            if self.cleaned_data.get(f"red_flag_{flag.value}") == "yes"
        ]

    def screening_yes(self) -> set[str]:
        return {precaution.slug for precaution, yes, _ in self.screening_answers() if yes}
