"""Ways into booking: the treatment page, the prices page, the intake's confirmation and the
recommendation email (recommended treatment preselected). None for a held intake, and none
when the clinic books elsewhere (the external hand-off stays)."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from intake.demo.factories import SubmissionFactory
from intake.models import Submission
from intake.services import recommendation_send
from tests.appointments.test_holds import recommend
from tests.helpers import fill_in, health_answers

pytestmark = pytest.mark.django_db
BOOK = 'href="/book/?treatment=acupuncture"'


def test_the_treatment_page_offers_a_time(client):
    assert BOOK in client.get("/treatments/acupuncture/").content.decode()


def test_the_prices_page_offers_a_time_for_each_bookable_treatment(client):
    html = client.get(reverse("treatments:prices")).content.decode()
    assert BOOK in html and 'href="/book/?treatment=acupressure"' in html


def test_the_clinics_own_booking_page_replaces_the_link(client, set_clinic):
    set_clinic(booking_url="https://booking.example/clinic")
    html = client.get(reverse("treatments:prices")).content.decode()
    assert "/book/?treatment=" not in html
    assert "https://booking.example/clinic" in html


def send_recommendation(submission: Submission) -> str:
    mail.outbox.clear()
    recommendation_send(submission=submission, base_url="https://clinic.example/", by=None)
    return mail.outbox[-1].body


def test_the_recommendation_email_links_to_book_the_treatment(client):
    submission = recommend(SubmissionFactory(full_name="Ada Lovelace"), "acupuncture")
    body = send_recommendation(submission)
    link = re.search(r"https://clinic\.example(/book/from-intake/\S+/)", body)[1]
    response = client.get(link)
    assert response["Location"] == "/book/?treatment=acupuncture"


def test_a_referral_email_has_no_booking_link():
    body = send_recommendation(recommend(SubmissionFactory(), None))
    assert "/book/" not in body


def test_an_overridden_red_flag_intake_gets_a_link_and_a_held_one_none():
    held = SubmissionFactory(red_flags=["saddle_numbness"])
    assert "/book/" not in send_recommendation(recommend(held, "acupuncture"))
    recommend(held, "acupuncture", override="Seen by their GP, who found no concern.")
    assert "/book/from-intake/" in send_recommendation(held)


def send_intake(answers: dict) -> str:
    browser = Client()
    fill_in(browser, answers)
    key = browser.get("/intake/check/").context["form"]["key"].value()
    browser.post("/intake/check/", {"consent": "on", "key": key})
    return browser.get("/intake/confirmation/").content.decode()


def test_the_confirmation_offers_a_time(answers):
    assert "/book/from-intake/" in send_intake(answers)


def test_a_red_flag_confirmation_offers_no_time(answers):
    page = send_intake({**answers, "health": health_answers(red_flag_fever_back_pain="yes")})
    assert "/book/" not in page
