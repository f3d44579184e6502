"""The email outbox and the worker that sends it: one row per email, so none is lost or sent
twice, and the worker's heartbeat for /healthz."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from intake.models.submission import Submission


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
        # Sent by the appointments app, registered there (appointments/emails.py).
        APPOINTMENT_CONFIRMATION = "appointment_confirmation", "Appointment confirmation"
        APPOINTMENT_REMINDER = "appointment_reminder", "Appointment reminder"
        APPOINTMENT_MOVED = "appointment_moved", "Appointment moved"
        APPOINTMENT_CANCELLED = "appointment_cancelled", "Appointment cancelled"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    # An email is about a sent intake, answers saved to finish later (before there is a
    # submission), or an appointment; only one.
    submission = models.ForeignKey(
        Submission, null=True, blank=True, on_delete=models.CASCADE, related_name="emails"
    )
    draft = models.ForeignKey(
        "IntakeDraft", null=True, blank=True, on_delete=models.CASCADE, related_name="emails"
    )
    # An appointment's id, not a foreign key, so that intake does not depend on the app that
    # books (appointments reads from intake, never the reverse). Its email, sent after the
    # appointment was deleted, finds nothing and sends nothing.
    appointment_id = models.BigIntegerField(null=True, blank=True, db_index=True, editable=False)
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
                condition=Q(
                    submission__isnull=False, draft__isnull=True, appointment_id__isnull=True
                )
                | Q(submission__isnull=True, draft__isnull=False, appointment_id__isnull=True)
                | Q(submission__isnull=True, draft__isnull=True, appointment_id__isnull=False),
                name="email_about_one_thing",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_status_display()}"

    @property
    def about_id(self) -> int:
        """The id its email function takes first: the submission's, the saved draft's or the
        appointment's."""
        if self.submission_id is not None:
            return self.submission_id
        return self.draft_id if self.draft_id is not None else self.appointment_id

    @property
    def language(self) -> str:
        """The language it is written in: the patient's, or the clinic's for staff's alerts.
        An appointment's email puts itself in the language its patient booked in
        (appointments/emails.py), as intake reads nothing from appointments."""
        if self.kind == self.Kind.RED_FLAG_ALERT:
            return settings.LANGUAGE_CODE
        about = self.submission if self.submission_id is not None else self.draft
        return about.language if about is not None else settings.LANGUAGE_CODE


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
