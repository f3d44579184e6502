"""Links into booking from an intake (the recommendation email, the confirmation page).

The link carries a signed, opaque token naming the intake, never a health detail; it brings
the intake's name and contact details to the booking form and its safety holds with them."""

from django.core import signing
from django.urls import reverse

from appointments.holds import hold_for
from clinic.context_processors import clinic_details
from intake.models import Submission

SALT = "appointments.intake-link"
MAX_AGE = 180 * 24 * 60 * 60  # a recommendation is acted on within months, not years


def intake_token(submission: Submission) -> str:
    return signing.dumps(submission.pk, salt=SALT, compress=True)


def intake_from_token(token: str) -> Submission | None:
    try:
        pk = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    return Submission.objects.select_related("recommended_modality").filter(pk=pk).first()


def intake_booking_path(submission: Submission) -> str:
    """The path to book from this intake; "" when it must not book (a safety hold) or the
    clinic books elsewhere (its booking page in Clinic settings)."""
    if hold_for(submission) is not None or clinic_details().booking_url:
        return ""
    return reverse("appointments:from_intake", args=[intake_token(submission)])
