"""Every booking page a patient can reach, in each state, has one <h1>, a title, sends
no-store, and is valid HTML by the Nu HTML Checker (skipped without Java, as the site's walk)."""

import re

import pytest
from django.core import mail
from django.test import Client

from appointments.forms import at_param
from appointments.links import intake_token
from intake.demo.factories import SubmissionFactory
from tests.appointments.conftest import local, working_day
from tests.appointments.test_holds import recommend
from tests.clinic.test_html_valid import java_and_checker, nu_errors
from tests.helpers import count_h1

pytestmark = pytest.mark.django_db


def booking_states(diary, service) -> dict[str, tuple[int, object]]:
    """Name: (expected status, response) for each page of booking, moving and cancelling."""
    patient, other = Client(), Client()
    at = local(working_day(), 10)
    choice = {"service": service.pk, "practitioner": diary.practitioner.slug, "at": at_param(at)}
    details = {"full_name": "Grace Hopper", "email": "grace@example.org", "phone": "01632 960001"}
    pages = {
        "start": (200, patient.get("/book/")),
        "times": (200, patient.get(f"/book/{service.pk}/")),
        "details": (200, patient.get("/book/details/", choice)),
        "details-errors": (200, patient.post("/book/details/", {**choice, "email": "x"})),
        "refused": (400, patient.post("/book/details/", {**choice, "at": "bad"})),
        "booked": (200, patient.post("/book/details/", {**choice, **details}, follow=True)),
        "taken": (
            409,
            other.post("/book/details/", {**choice, **details, "email": "b@example.org"}),
        ),
    }
    link = re.search(r"(/book/manage/[^/\s]+/)", mail.outbox[-1].body)[1]
    move = {"at": at_param(local(working_day(), 14))}
    pages |= {
        "manage": (200, patient.get(link)),
        "cancel": (200, patient.get(f"{link}cancel/")),
        "move": (200, patient.get(f"{link}move/", move)),
        "cancelled": (200, patient.post(f"{link}cancel/")),
        "manage-cancelled": (403, patient.post(f"{link}cancel/")),
    }
    held = SubmissionFactory(red_flags=["saddle_numbness"])
    pages["held"] = (403, other.get(f"/book/from-intake/{intake_token(held)}/"))
    referred = recommend(SubmissionFactory(), None)
    pages["referred"] = (403, other.get(f"/book/from-intake/{intake_token(referred)}/"))
    pages["link-unknown"] = (404, other.get("/book/manage/not-a-real-link/"))
    pages["intake-link-unknown"] = (404, other.get("/book/from-intake/not-a-real-link/"))
    return pages


def test_every_booking_page_has_one_h1_a_title_and_no_store(diary, service):
    for name, (status, response) in booking_states(diary, service).items():
        html = response.content.decode()
        assert response.status_code == status, name
        assert count_h1(html) == 1, name
        assert re.search(r"<title>[^<]+</title>", html), name
        assert "no-store" in response["Cache-Control"], name


def test_every_booking_page_is_valid_html(diary, service, tmp_path):
    java = java_and_checker()
    pages = {
        name: response.content for name, (_, response) in booking_states(diary, service).items()
    }
    assert nu_errors(java, pages, tmp_path) == []
