"""What the worker leaves for others to see and act on: its heartbeat, the tasks of dead
workers made ready again, /healthz "degraded" while no worker runs or an email waits too
long, the admin home's warning and its list of failed emails (links to saved answers
included) with a way to send them again; and an email sent again is the same message."""

import datetime
import logging
import signal
import uuid

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from intake import emails
from intake.demo.factories import SubmissionFactory
from intake.emails import deliver_email, email_enqueue
from intake.models import EmailSend, TaskWorker
from intake.patient.drafts import draft_save
from intake.tasks import send_acknowledgement, send_red_flag_alert
from intake.worker import beat, health, reclaim_abandoned, release_own

pytestmark = pytest.mark.django_db

HOME = "/admin/"
EMAILS = "/admin/intake/emailsend/"


@pytest.fixture
def durable(settings):
    """The production task backend: emails wait in the database for a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASK_WORKER_LEASE = 60
    settings.EMAIL_QUEUE_MAX_AGE = 600
    return settings


def ago(seconds: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=seconds)


def queued_email() -> EmailSend:
    return email_enqueue(send_acknowledgement, submission=SubmissionFactory.create())


def worker_seen(seconds_ago: float, worker_id: str = "alive") -> TaskWorker:
    return TaskWorker.objects.create(worker_id=worker_id, last_seen_at=ago(seconds_ago))


def taken_by(worker_id: str, *, seconds_ago: float) -> DBTaskResult:
    """The queued email's task, as a worker leaves it when it takes it."""
    queued_email()
    task = DBTaskResult.objects.get()
    task.claim(worker_id)
    DBTaskResult.objects.filter(pk=task.pk).update(started_at=ago(seconds_ago))
    return task


def status_of(task: DBTaskResult) -> str:
    task.refresh_from_db()
    return task.status


def failed_draft_link() -> EmailSend:
    draft_save(key=uuid.uuid4(), answers={}, email="ada@example.org", site_url="http://x")
    sending = EmailSend.objects.get(kind=EmailSend.Kind.DRAFT_LINK)
    sending.status = EmailSend.Status.FAILED
    sending.failed_at = timezone.now()
    sending.reason = "The mail server refused the address: 550 No such mailbox"
    sending.save()
    return sending


# --- The heartbeat and the tasks of dead workers ---


def test_a_heartbeat_records_the_worker_and_then_moves_its_last_seen_on(durable):
    beat("w1")
    first = TaskWorker.objects.get().last_seen_at
    beat("w1")

    worker = TaskWorker.objects.get()
    assert worker.last_seen_at > first
    assert worker.pid


def test_a_task_left_running_by_a_worker_not_seen_within_the_lease_runs_again(durable):
    worker_seen(120, "dead")
    task = taken_by("dead", seconds_ago=120)

    assert reclaim_abandoned() == 1
    assert status_of(task) == "READY"


def test_a_task_of_a_worker_that_never_kept_a_heartbeat_runs_again_after_the_lease(durable):
    task = taken_by("plain-db-worker", seconds_ago=120)

    assert reclaim_abandoned() == 1
    assert status_of(task) == "READY"


def test_a_slow_task_of_a_live_worker_is_left_alone(durable):
    worker_seen(5, "alive")
    task = taken_by("alive", seconds_ago=300)

    assert reclaim_abandoned() == 0
    assert status_of(task) == "RUNNING"


def test_a_task_started_within_the_lease_is_left_alone(durable):
    task = taken_by("unknown", seconds_ago=5)

    assert reclaim_abandoned() == 0
    assert status_of(task) == "RUNNING"


def test_after_an_outage_a_worker_makes_its_own_interrupted_task_ready(durable):
    worker_seen(1, "me")
    mine = taken_by("me", seconds_ago=1)

    assert release_own("someone-else") == 0
    assert release_own("me") == 1
    assert status_of(mine) == "READY"


# --- Sent again, never twice ---


def test_an_email_sent_again_after_its_worker_died_is_the_same_message(
    durable, mailoutbox, monkeypatch
):
    sending = queued_email()

    class Killed(BaseException):
        """The worker dying after the mail server took the email, before it was recorded."""

    def send_then_die(*args, **kwargs):
        send_acknowledgement(*args, **kwargs)
        raise Killed

    monkeypatch.setitem(emails.SENDERS, EmailSend.Kind.ACKNOWLEDGEMENT, send_then_die)
    with pytest.raises(Killed):
        deliver_email.call(sending.pk)
    monkeypatch.undo()
    deliver_email.call(sending.pk)
    deliver_email.call(sending.pk)  # run once more: a sent email is not sent again

    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.SENT
    assert sending.attempts == 2
    first, second = mailoutbox
    assert first.message()["Message-ID"] == second.message()["Message-ID"] == sending.message_id


