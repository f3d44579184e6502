"""The real worker process (`manage.py task_worker`) under the faults an operator meets:
killed with SIGKILL mid-send, the database going away (SQLite and PostgreSQL), and a mail
server that hangs while a red-flag alert waits. Nothing is lost, nothing is sent twice, and
alerts go first."""

import os
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from intake.demo.factories import SubmissionFactory
from intake.emails import email_enqueue
from intake.models import EmailSend, TaskWorker
from intake.tasks import send_acknowledgement, send_red_flag_alert
from tests.smtp import MailServer, SlowFor, StallingInbox
from tests.worker_process import start_worker, stop, wait_until

pytestmark = pytest.mark.usefixtures("committed_db")

# A short lease, so that a dead worker is found out in seconds.
QUICK_LEASE = {"TASK_WORKER_HEARTBEAT": "1", "TASK_WORKER_LEASE": "2"}
ALERTS_TO = "alerts@example.org"


@pytest.fixture
def durable(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.CLINIC_ALERT_EMAIL = ALERTS_TO
    return settings


def queue_acknowledgement(name: str = "Ada Lovelace") -> EmailSend:
    return email_enqueue(send_acknowledgement, submission=SubmissionFactory.create(full_name=name))


def refreshed(sending: EmailSend) -> EmailSend:
    sending.refresh_from_db()
    return sending


def test_an_email_whose_worker_was_killed_mid_send_is_sent_once_by_the_next_worker(durable):
    mail_server = MailServer(StallingInbox())
    mail_server.start()
    sending = queue_acknowledgement()
    first = start_worker(mail_server.port, "task_worker", **QUICK_LEASE)
    try:
        assert mail_server.inbox.stalled.wait(20), stop(first)
        first.send_signal(signal.SIGKILL)
        first.wait(10)

        # What a dead worker leaves behind: its task running, the email queued, the attempt
        # and the Message-ID it was being sent with saved before it was sent.
        assert DBTaskResult.objects.running().count() == 1
        sending = refreshed(sending)
        assert sending.status == EmailSend.Status.QUEUED
        assert sending.attempts == 1
        assert sending.message_id.startswith("<")

        second = start_worker(mail_server.port, "task_worker", **QUICK_LEASE)
        try:
            wait_until(lambda: refreshed(sending).status == EmailSend.Status.SENT, "the resend")
            wait_until(lambda: not DBTaskResult.objects.running().exists(), "the task's end")
        finally:
            output = stop(second)
    finally:
        mail_server.stop()

    [message] = mail_server.inbox.messages
    assert message["Message-ID"] == sending.message_id
    assert message["To"] == "ada@example.org"
    assert refreshed(sending).attempts == 2
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert "left running by a worker not seen within the lease" in output
    assert "ada@example.org" not in output


@contextmanager
def database_outage():
    """The database away from every other process for a while: on SQLite its file moved
    away, on PostgreSQL new connections refused and the open ones ended, as in a restart."""
    if connection.vendor == "sqlite":
        # In WAL mode (clinic/settings.py) the database is three files: all of them go, the
        # log emptied into the database first, so the worker meets no half of it.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database = Path(connection.settings_dict["NAME"])
        files = [database.with_name(database.name + end) for end in ("", "-wal", "-shm")]
        away = [(path, path.with_name(path.name + ".away")) for path in files if path.exists()]
        for path, moved in away:
            os.replace(path, moved)
        try:
            yield
        finally:
            for path, moved in away:
                os.replace(moved, path)
        return
    db = connection.settings_dict
    name = connection.ops.quote_name(db["NAME"])
    # From the maintenance database: PostgreSQL will not close the one it is connected to.
    admin = psycopg.connect(
        dbname="postgres",
        user=db["USER"],
        password=db["PASSWORD"] or None,
        host=db["HOST"] or None,
        port=db["PORT"] or None,
        autocommit=True,
    )
    with admin:
        admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> %s",
            [db["NAME"], connection.connection.info.backend_pid],
        )
        try:
            yield
        finally:
            admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")


def test_the_worker_waits_out_a_database_outage_and_then_sends(durable):
    mail_server = MailServer()
    mail_server.start()
    # A new connection each time round its loop, so the worker meets the outage at once.
    worker = start_worker(mail_server.port, "task_worker", DATABASE_CONN_MAX_AGE="0", **QUICK_LEASE)
    try:
        wait_until(lambda: TaskWorker.objects.exists(), "the worker's first heartbeat")
        with database_outage():
            time.sleep(2.5)  # the worker fails, backs off 1 s, fails again, backs off 2 s
            assert worker.poll() is None, stop(worker)
        sending = queue_acknowledgement()
        wait_until(lambda: refreshed(sending).status == EmailSend.Status.SENT, "the email")
        assert worker.poll() is None
    finally:
        output = stop(worker)
        mail_server.stop()

    assert "The database is not answering" in output
    assert len(mail_server.inbox.to("ada@example.org")) == 1


def test_a_red_flag_alert_goes_ahead_of_routine_email_held_by_a_hanging_server(durable):
    mail_server = MailServer(SlowFor("ada@example.org", "bob@example.org", "cy@example.org"))
    mail_server.start()
    routine = [queue_acknowledgement(name) for name in ("Ada L", "Bob B", "Cy C")]
    worker = start_worker(
        mail_server.port,
        "task_worker",
        EMAIL_TIMEOUT="2",
        EMAIL_RETRY_FOR="0",
        CLINIC_ALERT_EMAIL=ALERTS_TO,
        **QUICK_LEASE,
    )
    try:
        wait_until(lambda: refreshed(routine[0]).attempts == 1, "the first routine send")
        queued = time.monotonic()
        alert = email_enqueue(
            send_red_flag_alert, submission=SubmissionFactory.create(), args=["http://clinic"]
        )
        wait_until(lambda: mail_server.inbox.to(ALERTS_TO), "the alert")
        took = time.monotonic() - queued
        wait_until(lambda: refreshed(alert).status == EmailSend.Status.SENT, "the alert's status")
    finally:
        stop(worker)
        mail_server.stop()

    # It waited at most for the send already under way (the 2 s SMTP timeout), not for the
    # routine emails queued before it, which would have taken 2 s each (6 s in all). The order
    # below proves it without a clock; the bound leaves a busy CI machine 3 s of slack.
    assert took < 5
    alert = refreshed(alert)
    for later in routine[1:]:
        tried_at = refreshed(later).last_attempt_at
        assert tried_at is None or tried_at > alert.sent_at
