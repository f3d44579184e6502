"""Writes with several effects: saving a submission (and what follows from it)."""

import datetime
import logging
import uuid

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from intake.aftercare.follow_up import follow_ups_schedule
from intake.emails import email_enqueue
from intake.models import (
    AuditEvent,
    EmailSend,
    ErasureRecord,
    ScreeningAnswer,
    Submission,
    new_reference,
)
from intake.patient.drafts import drafts_delete_for
from intake.patient.forms import (
    AboutYouForm,
    GoalsForm,
    PreferencesForm,
    SymptomsForm,
)
from intake.patient.health_form import HealthForm
from intake.signals import submission_erased
from intake.tasks import send_acknowledgement, send_recommendation, send_red_flag_alert
from intake.triage import derived
from intake.triage.derived import AnswerFlags
from intake.triage.suggest import EngineData, suggest_for
from intake.triage.textscreen import screen_for
from treatments.models import Precaution

logger = logging.getLogger(__name__)

CONSENT_VERSION = "2026-11-v1"
REFERENCE_ATTEMPTS = 3
PURGE_BATCH = 500


def submission_create(
    *,
    key: uuid.UUID,
    about: AboutYouForm,
    symptoms: SymptomsForm,
    goals: GoalsForm,
    health: HealthForm,
    preferences: PreferencesForm,
    flags: AnswerFlags,
    guardian_name: str = "",
    base_url: str = "",
    language: str = settings.LANGUAGE_CODE,
) -> tuple[Submission, bool]:
    """Saves one submission from the intake's validated steps; see submission_save. `flags`
    are the red flags the view found in these answers (derived.flags_from_answers), with any
    the patient answered yes to on the check page, asked again because their own words
    mentioned them (intake/patient/recheck.py). `guardian_name` is the parent or guardian who
    agreed on the check page, for a patient under GUARDIAN_AGE
    (intake/patient/fields.py)."""
    fields = intake_fields(
        about=about, symptoms=symptoms, goals=goals, health=health, preferences=preferences
    )
    fields["language"] = language
    fields["guardian_name"] = guardian_name
    return submission_save(
        key=key,
        fields=fields,
        screening=health.screening_answers(),
        base_url=base_url,
        flags=flags,
    )


def intake_fields(*, about, symptoms, goals, health, preferences) -> dict:
    """The Submission's fields from the intake's validated steps (they ask exactly those
    fields, under the same names)."""
    return {
        **about.cleaned_data,
        **symptoms.cleaned_data,
        **goals.cleaned_data,
        **preferences.cleaned_data,
        "pregnancy_weeks": health.pregnancy_weeks(),
        "red_flags": health.red_flags(),
    }


def screen_own_words(fields: dict, screening: list[tuple[Precaution, bool, str]]) -> list[str]:
    """What the patient's free-text answers may describe (intake/triage/textscreen.py): their main
    concern, anything else, and the details they gave to screening questions."""
    details = [detail for _precaution, _yes, detail in screening]
    texts = [fields.get("main_concern", ""), fields.get("anything_else", ""), *details]
    yes = {precaution.slug for precaution, answered, _detail in screening if answered}
    return screen_for(texts, yes)


def submission_save(**kwargs) -> tuple[Submission, bool]:
    """See submission_saved. The record is written in the clinic's language, whatever the
    patient read: the engine's snapshot (reasons, treatment names) is for staff. The patient's
    emails are written in their language when sent (intake/emails.py)."""
    with translation.override(settings.LANGUAGE_CODE):
        return submission_saved(**kwargs)


