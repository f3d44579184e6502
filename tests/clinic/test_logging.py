"""Logs hold no personal data: the scrub filter, its place in LOGGING, and a real intake."""

import logging
from io import StringIO

import pytest
from django.conf import settings
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client
from django.utils.module_loading import import_string

from clinic.log_scrub import ScrubPersonalData, scrub
from intake.models import Submission
from tests.helpers import fill_in, submit


@pytest.mark.parametrize(
    ("text", "personal", "marker"),
    [
        ("Could not send to ada@example.org today", "ada@example.org", "[email]"),
        ("cc: a.b+intake@mail.clinic.co.uk", "a.b+intake@mail.clinic.co.uk", "[email]"),
        ("Saving full_name=Ada Lovelace", "Ada Lovelace", "full_name=[removed]"),
        ("{'email': 'ada@example.org', 'pain_now': 6}", "ada@example.org", "[removed]"),
        ("{'full_name': 'Ada Lovelace', 'pain_now': 6}", "Ada Lovelace", "[removed]"),
        ('{"main_concern": "Aching lower back"}', "Aching lower back", "[removed]"),
        ("detail: Warfarin 5mg daily", "Warfarin", "detail: [removed]"),
        ("name: Ada Lovelace", "Ada Lovelace", "name: [removed]"),
        ("phone=07700 900123", "07700 900123", "[removed]"),
        ("Born 1985-12-10, asked for a call", "1985-12-10", "[date]"),
        ("Call me on +44 20 7946 0958 please", "7946 0958", "[number]"),
        ("Call me on 020 7946 0958 please", "7946 0958", "[number]"),
        ("Mobile (07700) 900-123 after six", "900-123", "[number]"),
        (
            '[21/Nov/2026:22:50:01] "POST /intake/resume/Zm9vYmFyYmF6cXV4LXF1dXg/ HTTP/1.1" 302',
            "Zm9vYmFyYmF6cXV4LXF1dXg",
            "/intake/resume/[token]/",
        ),
        (
            "Gone: /follow-up/abcDEF123_-abcDEF123_-abcDEF123/stop/",
            "abcDEF123_-abcDEF123_-abcDEF123",
            "/follow-up/[token]/stop/",
        ),
    ],
)
def test_scrub_removes_personal_data(text, personal, marker):
    scrubbed = scrub(text)

    assert personal not in scrubbed
    assert marker in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Health check: the database did not answer.",
        "Deleted 3 intake(s) older than 730 days.",
        "A new reference collided with an existing one; trying another.",
        "GET /treatments/compare/?m=acupuncture&m=acupressure",
        "https://clinic.example/conditions/chronic-pain/",
        "Task id=wPxP391C5T03 path=intake.tasks.send_recommendation state=SUCCESSFUL",
        "Sent at 2026-11-21T05:00:00 to the queue",
        "Sent at 2026-11-21T05:00:00+00:00 to the queue",
        "username=rita reference=K7MQ-4XR9 submission 42",
        "GET /intake/resume/deleted/ and /follow-up/thanks/",
    ],
)
def test_scrub_leaves_ordinary_text_alone(text):
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "personal"),
    [
        ("{'main_concern': 'Stiff, aching neck from desk work'}", "aching neck"),
        ("{'full_name': \"Aoife O'Brien\", 'pain_now': 6}", "Brien"),
        ("{'anything_else': 'I work shifts, mostly nights'}", "mostly nights"),
        ("{'date_of_birth': datetime.date(1985, 12, 10)}", "12, 10"),
    ],
)
def test_scrub_removes_quoted_values_with_commas_or_apostrophes(text, personal):
    assert personal not in scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "older than 2026-11-21 04:48:26.363961+00:00",
        '"GET /intake/ HTTP/1.1" 200 12345',
    ],
)
def test_scrub_leaves_timestamps_and_access_log_numbers_alone(text):
    assert scrub(text) == text


# --- The filter in the logging configuration ---


def test_the_console_handler_has_the_scrub_filter():
    filters = settings.LOGGING["filters"]
    console = settings.LOGGING["handlers"]["console"]

    assert "scrub" in console["filters"]
    assert import_string(filters["scrub"]["()"]) is ScrubPersonalData
    assert "console" in settings.LOGGING["root"]["handlers"]


def test_the_configured_root_handler_scrubs():
    root_handlers = logging.getLogger().handlers

    assert any(
        isinstance(f, ScrubPersonalData) for handler in root_handlers for f in handler.filters
    )


