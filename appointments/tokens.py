"""The patient's link to cancel or move: a random token made when an email is sent; only its
SHA-256 is stored (as for the intake's links), so a copy of the database cannot act for the
patient, and the link in an earlier email stops working when a newer one is sent."""

import secrets

from appointments.models import Appointment
from intake.aftercare.follow_up import TOKEN_BYTES, token_hash


def manage_token_issue(appointment: Appointment) -> str:
    """A new link for the email about to be sent; a link in any earlier email stops working."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    appointment.manage_token_hash = token_hash(token)
    appointment.save(update_fields=["manage_token_hash"])
    return token


def appointment_by_token(token: str) -> Appointment | None:
    if not token or len(token) > 100:
        return None
    return (
        Appointment.objects.select_related("service__modality", "practitioner")
        .filter(manage_token_hash=token_hash(token))
        .first()
    )
