"""`make demo` books a week of example appointments, and running it again adds none."""

import pytest
from django.core.management import call_command

from appointments.models import Appointment, Occupied

pytestmark = pytest.mark.django_db


def test_the_demo_books_a_week_in_each_example_diary():
    call_command("load_demo_bookings", force=True, verbosity=0)
    booked = Appointment.objects.booked()
    assert booked.values("practitioner").distinct().count() == 3
    assert booked.count() >= 3 * 5 * 2
    days = {a.local_start.date() for a in booked}
    assert len(days) >= 5
    assert Occupied.objects.count() > booked.count()
    call_command("load_demo_bookings", force=True, verbosity=0)
    assert Appointment.objects.count() == booked.count()


def test_appointments_past_the_retention_period_are_purged(settings, diary, service):
    import datetime

    from appointments.services import appointment_book
    from tests.appointments.conftest import local, working_day

    settings.INTAKE_RETENTION_DAYS = 1
    appointment = appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 10),
        full_name="A",
        email="a@example.org",
    )
    call_command("purge_appointments", verbosity=0)
    assert Appointment.objects.count() == 1
    Appointment.objects.update(
        starts_at=appointment.starts_at - datetime.timedelta(days=30),
        ends_at=appointment.ends_at - datetime.timedelta(days=30),
    )
    call_command("purge_appointments", dry_run=True, verbosity=0)
    assert Appointment.objects.count() == 1
    call_command("purge_appointments", verbosity=0)
    assert not Appointment.objects.exists() and not Occupied.objects.exists()
