"""The patient's emails go through the email queue: a confirmation with a calendar file and a
link to cancel or move, a reminder before the visit (once), and a notice of each change."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from appointments.emails import reminders_send
from appointments.models import Appointment
from appointments.services import appointment_book, appointment_cancel, appointment_move
from intake.models import EmailSend
from tests.appointments.conftest import local, working_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(diary, service) -> Appointment:
    return appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 10),
        full_name="Grace Hopper",
        email="grace@example.org",
        site_url="https://clinic.example/",
    )


def calendar_of(message) -> Calendar:
    (name, content, mimetype) = message.attachments[0]
    assert name == "appointment.ics" and mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def test_booking_sends_a_confirmation_with_a_calendar_file(booked):
    (message,) = mail.outbox
    assert message.to == ["grace@example.org"]
    assert booked.reference in message.subject
    assert "https://clinic.example/book/manage/" in message.body
    event = calendar_of(message).walk("VEVENT")[0]
    assert event.decoded("dtstart") == booked.starts_at
    assert event.decoded("dtend") == booked.ends_at
    sending = EmailSend.objects.get()
    assert (sending.kind, sending.status, sending.appointment_id) == (
        EmailSend.Kind.APPOINTMENT_CONFIRMATION,
        EmailSend.Status.SENT,
        booked.pk,
    )


def test_the_reminder_goes_once_within_the_reminder_hours(booked, settings):
    settings.APPOINTMENT_REMINDER_HOURS = 24
    mail.outbox.clear()
    assert reminders_send(now=booked.starts_at - datetime.timedelta(hours=25)) == 0
    assert reminders_send(now=booked.starts_at - datetime.timedelta(hours=23)) == 1
    assert reminders_send(now=booked.starts_at - datetime.timedelta(hours=22)) == 0
    (message,) = mail.outbox
    assert message.subject.startswith("Reminder")
    assert calendar_of(message)


def test_the_reminder_command_queues_what_is_due(diary, service, settings):
    settings.APPOINTMENT_REMINDER_HOURS = 24 * 30
    appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 10),
        full_name="A",
        email="a@example.org",
    )
    call_command("send_appointment_reminders", verbosity=0)
    assert EmailSend.objects.filter(kind=EmailSend.Kind.APPOINTMENT_REMINDER).count() == 1


def test_a_move_and_a_cancel_send_notices(booked):
    mail.outbox.clear()
    appointment_move(appointment=booked, starts_at=local(working_day(), 14))
    appointment_cancel(appointment=booked)
    moved, cancelled = mail.outbox
    assert "moved" in moved.subject and "14:00" in moved.body
    assert "cancelled" in cancelled.subject and "/book/manage/" not in cancelled.body
    assert str(calendar_of(cancelled).get("method")) == "CANCEL"


def test_a_reminder_for_an_appointment_cancelled_meanwhile_is_not_sent(booked, settings):
    from appointments.emails import send_reminder

    appointment_cancel(appointment=booked)
    mail.outbox.clear()
    send_reminder(booked.pk)
    assert mail.outbox == []


def test_the_email_holds_no_health_details(booked):
    body = mail.outbox[0].body
    assert "Grace Hopper" in body
    assert timezone.localtime(booked.starts_at).strftime("%H:%M") in body


def test_a_failed_appointment_email_shows_on_the_admin_home_with_its_appointment(
    superuser_client, booked
):
    from django.urls import reverse

    EmailSend.objects.update(status=EmailSend.Status.FAILED, failed_at=timezone.now())
    html = superuser_client.get("/admin/").content.decode()
    url = reverse("admin:appointments_appointment_change", args=[booked.pk])
    assert f'href="{url}">An appointment' in html
    listing = superuser_client.get(reverse("admin:intake_emailsend_changelist")).content.decode()
    assert f'href="{url}">An appointment' in listing
