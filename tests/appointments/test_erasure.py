"""A patient's intake erased at their request takes their details off the bookings made from
it: no name, email or phone is left, a time still to come is freed, and no email is sent."""

import pytest

from appointments.models import Appointment
from appointments.services import ERASED, appointment_book
from intake.demo.factories import SubmissionFactory
from intake.models import AuditEvent, EmailSend
from intake.services import submission_erase
from tests.appointments.conftest import local, working_day


@pytest.fixture
def booked(diary, service):
    submission = SubmissionFactory(full_name="Ada Example", email="ada@example.org")
    appointment = appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 10),
        full_name="Ada Example",
        email="ada@example.org",
        phone="07700 900123",
        submission=submission,
    )
    return submission, appointment


@pytest.mark.django_db
def test_erasing_the_intake_erases_the_patient_from_its_bookings(booked, reviewer):
    submission, appointment = booked
    # The reminder, queued and not yet sent when the patient asks to be erased.
    EmailSend.objects.create(
        appointment_id=appointment.pk, kind=EmailSend.Kind.APPOINTMENT_REMINDER
    )

    submission_erase(submission=submission, by=reviewer)

    appointment.refresh_from_db()
    assert (appointment.full_name, appointment.email, appointment.phone) == (ERASED, "", "")
    assert appointment.status == Appointment.Status.CANCELLED
    assert not appointment.units.exists()  # the time is free again
    assert not EmailSend.objects.filter(appointment_id=appointment.pk, status="queued").exists()
    assert AuditEvent.objects.filter(
        reference=appointment.reference, detail="appointment erased", user=reviewer
    ).exists()


@pytest.mark.django_db
def test_other_patients_bookings_are_untouched(booked, diary, service, reviewer):
    submission, _ = booked
    other = appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 15),
        full_name="Ben Other",
        email="ben@example.org",
    )

    submission_erase(submission=submission, by=reviewer)

    other.refresh_from_db()
    assert other.full_name == "Ben Other" and other.is_booked and other.units.exists()
