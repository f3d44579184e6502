"""The real settings module with a chosen environment: started as `manage.py` in a fresh
process where the whole start-up matters (the deploy checks), and otherwise run afresh in
this process, as a new process would load it, which is quicker than a start-up each."""

import os
import runpy
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "a-long-random-looking-value-" + "k3Y9" * 10,
    "DJANGO_ALLOWED_HOSTS": "clinic.example",
}


def site_environment(env: dict[str, str]) -> dict[str, str]:
    """This process's environment with the site's own variables replaced by `env`."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    clean["DJANGO_SETTINGS_MODULE"] = "clinic.settings"
    clean["DATABASE_URL"] = "sqlite:///:memory:"
    return {**clean, **env}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=site_environment(env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def load_settings(env: dict[str, str]) -> dict:
    """The settings module's names and values, or the ImproperlyConfigured that stops it."""
    with mock.patch.dict(os.environ, site_environment(env), clear=True):
        return runpy.run_path(str(ROOT / "clinic" / "settings.py"))


def refusal(env: dict[str, str]) -> str:
    """Why the settings refuse to load with `env` (the test fails if they load)."""
    with pytest.raises(ImproperlyConfigured) as refused:
        load_settings(env)
    return str(refused.value)


def test_debug_off_without_a_secret_key_stops_with_a_clear_error():
    result = run_manage("check", env={"DJANGO_ALLOWED_HOSTS": "clinic.example"})

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY (or DJANGO_SECRET_KEY_FILE) must be set when DEBUG is off" in (
        result.stderr
    )


def test_a_bad_boolean_stops_start_up_naming_the_variable():
    assert "DJANGO_DEBUG='perhaps' is not a boolean" in refusal(
        {**PRODUCTION_ENV, "DJANGO_DEBUG": "perhaps"}
    )


def test_deploy_check_passes_with_only_secret_key_and_allowed_hosts():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_debug_on_runs_without_a_secret_key():
    result = run_manage("check", env={"DJANGO_DEBUG": "1"})

    assert result.returncode == 0, result.stderr


def test_secrets_come_from_files(tmp_path):
    files = {
        "DJANGO_SECRET_KEY": "file-key-" + "Zq7w" * 12,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'from-file.sqlite3'}",
        "EMAIL_HOST_PASSWORD": "smtp-pass-from-file",
        "REDIS_URL": "redis://:redis-pass@127.0.0.1:6379/3",
    }
    env = {"DJANGO_ALLOWED_HOSTS": "clinic.example", "DATABASE_URL": ""}
    for name, value in files.items():
        (tmp_path / name).write_text(value + "\n")
        env[f"{name}_FILE"] = str(tmp_path / name)

    settings = load_settings(env)

    assert [
        settings["SECRET_KEY"],
        str(settings["DATABASES"]["default"]["NAME"]),
        settings["MAILERS"]["default"]["OPTIONS"]["password"],
        settings["REDIS_URL"],
    ] == [
        files["DJANGO_SECRET_KEY"],
        str(tmp_path / "from-file.sqlite3"),
        "smtp-pass-from-file",
        files["REDIS_URL"],
    ]


