"""The patient books a time: choose, give details, confirm, see a reference. Every bad input
gets a clear message and changes nothing; the database refuses any overlap."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse

from appointments.forms import at_param
from appointments.models import Appointment, DiaryException, Occupied
from appointments.services import BookingRefused, SlotTaken, appointment_book
from intake.models import AuditEvent
from tests.appointments.conftest import local, working_day

pytestmark = pytest.mark.django_db
DETAILS = {"full_name": "Grace Hopper", "email": "grace@example.org", "phone": "01632 960 001"}


def choice(service, diary, at) -> dict:
    return {"service": service.pk, "practitioner": diary.practitioner.slug, "at": at_param(at)}


def book(client, service_, diary_, when, /, **fields):
    data = {**choice(service_, diary_, when), **DETAILS, **fields}
    return client.post(reverse("appointments:details"), data)


def test_start_lists_bookable_sessions(client, diary, service):
    response = client.get(reverse("appointments:start"))
    assert response.status_code == 200
    assert reverse("appointments:times", args=[service.pk]) in response.content.decode()
    assert (
        response["Cache-Control"].startswith("max-age=0")
        or "no-store" in response["Cache-Control"]
        or "no-cache" in response["Cache-Control"]
    )


def test_free_times_page_shows_days_with_links(client, diary, service):
    day = working_day()
    response = client.get(
        reverse("appointments:times", args=[service.pk]), {"from": day.isoformat()}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert f"{day:%A} {day.day} {day:%B}" in html
    assert "09:00" in html
    assert at_param(local(day, 9)) in html


def test_booking_makes_one_appointment_with_a_reference(client, diary, service):
    day = working_day()
    response = book(client, service, diary, local(day, 10))
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    assert appointment.full_name == "Grace Hopper"
    assert appointment.starts_at == local(day, 10)
    # 45 minutes and the 15-minute buffer: 12 units of 5 minutes.
    assert Occupied.objects.filter(appointment=appointment).count() == 12
    page = client.get(response["Location"])
    assert appointment.reference in page.content.decode()
    assert AuditEvent.objects.filter(
        reference=appointment.reference, detail="appointment booked"
    ).exists()


def test_details_errors_are_summarised_and_nothing_is_booked(client, diary, service):
    response = book(
        client, service, diary, local(working_day(), 10), email="not-an-email", full_name=""
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html and "Enter your full name" in html
    assert not Appointment.objects.exists()


@pytest.mark.parametrize(
    ("when", "words"),
    [
        (lambda day: local(day, 10) - datetime.timedelta(days=30), "has passed"),
        (lambda day: local(day, 7), "outside the practitioner"),
        (lambda day: local(day, 13), "outside the practitioner"),
        (lambda day: local(day, 10, 5), "outside the practitioner"),
    ],
    ids=["past", "before-hours", "in-the-break", "off-the-step"],
)
def test_bad_times_are_refused_with_a_reason(client, diary, service, when, words):
    day = working_day()
    response = book(client, service, diary, when(day))
    assert response.status_code == 400
    assert words in response.content.decode()
    assert not Appointment.objects.exists()


def test_a_holiday_is_refused(client, diary, service):
    day = working_day()
    DiaryException.objects.create(diary=diary, date=day, note="Holiday")
    response = book(client, service, diary, local(day, 10))
    assert response.status_code == 400
    assert "not working that day" in response.content.decode()


def test_too_soon_is_refused(client, diary, service):
    diary.notice_hours = 24 * 14
    diary.save()
    response = book(client, service, diary, local(working_day(1), 10))
    assert response.status_code == 400
    assert "too soon" in response.content.decode()


def test_a_service_the_practitioner_does_not_give_is_refused(client, diary, other_service):
    response = book(client, other_service, diary, local(working_day(), 10))
    assert response.status_code == 400
    assert "does not offer" in response.content.decode()
    assert not Appointment.objects.exists()


@pytest.mark.parametrize(
    "tamper",
    [{"at": "yesterday"}, {"service": "999999"}, {"practitioner": "nobody"}, {"at": ""}],
)
def test_a_tampered_form_is_refused(client, diary, service, tamper):
    response = book(client, service, diary, local(working_day(), 10), **tamper)
    assert response.status_code == 400
    assert "cannot be booked" in response.content.decode()
    assert not Appointment.objects.exists()


def test_a_taken_time_offers_the_nearest_free_times(client, diary, service):
    day = working_day()
    appointment_book(
        diary=diary, service=service, starts_at=local(day, 10), full_name="A", email="a@example.org"
    )
    response = book(client, service, diary, local(day, 10, 15))
    html = response.content.decode()
    assert response.status_code == 409
    assert "That time has just been taken" in html
    assert "The nearest free times" in html and "11:00" in html
    assert Appointment.objects.count() == 1


def test_the_database_refuses_an_overlap_even_past_the_checks(diary, service):
    day = working_day()
    first = appointment_book(
        diary=diary, service=service, starts_at=local(day, 10), full_name="A", email="a@example.org"
    )
    second = Appointment.objects.create(
        practitioner=diary.practitioner,
        service=service,
        starts_at=local(day, 10, 30),
        ends_at=local(day, 11, 15),
        full_name="B",
        email="b@example.org",
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Occupied.objects.create(
            practitioner=diary.practitioner, appointment=second, start=local(day, 10, 30)
        )
    assert first.units.count() == 12


def test_service_refuses_a_taken_time(diary, service):
    day = working_day()
    appointment_book(
        diary=diary, service=service, starts_at=local(day, 10), full_name="A", email="a@example.org"
    )
    with pytest.raises(SlotTaken):
        appointment_book(
            diary=diary,
            service=service,
            starts_at=local(day, 10),
            full_name="B",
            email="b@example.org",
        )
    with pytest.raises(BookingRefused):
        appointment_book(
            diary=diary,
            service=service,
            starts_at=local(day, 9, 30),
            full_name="B",
            email="b@example.org",
        )
    assert Appointment.objects.count() == 1


def test_a_cancelled_appointment_frees_its_time(diary, service):
    from appointments.services import appointment_cancel

    day = working_day()
    appointment = appointment_book(
        diary=diary, service=service, starts_at=local(day, 10), full_name="A", email="a@example.org"
    )
    assert appointment_cancel(appointment=appointment)
    assert not appointment_cancel(appointment=appointment)
    again = appointment_book(
        diary=diary, service=service, starts_at=local(day, 10), full_name="B", email="b@example.org"
    )
    assert again.units.count() == 12


def test_confirming_while_the_database_is_down_is_a_friendly_503_and_books_nothing(
    client, diary, service, monkeypatch
):
    from django.db.backends.utils import CursorWrapper

    from tests.clinic.test_failure import assert_friendly_503, refuse

    client.raise_request_exception = False
    data = {**choice(service, diary, local(working_day(), 10)), **DETAILS}
    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    monkeypatch.setattr(CursorWrapper, "executemany", refuse)
    assert_friendly_503(client.post(reverse("appointments:details"), data))
    monkeypatch.undo()
    assert not Appointment.objects.exists()
    assert client.post(reverse("appointments:details"), data).status_code == 302


def test_a_double_click_shows_the_patient_their_booking_not_taken(client, diary, service):
    day = working_day()
    first = book(client, service, diary, local(day, 10))
    second = book(Client(), service, diary, local(day, 10))  # the same form, sent again
    assert first.status_code == second.status_code == 302
    assert Appointment.objects.count() == 1
    other = book(Client(), service, diary, local(day, 10), email="someone.else@example.org")
    assert other.status_code == 409
