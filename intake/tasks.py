"""Background work for the intake, through Django's tasks framework."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string

from clinic.context_processors import clinic_details


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