def test_deploy_check_passes_with_the_secret_key_from_a_file(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text(PRODUCTION_ENV["DJANGO_SECRET_KEY"] + "\n")
    env = {"DJANGO_SECRET_KEY_FILE": str(key_file), "DJANGO_ALLOWED_HOSTS": "clinic.example"}

    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stderr


def test_a_secret_set_twice_stops_start_up(tmp_path):
    (tmp_path / "key").write_text("another-key")
    env = {**PRODUCTION_ENV, "DJANGO_SECRET_KEY_FILE": str(tmp_path / "key")}

    assert "Both DJANGO_SECRET_KEY and DJANGO_SECRET_KEY_FILE are set" in refusal(env)


def variables_read_by_the_site() -> dict[str, str]:
    """Every environment variable the site's code reads, by name, with the reader used."""
    import re

    reads = re.compile(r"""(env_\w+|os\.environ\.get)\(\s*["']([A-Z][A-Z0-9_]+)["']""")
    found = {}
    for path in [*ROOT.glob("clinic/**/*.py"), *ROOT.glob("intake/**/*.py")]:
        for reader, name in reads.findall(path.read_text()):
            found[name] = reader
    return found


def test_env_example_lists_every_setting_with_a_comment():
    import re

    example = (ROOT / ".env.example").read_text()
    listed = re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", example, re.MULTILINE)
    read = variables_read_by_the_site()

    assert {"DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "STAFF_IDLE_TIMEOUT"} <= set(read)
    missing = set(read) - set(listed)
    assert not missing, f"not in .env.example: {sorted(missing)}"
    for name in read:
        # A comment above it, or above the group of settings it belongs to.
        before = example[: example.index(f"{name}=")].rstrip("\n").splitlines()
        while before and re.match(r"[A-Z]", before[-1]):
            before.pop()
        assert before and before[-1].startswith("# "), f"{name} has no comment above it"


def test_env_example_shows_the_file_form_of_every_secret():
    example = (ROOT / ".env.example").read_text()
    secrets = [
        name for name, reader in variables_read_by_the_site().items() if reader == "env_secret"
    ]

    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "EMAIL_HOST_PASSWORD"} <= set(secrets)
    for name in secrets:
        assert f"# {name}_FILE=" in example, name


def test_a_bad_currency_stops_start_up():
    currency = refusal({**PRODUCTION_ENV, "CLINIC_CURRENCY": "pounds"})

    assert "CLINIC_CURRENCY='POUNDS' is not a code like GBP" in currency


def test_photos_on_object_storage_are_allowed_by_the_content_security_policy():
    settings = load_settings(
        {**PRODUCTION_ENV, "DJANGO_MEDIA_URL": "https://media.clinic.example/"}
    )

    assert "https://media.clinic.example/" in settings["SECURE_CSP"]["img-src"]


def test_bad_follow_up_weeks_stop_start_up():
    for value in ["two,six", "0,6", "", "2,200"]:
        message = refusal({**PRODUCTION_ENV, "FOLLOW_UP_WEEKS": value})

        assert "must be whole weeks from 1 to 104" in message, value


def test_bad_draft_days_stop_start_up():
    for value in ["0", "31", "seven"]:
        assert "INTAKE_DRAFT_DAYS" in refusal({**PRODUCTION_ENV, "INTAKE_DRAFT_DAYS": value})


def test_the_timeout_warning_must_come_before_the_session_ends():
    env = {**PRODUCTION_ENV, "DJANGO_SESSION_COOKIE_AGE": "600", "INTAKE_TIMEOUT_WARNING": "600"}
    assert "INTAKE_TIMEOUT_WARNING=600 must be less than DJANGO_SESSION_COOKIE_AGE=600" in (
        refusal(env)
    )
    settings = load_settings({**env, "INTAKE_TIMEOUT_WARNING": "120", "INTAKE_DRAFT_DAYS": "14"})
    assert (settings["INTAKE_DRAFT_DAYS"], settings["INTAKE_TIMEOUT_WARNING"]) == (14, 120)


def test_a_follow_up_reminder_after_the_link_expired_stops_start_up():
    for value, message in [("28", "must be under 28"), ("-1", "too small"), ("x", "whole number")]:
        assert message in refusal({**PRODUCTION_ENV, "FOLLOW_UP_REMINDER_DAYS": value}), value


def test_a_worker_lease_shorter_than_two_heartbeats_stops_start_up():
    env = {**PRODUCTION_ENV, "TASK_WORKER_HEARTBEAT": "30", "TASK_WORKER_LEASE": "45"}

    assert "TASK_WORKER_LEASE=45 must be at least twice TASK_WORKER_HEARTBEAT=30" in refusal(env)
