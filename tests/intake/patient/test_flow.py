import re

import pytest
from django.core import mail
from django.db import DatabaseError

from intake.models import ScreeningAnswer, Submission
from intake.patient.flow import MINUTES_TO_ANSWER
from tests.helpers import count_h1, fill_in, health_answers, submit
from treatments.models import Precaution

pytestmark = pytest.mark.django_db


def test_start_page_explains_the_intake(client):
    response = client.get("/intake/")

    html = response.content.decode()
    assert response.status_code == 200
    assert count_h1(html) == 1
    assert (
        f"about {MINUTES_TO_ANSWER} minutes" in html
    )  # measured: tests/browser/test_intake_time.py
    assert "not for emergencies" in html
    assert "/privacy/" in html
    assert 'href="/intake/about-you/"' in html


def test_a_full_intake_creates_one_submission_with_every_answer(client, answers):
    fill_in(client, answers)

    response = submit(client)

    assert response.status_code == 302
    assert response["Location"] == "/intake/confirmation/"
    submission = Submission.objects.get()
    assert submission.full_name == "Ada Lovelace"
    assert submission.date_of_birth.isoformat() == "1985-12-10"
    assert submission.email == "ada@example.org"
    assert submission.contact_method == "email"
    assert submission.main_concern.startswith("Aching lower back")
    assert submission.body_regions == ["lower_back", "neck"]
    assert (submission.pain_now, submission.pain_week_average, submission.interference) == (6, 5, 4)
    assert submission.duration == "over_3_months"
    assert submission.conditions == ["low-back-pain"]
    assert submission.goals == ["pain_relief", "mobility"]
    assert submission.needles == "avoid"
    assert submission.pressure == "firm"
    assert submission.self_care == "yes"
    assert submission.curious_about == ["massage", "acupressure"]
    assert submission.anything_else == "I work shifts."
    assert submission.status == Submission.Status.NEW
    assert submission.consent_version and submission.consented_at
    assert submission.has_red_flag is False
    answers_saved = ScreeningAnswer.objects.filter(submission=submission)
    assert answers_saved.count() == Precaution.objects.asked().count()  # each, yes or no
    assert not answers_saved.filter(answer=True).exists()


def test_confirmation_shows_the_reference_and_the_session_is_cleared(client, answers):
    fill_in(client, answers)
    submit(client)
    submission = Submission.objects.get()

    response = client.get("/intake/confirmation/")

    html = response.content.decode()
    assert submission.reference in html
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", submission.reference)
    assert "intake_answers" not in client.session
    # The answers are gone: the check page sends the patient back to the start of the form.
    assert client.get("/intake/check/")["Location"] == "/intake/about-you/"


def test_confirmation_is_only_shown_to_the_browser_that_sent_it(client, answers):
    from django.test import Client

    fill_in(client, answers)
    submit(client)

    response = Client().get("/intake/confirmation/")

    assert response.status_code == 302
    assert response["Location"] == "/intake/"


def test_acknowledgement_email_has_the_reference_and_no_health_details(
    client, answers, django_capture_on_commit_callbacks
):
    fill_in(client, answers)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client)
    submission = Submission.objects.get()

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["ada@example.org"]
    assert submission.reference in email.subject
    for detail in ["back", "desk", "needle", "pain", "shifts", "1985"]:
        assert detail not in email.body.lower(), detail


def test_acknowledgement_email_carries_no_text_a_stranger_typed(
    client, answers, django_capture_on_commit_callbacks
):
    # Anyone can send an intake to any address: the name field must not become a message.
    spam = "Win cash now at https://spam.example and call 0900 123 4567"
    answers["about-you"]["full_name"] = spam
    answers["about-you"]["email"] = "victim@example.org"
    fill_in(client, answers)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client)
    submission = Submission.objects.get()

    email = mail.outbox[0]
    assert email.to == ["victim@example.org"]
    assert email.subject == f"We have received your intake ({submission.reference})"
    for typed in ["Win cash", "spam.example", "0900", "Aching lower back", "I work shifts"]:
        assert typed not in email.body and typed not in email.subject, typed
    assert submission.reference in email.body


