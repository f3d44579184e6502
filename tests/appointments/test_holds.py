"""Safety holds: red flags without a recorded decision, and a referral, offer no booking; a
direct link refuses with the red-flag advice. A recommended treatment opens its free times,
and the booking takes the intake's name and contact details."""

import pytest
from django.urls import reverse

from appointments.links import intake_booking_path, intake_token
from appointments.models import Appointment
from intake.demo.factories import SubmissionFactory
from intake.models import Submission
from tests.appointments.conftest import local, working_day
from tests.appointments.test_booking import choice
from treatments.models import Modality

pytestmark = pytest.mark.django_db


def recommend(submission: Submission, slug: str | None, override: str = "") -> Submission:
    modality = Modality.objects.get(slug=slug) if slug else None
    submission.record_recommendation(modality=modality, reviewer=None)
    submission.red_flag_override_reason = override
    submission.save()
    return submission


@pytest.fixture
def red_flag_intake(db) -> Submission:
    return SubmissionFactory(red_flags=["saddle_numbness"], email="rf@example.org")


def test_red_flags_without_a_decision_offer_no_link(red_flag_intake):
    assert red_flag_intake.has_red_flag
    assert intake_booking_path(red_flag_intake) == ""


def test_a_direct_link_refuses_with_the_red_flag_advice(client, red_flag_intake, diary):
    response = client.get(reverse("appointments:from_intake", args=[intake_token(red_flag_intake)]))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Please do not book yet" in html
    assert "999" in html  # the emergency advice, in its own words


def test_a_referral_offers_no_booking(client, diary):
    referred = recommend(SubmissionFactory(), None)
    assert intake_booking_path(referred) == ""
    response = client.get(reverse("appointments:from_intake", args=[intake_token(referred)]))
    assert response.status_code == 403
    assert "see a doctor" in response.content.decode()


def test_an_override_lets_a_red_flag_intake_book(red_flag_intake):
    recommend(red_flag_intake, "acupuncture", override="Seen by their GP, who found no concern.")
    assert intake_booking_path(red_flag_intake) != ""


def test_a_tampered_intake_link_is_not_found(client):
    assert client.get(reverse("appointments:from_intake", args=["not-a-token"])).status_code == 404


def test_a_recommendation_link_opens_its_times_and_books_with_the_intakes_details(
    client, diary, service
):
    intake = recommend(
        SubmissionFactory(full_name="Ada Lovelace", email="ada@example.org"), "acupuncture"
    )
    response = client.get(intake_booking_path(intake))
    assert response.status_code == 302
    assert response["Location"] == reverse("appointments:start") + "?treatment=acupuncture"
    sessions = client.get(response["Location"]).content.decode()
    assert reverse("appointments:times", args=[service.pk]) in sessions
    assert "Short massage" not in sessions
    at = local(working_day(), 10)
    page = client.get(reverse("appointments:details"), choice(service, diary, at))
    assert "Ada Lovelace" in page.content.decode()
    assert (
        client.post(reverse("appointments:details"), choice(service, diary, at)).status_code == 302
    )
    appointment = Appointment.objects.get()
    assert (appointment.full_name, appointment.email, appointment.submission) == (
        "Ada Lovelace",
        "ada@example.org",
        intake,
    )


def test_a_hold_recorded_after_the_link_was_opened_still_refuses(client, diary, service):
    intake = recommend(SubmissionFactory(), "acupuncture")
    client.get(intake_booking_path(intake))
    recommend(intake, None)  # the reviewer changed their mind: see a doctor first
    response = client.post(
        reverse("appointments:details"), choice(service, diary, local(working_day(), 10))
    )
    assert response.status_code == 403
    assert not Appointment.objects.exists()


def test_the_recommended_practitioner_is_carried_to_the_free_times(client, diary, service):
    intake = recommend(SubmissionFactory(), "acupuncture")
    intake.recommended_practitioner = diary.practitioner
    intake.save()
    start = client.get(client.get(intake_booking_path(intake))["Location"]).content.decode()
    assert f"/book/{service.pk}/?practitioner=jo-diary" in start
