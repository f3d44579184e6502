"""A patient's intake, saved once when they send it, and the rows that belong with it.

A Submission is one table built from three abstract parts, each in its own module beside this
one: the patient's answers (answers.py), what the site made of them (triage.py) and the staff's
review (review.py). Every answer is a typed field. Multi-select answers (body regions, goals,
conditions, the treatments they are curious about) are JSON lists of choice values, which
behave the same on SQLite and PostgreSQL. Screening answers are rows, one per precaution asked,
so that the questions can follow the clinic's precaution list.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from intake.models.answers import PatientAnswers
from intake.models.choices import PATIENT_FIELDS, new_reference
from intake.models.review import ReviewState
from intake.models.triage import TriageSnapshot
from intake.triage.redflags import Urgency, staff_labels
from treatments.models import Precaution

# The review queue's default view: intakes that still need someone, a decision or the patient
# told of one. It has an index of its own (Submission.Meta), so the queue stays quick however
# many closed intakes pile up behind it.
_Status = ReviewState.Status
AWAITING_SOMEONE = Q(status__in=[_Status.NEW, _Status.IN_REVIEW]) | Q(
    status__in=[_Status.RECOMMENDED, _Status.REFERRED], recommendation_sent_at__isnull=True
)


class Submission(PatientAnswers, TriageSnapshot, ReviewState):
    """One sent intake: the patient's answers (PatientAnswers), what the site made of them
    (TriageSnapshot) and the staff's review (ReviewState), under a reference the patient can
    read out on the phone."""

    reference = models.CharField(max_length=9, unique=True, default=new_reference, editable=False)
    # One intake, one row: a double click or a resubmit carries the same key.
    idempotency_key = models.UUIDField(unique=True, editable=False)
    created_at = models.DateTimeField("submitted", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The language the patient read the intake in (a code from settings.LANGUAGES): their
    # emails are written in it. Their own words are kept as typed, never translated.
    language = models.CharField(
        max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    # The queue's order: red-flag intakes first while they still need a decision, most urgent
    # first, with those whose own words may describe a red flag among the emergencies (a
    # person must read them now). Computed by the database, so the 100,000-row queue sorts on
    # an index.
    queue_urgency = models.GeneratedField(
        expression=models.Case(
            models.When(
                status__in=["new", "in_review"],
                has_text_flag=True,
                then=models.Value(Urgency.EMERGENCY.value),
            ),
            models.When(status__in=["new", "in_review"], then=models.F("red_flag_urgency")),
            default=models.Value(0),
            output_field=models.PositiveSmallIntegerField(),
        ),
        output_field=models.PositiveSmallIntegerField(),
        db_persist=True,
    )

    # Who changed the review and when. Only review fields are copied: the patient's answers
    # never change, so history holds no second copy of their health data.
    history = HistoricalRecords(
        excluded_fields=[
            *PATIENT_FIELDS,
            "derived_red_flags",
            "red_flag_urgency",
            "text_flags",
            "suggestion",
            "suggestion_recomputed",
            "queue_urgency",
        ]
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["-queue_urgency", "-created_at"], name="queue_order"),
            models.Index(
                fields=["-queue_urgency", "-created_at"],
                condition=AWAITING_SOMEONE,
                name="queue_open_order",
            ),
        ]
        # Taking an intake out of the site (a CSV, FHIR, the printable record or its PDF) is a
        # right of its own, which an owner can withdraw without stopping someone reviewing.
        permissions = [("export_submission", "Can export intakes (CSV, FHIR, print, PDF)")]
        constraints = [
            models.CheckConstraint(
                condition=Q(pain_now__lte=10)
                & Q(pain_week_average__lte=10)
                & Q(interference__lte=10),
                name="scales_within_0_to_10",
            ),
        ]

    def __str__(self) -> str:
        # The reference alone: this string is copied into the admin's log and messages, and
        # must not carry the patient's name there.
        return self.reference

    # Red flags join two parts: those the patient ticked (an answer) and those inferred from
    # other answers (the triage).
    @property
    def all_red_flags(self) -> list[str]:
        return [*self.red_flags, *self.derived_red_flags]

    def red_flag_labels(self) -> list[str]:
        """Every red flag in words, most urgent first; derived ones say what they came from."""
        return staff_labels(self.red_flags, self.derived_red_flags)


class ScreeningAnswer(models.Model):
    """The patient's yes or no to one precaution's screening question."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="screening_answers"
    )
    precaution = models.ForeignKey(Precaution, on_delete=models.PROTECT, related_name="+")
    answer = models.BooleanField()
    detail = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["precaution__display_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "precaution"], name="one_answer_per_precaution"
            )
        ]

    def __str__(self) -> str:
        return f"{self.precaution}: {'yes' if self.answer else 'no'}"


class SubmitAttempt(models.Model):
    """One try at sending an intake, for the hourly limit per client (intake/patient/ratelimit.py).
    The client is a keyed hash of its address: no address is stored. Rows older than the
    limit's window are deleted as new ones come."""

    client = models.CharField(max_length=64)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["client", "at"], name="submit_attempt_client_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M}"


class IntakeDraftQuerySet(models.QuerySet):
    def expired(self, now=None):
        return self.filter(expires_at__lte=now or timezone.now())


class IntakeDraft(models.Model):
    """An unfinished intake the patient saved to finish later ("Save and come back later").

    The answers stay here, on the server, never in the email or the link. The link carries a
    random single-use token; only its SHA-256 is stored, so a copy of the database cannot open
    a draft. It is deleted when the intake is sent (same idempotency key), when the patient
    asks, and after settings.INTAKE_DRAFT_DAYS by `manage.py purge_intakes`.
    """

    # The intake's idempotency key: one intake, one draft, however often it is saved.
    key = models.UUIDField(unique=True, editable=False)
    email = models.EmailField(max_length=254)
    # The intake session's answers as the patient's browser posted them, step by step.
    answers = models.JSONField(default=dict)
    site_url = models.CharField(max_length=200, blank=True)
    # The language the answers were saved in: the link's email and page are written in it.
    language = models.CharField(
        max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    token_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    saved_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    objects = IntakeDraftQuerySet.as_manager()

    class Meta:
        ordering = ["-saved_at"]
        verbose_name = "saved unfinished intake"

    def __str__(self) -> str:
        return f"Saved intake, kept until {self.expires_at:%Y-%m-%d}"
