"""A confirmation (reference and red-flag advice) shows only to the browser that sent it."""

import pytest
from django.test import Client

from intake.models import Submission
from tests.helpers import fill_in, health_answers, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent_by_someone_else(answers) -> tuple[Submission, str]:
    """Another patient's intake, with a red flag, and the idempotency key it was sent with."""
    theirs = Client()
    answers = {**answers, "health": health_answers(red_flag_fever_back_pain="yes")}
    fill_in(theirs, answers)
    key = theirs.get("/intake/check/").context["form"]["key"].value()
    assert theirs.post("/intake/check/", {"consent": "on", "key": key}).status_code == 302
    submission = Submission.objects.get()
    assert submission.red_flags
    return submission, key


def test_a_foreign_key_from_an_empty_browser_shows_nothing(client, sent_by_someone_else):
    submission, key = sent_by_someone_else

    response = client.post("/intake/check/", {"consent": "on", "key": key}, follow=True)

    page = response.content.decode()
    assert submission.reference not in page
    assert "intake_confirmation" not in client.session
    assert client.get("/intake/confirmation/")["Location"] == "/intake/"


def test_a_foreign_key_with_answers_of_ones_own_is_refused_and_saves_nothing(
    client, answers, sent_by_someone_else
):
    submission, key = sent_by_someone_else
    fill_in(client, answers)

    response = client.post("/intake/check/", {"consent": "on", "key": key})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Please check your answers and send them again." in page
    assert submission.reference not in page
    assert Submission.objects.count() == 1
    assert client.get("/intake/confirmation/")["Location"] == "/intake/"


def test_the_sending_browser_still_gets_its_confirmation_on_a_resend(client, answers):
    fill_in(client, answers)
    key = client.get("/intake/check/").context["form"]["key"].value()
    client.post("/intake/check/", {"consent": "on", "key": key})
    fill_in(client, answers, upto="about-you")  # a second intake begun in the same browser

    again = client.post("/intake/check/", {"consent": "on", "key": key})

    assert again["Location"] == "/intake/confirmation/"
    assert Submission.objects.get().reference in client.get(again["Location"]).content.decode()


def test_a_resend_in_another_browser_sharing_nothing_shows_nothing(answers):
    mine = Client()
    fill_in(mine, answers)
    submit(mine)
    key = mine.session["intake_sent_keys"][-1]

    stranger = Client()
    response = stranger.post("/intake/check/", {"consent": "on", "key": key})

    # A browser with no answers is told they are gone (and how to start again), never shown
    # the other intake's confirmation.
    assert response.status_code == 200
    assert "intake/answers_gone.html" in [t.name for t in response.templates]
    assert Submission.objects.get().reference not in response.content.decode()
    assert "intake_confirmation" not in stranger.session
