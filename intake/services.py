"""Writes with several effects: saving a submission (and what follows from it)."""

import logging
import uuid
from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone

from intake.forms import (
    AboutYouForm,
    GoalsForm,
    HealthForm,
    PreferencesForm,
    SymptomsForm,
)
from intake.models import ScreeningAnswer, Submission, new_reference
from intake.tasks import send_acknowledgement

logger = logging.getLogger(__name__)

CONSENT_VERSION = "2026-11-v1"
REFERENCE_ATTEMPTS = 3


def submission_create(
    *,
    key: uuid.UUID,
    about: AboutYouForm,
    symptoms: SymptomsForm,
    goals: GoalsForm,
    health: HealthForm,
    preferences: PreferencesForm,
) -> tuple[Submission, bool]:
    """Saves one submission with its screening answers in one transaction.

    Returns the submission and whether it was created now. The same key always gives the same
    row: a double click, a resubmit or a race between two requests finds the one already saved.
    The acknowledgement email is queued only once the row is committed.
    """
    fields = {
        **_about_fields(about.cleaned_data),
        **_symptom_fields(symptoms.cleaned_data),
        "goals": goals.cleaned_data["goals"],
        "pregnancy_weeks": health.pregnancy_weeks(),
        "red_flags": health.red_flags(),
        "has_red_flag": bool(health.red_flags()),
        **_preference_fields(preferences.cleaned_data),
        "consent_version": CONSENT_VERSION,
        "consented_at": timezone.now(),
    }
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
                    for precaution, yes, detail in health.screening_answers()
                )
        except IntegrityError:
            existing = Submission.objects.filter(idempotency_key=key).first()
            if existing is not None:
                return existing, False
            logger.warning("A new reference collided with an existing one; trying another.")
            continue
        transaction.on_commit(partial(send_acknowledgement.enqueue, submission.pk))
        return submission, True
    raise IntegrityError("Could not find a free reference for a new submission.")


def _about_fields(data: dict) -> dict:
    names = ["full_name", "date_of_birth", "email", "phone", "contact_method"]
    return {name: data[name] for name in names}


def _symptom_fields(data: dict) -> dict:
    names = [
        "main_concern",
        "body_regions",
        "pain_now",
        "pain_week_average",
        "duration",
        "interference",
        "conditions",
    ]
    return {name: data[name] for name in names}


def _preference_fields(data: dict) -> dict:
    names = ["needles", "pressure", "self_care", "curious_about", "anything_else"]
    return {name: data[name] for name in names}
