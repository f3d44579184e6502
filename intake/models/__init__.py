"""The intake app's models, one module per part of the patient's path; import them from here.

choices: the answers' choices and shared field helpers; submission: the sent intake, its
screening answers, send attempts and saved drafts; answers, triage and review: the three
abstract parts a Submission is made of (the patient's answers, the flags and suggestion worked
out from them, the staff's review); records: the audit log and erasures; outbox: emails and the
worker's heartbeat; aftercare: follow-ups and outcomes.
"""

from intake.models.aftercare import FollowUp, Outcome
from intake.models.choices import (
    PATIENT_FIELDS,
    POSTPONE_LABEL,
    REFER_LABEL,
    REFERENCE_ALPHABET,
    REFERENCE_LENGTH,
    BodyRegion,
    ContactMethod,
    Curiosity,
    Duration,
    Goal,
    NeedleFeeling,
    PressurePreference,
    SelfCareInterest,
    new_reference,
    optional_scale_field,
    scale_field,
)
from intake.models.outbox import EmailSend, EmailSendQuerySet, TaskWorker
from intake.models.records import AuditEvent, ErasureRecord
from intake.models.submission import (
    AWAITING_SOMEONE,
    IntakeDraft,
    IntakeDraftQuerySet,
    ScreeningAnswer,
    Submission,
    SubmitAttempt,
)

__all__ = [
    "AWAITING_SOMEONE",
    "PATIENT_FIELDS",
    "POSTPONE_LABEL",
    "REFERENCE_ALPHABET",
    "REFERENCE_LENGTH",
    "REFER_LABEL",
    "AuditEvent",
    "BodyRegion",
    "ContactMethod",
    "Curiosity",
    "Duration",
    "EmailSend",
    "EmailSendQuerySet",
    "ErasureRecord",
    "FollowUp",
    "Goal",
    "IntakeDraft",
    "IntakeDraftQuerySet",
    "NeedleFeeling",
    "Outcome",
    "PressurePreference",
    "ScreeningAnswer",
    "SelfCareInterest",
    "Submission",
    "SubmitAttempt",
    "TaskWorker",
    "new_reference",
    "optional_scale_field",
    "scale_field",
]
