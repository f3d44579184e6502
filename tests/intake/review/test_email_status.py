"""Every email's status is honest whichever task backend runs it, and the retry policy: what
may pass is retried with growing gaps until the time for it is over; the rest fails at once."""

import datetime
import smtplib

import pytest
from django.utils import timezone

from intake.emails import describe, may_pass, next_attempt
from intake.models import AuditEvent, EmailSend, Submission
from tests.helpers import fill_in, submit

pytestmark = pytest.mark.django_db


def test_with_the_immediate_backend_the_acknowledgement_reads_sent(client, answers, mailoutbox):
    fill_in(client, answers)
    submit(client)

    sending = EmailSend.objects.get()
    assert sending.kind == EmailSend.Kind.ACKNOWLEDGEMENT
    assert sending.status == EmailSend.Status.SENT
    assert sending.submission == Submission.objects.get()
    assert len(mailoutbox) == 1
    assert list(AuditEvent.objects.order_by("pk").values_list("action", "username")) == [
        ("email_queued", "system"),
        ("email_sent", "system"),
    ]


def test_a_failed_send_is_marked_failed_and_the_intake_is_still_saved(client, answers, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr("intake.tasks.send_message", refuse)
    fill_in(client, answers)

    response = submit(client)

    assert response.status_code == 302
    assert Submission.objects.count() == 1
    sending = EmailSend.objects.get()
    # The immediate backend cannot run a task later, so there is no retry to wait for.
    assert sending.status == EmailSend.Status.FAILED
    assert sending.reason == "The mail server refused the connection."
    assert AuditEvent.objects.filter(action="email_failed", detail="acknowledgement").exists()


def test_the_confirmation_page_promises_an_email_not_one_already_sent(client, answers):
    fill_in(client, answers)
    submit(client)

    html = client.get("/intake/confirmation/").content.decode()

    assert "We will email you a confirmation" in html
    assert "We have sent" not in html


@pytest.mark.parametrize(
    ("error", "passes"),
    [
        (ConnectionRefusedError(111, "Connection refused"), True),
        (TimeoutError("timed out"), True),
        (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), True),
        (smtplib.SMTPResponseException(421, b"Service not available"), True),
        (smtplib.SMTPRecipientsRefused({"a@example.org": (450, b"Mailbox busy")}), True),
        (smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"No such user")}), False),
        (smtplib.SMTPSenderRefused(553, b"Sender rejected", "clinic@example.org"), False),
        (smtplib.SMTPAuthenticationError(535, b"Bad credentials"), False),
        (ValueError("a bug"), False),
    ],
)
def test_what_may_pass_is_retried_and_nothing_else(error, passes):
    assert may_pass(error) is passes


def test_the_reason_never_holds_an_address():
    error = smtplib.SMTPRecipientsRefused(
        {"ada@example.org": (550, b"<ada@example.org>: Recipient address rejected")}
    )

    assert "ada@example.org" not in describe(error)
    assert "550" in describe(error)


def test_retries_back_off_to_ten_minutes_and_stop_after_the_retry_time(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_RETRY_DELAY = 30
    settings.EMAIL_RETRY_FOR = 3600
    sending = EmailSend(queued_at=timezone.now())

    gaps = []
    for attempts in range(1, 8):
        sending.attempts = attempts
        gaps.append(round((next_attempt(sending) - timezone.now()).total_seconds()))

    assert gaps == [30, 60, 120, 240, 480, 600, 600]
    sending.queued_at = timezone.now() - datetime.timedelta(seconds=3590)
    assert next_attempt(sending) is None
