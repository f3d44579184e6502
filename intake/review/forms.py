"""The review form: the only part of a submission staff can change, with the checks a
recommendation must pass (a status that fits it, an override with its reason for red flags and
warnings, a practitioner who gives the treatment)."""

from django import forms
from django.db.models import Q

from clinic.content_cache import cached_content
from intake.models import REFER_LABEL, Submission
from intake.triage.overrides import WarningOverrideForm
from intake.triage.suggest import REFER
from treatments.models import Modality, Practitioner


def published_modalities() -> list[tuple[str, str]]:
    return cached_content(
        "modality-choices", lambda: list(Modality.objects.published().values_list("slug", "name"))
    )


def recommendation_choices() -> list[tuple[str, str]]:
    return [("", "No recommendation yet"), *published_modalities(), (REFER, REFER_LABEL)]


MIN_OVERRIDE_REASON = 20


class ReviewForm(WarningOverrideForm, forms.ModelForm):
    """The review section: the only part of a submission staff can change."""

    recommendation = forms.ChoiceField(
        required=False,
        help_text="Choosing one and saving stamps you as the reviewer and moves the status.",
    )
    override_red_flags = forms.BooleanField(
        required=False,
        label="Treat despite the red flags",
        help_text="Only after a doctor has assessed them. Needs a reason below; it is audited.",
    )

    class Meta:
        model = Submission
        fields = [
            "recommended_practitioner",
            "note_to_patient",
            "internal_notes",
            "status",
            "assigned_to",
            "red_flag_override_reason",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recommendation"].choices = self.choices_keeping_current()
        # Published practitioners, and whoever was chosen before even if since unpublished.
        # Absent for a view-only reviewer, whose page shows every field read-only.
        if "recommended_practitioner" in self.fields:
            self.fields["recommended_practitioner"].queryset = Practitioner.objects.filter(
                Q(is_published=True) | Q(pk=self.instance.recommended_practitioner_id)
            )
        if self.instance.status == Submission.Status.REFERRED:
            self.initial["recommendation"] = REFER
        elif self.instance.recommended_modality_id:
            self.initial["recommendation"] = self.instance.recommended_modality.slug

    def choices_keeping_current(self) -> list[tuple[str, str]]:
        """The published treatments, and the one recommended before even if since unpublished:
        otherwise the intake could not be saved at all once its treatment left the site."""
        choices = recommendation_choices()
        current = self.instance.recommended_modality
        if current and current.slug not in {value for value, _ in choices}:
            choices.insert(1, (current.slug, f"{current.name} (no longer published)"))
        return choices

    def clean(self):
        cleaned = super().clean()
        choice = cleaned.get("recommendation")
        status = cleaned.get("status")
        decided = {Submission.Status.RECOMMENDED, Submission.Status.REFERRED}
        if status in decided and not choice:
            self.add_error("recommendation", "Choose a recommendation before setting this status.")
        if status == Submission.Status.RECOMMENDED and choice == REFER:
            self.add_error("status", "A referral has the status “Referred to a physician”.")
        if status == Submission.Status.REFERRED and choice and choice != REFER:
            self.add_error("status", "A recommended treatment has the status “Recommended”.")
        self.check_red_flag_override(choice)
        if choice != REFER:
            self.check_warning_override(choice, MIN_OVERRIDE_REASON)
        self.check_practitioner(cleaned.get("recommended_practitioner"), choice)
        return cleaned

    def check_red_flag_override(self, choice: str) -> None:
        """A treatment (not a referral) on an intake with red flags needs an explicit override
        with a written reason, such as the doctor's all-clear."""
        treating = bool(choice) and choice != REFER
        if not (self.instance.has_red_flag and treating and "recommendation" in self.changed_data):
            return
        if not self.cleaned_data.get("override_red_flags"):
            self.add_error(
                "override_red_flags",
                "This intake has red flags. Refer to a physician, or tick “Treat despite the red "
                "flags” and give the reason.",
            )
        reason = (self.cleaned_data.get("red_flag_override_reason") or "").strip()
        if len(reason) < MIN_OVERRIDE_REASON:
            self.add_error(
                "red_flag_override_reason",
                "Give the reason for treating despite the red flags, for example who assessed "
                f"them and when (at least {MIN_OVERRIDE_REASON} characters).",
            )

    def check_practitioner(self, practitioner, choice: str) -> None:
        """A practitioner goes with a recommended treatment they give, never a referral."""
        if practitioner is None:
            return
        modality = Modality.objects.filter(slug=choice).first() if choice != REFER else None
        if modality is None:
            self.add_error(
                "recommended_practitioner", "Choose a practitioner only with a treatment."
            )
        elif not practitioner.gives(modality):
            self.add_error(
                "recommended_practitioner",
                f"{practitioner.name} does not give {modality.name}; choose one who does, or none.",
            )
