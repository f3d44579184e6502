"""A practitioner's private calendar feed: valid iCalendar, the reference and service only,
never the patient; a rotated address stops working."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from appointments.services import appointment_book, appointment_cancel
from tests.appointments.conftest import local, working_day

pytestmark = pytest.mark.django_db


def test_the_feed_parses_and_holds_no_name(client, diary, service):
    kept = appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 10),
        full_name="Grace Hopper",
        email="grace@example.org",
        phone="01632 960 001",
    )
    gone = appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 14),
        full_name="Alan Turing",
        email="alan@example.org",
    )
    appointment_cancel(appointment=gone)
    response = client.get(diary.get_feed_url())
    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [f"{kept.reference} Acupuncture: {service.name}"]
    assert events[0].decoded("dtstart") == kept.starts_at
    for secret in ("Grace", "Hopper", "grace@example.org", "01632", "Alan"):
        assert secret not in body


def test_a_rotated_feed_address_stops_working(client, diary):
    old = diary.get_feed_url()
    diary.feed_token_rotate()
    assert client.get(old).status_code == 404
    assert client.get(diary.get_feed_url()).status_code == 200
    assert client.get(reverse("calendar:feed", args=["guess"])).status_code == 404


def test_the_patients_calendar_file_is_published_by_the_clinic(diary, service):
    from django.core import mail

    appointment_book(
        diary=diary,
        service=service,
        starts_at=local(working_day(), 10),
        full_name="Grace Hopper",
        email="grace@example.org",
    )
    (_name, content, mimetype) = mail.outbox[-1].attachments[0]
    calendar = Calendar.from_ical(content)
    event = calendar.walk("VEVENT")[0]
    assert str(calendar["method"]) == "PUBLISH" and mimetype.endswith("method=PUBLISH")
    assert str(event["organizer"]).startswith("mailto:")
    text = content.decode() if isinstance(content, bytes) else content
    assert "Grace" not in text  # the patient's own file needs no name either
