"""A patient's intake, saved once when they send it.

Every answer is a typed field. Multi-select answers (body regions, goals, conditions, the
treatments they are curious about) are JSON lists of choice values, which behave the same on
SQLite and PostgreSQL. Screening answers are rows, one per precaution asked, so that the
questions can follow the clinic's precaution list.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from intake.models.choices import (
    PATIENT_FIELDS,
    POSTPONE_LABEL,
    REFER_LABEL,
    ContactMethod,
    Duration,
    NeedleFeeling,
    PressurePreference,
    SelfCareInterest,
    new_reference,
    optional_scale_field,
    scale_field,
)
from intake.triage.redflags import Urgency, staff_labels
from intake.triage.suggest import POSTPONE, REFER, UNDECIDED, UNDECIDED_LABEL
from intake.triage.textscreen import TOPICS_BY_VALUE
from treatments.models import Modality, Practitioner, Precaution

# The review queue's default view: intakes that still need someone, a decision or the patient
# told of one (the statuses' values, as Submission.Status is not defined yet). It has an index
# of its own (Submission.Meta), so the queue stays quick however many closed intakes pile up.
AWAITING_SOMEONE = Q(status__in=["new", "in_review"]) | Q(
    status__in=["recommended", "referred"], recommendation_sent_at__isnull=True
)


class Submission(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_REVIEW = "in_review", "In review"
        RECOMMENDED = "recommended", "Recommended"
        REFERRED = "referred", "Referred to a physician"
        CLOSED = "closed", "Closed"

    reference = models.CharField(max_length=9, unique=True, default=new_reference, editable=False)
    # One intake, one row: a double click or a resubmit carries the same key.
    idempotency_key = models.UUIDField(unique=True, editable=False)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    created_at = models.DateTimeField("submitted", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The language the patient read the intake in (a code from settings.LANGUAGES): their
    # emails are written in it. Their own words are kept as typed, never translated.
    language = models.CharField(
        max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    # 1. About you
    full_name = models.CharField(max_length=120)
    date_of_birth = models.DateField()
    email = models.EmailField(max_length=254)
    phone = models.CharField(max_length=30, blank=True)
    contact_method = models.CharField(max_length=10, choices=ContactMethod.choices)

    # 2. What brings you here
    main_concern = models.TextField(max_length=2000)
    body_regions = models.JSONField(default=list, blank=True)
    pain_now = scale_field("pain now")
    pain_week_average = scale_field("average pain in the past week")
    duration = models.CharField("how long", max_length=20, choices=Duration.choices)
    interference = scale_field("interference with daily life")
    # The two PEG interference items in the PEG's own words, asked since follow-ups began;
    # optional, so older intakes have none (intake/aftercare/follow_up.py says how the baseline
    # copes).
    interference_enjoyment = optional_scale_field("pain interfered with enjoyment of life")
    interference_activity = optional_scale_field("pain interfered with general activity")
    conditions = models.JSONField(
        "conditions they have been told they have", default=list, blank=True
    )

    # 3. Goals
    goals = models.JSONField(default=list)

    # 4. Health screening (precaution answers are ScreeningAnswer rows)
    pregnancy_weeks = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(42)]
    )
    red_flags = models.JSONField("red flags answered yes", default=list, blank=True)
    # Red flags that follow from other answers (see intake/triage/redflags.py), kept apart so staff
    # can tell what the patient ticked from what was inferred.
    derived_red_flags = models.JSONField(default=list, blank=True)
    has_red_flag = models.BooleanField(default=False, db_index=True)
    red_flag_urgency = models.PositiveSmallIntegerField(
        choices=Urgency.choices, default=Urgency.NONE
    )
    # What the patient's own words may describe (intake/triage/textscreen.py): a marker for a person
    # to read, never a diagnosis. Topic values only: no copy of the words.
    text_flags = models.JSONField("topics in their own words", default=list, blank=True)
    has_text_flag = models.BooleanField("check now: their own words", default=False, db_index=True)

    # 5. Preferences
    needles = models.CharField(
        "feelings about needles", max_length=20, choices=NeedleFeeling.choices
    )
    pressure = models.CharField("pressure", max_length=20, choices=PressurePreference.choices)
    self_care = models.CharField(
        "interest in self-care at home", max_length=10, choices=SelfCareInterest.choices
    )
    curious_about = models.JSONField(default=list, blank=True)
    anything_else = models.TextField(max_length=2000, blank=True)

    # 6. Consent
    consent_version = models.CharField(max_length=20)
    consented_at = models.DateTimeField()

    # The suggestion engine's output when the intake was sent (never rewritten), and the
    # fields the review queue filters on, taken from it.
    suggestion = models.JSONField(default=dict, blank=True)
    top_suggestion = models.CharField(max_length=80, blank=True, db_index=True)
    has_cautions = models.BooleanField(default=False, db_index=True)
    # A fresh run of the engine asked for by staff, kept apart from the original.
    suggestion_recomputed = models.JSONField(null=True, blank=True)
    recomputed_at = models.DateTimeField(null=True, blank=True)

    # The review: the only fields staff change.
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

    def record_recommendation(self, *, modality: Modality | None, reviewer) -> None:
        """A treatment (or, with no modality, a referral to a physician), stamped with who
        decided and when. The status follows unless the intake is already closed."""
        self.recommended_modality = modality
        self.reviewed_by = reviewer
        self.reviewed_at = timezone.now()
        if self.status != self.Status.CLOSED:
            self.status = self.Status.RECOMMENDED if modality else self.Status.REFERRED

    @property
    def top_suggestion_label(self) -> str:
        """The engine's top pick in words, from the snapshot taken when the intake was sent."""
        if self.top_suggestion == REFER:
            return REFER_LABEL
        if self.top_suggestion == POSTPONE:
            return POSTPONE_LABEL
        if self.top_suggestion == UNDECIDED:
            return UNDECIDED_LABEL
        for entry in self.suggestion.get("ranking", []):
            if entry["slug"] == self.top_suggestion:
                return entry["name"]
        return "None"

    @property
    def is_referral(self) -> bool:
        return self.status == self.Status.REFERRED

    def red_flag_labels(self) -> list[str]:
        """Every red flag in words, most urgent first; derived ones say what they came from."""
        return staff_labels(self.red_flags, self.derived_red_flags)

    def text_flag_labels(self) -> list[str]:
        """What the patient's own words may describe, in words, for staff."""
        return [TOPICS_BY_VALUE[v].label for v in self.text_flags if v in TOPICS_BY_VALUE]

    @property
    def all_red_flags(self) -> list[str]:
        return [*self.red_flags, *self.derived_red_flags]


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
