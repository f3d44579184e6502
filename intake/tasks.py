"""Background work for the intake, through Django's tasks framework."""

from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone

from clinic.context_processors import clinic_details
from treatments.booking import email_booking_context as booking_context


@task
def send_acknowledgement(submission_id: int) -> None:
    """Tells the patient we have their intake. No health details: only name and reference."""
    from intake.models import Submission

    submission = Submission.objects.only("reference", "full_name", "email").get(pk=submission_id)
    context = {"submission": submission, "clinic": clinic_details()}
    send_mail(
        subject=f"We have received your intake ({submission.reference})",
        message=render_to_string("emails/intake_acknowledgement.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[submission.email],
    )


@task
def send_recommendation(submission_id: int, base_url: str) -> None:
    """Tells the patient the recommendation: the treatment with a link to its page and the
    reviewer's note, or the advice to see a physician. No other health details."""
    from intake.models import Submission

    submission = Submission.objects.select_related(
        "recommended_modality", "recommended_practitioner"
    ).get(pk=submission_id)
    modality = submission.recommended_modality
    context = {
        "submission": submission,
        "modality": modality,
        "modality_url": urljoin(base_url, modality.get_absolute_url()) if modality else "",
        "clinic": clinic_details(),
        **booking_context(modality, submission.recommended_practitioner, base_url),
    }
    subject = (
        "Please see a doctor before treatment"
        if submission.is_referral
        else f"Our suggestion for you: {modality.name}"
    )
    send_mail(
        subject=f"{subject} ({submission.reference})",
        message=render_to_string("emails/recommendation.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[submission.email],
    )
    submission.recommendation_sent_at = timezone.now()
    submission.save(update_fields=["recommendation_sent_at", "updated_at"])
