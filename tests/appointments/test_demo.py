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
