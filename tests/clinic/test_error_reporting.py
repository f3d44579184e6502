"""Error reports to Sentry: off unless SENTRY_DSN is set, and never carrying personal data."""

import json
import os
import subprocess
import sys

from django.urls import path
from sentry_sdk.transport import Transport

from clinic.error_reporting import scrub_event
from clinic.urls import urlpatterns as site_urls
from tests.clinic.test_settings import PRODUCTION_ENV, ROOT, run_manage

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


# Run in a fresh process: the SDK's Django integration patches Django for good, and the rest
# of this test process should run as production does without a DSN.
REPORT_A_FAILED_REQUEST = """
import json, django, sentry_sdk
django.setup()
from django.test import Client, override_settings
from clinic.error_reporting import error_reporting_init
from tests.clinic.test_error_reporting import PATIENT, KeptEvents

transport = KeptEvents()
error_reporting_init("https://key@errors.clinic.example/1", environment="test", transport=transport)
client = Client(raise_request_exception=False)
client.cookies["sessionid"] = "the-patients-session-key"
with override_settings(ROOT_URLCONF="tests.clinic.test_error_reporting"):
    response = client.post("/broken/?q=Ada+Lovelace", PATIENT, HTTP_X_FORWARDED_FOR="203.0.113.9")
sentry_sdk.flush()
print(json.dumps({"status": response.status_code, "events": transport.events}))
"""


def test_a_report_of_a_failed_request_carries_nothing_personal():
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    env = {
        **clean,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    result = subprocess.run(
        [sys.executable, "-c", REPORT_A_FAILED_REQUEST],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reported = json.loads(result.stdout.splitlines()[-1])

    assert reported["status"] == 500
    [event] = reported["events"]
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
