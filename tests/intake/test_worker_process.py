"""The real worker, `manage.py db_worker`, as its own process with the production settings,
against the test database and a real SMTP server: it sends what the site queued, keeps
trying while the mail server refuses, and stops cleanly when asked."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

from intake.models import EmailSend
from tests.helpers import fill_in, submit
from tests.smtp import MailServer

pytestmark = pytest.mark.usefixtures("committed_db")

PATIENT = "ada@example.org"
WAIT_SECONDS = 30


def database_url() -> str:
    """The test database, as the worker process is told of it."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    user = quote(db["USER"] or "")
    password = f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    return (
        f"postgres://{user}{password}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    )


def start_worker(mail_port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic.settings",
        "DATABASE_URL": database_url(),
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DJANGO_DEBUG": "0",
        "EMAIL_BACKEND": "smtp",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mail_port),
        "EMAIL_RETRY_DELAY": "1",
    }
    env.pop("REDIS_URL", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
        cwd=Path(settings.BASE_DIR),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def wait_until(check, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"Timed out waiting for {what}")


def acknowledgement() -> EmailSend | None:
    return EmailSend.objects.filter(kind=EmailSend.Kind.ACKNOWLEDGEMENT).first()


def test_the_worker_process_sends_queued_email_once_the_mail_server_answers(
    client, answers, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    mail_server = MailServer()
    worker = start_worker(mail_server.port)
    try:
        fill_in(client, answers)
        assert submit(client).status_code == 302

        # Nothing listens yet: the worker tries, records why, and keeps the email queued.
        wait_until(lambda: acknowledgement().attempts >= 1, "a first attempt")
        sending = acknowledgement()
        assert sending.status == EmailSend.Status.QUEUED
        assert sending.reason == "The mail server refused the connection."

        mail_server.start()
        wait_until(lambda: mail_server.inbox.to(PATIENT), "the email to arrive")
        wait_until(
            lambda: acknowledgement().status == EmailSend.Status.SENT, "the status to read sent"
        )

        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=WAIT_SECONDS)
        assert worker.returncode == 0, output
        assert PATIENT not in output
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        mail_server.stop()

    sending = acknowledgement()
    assert sending.attempts >= 2
    assert sending.reason == ""
    [message] = mail_server.inbox.to(PATIENT)
    assert "We have received your intake" in message["Subject"]