def test_double_submit_makes_one_submission(client, answers, django_capture_on_commit_callbacks):
    fill_in(client, answers)
    key = client.get("/intake/check/").context["form"]["key"].value()

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post("/intake/check/", {"consent": "on", "key": key})
        second = client.post("/intake/check/", {"consent": "on", "key": key})

    assert first["Location"] == second["Location"] == "/intake/confirmation/"
    assert Submission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_back_and_submit_again_makes_one_submission(client, answers):
    fill_in(client, answers)
    key = client.get("/intake/check/").context["form"]["key"].value()
    client.post("/intake/check/", {"consent": "on", "key": key})

    # The browser's Back button shows the old check page; the patient sends it again.
    again = client.post("/intake/check/", {"consent": "on", "key": key})

    assert again["Location"] == "/intake/confirmation/"
    assert Submission.objects.count() == 1


def test_a_second_intake_in_the_same_browser_is_a_new_submission(client, answers):
    fill_in(client, answers)
    submit(client)
    fill_in(client, answers)

    submit(client)

    assert Submission.objects.count() == 2


def test_consent_is_required(client, answers):
    fill_in(client, answers)
    key = client.get("/intake/check/").context["form"]["key"].value()

    response = client.post("/intake/check/", {"key": key})

    html = response.content.decode()
    assert response.status_code == 200
    assert "You must agree before we can store your answers" in html
    assert "<title>Error:" in html
    assert Submission.objects.count() == 0


def test_the_honeypot_refuses_bots_and_saves_nothing(client, answers):
    fill_in(client, answers)

    response = submit(client, website="http://spam.example")

    assert response.status_code == 200
    assert "Please call us instead" in response.content.decode()
    assert Submission.objects.count() == 0


def test_the_rate_limit_stops_a_flood_with_a_friendly_page(client, answers, settings):
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        fill_in(client, answers)
        assert submit(client).status_code == 302
    fill_in(client, answers)

    response = submit(client)

    assert response.status_code == 429
    assert "Please try again later" in response.content.decode()
    assert Submission.objects.count() == 2
    assert "intake_answers" in client.session  # nothing lost


def test_a_database_failure_on_save_keeps_the_answers_and_says_so(client, answers, monkeypatch):
    fill_in(client, answers)

    def fail(*args, **kwargs):
        raise DatabaseError("the database went away")

    monkeypatch.setattr("intake.patient.views.submission_create", fail)
    response = submit(client)

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "We could not save your answers" in html
    assert "Nothing you entered has been lost" in html
    assert Submission.objects.count() == 0
    assert set(client.session["intake_answers"]) == set(answers)

    monkeypatch.undo()
    assert submit(client)["Location"] == "/intake/confirmation/"
    assert Submission.objects.count() == 1


def test_red_flags_show_advice_and_mark_the_submission(client, answers):
    answers["health"] = health_answers(red_flag_bladder_bowel="yes")
    fill_in(client, answers, upto="health")

    next_page = client.get("/intake/preferences/").content.decode()
    assert 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>' in next_page
    fill_in(client, answers)
    check_page = client.get("/intake/check/").content.decode()
    assert 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>' in check_page
    assert "You can still send this form" in check_page

    submit(client)
    confirmation = client.get("/intake/confirmation/").content.decode()

    assert 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>' in confirmation
    assert "New trouble controlling or passing urine or stools" in confirmation
    assert "You can still send this form" not in confirmation
    assert "Our team has been alerted" in confirmation
    submission = Submission.objects.get()
    assert submission.has_red_flag is True
    assert submission.red_flags == ["bladder_bowel"]


def test_screening_yes_answers_are_saved_with_detail(client, answers):
    answers["health"] = health_answers(
        pregnancy="yes", pregnancy_detail="14", **{"blood-thinners": "yes"}
    )
    answers["health"]["blood-thinners_detail"] = "Warfarin"
    fill_in(client, answers)
    submit(client)

    submission = Submission.objects.get()
    assert submission.pregnancy_weeks == 14
    thinners = submission.screening_answers.get(precaution__slug="blood-thinners")
    assert (thinners.answer, thinners.detail) == (True, "Warfarin")


@pytest.mark.parametrize(
    "url", ["/intake/", "/intake/about-you/", "/intake/check/", "/intake/confirmation/"]
)
def test_intake_pages_are_never_stored_by_browsers(client, url):
    response = client.get(url)

    assert "no-store" in response["Cache-Control"]
