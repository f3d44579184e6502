"""Sending "check your answers" again, however quickly and however often, brings the patient
back to their one confirmation: never an empty "About you" page that invites a second intake."""

import threading
import urllib.error
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.test import Client

from intake.models import Submission
from tests.helpers import fill_in, submit
from tests.intake.patient.test_concurrency import Browser, answered_session, no_rate_limit  # noqa: F401

pytestmark = pytest.mark.django_db

CONFIRMATION = "/intake/confirmation/"
on_postgresql = pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="concurrency is tested on PostgreSQL (SQLite serialises all writes)",
)


@pytest.fixture
def sent_form(client, answers, no_rate_limit):  # noqa: F811
    """The check page's form as the patient's browser holds it, once it has been sent."""
    fill_in(client, answers)
    key = client.get("/intake/check/").context["form"]["key"].value()
    form = {"consent": "on", "key": key}
    assert client.post("/intake/check/", form)["Location"] == CONFIRMATION
    return form


def test_every_resend_of_the_check_page_returns_to_the_confirmation(client, sent_form):
    reference = Submission.objects.get().reference

    locations = [client.post("/intake/check/", sent_form).get("Location") for _ in range(40)]

    assert locations == [CONFIRMATION] * 40
    assert Submission.objects.count() == 1
    assert reference in client.get(CONFIRMATION).content.decode()
    assert "intake_answers" not in client.session


def test_a_resend_never_makes_a_new_intake_key(client, sent_form):
    client.post("/intake/check/", sent_form)

    assert "intake_key" not in client.session
    assert client.session["intake_sent_keys"] == [sent_form["key"]]


def test_a_resend_of_an_older_page_after_sending_returns_to_the_confirmation(client, sent_form):
    older_page = {"consent": "on", "key": "00000000-0000-4000-8000-000000000000"}

    response = client.post("/intake/check/", older_page)

    assert response["Location"] == CONFIRMATION
    assert Submission.objects.count() == 1


def test_a_resend_keeps_a_new_intake_begun_since(client, answers, sent_form):
    fill_in(client, answers)  # a second intake, filled in in the same browser

    response = client.post("/intake/check/", sent_form)

    assert response["Location"] == CONFIRMATION
    assert client.session["intake_answers"]["about-you"]["full_name"] == ["Ada Lovelace"]
    assert submit(client)["Location"] == CONFIRMATION  # it can still be sent, on purpose
    assert Submission.objects.count() == 2


def test_a_browser_that_sent_nothing_still_gets_the_answers_gone_page(db):
    browser = Client()

    response = browser.post(
        "/intake/check/", {"consent": "on", "key": "00000000-0000-4000-8000-000000000000"}
    )

    assert response.status_code == 200
    assert "intake_confirmation" not in browser.session


def post_keeping_location(browser: Browser, form: dict) -> tuple[int, str | None]:
    body = urllib.parse.urlencode(form).encode()
    try:
        with browser.opener.open(browser.base_url + "/intake/check/", body, timeout=60) as reply:
            return reply.status, reply.headers.get("Location")
    except urllib.error.HTTPError as error:  # redirects are not followed: they land here
        return error.code, error.headers.get("Location")


@on_postgresql
@pytest.mark.usefixtures("committed_db")
@pytest.mark.parametrize("workers", [40, 4], ids=["all-at-once", "four-at-a-time"])
def test_40_sends_of_one_intake_all_land_on_its_confirmation(
    live_server,
    answered_session,  # noqa: F811
    workers,
):
    browser = Browser(live_server.url, answered_session())
    form = browser.prepare_submit()
    start = threading.Barrier(workers)

    def send(index):
        if index < workers:
            start.wait()
        return post_keeping_location(browser, form)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(send, range(40)))

    assert results == [(302, CONFIRMATION)] * 40
    assert Submission.objects.count() == 1
