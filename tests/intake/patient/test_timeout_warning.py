"""The warning before unfinished answers expire: its markup (closed, for the script to open),
and the small endpoint behind "Keep going"."""

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intake.patient.flow import IntakeSession
from tests.helpers import fill_in

DIALOG = re.compile(r"<dialog[^>]*id=\"timeout-warning\"[^>]*>", re.S)


def expire_date(client) -> datetime.datetime:
    return Session.objects.get(session_key=client.session.session_key).expire_date


def age_the_session(client, minutes: int) -> None:
    """As if the answers were last saved long enough ago that `minutes` are left."""
    session = client.session
    session[IntakeSession.SAVED_AT] -= settings.SESSION_COOKIE_AGE - minutes * 60
    session.save()
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() + datetime.timedelta(minutes=minutes)
    )


@pytest.fixture
def timing(settings):
    settings.SESSION_COOKIE_AGE = 3600
    settings.INTAKE_TIMEOUT_WARNING = 240


def test_steps_with_answers_carry_the_closed_warning_and_its_script(client, answers, timing):
    fill_in(client, answers, upto="symptoms")

    for path in ["/intake/goals/", "/intake/about-you/"]:
        html = client.get(path).content.decode()
        dialog = DIALOG.search(html).group(0)
        assert 'role="alertdialog"' in dialog
        # The step was sent a moment ago (a second's tick may fall between, on a busy machine).
        expires_in = int(re.search(r'data-expires-in="(\d+)"', dialog).group(1))
        assert 3600 - 5 <= expires_in <= 3600
        assert 'data-warn-before="240"' in dialog
        assert " open" not in dialog  # shown only by the script
        assert '<script src="/static/js/timeout-warning.js" defer></script>' in html
        assert 'form="intake-form" name="save_for_later"' in html
        assert 'action="/intake/keep-alive/"' in html


def test_the_check_page_carries_it_with_a_link_to_save(client, answers, timing):
    fill_in(client, answers)

    html = client.get("/intake/check/").content.decode()

    assert DIALOG.search(html)
    assert '<p class="timeout-dialog__save"><a href="/intake/save/">' in html


def test_a_blank_first_step_has_nothing_to_lose_and_no_warning(client, db):
    html = client.get("/intake/about-you/").content.decode()

    assert not DIALOG.search(html)
    assert "timeout-warning.js" not in html


def test_showing_a_step_starts_the_time_again(client, answers, timing):
    fill_in(client, answers, upto="about-you")
    age_the_session(client, 5)

    client.get("/intake/symptoms/")

    left = expire_date(client) - timezone.now()
    assert datetime.timedelta(minutes=59) < left <= datetime.timedelta(hours=1)


def test_a_step_shown_straight_after_the_last_is_sent_is_not_written_again(client, answers, timing):
    # The send started the session's time a moment ago: one write per step, not two.
    fill_in(client, answers, upto="about-you")
    before = expire_date(client)

    with CaptureQueriesContext(connection) as queries:
        html = client.get("/intake/symptoms/").content.decode()

    assert not [q for q in queries if q["sql"].startswith("UPDATE")]
    assert expire_date(client) == before
    expires_in = int(re.search(r'data-expires-in="(\d+)"', html).group(1))
    assert 3600 - 60 < expires_in <= 3600


def test_keep_going_extends_the_session(client, answers, timing):
    fill_in(client, answers, upto="about-you")
    age_the_session(client, 3)

    response = client.post("/intake/keep-alive/")

    assert response.status_code == 204
    assert "no-store" in response["Cache-Control"]
    assert expire_date(client) - timezone.now() > datetime.timedelta(minutes=59)


def test_keep_going_needs_the_csrf_token_and_a_post(answers, timing):
    strict = Client(enforce_csrf_checks=True)
    page = strict.get("/intake/about-you/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    strict.post(
        "/intake/about-you/", {**answers["about-you"], "csrfmiddlewaretoken": token.group(1)}
    )

    assert strict.post("/intake/keep-alive/").status_code == 403
    assert strict.get("/intake/keep-alive/").status_code == 405
    html = strict.get("/intake/symptoms/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert strict.post("/intake/keep-alive/", {"csrfmiddlewaretoken": token}).status_code == 204


def test_keep_going_after_the_answers_are_gone_says_so(client, db):
    response = client.post("/intake/keep-alive/")

    assert response.status_code == 410
    assert "sessionid" not in response.cookies  # no empty session is made for nobody
