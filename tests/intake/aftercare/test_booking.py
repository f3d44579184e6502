"""Booking hand-off from the intake: the reviewer may name a practitioner, and the patient's
recommendation email and confirmation page say how to book."""

import pytest
from django.core import mail
from django.urls import reverse

from intake.models import Submission
from tests.helpers import change_url, fill_in, review_data, submit
from treatments.models import Practitioner, Service

pytestmark = pytest.mark.django_db


def recommend(client, submission: Submission, **review) -> None:
    response = client.post(change_url(submission), review_data(submission, **review))
    assert response.status_code == 302, response.context["adminform"].form.errors


def send(client, submission: Submission) -> str:
    client.post(reverse("admin:intake_submission_send", args=[submission.pk]), {"confirm": "yes"})
    assert len(mail.outbox) == 1
    return mail.outbox[0].body


def test_email_names_the_practitioner_and_their_own_booking_page(reviewer_client, demo, set_clinic):
    set_clinic(booking_url="https://book.clinic.example/")
    sam = Practitioner.objects.get(slug="sam-sample")
    sam.booking_url = "https://book.clinic.example/sam"
    sam.save()
    submission = demo["Marek Nowak"]

    recommend(
        reviewer_client, submission, recommendation="acupressure", recommended_practitioner=sam.pk
    )
    body = send(reviewer_client, submission)

    submission.refresh_from_db()
    assert submission.recommended_practitioner == sam
    assert "We suggest: Acupressure, with Sam Sample" in body
    assert "http://testserver/team/#sam-sample" in body
    assert "Online: https://book.clinic.example/sam" in body
    assert "(ask for Sam Sample)" in body


def test_email_gives_the_treatments_prices_and_its_booking_page(reviewer_client, demo):
    Service.objects.filter(modality__slug="acupressure", name="First visit").update(
        booking_url="https://book.clinic.example/acupressure"
    )
    submission = demo["Marek Nowak"]

    recommend(reviewer_client, submission, recommendation="acupressure")
    body = send(reviewer_client, submission)

    assert "- First visit: 60 minutes, £60" in body
    assert "- Follow-up: 45 minutes, £45" in body
    assert "may change" in body
    assert "Online: https://book.clinic.example/acupressure" in body
    assert "with Sam Sample" not in body and "ask for" not in body


def test_without_an_online_booking_page_the_email_gives_phone_and_email(
    reviewer_client, demo, set_clinic
):
    set_clinic(booking_url="")
    set_clinic(phone="020 7946 0000")
    set_clinic(email="desk@willow.example")
    submission = demo["Marek Nowak"]

    recommend(reviewer_client, submission, recommendation="acupressure")
    body = send(reviewer_client, submission)

    assert "Call 020 7946 0000 or email desk@willow.example." in body
    assert "Online:" not in body


def test_a_referral_email_offers_no_booking(reviewer_client, demo):
    submission = demo["Daniel Okoro"]

    recommend(reviewer_client, submission, recommendation="refer")
    body = send(reviewer_client, submission)

    assert "see a doctor" in body
    assert "How to book" not in body and "£" not in body


def test_a_practitioner_who_does_not_give_the_treatment_is_refused(reviewer_client, demo):
    alex = Practitioner.objects.get(slug="alex-example")  # massage only
    submission = demo["Priya Shah"]

    response = reviewer_client.post(
        change_url(submission),
        review_data(submission, recommendation="acupuncture", recommended_practitioner=alex.pk),
    )

    assert response.status_code == 200
    assert "Alex Example does not give Acupuncture" in response.content.decode()
    submission.refresh_from_db()
    assert submission.recommended_practitioner is None


def test_a_practitioner_who_gives_the_parent_treatment_may_be_chosen(reviewer_client, demo):
    alex = Practitioner.objects.get(slug="alex-example")
    alex.modalities.set(alex.modalities.filter(slug="massage-therapy"))
    submission = demo["Priya Shah"]

    recommend(
        reviewer_client,
        submission,
        recommendation="medical-massage",
        recommended_practitioner=alex.pk,
    )

    submission.refresh_from_db()
    assert submission.recommended_practitioner == alex


@pytest.mark.parametrize("recommendation", ["refer", ""])
def test_a_practitioner_needs_a_recommended_treatment(reviewer_client, demo, recommendation):
    submission = demo["Priya Shah"]
    sam = Practitioner.objects.get(slug="sam-sample")

    response = reviewer_client.post(
        change_url(submission),
        review_data(submission, recommendation=recommendation, recommended_practitioner=sam.pk),
    )

    assert response.status_code == 200
    assert "Choose a practitioner only with a treatment" in response.content.decode()


def test_only_published_practitioners_can_be_chosen(reviewer_client, demo):
    Practitioner.objects.filter(slug="kit-demo").update(is_published=False)
    submission = demo["Priya Shah"]

    form = reviewer_client.get(change_url(submission)).context["adminform"].form
    names = [str(p) for p in form.fields["recommended_practitioner"].queryset]

    assert "Sam Sample" in names
    assert "Kit Demo" not in names


def test_the_review_form_offers_the_practitioner_without_links_to_edit_them(reviewer_client, demo):
    html = reviewer_client.get(change_url(demo["Priya Shah"])).content.decode()

    assert 'name="recommended_practitioner"' in html
    assert "add_id_recommended_practitioner" not in html
    assert "change_id_recommended_practitioner" not in html


def test_confirmation_page_says_how_to_book(client, answers, set_clinic):
    set_clinic(booking_url="https://book.clinic.example/")
    fill_in(client, answers)
    submit(client)

    html = client.get("/intake/confirmation/").content.decode()

    assert 'href="https://book.clinic.example/"' in html
    assert 'href="/prices/"' in html and 'href="/team/"' in html


def test_confirmation_page_with_red_flags_asks_to_see_a_doctor_before_booking(
    client, answers, set_clinic
):
    set_clinic(booking_url="https://book.clinic.example/")
    answers["health"]["red_flag_weight_loss"] = "yes"
    fill_in(client, answers)
    submit(client)

    html = client.get("/intake/confirmation/").content.decode()

    assert "before you book" in html
    assert "https://book.clinic.example/" not in html
