"""Email through the durable task queue, against a real SMTP server: nothing lost, nothing
silent. The intake never waits on the mail server; the worker sends, retries what may pass,
and marks the rest failed where staff see it and can try again."""

import logging
import signal
import time

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from intake.models import AuditEvent, EmailSend, Submission
from tests.helpers import change_url, fill_in, review_data, submit
from tests.smtp import HangingServer, MailServer

pytestmark = pytest.mark.usefixtures("committed_db")

PATIENT = "ada@example.org"
CHANGELIST = "/admin/intake/submission/"


@pytest.fixture
def durable(settings):
    """The production task backend: tasks wait in the database for the worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_RETRY_DELAY = 1
    settings.EMAIL_RETRY_FOR = 60
    return settings


@pytest.fixture
def mail_server(settings):
    server = MailServer()
    settings.MAILERS = {"default": server.mailer()}
    yield server
    server.stop()


def run_worker() -> None:
    """Runs the real `db_worker` in this process until no task is ready, leaving this
    process's signal handlers and log levels as they were."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    handlers = {s: signal.getsignal(s) for s in signals}
    loggers = [logging.getLogger(name) for name in ("django.tasks", "django_tasks_db")]
    levels = [logger.level for logger in loggers]
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    finally:
        for s, handler in handlers.items():
            signal.signal(s, handler)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def wait_for_retry(sending: EmailSend) -> None:
    sending.refresh_from_db()
    assert sending.next_attempt_at is not None
    time.sleep(max(0, (sending.next_attempt_at - sending.last_attempt_at).total_seconds()) + 0.1)


def send_intake(client, answers):
    fill_in(client, answers)
    return submit(client)


def acknowledgement() -> EmailSend:
    return EmailSend.objects.get(kind=EmailSend.Kind.ACKNOWLEDGEMENT)


def audit_trail() -> list[tuple[str, str]]:
    return list(AuditEvent.objects.order_by("pk").values_list("action", "detail"))


def test_the_intake_queues_its_email_and_the_worker_sends_it(client, answers, durable, mail_server):
    mail_server.start()

    response = send_intake(client, answers)

    assert response.status_code == 302
    sending = acknowledgement()
    assert sending.status == EmailSend.Status.QUEUED
    assert mail_server.inbox.messages == []
    assert DBTaskResult.objects.count() == 1

    run_worker()

    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.SENT
    assert sending.sent_at is not None
    assert sending.attempts == 1
    [message] = mail_server.inbox.to(PATIENT)
    reference = Submission.objects.get().reference
    assert reference in message["Subject"]
    assert audit_trail() == [
        ("email_queued", "acknowledgement"),
        ("email_sent", "acknowledgement"),
    ]


def test_refused_then_accepted_arrives_after_a_retry(client, answers, durable, mail_server):
    send_intake(client, answers)

    run_worker()  # nothing listens on the mail server's port yet

    sending = acknowledgement()
    assert sending.status == EmailSend.Status.QUEUED
    assert sending.attempts == 1
    assert sending.reason == "The mail server refused the connection."

    mail_server.start()
    wait_for_retry(sending)
    run_worker()

    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.SENT
    assert sending.attempts == 2
    assert sending.reason == ""
    assert len(mail_server.inbox.to(PATIENT)) == 1


def test_a_temporary_refusal_is_retried(client, answers, durable, mail_server):
    mail_server.start()
    mail_server.inbox.refusal = "451 4.3.0 Mailbox busy, try again later"
    send_intake(client, answers)

    run_worker()

    sending = acknowledgement()
    assert sending.status == EmailSend.Status.QUEUED
    assert (
        sending.reason
        == "The mail server refused the address: 451 4.3.0 Mailbox busy, try again later"
    )

    mail_server.inbox.refusal = None
    wait_for_retry(sending)
    run_worker()

    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.SENT
    assert len(mail_server.inbox.to(PATIENT)) == 1


def test_a_hanging_mail_server_never_holds_up_the_intake_or_healthz(
    client, answers, durable, settings
):
    hanging = HangingServer()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": hanging.port, "timeout": 2},
        }
    }
    try:
        # Neither request calls the mail server at all, so neither can wait on it. (Timing
        # them instead failed on a busy CI machine: a whole submit took 1.5 s there.)
        response = send_intake(client, answers)
        health = client.get("/healthz")

        assert response.status_code == 302
        assert health.status_code == 200
        assert not hanging.was_called()

        run_worker()  # the worker is the one that waits, and gives up after the timeout
        assert hanging.was_called()
    finally:
        hanging.close()

    sending = acknowledgement()
    assert sending.status == EmailSend.Status.QUEUED
    assert sending.reason == "The mail server did not answer in time."
    assert sending.next_attempt_at is not None


