"""After the visit: the follow-up invitations and the outcomes patients report in them."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from intake.models.choices import scale_field
from intake.models.submission import Submission
from treatments.models import Modality


class FollowUp(models.Model):
    """One invitation to tell us, some weeks after the recommendation, how things have gone.

    The link's token is random and single-use; only its SHA-256 is stored, so a copy of the
    database cannot answer for the patient. A new token is made each time the invitation is
    sent, which leaves only the latest email's link working. See intake/aftercare/follow_up.py.
    """

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="follow_ups")
    weeks = models.PositiveSmallIntegerField(help_text="Weeks after the recommendation.")
    due_at = models.DateTimeField(db_index=True)
    # The site's address when the recommendation was sent, for the link in the invitation.
    site_url = models.CharField(max_length=200, blank=True)
    token_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    invited_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    used_at = models.DateTimeField(null=True, blank=True)
    # When the one reminder for an unanswered invitation was queued (FOLLOW_UP_REMINDER_DAYS).
    reminded_at = models.DateTimeField(null=True, blank=True)
    opted_out = models.BooleanField(default=False)

    class Meta:
        ordering = ["due_at", "pk"]
        verbose_name = "follow-up"
        constraints = [
            models.UniqueConstraint(
                fields=["token_hash"], condition=~Q(token_hash=""), name="follow_up_token_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.weeks}-week follow-up"


class Outcome(models.Model):
    """What the patient told us at a follow-up: whether they had treatment, the three PEG
    items (pain, and its interference with enjoyment of life and with general activity, each
    0 to 10) and the 7-point Patient Global Impression of Change."""

    class Change(models.IntegerChoices):
        VERY_MUCH_IMPROVED = 1, "Very much improved"
        MUCH_IMPROVED = 2, "Much improved"
        MINIMALLY_IMPROVED = 3, "A little improved"
        NO_CHANGE = 4, "No change"
        MINIMALLY_WORSE = 5, "A little worse"
        MUCH_WORSE = 6, "Much worse"
        VERY_MUCH_WORSE = 7, "Very much worse"

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="outcomes")
    follow_up = models.OneToOneField(
        FollowUp, on_delete=models.SET_NULL, null=True, blank=True, related_name="outcome"
    )
    answered_at = models.DateTimeField(default=timezone.now, db_index=True)
    had_treatment = models.BooleanField()
    modality = models.ForeignKey(
        Modality, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sessions = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    pain_average = scale_field("average pain in the past week")
    interference_enjoyment = scale_field("pain interfered with enjoyment of life")
    interference_activity = scale_field("pain interfered with general activity")
    change = models.PositiveSmallIntegerField(
        "overall change since the start", choices=Change.choices
    )

    class Meta:
        ordering = ["answered_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(pain_average__lte=10)
                & Q(interference_enjoyment__lte=10)
                & Q(interference_activity__lte=10)
                & Q(change__gte=1)
                & Q(change__lte=7),
                name="outcome_scales_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"Outcome of {self.answered_at:%Y-%m-%d}"

    @property
    def peg(self) -> float:
        """The PEG score: the mean of its three items, 0 to 10."""
        return round(
            (self.pain_average + self.interference_enjoyment + self.interference_activity) / 3, 1
        )