@pytest.fixture
def scrubbed_log():
    """A logger whose handler is built as settings.LOGGING builds the console handler."""
    stream = StringIO()
    handler = logging.StreamHandler(stream)
    plain = settings.LOGGING["formatters"]["plain"]
    handler.setFormatter(logging.Formatter(plain["format"], style=plain["style"]))
    handler.addFilter(import_string(settings.LOGGING["filters"]["scrub"]["()"])())
    logger = logging.getLogger("tests.scrubbed")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)
    logger.propagate = True


def test_a_logged_message_comes_out_scrubbed(scrubbed_log):
    logger, stream = scrubbed_log

    logger.warning("No reply from %s (full_name=%s)", "ada@example.org", "Ada Lovelace")

    output = stream.getvalue()
    assert "WARNING tests.scrubbed: No reply from [email] (full_name=[removed]" in output
    assert "ada@example.org" not in output
    assert "Lovelace" not in output


def test_exception_text_that_quotes_an_email_comes_out_scrubbed(scrubbed_log):
    logger, stream = scrubbed_log

    try:
        raise ValueError("duplicate key: email=ada@example.org, born 1985-12-10")
    except ValueError:
        logger.exception("The intake could not be saved.")

    output = stream.getvalue()
    assert "The intake could not be saved." in output
    assert "Traceback (most recent call last)" in output
    assert "ValueError: duplicate key: email=" in output
    assert "ada@example.org" not in output
    assert "1985-12-10" not in output


def test_a_record_is_scrubbed_for_every_handler_after_the_filter():
    record = logging.LogRecord(
        "intake", logging.INFO, __file__, 1, "Patient %s wrote in", ("ada@example.org",), None
    )

    assert ScrubPersonalData().filter(record) is True
    assert record.getMessage() == "Patient [email] wrote in"


# --- A real intake logs nothing personal ---


@pytest.fixture
def everything_logged(caplog):
    """Every logger at DEBUG."""
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def capture_as_logged(caplog) -> None:
    """Puts caplog's handler for this test phase before the console handler, whose scrub
    filter (the safety net) would otherwise rewrite each record before caplog sees it."""
    root = logging.getLogger()
    root.removeHandler(caplog.handler)
    root.handlers.insert(0, caplog.handler)


def test_the_capture_sees_records_before_they_are_scrubbed(everything_logged):
    capture_as_logged(everything_logged)

    logging.getLogger("intake.patient.views").debug("Probe for %s", "ada@example.org")

    assert "Probe for ada@example.org" in everything_logged.text


@pytest.mark.django_db
def test_a_full_intake_logs_nothing_personal(
    answers, everything_logged, django_capture_on_commit_callbacks, mailoutbox
):
    capture_as_logged(everything_logged)
    browser = Client()
    browser.get("/intake/")
    fill_in(browser, answers)
    browser.get("/intake/check/")
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(browser)
    browser.get(response["Location"])

    assert response.status_code == 302
    assert Submission.objects.filter(email="ada@example.org").exists()
    assert len(mailoutbox) == 1  # the acknowledgement went out, and its task was logged
    assert "deliver_email" in everything_logged.text
    text = everything_logged.text.lower()
    for personal in [
        "Ada Lovelace",
        "Lovelace",
        "ada@example.org",
        "Aching lower back",
        "I work shifts",
        "1985-12-10",
    ]:
        assert personal.lower() not in text, personal


@pytest.fixture
def console():
    """What the configured console handler writes, while the test runs."""
    handler = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, ScrubPersonalData) for f in h.filters)
    )
    stream = StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.mark.django_db
def test_a_failed_save_is_logged_without_the_personal_data_the_error_quotes(
    answers, console, monkeypatch
):
    execute = CursorWrapper.execute

    def failing_insert(self, sql, params=None):
        if sql.startswith('INSERT INTO "intake_submission"'):
            raise OperationalError(
                "value too long: full_name=Ada Lovelace, email ada@example.org, 1985-12-10"
            )
        return execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", failing_insert)
    browser = Client()
    fill_in(browser, answers)

    response = submit(browser)

    output = console.getvalue()
    assert response.status_code == 503
    assert "ERROR intake.patient.views: An intake could not be saved" in output
    assert "OperationalError: value too long: full_name=[removed]" in output
    for personal in ["Lovelace", "ada@example.org", "1985-12-10"]:
        assert personal not in output, personal


# --- The scrubber keeps the exception for handlers after it ---


