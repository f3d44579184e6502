"""A patient's intake, saved once when they send it.

Every answer is a typed field. Multi-select answers (body regions, goals, conditions, the
treatments they are curious about) are JSON lists of choice values, which behave the same on
SQLite and PostgreSQL. Screening answers are rows, one per precaution asked, so that the
questions can follow the clinic's precaution list.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from intake.triage.redflags import Urgency, staff_labels
from intake.triage.suggest import POSTPONE, REFER, UNDECIDED, UNDECIDED_LABEL
from intake.triage.textscreen import TOPICS_BY_VALUE
from treatments.models import Modality, Practitioner, Precaution

REFER_LABEL = "Refer to a physician"
POSTPONE_LABEL = "Postpone until well"

# Unambiguous characters only (no 0/O, 1/I/L), so a reference can be read out on the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
REFERENCE_LENGTH = 8


def new_reference() -> str:
    """A random reference such as "K7MQ-4XR9": about 40 bits, not guessable, not sequential."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{chars[:4]}-{chars[4:]}"


def scale_field(verbose_name: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        verbose_name, validators=[MinValueValidator(0), MaxValueValidator(10)]
    )


def optional_scale_field(verbose_name: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )


class ContactMethod(models.TextChoices):
    EMAIL = "email", "Email"
    PHONE = "phone", "Phone"


class BodyRegion(models.TextChoices):
    HEAD = "head", "Head"
    JAW = "jaw", "Jaw and face"
    NECK = "neck", "Neck"
    SHOULDERS = "shoulders", "Shoulders"
    CHEST = "chest", "Chest"
    UPPER_BACK = "upper_back", "Upper back"
    LOWER_BACK = "lower_back", "Lower back"
    ABDOMEN = "abdomen", "Abdomen (tummy)"
    HIPS = "hips", "Hips and buttocks"
    ARMS = "arms", "Arms and elbows"
    HANDS = "hands", "Hands and wrists"
    LEGS = "legs", "Legs"
    KNEES = "knees", "Knees"
    FEET = "feet", "Feet and ankles"


class Duration(models.TextChoices):
    UNDER_6_WEEKS = "under_6_weeks", "Less than 6 weeks"
    SIX_TO_12_WEEKS = "6_to_12_weeks", "6 to 12 weeks"
    OVER_3_MONTHS = "over_3_months", "More than 3 months"


class Goal(models.TextChoices):
    PAIN_RELIEF = "pain_relief", "Pain relief"
    STRESS_RELIEF = "stress_relief", "Stress relief and relaxation"
    SLEEP = "sleep", "Better sleep"
    MOBILITY = "mobility", "Moving more easily"
    NAUSEA = "nausea", "Relief from nausea"
    HEADACHE = "headache", "Fewer or milder headaches"
    INJURY = "injury", "Recovery from an injury"
    WELLBEING = "wellbeing", "General wellbeing"


class NeedleFeeling(models.TextChoices):
    COMFORTABLE = "comfortable", "I am comfortable with needles"
    UNSURE = "unsure", "I am not sure"
    AVOID = "avoid", "I would rather avoid needles"


class PressurePreference(models.TextChoices):
    LIGHT = "light", "Light"
    MEDIUM = "medium", "Medium"
    FIRM = "firm", "Firm"
    NO_PREFERENCE = "no_preference", "No preference"


class SelfCareInterest(models.TextChoices):
    YES = "yes", "Yes, I would like to learn"
    MAYBE = "maybe", "Maybe"
    NO = "no", "No, I would rather leave it to a practitioner"


class Curiosity(models.TextChoices):
    MASSAGE = "massage", "Massage"
    ACUPRESSURE = "acupressure", "Acupressure"
    ACUPUNCTURE = "acupuncture", "Acupuncture"
    NOT_SURE = "not_sure", "Not sure"


PATIENT_FIELDS = [
    "idempotency_key",
    "full_name",
    "date_of_birth",
    "email",
    "phone",
    "contact_method",
    "main_concern",
    "body_regions",
    "pain_now",
    "pain_week_average",
    "duration",
    "interference",
    "interference_enjoyment",
    "interference_activity",
    "conditions",
    "goals",
    "pregnancy_weeks",
    "red_flags",
    "needles",
    "pressure",
    "self_care",
    "curious_about",
    "anything_else",
    "consent_version",
    "consented_at",
]


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
        indexes = [models.Index(fields=["-queue_urgency", "-created_at"], name="queue_order")]
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