def test_a_permanent_refusal_fails_shows_in_the_admin_and_can_be_retried(
    client, answers, durable, mail_server, reviewer
):
    mail_server.start()
    mail_server.inbox.refusal = f"550 5.1.1 <{PATIENT}>: Recipient address rejected"
    send_intake(client, answers)

    run_worker()

    sending = acknowledgement()
    assert sending.status == EmailSend.Status.FAILED
    assert sending.failed_at is not None
    assert sending.attempts == 1  # a 5xx answer is not tried again
    assert sending.reason == (
        "The mail server refused the address: 550 5.1.1 <[email]>: Recipient address rejected"
    )
    assert ("email_failed", "acknowledgement") in audit_trail()
    submission = Submission.objects.get()

    client.force_login(reviewer)
    failed_queue = client.get(CHANGELIST, {"email": "failed"}).content.decode()
    assert submission.reference in failed_queue
    assert submission.reference not in client.get(CHANGELIST, {"email": "queued"}).content.decode()
    page = client.get(change_url(submission)).content.decode()
    assert "Acknowledgement to the patient" in page
    assert "Failed" in page
    assert "Recipient address rejected" in page

    mail_server.inbox.refusal = None
    response = client.post(
        CHANGELIST,
        {"action": "retry_failed_emails", "_selected_action": [submission.pk]},
        follow=True,
    )

    assert "Queued 1 failed email(s) for sending again." in response.content.decode()
    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.QUEUED
    run_worker()
    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.SENT
    assert len(mail_server.inbox.to(PATIENT)) == 1
    queued_again = AuditEvent.objects.filter(action="email_queued", user=reviewer)
    assert queued_again.count() == 1


def test_retrying_stops_when_the_time_for_it_is_over(client, answers, durable, mail_server):
    durable.EMAIL_RETRY_FOR = 0
    send_intake(client, answers)

    run_worker()

    sending = acknowledgement()
    assert sending.status == EmailSend.Status.FAILED
    assert sending.reason == "The mail server refused the connection."
    assert DBTaskResult.objects.filter(status="READY").count() == 0


def test_the_recommendation_says_queued_and_is_sent_by_the_worker(
    client, answers, durable, mail_server, reviewer
):
    mail_server.start()
    send_intake(client, answers)
    submission = Submission.objects.get()
    client.force_login(reviewer)
    client.post(change_url(submission), review_data(submission, recommendation="acupressure"))

    response = client.post(
        f"/admin/intake/submission/{submission.pk}/send/", {"confirm": "yes"}, follow=True
    )

    html = response.content.decode()
    assert "Queued 1 recommendation(s) for sending." in html
    assert "Sent 1" not in html
    recommendation = EmailSend.objects.get(kind=EmailSend.Kind.RECOMMENDATION)
    assert recommendation.status == EmailSend.Status.QUEUED
    submission.refresh_from_db()
    assert submission.recommendation_sent_at is None

    run_worker()

    recommendation.refresh_from_db()
    submission.refresh_from_db()
    assert recommendation.status == EmailSend.Status.SENT
    assert submission.recommendation_sent_at is not None
    assert any("Acupressure" in m["Subject"] for m in mail_server.inbox.to(PATIENT))


def test_the_link_to_saved_answers_goes_through_the_queue(client, answers, durable, mail_server):
    mail_server.start()
    fill_in(client, answers, upto="about-you")

    response = client.post("/intake/save/", {"email": PATIENT})

    assert response.status_code == 302
    sending = EmailSend.objects.get()
    assert (sending.kind, sending.status, sending.submission) == ("draft_link", "queued", None)
    assert sending.args == []  # no address, no token: the task reads the draft when it runs
    run_worker()
    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.SENT
    [message] = mail_server.inbox.to(PATIENT)
    assert "/intake/resume/" in message.get_payload(decode=True).decode()
    assert audit_trail() == [("email_queued", "draft_link"), ("email_sent", "draft_link")]


def test_a_link_queued_for_answers_sent_meanwhile_is_not_sent(
    client, answers, durable, mail_server
):
    mail_server.start()
    fill_in(client, answers)
    client.post("/intake/save/", {"email": PATIENT})

    submit(client)  # sent before the worker ran: the draft and its email row go

    assert not EmailSend.objects.filter(kind="draft_link").exists()
    run_worker()
    assert [m["Subject"] for m in mail_server.inbox.to(PATIENT)] == [
        f"We have received your intake ({Submission.objects.get().reference})"
    ]
