"""Every email about a submission: queued durably, sent by the worker, retried, and recorded.

An email is a function that sends one message about a submission (or about answers saved to
finish later: an IntakeDraft), registered for its kind:

    @email(EmailSend.Kind.ACKNOWLEDGEMENT)
    def send_acknowledgement(submission_id: int) -> None: ...

and it is sent with `email_enqueue(send_acknowledgement, submission=submission)` (or
`draft=draft`; the function then takes the draft's id first). That writes
an EmailSend row (queued) and an audit row, and queues the `deliver_email` task in the caller's
transaction, so the three are saved together or not at all. The worker (`manage.py task_worker`)
runs the task: it calls the function, and marks the row sent, or, when the failure may pass (the
mail server refused the connection, did not answer, or answered 4xx), queues itself again for
later, backing off, until settings.EMAIL_RETRY_FOR seconds have passed; then the row is failed.
Staff see every row on the intake and on the admin home, and can queue a failed one again.

Delivery is at least once and never twice: the attempt (and the email's Message-ID) is saved
before the mail server is asked, a task left running by a worker that died is run again
(intake/worker.py), and that second attempt sends the same message, with the same Message-ID,
which mail servers and clients recognise as a copy. (An email with a single-use link, the
saved answers' or a follow-up's, carries a new link when sent again, and the first copy's link
stops working: a patient left with only the first is told that only the newest email's link
works. Only the hash of a link is kept, so the same link cannot be sent twice.) Red-flag
alerts go ahead of every other email waiting (a higher task priority).
"""

import datetime
import logging
import smtplib
from collections.abc import Callable, Iterable
from email.utils import make_msgid

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage
from django.core.mail.utils import DNS_NAME
from django.db import InterfaceError, OperationalError, transaction
from django.tasks import task
from django.tasks.base import DEFAULT_TASK_PRIORITY
from django.utils import timezone, translation

from clinic.log_scrub import scrub
from intake.models import AuditEvent, EmailSend, IntakeDraft, Submission

logger = logging.getLogger(__name__)

MAX_RETRY_DELAY = 10 * 60
REASON_LENGTH = 300

SENDERS: dict[str, Callable[..., None]] = {}
# Database errors that mean the database is unreachable for now (a restart, a lost connection),
# as against one that this email's data would always meet.
OUTAGES = (OperationalError, InterfaceError)
# Emails that go ahead of the others waiting (django-tasks-db runs the highest first).
PRIORITIES = {EmailSend.Kind.RED_FLAG_ALERT: 50}


def email(kind: str):
    """Registers a function that sends one kind of email; it takes the id of what the email is
    about first (the submission's, or the draft's), and the Message-ID to send it with as the
    keyword `message_id` (see `send_message`)."""

    def register(send: Callable[..., None]) -> Callable[..., None]:
        SENDERS[kind] = send
        send.kind = kind
        return send

    return register


def sender(kind: str) -> Callable[..., None]:
    """The function that sends one kind of email. intake/tasks.py registers them all when the
    app is ready; modules that tasks.py itself reads from (drafts, follow-ups) queue their
    emails by kind through this, so that imports run one way."""
    return SENDERS[kind]


def email_enqueue(
    send: Callable[..., None],
    *,
    submission: Submission | None = None,
    draft: IntakeDraft | None = None,
    appointment_id: int | None = None,
    args: Iterable = (),
    by: AbstractBaseUser | None = None,
) -> EmailSend:
    """Queues one email about a submission, a draft or an appointment (by its id): its status
    row, the audit row and the task, in one transaction (the caller's, if it has one)."""
    with transaction.atomic():
        sending = EmailSend.objects.create(
            submission=submission,
            draft=draft,
            appointment_id=appointment_id,
            kind=send.kind,
            args=list(args),
        )
        audit(sending, AuditEvent.Action.EMAIL_QUEUED, by=by, submission=submission)
        delivery(sending).enqueue(sending.pk)
    return sending


def delivery(sending: EmailSend, **options):
    """The task that sends this email, at its kind's priority."""
    priority = PRIORITIES.get(sending.kind, DEFAULT_TASK_PRIORITY)
    return deliver_email.using(priority=priority, **options)


def send_message(*, subject: str, body: str, to: list[str], message_id: str = "") -> None:
    """Sends one plain-text email from the clinic, with the given Message-ID (a fresh one if
    none is given)."""
    headers = {"Message-ID": message_id} if message_id else {}
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers=headers,
    )
    message.send()


def emails_retry(*, sendings: Iterable[EmailSend], by: AbstractBaseUser) -> int:
    """Queues failed emails again, from now; returns how many."""
    count = 0
    for sending in sendings:
        if sending.status != EmailSend.Status.FAILED:
            continue
        with transaction.atomic():
            sending.status = EmailSend.Status.QUEUED
            sending.queued_at = timezone.now()
            sending.failed_at = sending.next_attempt_at = None
            sending.save()
            audit(sending, AuditEvent.Action.EMAIL_QUEUED, by=by)
            delivery(sending).enqueue(sending.pk)
        count += 1
    return count