class AuditEvent(models.Model):
    """One staff action on a submission: who, when (UTC), which submission, what.

    It holds no patient data, only the submission's id and random reference, so it can be kept
    after the submission itself is purged or erased. Nobody edits or deletes these rows
    through the site; superusers can read them.
    """

    class Action(models.TextChoices):
        VIEW = "view", "Viewed"
        CHANGE = "change", "Changed"
        VIEW_HISTORY = "history", "Viewed history"
        VIEW_HISTORY_ENTRY = "history_entry", "Viewed a history entry"
        VIEW_LIST = "list", "Viewed the list"
        SEND = "send", "Sent recommendation"
        # Its detail says which warning: see intake/triage/overrides.py.
        OVERRIDE = "override", "Recorded a treatment despite a warning"
        EXPORT = "export", "Exported as CSV"
        EXPORT_FHIR = "export_fhir", "Exported as FHIR"
        PRINT = "print", "Opened the printable record"
        EXPORT_PDF = "export_pdf", "Downloaded the record as PDF"
        RECOMPUTE = "recompute", "Recomputed suggestion"
        DELETE = "delete", "Deleted"
        ERASE = "erase", "Erased on request"
        PURGE = "purge", "Purged (retention)"
        EMAIL_QUEUED = "email_queued", "Email queued"
        EMAIL_SENT = "email_sent", "Email sent"
        EMAIL_FAILED = "email_failed", "Email failed"

    at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(max_length=150, editable=False)
    submission_id = models.BigIntegerField(null=True, db_index=True, editable=False)
    reference = models.CharField(max_length=9, blank=True, editable=False)
    action = models.CharField(max_length=20, choices=Action.choices, editable=False)
    # Which email, for the email actions; never its content.
    detail = models.CharField(max_length=40, blank=True, editable=False)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return (
            f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.get_action_display()} {self.reference}"
        )

    @classmethod
    def record(
        cls, *, user, action: str, submission: Submission | None = None, detail: str = ""
    ) -> "AuditEvent":
        return cls.objects.create(
            user=user if user and user.is_authenticated else None,
            username=user.get_username() if user and user.is_authenticated else "system",
            submission_id=submission.pk if submission else None,
            reference=submission.reference if submission else "",
            action=action,
            detail=detail,
        )


class ErasureRecord(models.Model):
    """That a patient's data was erased at their request: when and by whom, nothing else."""

    erased_at = models.DateTimeField(default=timezone.now, editable=False)
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-erased_at"]

    def __str__(self) -> str:
        return f"Erasure on {self.erased_at:%Y-%m-%d}"


class EmailSendQuerySet(models.QuerySet):
    def failed(self):
        return self.filter(status=EmailSend.Status.FAILED)

    def queued(self):
        return self.filter(status=EmailSend.Status.QUEUED)


class EmailSend(models.Model):
    """One email the site sends about a submission, and what became of it.

    It records the kind of email, never its body or the address, so staff can see that the
    patient (or the clinic) was told, when, or why not. The email itself is made and sent by
    the task registered for its kind; see intake/emails.py.
    """

    class Kind(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", "Acknowledgement to the patient"
        RECOMMENDATION = "recommendation", "Recommendation to the patient"
        RED_FLAG_ALERT = "red_flag_alert", "Red-flag alert to the clinic"
        FOLLOW_UP = "follow_up", "Follow-up invitation to the patient"
        DRAFT_LINK = "draft_link", "Link to saved answers, to the patient"
        FOLLOW_UP_REMINDER = "follow_up_reminder", "Follow-up reminder to the patient"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    # An email is about a sent intake, or about answers saved to finish later (before there is
    # a submission); never both.
    submission = models.ForeignKey(
        Submission, null=True, blank=True, on_delete=models.CASCADE, related_name="emails"
    )
    draft = models.ForeignKey(
        "IntakeDraft", null=True, blank=True, on_delete=models.CASCADE, related_name="emails"
    )
    kind = models.CharField(max_length=40, choices=Kind.choices)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    # Arguments the email's task takes after the submission's id (the site's address for
    # links). Never personal data: the task reads that from the submission when it runs.
    args = models.JSONField(default=list, blank=True)
    queued_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    # Why the last attempt did not go out, in words safe to show staff: no body, no address.
    reason = models.CharField(max_length=300, blank=True)
    # The email's Message-ID, fixed (and saved) before its first attempt, so that an email sent
    # again after a worker died mid-send is the same message, which mail servers and clients
    # recognise as a copy, not a second email.
    message_id = models.CharField(max_length=255, blank=True, editable=False)

    objects = EmailSendQuerySet.as_manager()

    class Meta:
        ordering = ["queued_at", "pk"]
        verbose_name = "email"
        constraints = [
            models.CheckConstraint(
                condition=Q(submission__isnull=False, draft__isnull=True)
                | Q(submission__isnull=True, draft__isnull=False),
                name="email_about_submission_or_draft",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_status_display()}"

    @property
    def about_id(self) -> int:
        """The id its email function takes first: the submission's, or the saved draft's."""
        return self.submission_id if self.submission_id is not None else self.draft_id


class TaskWorker(models.Model):
    """A running task worker (`manage.py task_worker`), and when it last said it was alive.

    A worker not seen for settings.TASK_WORKER_LEASE seconds is taken for dead: what it was
    running is run again by another (intake/worker.py), and /healthz says no worker is running.
    """

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-last_seen_at"]
        verbose_name = "task worker"

    def __str__(self) -> str:
        return f"{self.hostname} ({self.pid})"


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