def submission_saved(
    *,
    key: uuid.UUID,
    fields: dict,
    screening: list[tuple[Precaution, bool, str]],
    acknowledge: bool = True,
    base_url: str = "",
    engine_data: EngineData | None = None,
    flags: AnswerFlags | None = None,
) -> tuple[Submission, bool]:
    """Saves one submission with its screening answers and the engine's snapshot, deletes the
    answers saved to finish later (if any), and queues the acknowledgement email and, for red
    flags or free text that may describe one, the alert to the clinic, in one transaction.

    Returns the submission and whether it was created now. The same key always gives the same
    row: a double click, a resubmit or a race between two requests finds the one already saved.
    A batch (demo data) passes `engine_data` read once for all of it; otherwise it is read now.
    The patient's path passes the red `flags` it found already; otherwise they are found now.
    """
    screening_yes = [precaution.slug for precaution, yes, _ in screening if yes]
    if flags is None:
        flags = derived.flags_from_answers(fields, screening_yes)
    text_flags = screen_own_words(fields, screening)
    fields = {
        **fields,
        "red_flags": list(flags.asked),
        "derived_red_flags": list(flags.derived),
        "has_red_flag": bool(flags.all),
        "red_flag_urgency": flags.urgency,
        "text_flags": text_flags,
        "has_text_flag": bool(text_flags),
        "consent_version": CONSENT_VERSION,
        "consented_at": timezone.now(),
    }
    fields.update(suggestion_fields(Submission(**fields), screening_yes, engine_data))
    for _attempt in range(REFERENCE_ATTEMPTS):
        try:
            with transaction.atomic():
                submission = Submission.objects.create(
                    idempotency_key=key, reference=new_reference(), **fields
                )
                ScreeningAnswer.objects.bulk_create(
                    ScreeningAnswer(
                        submission=submission, precaution=precaution, answer=yes, detail=detail
                    )
                    for precaution, yes, detail in screening
                )
                drafts_delete_for(key)  # answers saved to finish later are not needed now
                if acknowledge:
                    email_enqueue(send_acknowledgement, submission=submission)
                if acknowledge and (submission.has_red_flag or submission.has_text_flag):
                    email_enqueue(send_red_flag_alert, submission=submission, args=[base_url])
        except IntegrityError:
            existing = Submission.objects.filter(idempotency_key=key).first()
            if existing is not None:
                return existing, False
            logger.warning("A new reference collided with an existing one; trying another.")
            continue
        return submission, True
    raise IntegrityError("Could not find a free reference for a new submission.")


def recommendation_send(*, submission: Submission, base_url: str, by) -> EmailSend:
    """Queues the email telling the patient what was recommended (or that they should see a
    physician), and schedules the follow-ups with it: they follow from the reviewer's decision
    to send, so an email's retry, failure or resend never changes whether they exist. The
    task records the time it was sent."""
    with transaction.atomic():
        follow_ups_schedule(submission=submission, site_url=base_url)
        return email_enqueue(send_recommendation, submission=submission, args=[base_url], by=by)


def suggestion_recompute(*, submission: Submission, data: EngineData | None = None) -> None:
    """Runs today's engine again and keeps the result beside the original snapshot."""
    yes = list(
        submission.screening_answers.filter(answer=True).values_list("precaution__slug", flat=True)
    )
    submission.suggestion_recomputed = suggest_for(submission, yes, data)
    submission.recomputed_at = timezone.now()
    submission.save(update_fields=["suggestion_recomputed", "recomputed_at", "updated_at"])


def suggestion_fields(
    submission: Submission, screening_yes: list[str], data: EngineData | None = None
) -> dict:
    """The engine's snapshot for a submission and the queue fields taken from it."""
    result = suggest_for(submission, screening_yes, data)
    return {
        "suggestion": result,
        "top_suggestion": result["top"],
        "has_cautions": result["has_cautions"],
    }


def submissions_delete(*, ids: list[int]) -> None:
    """Deletes submissions with their screening answers and review history, and blanks their
    reference in the audit log, which then holds no link to the patient."""
    Submission.objects.filter(pk__in=ids).delete()
    # Deleting leaves a last history row per submission; history goes with the submission,
    # and so do the admin's own log entries about it.
    Submission.history.filter(id__in=ids).delete()
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Submission),
        object_id__in=[str(pk) for pk in ids],
    ).delete()
    AuditEvent.objects.filter(submission_id__in=ids).update(reference="")


@transaction.atomic
def submission_erase(*, submission: Submission, by) -> ErasureRecord:
    """Erases one patient's data at their request, leaving an anonymous record that it
    happened (when, and by whom) and nothing else."""
    submission_erased.send(sender=Submission, submission=submission, by=by)
    submissions_delete(ids=[submission.pk])
    AuditEvent.record(user=by, action=AuditEvent.Action.ERASE)
    return ErasureRecord.objects.create(erased_by=by)


def submissions_purge(*, older_than_days: int, dry_run: bool = False) -> int:
    """Deletes every submission sent more than `older_than_days` days ago; returns how many."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    ids = list(Submission.objects.filter(created_at__lt=cutoff).values_list("pk", flat=True))
    if ids and not dry_run:
        with transaction.atomic():
            for start in range(0, len(ids), PURGE_BATCH):
                submissions_delete(ids=ids[start : start + PURGE_BATCH])
            AuditEvent.record(user=None, action=AuditEvent.Action.PURGE)
    return len(ids)
