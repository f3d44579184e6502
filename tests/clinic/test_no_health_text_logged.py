"""No patient's words reach a log line, even when the database refuses them and its error
quotes them back (PostgreSQL's LINE, DETAIL and CONTEXT parts do). The guard test makes every
write that carries a patient's answer fail with such an error, walks the intake, "save and
come back later" and the send, and fails if any of the words appear in what was logged."""

import logging
from io import StringIO

import pytest
from django.db import DataError
from django.db.backends.utils import CursorWrapper
from django.test import Client

from clinic.log_scrub import ScrubPersonalData, scrub
from intake.models import IntakeDraft, Submission
from tests.helpers import fill_in, submit

pytestmark = pytest.mark.django_db

CONCERN = "Sharp pain in my left hip since the fall, worse climbing stairs"
WORDS = ["Sharp pain", "left hip", "since the fall", "climbing stairs"]


@pytest.mark.parametrize(
    ("message", "quoted"),
    [
        (
            "unsupported Unicode escape sequence\nLINE 1: ...uuid, '[email]',  E'{\"about-...\n"
            "DETAIL:  \\u0000 cannot be converted to text.\n"
            'CONTEXT:  JSON data, line 1: ...rn": ["Sharp pain in my left hip since the\\u0000...',
            "left hip",
        ),
        (
            "new row violates check constraint\nDETAIL:  Failing row contains (7, Ada, "
            "Sharp pain in my left hip, 6).",
            "left hip",
        ),
        ('invalid input syntax for type integer: "Sharp pain in my left hip"', "left hip"),
        ('invalid input value for enum urgency: "left hip"', "left hip"),
    ],
    ids=["context", "failing-row", "input-syntax", "enum"],
)
def test_the_parts_of_a_database_error_that_quote_a_value_are_removed(message, quoted):
    scrubbed = scrub(message)

    assert quoted not in scrubbed
    assert scrubbed.splitlines()[0].split(":")[0] in message  # the message itself stays


def test_a_database_error_without_values_is_kept_whole():
    message = "value too long for type character varying(255)"

    assert scrub(message) == message


@pytest.fixture
def logged():
    """Everything written by the configured console handler (the scrubbed one) meanwhile."""
    handler = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, ScrubPersonalData) for f in h.filters)
    )
    stream = StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.fixture
def refuses_the_words(monkeypatch):
    """Any statement whose values hold the patient's words fails as PostgreSQL's would, with
    an error that quotes them: the statement, the failing row and the place in the JSON."""
    execute = CursorWrapper.execute

    def execute_or_refuse(self, sql, params=None):
        text = " ".join(str(getattr(p, "obj", p)) for p in params or ())  # psycopg wraps JSON
        if "left hip" in text:
            raise DataError(
                "unsupported Unicode escape sequence\n"
                f"LINE 1: ...{text[:60]}...\n"
                f"DETAIL:  Failing row contains ({text[:80]}).\n"
                f"CONTEXT:  JSON data, line 1: ...{text[:40]}..."
            )
        return execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", execute_or_refuse)


def assert_nothing_of_the_patient_logged(output: str) -> None:
    for words in WORDS:
        assert words not in output, words


def test_a_refused_draft_logs_none_of_the_patients_words(answers, logged, refuses_the_words):
    browser = Client(raise_request_exception=False)
    fill_in(browser, answers, upto="about-you")
    browser.post("/intake/symptoms/", {"main_concern": CONCERN, "save_for_later": "1"})

    response = browser.post("/intake/save/", {"email": "ada@example.org"})

    output = logged.getvalue()
    assert response.status_code == 400
    assert "DataError" in output  # it was logged, and read: the guard is not vacuous
    assert "CONTEXT: [removed]" in output
    assert_nothing_of_the_patient_logged(output)
    assert not IntakeDraft.objects.exists()
    assert browser.session["intake_answers"]["symptoms"]["main_concern"] == [CONCERN]


def test_a_refused_intake_logs_none_of_the_patients_words(answers, logged, refuses_the_words):
    browser = Client(raise_request_exception=False)
    answers["symptoms"]["main_concern"] = CONCERN
    fill_in(browser, answers)

    response = submit(browser)

    output = logged.getvalue()
    assert response.status_code == 400
    assert "An intake could not be saved" in output
    assert_nothing_of_the_patient_logged(output)
    assert not Submission.objects.exists()


def test_a_nul_in_saved_answers_logs_nothing_of_them(answers, logged):
    """The real thing on whichever database the suite runs on: nothing refused, nothing said."""
    browser = Client(raise_request_exception=False)
    fill_in(browser, answers, upto="about-you")
    browser.post("/intake/symptoms/", {"main_concern": CONCERN + "\x00", "save_for_later": "1"})

    response = browser.post("/intake/save/", {"email": "ada@example.org"})

    assert response.status_code == 302
    assert_nothing_of_the_patient_logged(logged.getvalue())
