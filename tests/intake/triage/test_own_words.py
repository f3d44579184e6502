"""Free text read for red flags: the patient's own words raise a "check now" marker, put the
intake at the top of the queue and alert the clinic; the check page asks the matching red-flag
question again (no script needed), and a "Yes" there is a real red flag."""

import pytest
from django.core import mail
from django.test import override_settings

from intake.models import Submission
from intake.triage.redflags import Urgency
from tests.helpers import change_url, fill_in, health_answers, submit

CAUDA_EQUINA_WORDS = "Back ache; my bottom feels numb and I can't tell when I need to pee."
RECHECK_SADDLE = "recheck_saddle_numbness"
RECHECK_BLADDER = "recheck_bladder_bowel"
EMERGENCY = 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>'
SAMARITANS = 'href="tel:116123"'


def words(answers, main_concern="", anything_else=""):
    if main_concern:
        answers["symptoms"]["main_concern"] = main_concern
    if anything_else:
        answers["preferences"]["anything_else"] = anything_else
    return answers


@override_settings(CLINIC_ALERT_EMAIL="duty@clinic.example")
def test_own_words_raise_the_marker_top_the_queue_and_alert_the_clinic(
    client, answers, demo, reviewer, django_capture_on_commit_callbacks
):
    fill_in(client, words(answers, main_concern=CAUDA_EQUINA_WORDS))
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, **{RECHECK_SADDLE: "no", RECHECK_BLADDER: "no"})

    assert response["Location"] == "/intake/confirmation/"
    submission = Submission.objects.get(full_name="Ada Lovelace")
    assert submission.text_flags == ["saddle_numbness", "bladder_bowel"]
    assert submission.has_text_flag is True
    assert submission.has_red_flag is False  # the patient said no: no red flag is inferred
    assert submission.queue_urgency == Urgency.EMERGENCY

    alerts = [m for m in mail.outbox if m.to == ["duty@clinic.example"]]
    assert len(alerts) == 1
    assert alerts[0].subject == f"Check now: intake {submission.reference}"
    assert "own words may describe a red flag" in alerts[0].body
    for private in ("Ada", "numb", "pee", "bottom"):
        assert private not in alerts[0].subject + alerts[0].body

    client.force_login(reviewer)
    rows = list(client.get("/admin/intake/submission/").context["cl"].result_list)
    assert rows[0] == submission  # the newest among the emergencies: above Daniel's
    assert rows[1] == demo["Daniel Okoro"]
    page = client.get("/admin/intake/submission/").content.decode()
    assert "✎ Check now" in page
    filtered = client.get("/admin/intake/submission/?has_text_flag__exact=1").context["cl"]
    assert set(filtered.result_list) == {submission, demo["Daniel Okoro"]}

    detail = client.get(change_url(submission)).content.decode()
    assert "Check now: the patient's own words may describe a red flag" in detail
    assert "Numbness around the groin, genitals or buttocks (in: What is troubling you?)" in detail


def test_a_decided_intake_leaves_the_top_of_the_queue(client, answers):
    fill_in(client, words(answers, anything_else="Chest pain on the stairs lately."))
    submit(client, recheck_chest_pain_now="no")
    submission = Submission.objects.get()
    assert submission.queue_urgency == Urgency.EMERGENCY

    Submission.objects.filter(pk=submission.pk).update(status=Submission.Status.REFERRED)
    submission.refresh_from_db()
    assert submission.queue_urgency == 0


def test_ordinary_words_raise_no_marker_no_question_and_no_alert(client, answers):
    fill_in(client, answers)
    page = client.get("/intake/check/").content.decode()
    assert "A question about your answers" not in page

    submit(client)
    submission = Submission.objects.get()
    assert (submission.text_flags, submission.has_text_flag) == ([], False)
    assert [m.subject for m in mail.outbox if "Check now" in m.subject] == []


def test_the_check_page_asks_the_matching_red_flag_question_again(client, answers):
    fill_in(client, words(answers, main_concern=CAUDA_EQUINA_WORDS))

    page = client.get("/intake/check/").content.decode()

    assert "A question about your answers" in page
    assert "New numbness or tingling around your groin, genitals or buttocks" in page
    assert "New trouble controlling or passing urine or stools" in page
    assert 'name="recheck_saddle_numbness" value="yes"' in page
    assert '<script src="/static/js/' not in page.split("A question about your answers")[1][:2000]


def test_an_unanswered_question_is_a_clear_error_and_nothing_is_sent(client, answers):
    fill_in(client, words(answers, main_concern=CAUDA_EQUINA_WORDS))

    response = submit(client, **{RECHECK_BLADDER: "no"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    message = "Answer yes or no: new numbness or tingling around your groin, genitals or buttocks"
    assert f'<a href="#id_recheck_saddle_numbness_0">{message}</a>' in page
    assert Submission.objects.count() == 0


def test_a_yes_when_asked_again_is_a_real_red_flag_with_its_advice(client, answers):
    fill_in(client, words(answers, main_concern=CAUDA_EQUINA_WORDS))

    response = submit(client, **{RECHECK_SADDLE: "yes", RECHECK_BLADDER: "no"})

    assert response["Location"] == "/intake/confirmation/"
    submission = Submission.objects.get()
    assert submission.red_flags == ["saddle_numbness"]
    assert submission.red_flag_urgency == Urgency.EMERGENCY
    assert submission.top_suggestion == "refer"
    assert EMERGENCY in client.get("/intake/confirmation/").content.decode()


def test_a_yes_with_consent_missing_shows_the_advice_at_once(client, answers):
    fill_in(client, words(answers, main_concern="The worst headache of my life, since noon."))
    page = client.get("/intake/check/")
    key = page.context["form"]["key"].value()

    response = client.post("/intake/check/", {"key": key, "recheck_sudden_severe_headache": "yes"})

    assert response.status_code == 200
    assert EMERGENCY in response.content.decode()
    assert Submission.objects.count() == 0


def test_a_flag_already_ticked_is_not_asked_again(client, answers):
    answers["health"]["red_flag_chest_pain_now"] = "yes"
    fill_in(client, words(answers, main_concern="Chest pain and a stiff upper back."))

    page = client.get("/intake/check/").content.decode()

    assert "recheck_chest_pain_now" not in page


@pytest.mark.parametrize("where", ["main_concern", "anything_else"])
def test_words_about_suicide_bring_support_on_the_check_and_confirmation_pages(
    client, answers, where
):
    fill_in(client, words(answers, **{where: "Some days I feel like ending it all."}))

    check = client.get("/intake/check/").content.decode()
    assert SAMARITANS in check
    assert 'href="tel:08001111"' in check  # Childline, for the under-19s (NHS)
    assert "option 2 in England" in check
    assert 'href="tel:999"' in check
    assert "A question about your answers" not in check  # support, not a quiz

    submit(client)
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert SAMARITANS in confirmation
    submission = Submission.objects.get()
    assert submission.text_flags == ["self_harm"]
    assert submission.has_red_flag is False


def test_no_support_block_for_ordinary_words(client, answers):
    fill_in(client, answers)
    assert SAMARITANS not in client.get("/intake/check/").content.decode()
    submit(client)
    assert SAMARITANS not in client.get("/intake/confirmation/").content.decode()


def test_details_given_to_screening_questions_are_read_too(client, answers):
    answers["health"] = health_answers(**{"blood-thinners": "yes"})
    answers["health"]["blood-thinners_detail"] = "Apixaban since my angina"
    fill_in(client, answers)
    submit(client, recheck_chest_pain_now="no")

    assert Submission.objects.get().text_flags == ["chest_pain"]
