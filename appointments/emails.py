"""The patient's appointment emails, sent through the intake's email queue (intake/emails.py):
each kind is registered there with `@email`, queued with an EmailSend row that names the
appointment by id, and sent by the worker, retried and recorded like every other email.

Each is written in the language the patient booked in (Appointment.language), its link
(/pl/book/manage/...) and its calendar file too. Every email but the cancellation carries the
.ics file and a new link to cancel or move (only its hash is kept, so the link in an earlier
email stops working, as for the intake's links).
A change made after an email was queued is what the email says when it goes: it reads the
appointment when it is sent, and a reminder or confirmation for an appointment cancelled
meanwhile is not sent at all.
"""

import datetime
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from appointments.ics import method as ics_method
from appointments.ics import patient_ics
from appointments.models import Appointment, Diary
from appointments.tokens import manage_token_issue
from clinic.context_processors import clinic_details
from intake.emails import email, email_enqueue, sender
from intake.models import EmailSend

KINDS = {
    "confirmation": EmailSend.Kind.APPOINTMENT_CONFIRMATION,
    "reminder": EmailSend.Kind.APPOINTMENT_REMINDER,
    "moved": EmailSend.Kind.APPOINTMENT_MOVED,
    "cancelled": EmailSend.Kind.APPOINTMENT_CANCELLED,
}
SUBJECTS = {
    "confirmation": _("Your appointment is booked"),
    "reminder": _("Reminder: your appointment"),
    "moved": _("Your appointment has moved"),
    "cancelled": _("Your appointment is cancelled"),
}


def appointment_email_enqueue(appointment: Appointment, kind: str, *, by=None) -> EmailSend:
    return email_enqueue(sender(KINDS[kind]), appointment_id=appointment.pk, by=by)


def send_appointment_email(appointment_id: int, kind: str, message_id: str) -> None:
    appointment = (
        Appointment.objects.select_related("service__modality", "practitioner")
        .filter(pk=appointment_id)
        .first()
    )
    if appointment is None:
        return  # deleted since: nothing to say
    if kind != "cancelled" and not appointment.is_booked:
        return  # cancelled since it was queued
    # Written in the language the patient booked in, the link and the calendar file too.
    with translation.override(appointment.language):
        message = appointment_message(appointment, kind, message_id)
    message.send()


def appointment_message(appointment: Appointment, kind: str, message_id: str) -> EmailMessage:
    """The email, with its calendar file, in the language active."""
    clinic = clinic_details()
    context = {"appointment": appointment, "clinic": clinic, "kind": kind}
    if appointment.is_booked:
        context["manage_url"] = urljoin(
            appointment.site_url,
            reverse("appointments:manage", args=[manage_token_issue(appointment)]),
        )
        diary = Diary.objects.filter(practitioner_id=appointment.practitioner_id).first()
        context["notice_hours"] = diary.cancel_notice_hours if diary else 24
    message = EmailMessage(
        subject=f"{SUBJECTS[kind]} ({appointment.reference})",
        body=render_to_string("appointments/emails/appointment.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[appointment.email],
        headers={"Message-ID": message_id} if message_id else {},
    )
    calendar_type = f"text/calendar; method={ics_method(appointment)}"
    message.attach("appointment.ics", patient_ics(appointment), calendar_type)
    return message


@email(EmailSend.Kind.APPOINTMENT_CONFIRMATION)
def send_confirmation(appointment_id: int, *, message_id: str = "") -> None:
    send_appointment_email(appointment_id, "confirmation", message_id)


@email(EmailSend.Kind.APPOINTMENT_REMINDER)
def send_reminder(appointment_id: int, *, message_id: str = "") -> None:
    send_appointment_email(appointment_id, "reminder", message_id)


@email(EmailSend.Kind.APPOINTMENT_MOVED)
def send_moved(appointment_id: int, *, message_id: str = "") -> None:
    send_appointment_email(appointment_id, "moved", message_id)


@email(EmailSend.Kind.APPOINTMENT_CANCELLED)
def send_cancelled(appointment_id: int, *, message_id: str = "") -> None:
    send_appointment_email(appointment_id, "cancelled", message_id)


def reminders_due(now: datetime.datetime | None = None):
    """Booked appointments starting within APPOINTMENT_REMINDER_HOURS, not yet reminded."""
    now = now or timezone.now()
    soon = now + datetime.timedelta(hours=settings.APPOINTMENT_REMINDER_HOURS)
    return Appointment.objects.booked().filter(
        starts_at__gt=now, starts_at__lte=soon, reminded_at__isnull=True
    )


def reminders_send(now: datetime.datetime | None = None) -> int:
    """Queues each due reminder once (marked in the same transaction); returns how many."""
    count = 0
    for appointment in reminders_due(now):
        with transaction.atomic():
            marked = Appointment.objects.filter(pk=appointment.pk, reminded_at__isnull=True).update(
                reminded_at=timezone.now()
            )
            if marked:
                appointment_email_enqueue(appointment, "reminder")
                count += 1
    return count
