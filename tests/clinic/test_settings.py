"""The real settings module, loaded in a fresh process with a chosen environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "a-long-random-looking-value-" + "k3Y9" * 10,
    "DJANGO_ALLOWED_HOSTS": "clinic.example",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    clean["DJANGO_SETTINGS_MODULE"] = "clinic.settings"
    clean["DATABASE_URL"] = "sqlite:///:memory:"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_debug_off_without_a_secret_key_stops_with_a_clear_error():
    result = run_manage("check", env={"DJANGO_ALLOWED_HOSTS": "clinic.example"})

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_a_bad_boolean_stops_start_up_naming_the_variable():
    result = run_manage("check", env={**PRODUCTION_ENV, "DJANGO_DEBUG": "perhaps"})

    assert result.returncode != 0
    assert "DJANGO_DEBUG='perhaps' is not a boolean" in result.stderr


def test_deploy_check_passes_with_only_secret_key_and_allowed_hosts():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_debug_on_runs_without_a_secret_key():
    result = run_manage("check", env={"DJANGO_DEBUG": "1"})

    assert result.returncode == 0, result.stderr


def test_a_bad_currency_or_a_plain_http_booking_page_stops_start_up():
    currency = run_manage("check", env={**PRODUCTION_ENV, "CLINIC_CURRENCY": "pounds"})
    booking = run_manage(
        "check", env={**PRODUCTION_ENV, "CLINIC_BOOKING_URL": "http://book.example/"}
    )

    assert "CLINIC_CURRENCY='POUNDS' is not a code like GBP" in currency.stderr
    assert "CLINIC_BOOKING_URL='http://book.example/' must start https://" in booking.stderr


def test_photos_on_object_storage_are_allowed_by_the_content_security_policy():
    code = "from django.conf import settings; print(settings.SECURE_CSP['img-src'])"
    result = run_manage(
        "shell",
        "-c",
        code,
        env={**PRODUCTION_ENV, "DJANGO_MEDIA_URL": "https://media.clinic.example/"},
    )

    assert result.returncode == 0, result.stderr
    assert "'https://media.clinic.example/'" in result.stdout
