"""Warnings a reviewer must override, explicitly and with a reason, to record a treatment.

Red flags have their own box on the review form ("Treat despite the red flags"). The same
explicit, audited override is needed for a treatment the engine marked *avoid* for this patient
(massage with an active clot), any treatment on an intake whose suggestion is *postpone*
(a fever), and a needle treatment for a patient who would rather avoid needles. The reviewer
sees which warnings they override; the audit log records which (AuditEvent.detail holds the
kind only, never a health detail, as it outlives the intake).

The engine's snapshots (the original and any recomputation) are read, so a warning the reviewer
was shown cannot be skipped; the needle wish is read from the patient's own answer.
"""

from dataclasses import dataclass

from django import forms

from intake.triage.suggest import POSTPONE
from treatments.models import Modality

RED_FLAGS, AVOID, POSTPONED, NEEDLES = "red_flags", "avoid", "postpone", "needles"


@dataclass(frozen=True)
class OverrideWarning:
    kind: str  # one of AVOID, POSTPONED, NEEDLES
    text: str


def snapshots(submission) -> list[dict]:
    return [s for s in (submission.suggestion, submission.suggestion_recomputed) if s]


def postponed(snapshot: dict) -> bool:
    """Every treatment is out for now: the top is "postpone", or (under a referral, which hides
    it) every treatment was excluded."""
    ranking = snapshot.get("ranking", [])
    every_one_out = bool(ranking) and all(entry["excluded"] for entry in ranking)
    return snapshot.get("top") == POSTPONE or every_one_out


def avoided_for(submission, slug: str) -> list[str]:
    """The precautions for which the engine marked this treatment "avoid" for this patient."""
    names = {
        caution["precaution"]
        for snapshot in snapshots(submission)
        for entry in snapshot.get("ranking", [])
        if entry["slug"] == slug
        for caution in entry.get("cautions", [])
        if caution.get("level") == "avoid"
    }
    return sorted(names)


def warnings_for(submission, modality: Modality) -> list[OverrideWarning]:
    """What recording this treatment for this intake goes against, besides red flags."""
    found = []
    avoided = avoided_for(submission, modality.slug)
    if avoided:
        found.append(
            OverrideWarning(AVOID, f"{modality.name} is marked “avoid” for: {', '.join(avoided)}.")
        )
    if any(postponed(s) for s in snapshots(submission)):
        found.append(
            OverrideWarning(
                POSTPONED, "Every treatment is to be avoided for now: postpone until well."
            )
        )
    if modality.uses_needles and submission.needles == "avoid":
        found.append(
            OverrideWarning(
                NEEDLES, f"The patient would rather avoid needles; {modality.name} uses them."
            )
        )
    return found


def intake_warnings(submission) -> list[str]:
    """Every warning on this intake, per treatment, for the review form to show up front."""
    lines = []
    for modality in Modality.objects.published():
        for warning in warnings_for(submission, modality):
            if warning.text not in lines:
                lines.append(warning.text)
    return lines


class WarningOverrideForm(forms.Form):
    """The review form's part for warnings other than red flags (mixed into ReviewForm)."""

    override_warnings = forms.BooleanField(
        required=False,
        label="Treat despite these warnings",
        help_text="Needed to record a treatment marked “avoid” for this patient, any treatment "
        "on a postponed intake, or needles for a patient who would rather avoid them. Needs a "
        "reason below; it is audited.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.overridden: list[str] = []
        if self.instance.pk and "override_warnings" in self.fields:
            lines = intake_warnings(self.instance)
            if lines:
                field = self.fields["override_warnings"]
                field.help_text = "Warnings on this intake: " + " ".join(lines)

    def check_warning_override(self, choice: str, min_reason: int) -> None:
        """A treatment that goes against a warning needs the box ticked and a reason; the
        kinds overridden are kept for the audit."""
        modality = Modality.objects.filter(slug=choice).first() if choice else None
        if modality is None or "recommendation" not in self.changed_data:
            return
        warnings = warnings_for(self.instance, modality)
        if not warnings:
            return
        listed = " ".join(w.text for w in warnings)
        if not self.cleaned_data.get("override_warnings"):
            self.add_error(
                "override_warnings",
                f"{listed} Choose another recommendation, or tick “Treat despite these "
                "warnings” and give the reason.",
            )
        reason = (self.cleaned_data.get("red_flag_override_reason") or "").strip()
        if len(reason) < min_reason:
            self.add_error(
                "red_flag_override_reason",
                f"Give the reason for treating despite the warnings (at least {min_reason} "
                "characters).",
            )
        self.overridden = [w.kind for w in warnings]
