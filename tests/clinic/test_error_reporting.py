"""Error reports to Sentry: off unless SENTRY_DSN is set, and never carrying personal data."""

import json

import pytest
import sentry_sdk
from django.test import Client
from django.urls import path
from sentry_sdk.transport import Transport

from clinic.error_reporting import error_reporting_init, scrub_event
from clinic.urls import urlpatterns as site_urls
from tests.clinic.test_settings import PRODUCTION_ENV, run_manage

PATIENT = {
    "full_name": "Ada Lovelace-Patient",
    "email": "ada.patient@example.org",
    "main_concern": "Chest pain at night",
}
SHOW_CLIENT = (
    "import sys, sentry_sdk; client = sentry_sdk.get_client(); "
    "print(client.is_active(), 'clinic.error_reporting' in sys.modules, "
    "client.should_send_default_pii(), client.options.get('max_request_body_size'))"
)


def test_error_reporting_is_off_by_default():
    result = run_manage("shell", "-c", SHOW_CLIENT, env={**PRODUCTION_ENV, "SENTRY_DSN": ""})

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["False", "False", "False", "medium"]


def test_a_dsn_turns_it_on_without_personal_data_bodies_or_variables():
    env = {**PRODUCTION_ENV, "SENTRY_DSN": "https://key@errors.clinic.example/1"}

    result = run_manage("shell", "-c", SHOW_CLIENT, env=env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["True", "True", "False", "never"]


class KeptEvents(Transport):
    """Keeps the events the SDK would send, instead of sending them."""

    def __init__(self, options=None):
        super().__init__(options)
        self.events: list[dict] = []

    def capture_envelope(self, envelope):
        if event := envelope.get_event():
            self.events.append(event)


def broken_view(request):
    """Fails the way a careless view might: with a patient's answer in the message."""
    raise RuntimeError(f"could not save the intake of {request.POST['email']}")


urlpatterns = [path("broken/", broken_view), *site_urls]


@pytest.fixture
def reported():
    transport = KeptEvents()
    error_reporting_init(
        "https://key@errors.clinic.example/1", environment="test", transport=transport
    )
    yield transport.events
    sentry_sdk.get_client().close()
    sentry_sdk.get_global_scope().set_client(None)


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_a_report_of_a_failed_request_carries_nothing_personal(reported):
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "the-patients-session-key"

    response = client.post("/broken/?q=Ada+Lovelace", PATIENT, HTTP_X_FORWARDED_FOR="203.0.113.9")
    sentry_sdk.flush()

    assert response.status_code == 500
    [event] = reported
    sent = json.dumps(event)
    assert event["exception"]["values"][-1]["type"] == "RuntimeError"
    assert "[email]" in event["exception"]["values"][-1]["value"]
    assert set(event.get("request", {})) <= {"method", "url"}
    for personal in [*PATIENT.values(), "Ada", "the-patients-session-key", "203.0.113.9"]:
        assert personal not in sent, personal
    assert "user" not in event


def test_scrub_event_removes_what_may_be_personal():
    event = {
        "request": {
            "method": "POST",
            "url": "https://clinic.example/intake/about-you/",
            "query_string": "q=Ada",
            "data": {"full_name": "Ada"},
            "cookies": {"sessionid": "abc"},
            "headers": {"Cookie": "sessionid=abc", "X-Forwarded-For": "203.0.113.9"},
            "env": {"REMOTE_ADDR": "203.0.113.9"},
        },
        "user": {"ip_address": "203.0.113.9"},
        "extra": {"answers": "Chest pain"},
        "exception": {
            "values": [
                {
                    "type": "ValueError",
                    "value": "bad email ada.patient@example.org",
                    "stacktrace": {"frames": [{"function": "save", "vars": {"email": "x"}}]},
                }
            ]
        },
        "logentry": {"message": "phone=07700 900123", "params": ["Ada"]},
        "breadcrumbs": {"values": [{"message": "GET", "data": {"url": "/?q=Ada"}}]},
    }

    scrubbed = scrub_event(event)

    assert scrubbed["request"] == {
        "method": "POST",
        "url": "https://clinic.example/intake/about-you/",
    }
    assert "user" not in scrubbed and "extra" not in scrubbed
    exception = scrubbed["exception"]["values"][0]
    assert exception["value"] == "bad email [email]"
    assert exception["stacktrace"]["frames"] == [{"function": "save"}]
    assert scrubbed["logentry"] == {"message": "phone=[removed]"}
    assert scrubbed["breadcrumbs"]["values"] == [{"message": "GET"}]
