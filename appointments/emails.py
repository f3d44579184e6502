"""The patient's appointment emails (filled in by the email step)."""


def appointment_email_enqueue(appointment, kind: str, *, by=None) -> None:
    return None
