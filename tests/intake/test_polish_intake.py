"""The intake end to end in Polish: every step, the check page, the confirmation, saving to
finish later and every email to the patient, with no English sentence left; staff's record
and alert stay in English, and the submission keeps the patient's language."""

import re

import pytest
from django.core import mail

from intake.models import Submission
from tests.helpers import RESUME_LINK, english_left, visible_text

pytestmark = pytest.mark.django_db


def polish_fill_in(client, answers: dict) -> list[str]:
    pages = []
    for slug, data in answers.items():
        pages.append(client.get(f"/pl/intake/{slug}/").content.decode())
        response = client.post(f"/pl/intake/{slug}/", data)
        assert response.status_code == 302, response.context["form"].errors
        assert response["Location"].startswith("/pl/intake/")
    return pages


def test_a_patient_completes_the_intake_in_polish(client, answers):
    from clinic.context_processors import clinic_details

    clinic = clinic_details().name
    pages = [client.get("/pl/intake/").content.decode(), *polish_fill_in(client, answers)]
    check = client.get("/pl/intake/check/")
    pages.append(check.content.decode())
    key = check.context["form"]["key"].value()
    response = client.post("/pl/intake/check/", {"consent": "on", "key": key})
    assert response["Location"] == "/pl/intake/confirmation/"
    pages.append(client.get("/pl/intake/confirmation/").content.decode())

    for page in pages:
        assert '<html lang="pl"' in page
        assert english_left(visible_text(page), clinic, "Ada Lovelace", "ada@example.org") == []
    assert "Sprawdź odpowiedzi przed wysłaniem" in pages[-2]
    submission = Submission.objects.get()
    assert submission.language == "pl"
    assert submission.main_concern == answers["symptoms"]["main_concern"]  # kept as typed
    (acknowledgement,) = mail.outbox
    assert "Otrzymaliśmy Twój formularz zgłoszeniowy" in acknowledgement.subject
    assert english_left(acknowledgement.body, clinic) == []


def test_the_record_written_for_staff_stays_in_english(client, answers):
    polish_fill_in(client, answers)
    check = client.get("/pl/intake/check/")
    client.post("/pl/intake/check/", {"consent": "on", "key": check.context["form"]["key"].value()})

    submission = Submission.objects.get()
    reasons = " ".join(str(item) for item in submission.suggestion.values())
    assert "Acupressure" in reasons or "acupressure" in reasons


def test_a_red_flag_in_polish_gives_the_emergency_advice_in_polish(client, answers):
    from tests.helpers import health_answers

    answers["health"] = health_answers(red_flag_saddle_numbness="yes")
    polish_fill_in(client, answers)
    check = client.get("/pl/intake/check/").content.decode()
    client.post(
        "/pl/intake/check/",
        {"consent": "on", "key": re.search(r'name="key" value="([^"]+)"', check)[1]},
    )
    confirmation = client.get("/pl/intake/confirmation/").content.decode()

    assert 'Natychmiast zadzwoń pod <a href="tel:999">999</a> lub jedź na SOR (A&amp;E)' in (
        confirmation
    )
    assert "Nowe drętwienie lub mrowienie w okolicy pachwin" in confirmation
    patient, alert = sorted(mail.outbox, key=lambda m: "Red flag" in m.subject)
    assert patient.subject.startswith("Natychmiast zadzwoń pod 999 lub jedź na SOR (A&E)")
    assert "Red flag intake" in alert.subject  # the clinic's alert stays in English
    assert english_left(alert.body) != []


def test_saving_to_finish_later_in_polish_sends_a_polish_link(client, answers):
    polish_fill_in(client, {"about-you": answers["about-you"]})
    response = client.post("/pl/intake/save/", {"email": "ada@example.org"})
    assert response["Location"] == "/pl/intake/save/sent/"
    saved = client.get("/pl/intake/save/sent/").content.decode()

    (email,) = mail.outbox
    assert "Link do dokończenia formularza" in email.subject
    assert english_left(email.body) == []
    assert english_left(visible_text(saved), "ada@example.org") == []
    path = RESUME_LINK.search(email.body.replace("/pl/intake/", "/intake/"))
    assert path and "/pl/intake/resume/" in email.body


