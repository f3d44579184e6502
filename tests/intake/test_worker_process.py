"""The real worker, `manage.py task_worker` (db_worker and more), as its own process with
the production settings, against the test database and a real SMTP server: it sends what the
site queued, keeps trying while the mail server refuses, and stops cleanly when asked."""

import signal

import pytest

from intake.models import EmailSend
from tests.helpers import fill_in, submit
from tests.smtp import MailServer
from tests.worker_process import start_worker, wait_until

pytestmark = pytest.mark.usefixtures("committed_db")

PATIENT = "ada@example.org"
WAIT_SECONDS = 30


def acknowledgement() -> EmailSend | None:
    return EmailSend.objects.filter(kind=EmailSend.Kind.ACKNOWLEDGEMENT).first()


def test_the_worker_process_sends_queued_email_once_the_mail_server_answers(
    client, answers, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    mail_server = MailServer()
    worker = start_worker(mail_server.port, "task_worker")
    try:
        fill_in(client, answers)
        assert submit(client).status_code == 302

        # Nothing listens yet: the worker tries, records why, and keeps the email queued.
        # (The attempt is counted before the mail server is asked, so wait for its outcome.)
        wait_until(lambda: acknowledgement().reason, "a first attempt's refusal")
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
