"""Answers left too long are deleted with the session: the patient is told how long answers are
kept, and after expiry sees what happened and how to start again, never a silent blank step."""

import pytest

from tests.helpers import fill_in


@pytest.fixture
def one_hour(settings):
    settings.SESSION_COOKIE_AGE = 3600


def test_the_start_page_and_each_step_say_how_long_answers_are_kept(client, db, one_hour):
    assert "for 1 hour after you last press Continue" in client.get("/intake/").content.decode()
    html = client.get("/intake/about-you/").content.decode()
    assert "We keep your answers for 1 hour after you last press Continue" in html


def test_minutes_are_given_when_the_age_is_not_whole_hours(client, db, settings):
    settings.SESSION_COOKIE_AGE = 45 * 60
    assert "for 45 minutes after" in client.get("/intake/about-you/").content.decode()


def test_after_expiry_a_later_step_explains_and_offers_a_fresh_start(client, answers, one_hour):
    fill_in(client, answers, upto="goals")
    client.cookies.pop("sessionid")  # what the patient's browser has once the session expired

    response = client.post("/intake/health/", answers["health"])

    html = response.content.decode()
    assert response.status_code == 200
    assert "Your answers are no longer here" in html
    assert "1 hour after you last pressed Continue" in html
    assert 'href="/intake/about-you/">Start again' in html
    assert "no-store" in response["Cache-Control"]


def test_after_expiry_the_check_page_explains_too(client, answers):
    fill_in(client, answers)
    client.cookies.pop("sessionid")

    response = client.get("/intake/check/")

    assert response.status_code == 200
    assert "Your answers are no longer here" in response.content.decode()


def test_a_gap_in_the_answers_still_sends_the_patient_to_the_missing_step(client, answers):
    fill_in(client, answers, upto="about-you")

    response = client.get("/intake/health/")

    assert response.status_code == 302
    assert response["Location"] == "/intake/symptoms/"