def test_the_filter_keeps_exc_info_for_later_handlers_and_scrubs_the_printed_traceback():
    try:
        raise ValueError("duplicate key: email=ada@example.org")
    except ValueError:
        import sys

        record = logging.LogRecord(
            "intake", logging.ERROR, __file__, 1, "Save failed", None, sys.exc_info()
        )

    ScrubPersonalData().filter(record)

    assert record.exc_info is not None and record.exc_info[0] is ValueError
    assert "ada@example.org" not in logging.Formatter().format(record)
    assert "ValueError: duplicate key: email=" in logging.Formatter().format(record)


def test_an_admin_email_handler_after_the_filter_still_gets_the_exception(rf, mailoutbox, settings):
    from django.utils.log import AdminEmailHandler

    settings.ADMINS = ["ops@clinic.example"]
    logger = logging.getLogger("tests.mail_after_scrub")
    console = logging.StreamHandler(StringIO())
    console.addFilter(ScrubPersonalData())
    logger.addHandler(console)
    logger.addHandler(AdminEmailHandler())
    logger.propagate = False
    request = rf.get("/intake/check/")
    try:
        try:
            raise RuntimeError("the database went away")
        except RuntimeError:
            logger.exception(
                "Internal Server Error: %s", "/intake/check/", extra={"request": request}
            )
    finally:
        logger.handlers.clear()
        logger.propagate = True

    assert len(mailoutbox) == 1
    assert "RuntimeError" in mailoutbox[0].body
    assert "the database went away" in mailoutbox[0].body


# --- One configuration for Django and gunicorn; access logs without query strings ---

GUNICORN_PROBE = """
import datetime, runpy
from gunicorn.config import Config
from gunicorn.glogging import Logger

conf = runpy.run_path("clinic/gunicorn.conf.py")
cfg = Config()
for name, value in conf.items():
    if name in cfg.settings:
        cfg.set(name, value)
log = Logger(cfg)

class Response:
    status = "200 OK"
    sent = 5120
    headers = []

class Request:
    headers = [("REFERER", "https://clinic.example/admin/intake/submission/?q=Ada+Lovelace")]

environ = {
    "REQUEST_METHOD": "GET",
    "RAW_URI": "/admin/intake/submission/?q=ada%40example.org",
    "PATH_INFO": "/admin/intake/submission/",
    "QUERY_STRING": "q=ada%40example.org",
    "SERVER_PROTOCOL": "HTTP/1.1",
    "HTTP_REFERER": "https://clinic.example/admin/intake/submission/?q=Ada+Lovelace",
    "HTTP_USER_AGENT": "Probe/1.0",
    "REMOTE_ADDR": "203.0.113.9",
}
log.access(Response(), Request(), environ, datetime.timedelta(milliseconds=12))
log.error("Worker could not reply to ada@example.org")
"""


def run_gunicorn_probe(**env) -> str:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", GUNICORN_PROBE],
        cwd=root,
        env={**os.environ, "DJANGO_LOG_LEVEL": "INFO", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


def test_gunicorn_access_lines_have_the_path_but_no_query_string_or_referrer():
    output = run_gunicorn_probe(GUNICORN_ACCESS_LOG="1")

    assert "INFO gunicorn.access: " in output
    assert '"GET /admin/intake/submission/ HTTP/1.1" 200 5120 12ms' in output
    for leak in ["q=", "Lovelace", "ada%40example.org", "Probe/1.0", "203.0.113.9"]:
        assert leak not in output, leak


def test_gunicorn_errors_go_through_the_same_scrub_filter():
    output = run_gunicorn_probe()

    assert "ERROR gunicorn.error: Worker could not reply to [email]" in output
    assert "ada@example.org" not in output
    assert "gunicorn.access" not in output  # the access log is off unless asked for


def test_django_and_gunicorn_share_one_logging_configuration():
    import runpy

    from clinic.log_scrub import logging_config

    gunicorn = runpy.run_path("clinic/gunicorn.conf.py")

    assert gunicorn["logconfig_dict"] == settings.LOGGING == logging_config()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/intake/about-you/", "/intake/check/"])
def test_intake_views_hide_every_posted_answer_from_error_reports(client, answers, url):
    from django.views.debug import SafeExceptionReporterFilter

    if url.endswith("check/"):
        fill_in(client, answers)
    response = client.post(url, answers["about-you"])

    request = response.wsgi_request
    hidden = SafeExceptionReporterFilter().get_post_parameters(request)
    assert request.sensitive_post_parameters == "__ALL__"
    assert "Ada Lovelace" not in str(hidden.values())
    assert "ada@example.org" not in str(hidden.values())