def test_the_fhir_response_says_the_language(client, answers, superuser_client):
    polish_fill_in(client, answers)
    check = client.get("/pl/intake/check/")
    client.post("/pl/intake/check/", {"consent": "on", "key": check.context["form"]["key"].value()})

    from intake.review.fhir import submission_bundle

    bundle = submission_bundle(Submission.objects.get(), "http://testserver/")
    assert bundle["entry"][0]["resource"]["language"] == "pl"


def test_staff_see_the_language_in_the_queue(superuser_client, answers, client):
    polish_fill_in(client, answers)
    check = client.get("/pl/intake/check/")
    client.post("/pl/intake/check/", {"consent": "on", "key": check.context["form"]["key"].value()})

    queue = superuser_client.get("/admin/intake/submission/").content.decode()
    # Beside when it was sent, only where it is not English (nearly every row would say so).
    assert "ago<br>in Polski</td>" in queue
    assert "in English" not in queue


def test_the_recommendation_and_follow_up_reach_a_polish_patient_in_polish(
    client, answers, reviewer_client
):
    import datetime

    from django.core.management import call_command
    from django.urls import reverse
    from django.utils import timezone

    from intake.models import FollowUp
    from tests.helpers import change_url, review_data

    polish_fill_in(client, answers)
    check = client.get("/pl/intake/check/")
    client.post("/pl/intake/check/", {"consent": "on", "key": check.context["form"]["key"].value()})
    submission = Submission.objects.get()
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="acupressure")
    )
    reviewer_client.post(
        reverse("admin:intake_submission_send", args=[submission.pk]), {"confirm": "yes"}
    )
    recommendation = mail.outbox[-1]
    assert recommendation.subject.startswith("Nasza propozycja dla Ciebie: Akupresura")
    assert "/pl/treatments/acupressure/" in recommendation.body
    assert english_left(recommendation.body, "Ada Lovelace") == []

    FollowUp.objects.filter(weeks=2).update(due_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("send_follow_ups", verbosity=0)
    follow_up = mail.outbox[-1]
    assert follow_up.subject.startswith("Jak się czujesz?")
    assert english_left(follow_up.body, "Ada Lovelace") == []
    path = re.search(r"https?://testserver(/pl/follow-up/[A-Za-z0-9_-]+/)", follow_up.body)[1]
    page = client.get(path).content.decode()
    assert '<html lang="pl"' in page
    assert english_left(visible_text(page), "Ada Lovelace") == []
    response = client.post(
        path,
        {
            "had_treatment": "no",
            "pain_average": "3",
            "interference_enjoyment": "2",
            "interference_activity": "2",
            "change": "2",
        },
    )
    assert response["Location"] == "/pl/follow-up/thanks/"
    assert "Dziękujemy" in client.get("/pl/follow-up/thanks/").content.decode()


def test_saddle_numbness_described_in_polish_is_asked_again_in_polish_and_marked(
    client, answers, reviewer_client
):
    answers["symptoms"]["main_concern"] = "Od wczoraj drętwieje mi krocze i pośladki, bolą plecy."
    polish_fill_in(client, answers)
    check = client.get("/pl/intake/check/")
    page = check.content.decode()

    assert "Pytanie o Twoje odpowiedzi" in page
    assert 'name="recheck_saddle_numbness"' in page
    assert "Nowe drętwienie lub mrowienie w okolicy pachwin" in page
    assert english_left(visible_text(page), "Ada Lovelace", "ada@example.org") == []
    key = check.context["form"]["key"].value()
    response = client.post(
        "/pl/intake/check/", {"consent": "on", "key": key, "recheck_saddle_numbness": "no"}
    )
    assert response["Location"] == "/pl/intake/confirmation/"

    submission = Submission.objects.get()
    assert submission.text_flags == ["saddle_numbness"]
    assert submission.has_text_flag is True
    assert submission.has_red_flag is False  # they said no: the marker is for a person to read
    queue = reviewer_client.get("/admin/intake/submission/").content.decode()
    assert "✎ Check now" in queue


def test_the_body_pictures_captions_are_in_polish(client, answers):
    # Inside the picture's <svg>, which the English-sentence check above does not read.
    polish_fill_in(client, {"about-you": answers["about-you"]})
    html = client.get("/pl/intake/symptoms/").content.decode()
    assert ">Przód</text>" in html and ">Tył</text>" in html
    assert ">Front</text>" not in html