@task
def deliver_email(sending_id: int) -> None:
    """Sends one queued email and records what happened. Never raises: every outcome is on
    the EmailSend row, where staff can see it."""
    sending = EmailSend.objects.filter(pk=sending_id).first()
    if sending is None or sending.status != EmailSend.Status.QUEUED:
        return  # the submission was erased, the draft deleted, or this email went out already
    attempt_start(sending)
    try:
        # Written in the patient's language, the links in it too (/pl/...).
        with translation.override(sending.language):
            SENDERS[sending.kind](sending.about_id, *sending.args, message_id=sending.message_id)
    except OUTAGES:
        # Our database went away, not the mail server: the worker waits for it to come back
        # and runs this task again (intake/worker.py); nothing could be recorded here anyway.
        raise
    except Exception as error:
        failed(sending, error)
    else:
        sending.status = EmailSend.Status.SENT
        sending.sent_at = timezone.now()
        sending.next_attempt_at = None
        sending.reason = ""
        sending.save()
        audit(sending, AuditEvent.Action.EMAIL_SENT)


def attempt_start(sending: EmailSend) -> None:
    """Records the attempt, and the email's Message-ID, before the mail server is asked: if
    the worker dies mid-send, staff see the attempt, and the email sent again (by the worker
    that takes over) is the same message."""
    sending.attempts += 1
    sending.last_attempt_at = timezone.now()
    sending.message_id = sending.message_id or make_msgid(domain=DNS_NAME.get_fqdn())
    sending.save(update_fields=["attempts", "last_attempt_at", "message_id"])


def failed(sending: EmailSend, error: Exception) -> None:
    """Queues the email again for later if the failure may pass and there is time left;
    otherwise marks it failed."""
    sending.reason = describe(error)
    retry_at = next_attempt(sending)
    if may_pass(error) and retry_at is not None:
        sending.next_attempt_at = retry_at
        sending.save()
        delivery(sending, run_after=retry_at).enqueue(sending.pk)
        logger.warning(
            "Email %s (%s) not sent, trying again at %s: %s",
            sending.pk,
            sending.kind,
            retry_at.isoformat(timespec="seconds"),
            sending.reason,
        )
        return
    sending.status = EmailSend.Status.FAILED
    sending.failed_at = timezone.now()
    sending.next_attempt_at = None
    sending.save()
    audit(sending, AuditEvent.Action.EMAIL_FAILED)
    logger.error("Email %s (%s) failed: %s", sending.pk, sending.kind, sending.reason)


def next_attempt(sending: EmailSend) -> datetime.datetime | None:
    """When to try again, backing off; None when retrying is over or the task backend cannot
    run a task later (the immediate backend some tests use)."""
    if not deliver_email.get_backend().supports_defer:
        return None
    delay = min(settings.EMAIL_RETRY_DELAY * 2 ** (sending.attempts - 1), MAX_RETRY_DELAY)
    retry_at = timezone.now() + datetime.timedelta(seconds=delay)
    deadline = sending.queued_at + datetime.timedelta(seconds=settings.EMAIL_RETRY_FOR)
    return retry_at if retry_at <= deadline else None


def may_pass(error: Exception) -> bool:
    """Whether trying again later may succeed: the mail server was unreachable, slow, or
    answered with a temporary (4xx) refusal. A 5xx answer or any other error is final."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return True
    if isinstance(error, smtplib.SMTPException):
        return False
    return isinstance(error, OSError)  # refused, reset, timed out, name not found


def describe(error: Exception) -> str:
    """The failure in words staff can act on, with any address scrubbed out."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        answers = "; ".join(f"{code} {as_text(text)}" for code, text in error.recipients.values())
        text = f"The mail server refused the address: {answers}"
    elif isinstance(error, smtplib.SMTPResponseException):
        text = f"The mail server answered {error.smtp_code}: {as_text(error.smtp_error)}"
    elif isinstance(error, ConnectionRefusedError):
        text = "The mail server refused the connection."
    elif isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError):
        # smtplib reports a greeting or reply that never came as a closed connection.
        text = "The mail server did not answer in time."
    elif isinstance(error, smtplib.SMTPServerDisconnected):
        text = "The mail server closed the connection."
    else:
        text = f"{type(error).__name__}: {error}"
    return scrub(text)[:REASON_LENGTH]


def as_text(message: bytes | str) -> str:
    return message.decode(errors="replace") if isinstance(message, bytes) else str(message)


def audit(sending: EmailSend, action: str, *, by=None, submission=None) -> None:
    """Records the email's kind; for a draft's email, with no submission (there is none yet)."""
    if submission is None and sending.submission_id is not None:
        submission = Submission.objects.only("pk", "reference").get(pk=sending.submission_id)
    AuditEvent.record(user=by, action=action, submission=submission, detail=sending.kind)
