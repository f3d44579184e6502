"""The records kept about intakes rather than in them: who saw or changed what (the audit
log), and which intakes were erased on request."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from intake.models.submission import Submission


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
