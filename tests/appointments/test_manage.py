"""The emailed link: cancel or move within the notice period, after which the page says to
phone; a reused, replaced or made-up link changes nothing."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse

from appointments.forms import at_param
from appointments.models import Appointment
from appointments.services import appointment_book
from intake.models import AuditEvent
from tests.appointments.conftest import local, working_day

pytestmark = pytest.mark.django_db


def latest_link() -> str:
    return re.search(r"https://clinic\.example(/book/manage/[^/\s]+/)", mail.outbox[-1].body)[1]


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


def test_the_link_shows_the_appointment_and_free_times_to_move_to(client, booked):
    response = client.get(latest_link())
    html = response.content.decode()
    assert response.status_code == 200
    assert booked.reference in html and "Cancel this appointment" in html
    assert "move/?at=" in html
    assert AuditEvent.objects.filter(
        reference=booked.reference, detail="appointment viewed"
    ).exists()


def test_cancel_by_the_link(client, booked):
    link = latest_link()
    assert "Yes, cancel it" in client.get(link + "cancel/").content.decode()
    response = client.post(link + "cancel/")
    assert response.status_code == 200
    booked.refresh_from_db()
    assert booked.status == Appointment.Status.CANCELLED
    assert not booked.units.exists()
    assert "cancelled" in mail.outbox[-1].subject


def test_move_by_the_link_and_the_old_link_stops_working(client, booked):
    link = latest_link()
    new_time = local(working_day(), 14)
    page = client.get(link + "move/", {"at": at_param(new_time)})
    assert "14:00" in page.content.decode()
    response = client.post(link + "move/", {"at": at_param(new_time)})
    assert response.status_code == 200
    booked.refresh_from_db()
    assert booked.starts_at == new_time
    assert client.get(link).status_code == 404  # the move's email carries a new link
    assert client.get(latest_link()).status_code == 200


def test_a_move_to_a_bad_time_changes_nothing(client, booked):
    link = latest_link()
    response = client.post(link + "move/", {"at": at_param(local(working_day(), 13))})
    assert response.status_code == 400
    assert "outside the practitioner" in response.content.decode()
    booked.refresh_from_db()
    assert booked.starts_at == local(working_day(), 10)
    assert client.post(link + "move/", {"at": "garbage"}).status_code == 400


def test_within_the_notice_period_the_page_says_to_phone(client, booked, diary):
    diary.cancel_notice_hours = 24 * 30
    diary.save()
    link = latest_link()
    page = client.get(link).content.decode()
    assert "Please call us" in page and "Cancel this appointment" not in page
    response = client.post(link + "cancel/")
    assert response.status_code == 403
    booked.refresh_from_db()
    assert booked.is_booked


def test_an_unknown_link_is_not_found(client):
    assert client.get(reverse("appointments:manage", args=["made-up"])).status_code == 404
    assert client.post(reverse("appointments:manage_cancel", args=["made-up"])).status_code == 404


def test_a_cancelled_appointments_link_cannot_cancel_again(client, booked):
    link = latest_link()
    client.post(link + "cancel/")
    assert client.post(link + "cancel/").status_code == 403
    assert Appointment.objects.get().status == Appointment.Status.CANCELLED
    assert booked.starts_at - datetime.timedelta(days=1) > booked.created_at


def test_a_replaced_link_says_so_and_changes_nothing(client, booked):
    from appointments.tokens import manage_token_issue

    link = latest_link()
    manage_token_issue(booked)  # a newer email went out with a new link
    response = client.post(link + "cancel/")
    assert response.status_code == 404
    assert "Only the link in our most recent email" in response.content.decode()
    booked.refresh_from_db()
    assert booked.is_booked


def test_an_out_of_date_booking_link_from_an_intake_says_so(client):
    response = client.get(reverse("appointments:from_intake", args=["expired.or.made-up"]))
    assert response.status_code == 404
    assert "This booking link is out of date" in response.content.decode()


def test_booking_links_are_masked_in_logs(booked, diary):
    from appointments.links import intake_token
    from clinic.log_scrub import scrub
    from intake.demo.factories import SubmissionFactory

    for path in (latest_link(), f"/book/from-intake/{intake_token(SubmissionFactory())}/"):
        line = f'"GET {path}cancel/ HTTP/1.1" 404'
        assert scrub(line).startswith(f'"GET /book/{path.split("/")[2]}/[token]/')
    assert scrub(diary.get_feed_url()) == "/book/feed/[token]/"