def test_red_flag_alerts_are_queued_ahead_of_other_email(durable):
    submission = SubmissionFactory.create()
    email_enqueue(send_acknowledgement, submission=submission)
    email_enqueue(send_red_flag_alert, submission=submission, args=["http://clinic"])

    first = DBTaskResult.objects.ready().first()
    alert = EmailSend.objects.get(kind=EmailSend.Kind.RED_FLAG_ALERT)
    assert first.args_kwargs["args"] == [alert.pk]


# --- /healthz ---


def test_healthz_is_degraded_but_200_when_no_worker_has_been_seen(client, durable):
    worker_seen(120, "dead")

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "up",
        "cache": "up",
        "worker": "not seen",
        "email_queue": "ok",
    }


def test_healthz_is_degraded_when_an_email_has_waited_too_long(client, durable):
    worker_seen(1)
    EmailSend.objects.filter(pk=queued_email().pk).update(queued_at=ago(601))

    body = client.get("/healthz").json()

    assert body["status"] == "degraded"
    assert body["worker"] == "up"
    assert body["email_queue"] == "stuck"


def test_healthz_is_ok_with_a_live_worker_and_a_moving_queue(client, durable):
    worker_seen(1)
    queued_email()

    body = client.get("/healthz").json()

    assert body["status"] == "ok"
    assert (body["worker"], body["email_queue"]) == ("up", "ok")


def test_no_worker_is_needed_when_emails_are_sent_at_once(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}

    assert health().fields == {}
    assert health().problems == []


# --- The admin home ---


def test_the_admin_home_warns_when_no_worker_is_running(reviewer_client, durable):
    html = reviewer_client.get(HOME).content.decode()

    assert "Emails may not be going out" in html
    assert "No email worker is running" in html


def test_the_admin_home_says_nothing_when_all_is_well(reviewer_client, durable):
    worker_seen(1)

    html = reviewer_client.get(HOME).content.decode()

    assert "Emails may not be going out" not in html
    assert "Failed emails" not in html


def test_the_admin_home_lists_a_failed_link_to_saved_answers_and_sends_it_again(
    reviewer_client, durable
):
    sending = failed_draft_link()

    html = reviewer_client.get(HOME).content.decode()
    assert "Failed emails (1)" in html
    assert "Link to saved answers, to the patient" in html
    assert "Answers saved to finish later" in html
    assert "550 No such mailbox" in html
    assert "ada@example.org" not in html

    response = reviewer_client.post(
        f"{EMAILS}?status__exact=failed",
        {"action": "retry", "index": "0", "select_across": "0", "_selected_action": [sending.pk]},
    )

    assert response.status_code == 302
    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.QUEUED
    assert DBTaskResult.objects.ready().count() == 2  # the first task, and the new one


def test_staff_who_may_only_view_intakes_see_failed_emails_but_cannot_send_them_again(
    client, django_user_model, durable
):
    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_submission"))
    client.force_login(viewer)
    sending = failed_draft_link()

    html = client.get(HOME).content.decode()
    client.post(
        EMAILS,
        {"action": "retry", "index": "0", "select_across": "0", "_selected_action": [sending.pk]},
    )

    assert "Failed emails (1)" in html
    assert "Send the ticked emails again" not in html
    sending.refresh_from_db()
    assert sending.status == EmailSend.Status.FAILED


def test_staff_outside_the_reviewers_cannot_see_the_emails(staff_without_group_client, durable):
    failed_draft_link()

    assert staff_without_group_client.get(EMAILS).status_code == 403
    assert "Failed emails" not in staff_without_group_client.get(HOME).content.decode()


def test_the_emails_list_shows_every_kind_without_addresses(reviewer_client, durable):
    failed_draft_link()
    queued_email()

    response = reviewer_client.get(EMAILS)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Answers saved to finish later" in html
    assert "Acknowledgement to the patient" in html
    assert "@example.org" not in html


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "interruption",
    [OperationalError("server closed the connection unexpectedly"), SystemExit(1)],
    ids=["database outage", "worker forced to stop"],
)
def test_a_task_interrupted_by_an_outage_or_a_forced_stop_runs_again_later(
    durable, monkeypatch, interruption
):
    def interrupted(*args, **kwargs):
        raise interruption

    sending = queued_email()
    monkeypatch.setitem(emails.SENDERS, EmailSend.Kind.ACKNOWLEDGEMENT, interrupted)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    level = logging.getLogger("django_tasks_db").level
    try:
        call_command("task_worker", "--batch", "--no-startup-delay", verbosity=0)
    finally:
        for s, handler in handlers.items():
            signal.signal(s, handler)
        logging.getLogger("django_tasks_db").setLevel(level)

    task = DBTaskResult.objects.get()
    assert task.status == "READY"
    assert task.run_after > timezone.now()
    sending.refresh_from_db()
    assert (sending.status, sending.attempts) == (EmailSend.Status.QUEUED, 1)
