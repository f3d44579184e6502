"""The intake's emails. Each is registered for its kind and sent through the task queue by
intake.emails (`email_enqueue`), which records whether it went out."""

from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from clinic.context_processors import clinic_details
from intake.emails import email
from intake.models import EmailSend
from treatments.booking import email_booking_context as booking_context


@email(EmailSend.Kind.ACKNOWLEDGEMENT)
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


@email(EmailSend.Kind.RECOMMENDATION)
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


@email(EmailSend.Kind.RED_FLAG_ALERT)
def send_red_flag_alert(submission_id: int, base_url: str) -> None:
    """Tells the clinic at once that an intake with red flags has arrived: its reference, how
    urgent it is and a link to it in the admin. No name and no health details, because email
    is not a safe place for them."""
    from intake.models import Submission

    submission = Submission.objects.only("reference", "red_flag_urgency").get(pk=submission_id)
    path = reverse("admin:intake_submission_change", args=[submission.pk])
    context = {
        "submission": submission,
        "urgency": submission.get_red_flag_urgency_display(),
        "admin_url": urljoin(base_url, path) if base_url else path,
        "clinic": clinic_details(),
    }
    send_mail(
        subject=f"Red flag intake {submission.reference}: {context['urgency']}",
        message=render_to_string("emails/red_flag_alert.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[settings.CLINIC_ALERT_EMAIL],
    )
