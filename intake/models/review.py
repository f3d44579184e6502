"""The staff's review of an intake (intake/review/): where it stands, who has it, and what they
decided and told the patient.

Staff change these fields by hand (a fresh run of the engine they ask for is kept with the
triage); the patient's answers never change. That is why a Submission's history copies the review
and leaves the answers out.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from treatments.models import Modality, Practitioner


class ReviewState(models.Model):
    """The review part of a Submission: its status and the reviewer's decision."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_REVIEW = "in_review", "In review"
        RECOMMENDED = "recommended", "Recommended"
        REFERRED = "referred", "Referred to a physician"
        CLOSED = "closed", "Closed"

    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_submissions",
        verbose_name="assigned reviewer",
    )
    recommended_modality = models.ForeignKey(
        Modality, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recommended_practitioner = models.ForeignKey(
        Practitioner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="practitioner (optional)",
        help_text="Named in the patient's email, with their booking link if they have one.",
    )
    note_to_patient = models.TextField(
        blank=True, help_text="Sent to the patient with the recommendation. No health details."
    )
    internal_notes = models.TextField(blank=True, help_text="For staff only; never sent.")
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_submissions",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    recommendation_sent_at = models.DateTimeField(null=True, blank=True)
    red_flag_override_reason = models.TextField(
        "why treat despite the warnings",
        blank=True,
        help_text="Required to record a treatment despite a warning: red flags, “avoid” for "
        "this patient, a postponed intake, or needles for a patient who would rather avoid them.",
    )

    class Meta:
        abstract = True

    def record_recommendation(self, *, modality: Modality | None, reviewer) -> None:
        """A treatment (or, with no modality, a referral to a physician), stamped with who
        decided and when. The status follows unless the intake is already closed."""
        self.recommended_modality = modality
        self.reviewed_by = reviewer
        self.reviewed_at = timezone.now()
        if self.status != self.Status.CLOSED:
            self.status = self.Status.RECOMMENDED if modality else self.Status.REFERRED

    @property
    def is_referral(self) -> bool:
        return self.status == self.Status.REFERRED
