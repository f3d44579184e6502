"""The task worker, supervised and seen: `manage.py task_worker` is django-tasks-db's
`db_worker` plus what it lacks.

- **A heartbeat.** A thread records every settings.TASK_WORKER_HEARTBEAT seconds that the
  worker is alive (a TaskWorker row), even while it waits on a slow mail server.
- **Tasks of dead workers run again.** django-tasks-db marks a task "running" when a worker
  takes it, and a worker killed mid-task (SIGKILL, out of memory, power) leaves it so for
  good. Each worker's heartbeat also looks for tasks whose worker has not been seen for
  settings.TASK_WORKER_LEASE seconds and makes them ready again. Emails stay single: see
  intake/emails.py (the attempt and its Message-ID are saved before the send).
- **A database outage is waited out.** db_worker exits on any database error but a locked
  SQLite file; this worker backs off (1 s, doubling to 30 s), reconnects, and makes ready
  again any task it had taken when the database went away. A task that failed because the
  database went away (and could record that) runs again too, where db_worker leaves it failed.
- **It is seen.** `health` (for /healthz and the admin home) says when no worker has been
  seen within the lease, or an email has waited over settings.EMAIL_QUEUE_MAX_AGE seconds.
"""

import contextlib
import datetime
import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connections
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from clinic.health import Report
from intake.emails import OUTAGES, deliver_email
from intake.models import EmailSend, TaskWorker

logger = logging.getLogger(__name__)

OUTAGE_FIRST_DELAY = 1
OUTAGE_MAX_DELAY = 30
# When a task that was interrupted (below) runs again.
OUTAGE_RETRY_AFTER = datetime.timedelta(seconds=5)
INTERRUPTIONS = (*OUTAGES, SystemExit, KeyboardInterrupt)
# A worker row not seen for this long is deleted when a worker starts: it is long gone.
FORGET_WORKERS_AFTER = datetime.timedelta(days=1)


def beat(worker_id: str) -> None:
    """Records that this worker is alive, now."""
    TaskWorker.objects.update_or_create(
        worker_id=worker_id,
        defaults={"last_seen_at": timezone.now()},
        create_defaults={"hostname": socket.gethostname()[:255], "pid": os.getpid()},
    )


def lease_cutoff() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=settings.TASK_WORKER_LEASE)


def make_ready(tasks, why: str) -> int:
    """Makes running tasks ready to run again, each only if it is still running as it was
    seen (another worker may have done it already). Returns how many."""
    count = 0
    for task in tasks:
        count += DBTaskResult.objects.filter(
            pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at
        ).update(status=TaskResultStatus.READY, run_after=timezone.now())
        logger.warning("Task %s (%s) %s: it will run again.", task.pk, task.task_name, why)
    return count


def last_worker(task: DBTaskResult) -> str | None:
    return task.worker_ids[-1] if task.worker_ids else None


def reclaim_abandoned() -> int:
    """Makes ready again the tasks left running by workers not seen within the lease (or,
    for a worker that keeps no heartbeat, such as plain db_worker, started before it)."""
    cutoff = lease_cutoff()
    alive = set(
        TaskWorker.objects.filter(last_seen_at__gte=cutoff).values_list("worker_id", flat=True)
    )
    running = DBTaskResult.objects.running().filter(started_at__lt=cutoff)
    abandoned = [task for task in running if last_worker(task) not in alive]
    return make_ready(abandoned, "was left running by a worker not seen within the lease")


def release_own(worker_id: str) -> int:
    """Makes ready again the tasks this worker had taken when the database went away (it is
    running none now, so they are not running anywhere)."""
    mine = [task for task in DBTaskResult.objects.running() if last_worker(task) == worker_id]
    return make_ready(mine, "was interrupted by a database outage")


class Heartbeat(threading.Thread):
    """Beats, and reclaims abandoned tasks, every settings.TASK_WORKER_HEARTBEAT seconds,
    beside the worker's own loop (so a slow send does not stop it)."""

    def __init__(self, worker_id: str):
        super().__init__(name="heartbeat", daemon=True)
        self.worker_id = worker_id
        self.stopping = threading.Event()

    def run(self) -> None:
        failing = False
        while not self.stopping.is_set():
            try:
                close_old_connections()
                beat(self.worker_id)
                reclaim_abandoned()
                failing = False
            except DatabaseError as error:
                if not failing:
                    logger.warning("Heartbeat: the database is not answering (%s).", error)
                failing = True
                connections.close_all()  # this thread's own; reconnect at the next beat
            except Exception:
                # Anything else is logged, and the beat goes on: a heartbeat that stopped
                # while the worker still sends would get its email sent twice.
                logger.exception("Heartbeat failed")
            self.stopping.wait(settings.TASK_WORKER_HEARTBEAT)
        connections.close_all()

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=settings.TASK_WORKER_HEARTBEAT)


class SupervisedWorker(Worker):
    """django-tasks-db's Worker with a heartbeat, reclaiming, and outages waited out."""

    def run(self) -> None:
        forget_old_workers()
        heartbeat = Heartbeat(self.worker_id)
        heartbeat.start()
        try:
            self.run_through_outages()
        finally:
            heartbeat.stop()
            signed_off(self.worker_id)

    def run_through_outages(self) -> None:
        delay = OUTAGE_FIRST_DELAY
        while self.running:
            started = time.monotonic()
            try:
                super().run()
                return  # only --batch and --max-tasks end the loop
            except DatabaseError as error:
                if time.monotonic() - started > OUTAGE_MAX_DELAY:
                    delay = OUTAGE_FIRST_DELAY  # a new outage, not the same one
                logger.warning(
                    "The database is not answering (%s); trying again in %d s.", error, delay
                )
                connections.close_all()
                time.sleep(delay)
                delay = min(delay * 2, OUTAGE_MAX_DELAY)
                self.release_own_tasks()

    def run_task(self, db_task_result: DBTaskResult) -> None:
        """Runs the task. One that failed not by itself but because the database went away,
        or the worker was made to stop mid-task (a second Ctrl-C), is made ready again, to run
        in a few seconds: db_worker would leave it failed, and its email queued with nothing
        to send it."""
        super().run_task(db_task_result)
        if db_task_result.status == TaskResultStatus.FAILED and interrupted(db_task_result):
            DBTaskResult.objects.filter(pk=db_task_result.pk).update(
                status=TaskResultStatus.READY,
                run_after=timezone.now() + OUTAGE_RETRY_AFTER,
                finished_at=None,
            )
            logger.warning("Task %s was interrupted: it will run again.", db_task_result.pk)

    def release_own_tasks(self) -> None:
        try:
            release_own(self.worker_id)
        except DatabaseError:
            connections.close_all()  # still down: the loop will wait again


def interrupted(task: DBTaskResult) -> bool:
    """Whether the task failed because the database went away or the worker was stopped."""
    try:
        error = import_string(task.exception_class_path)
    except ImportError:
        return False
    return isinstance(error, type) and issubclass(error, INTERRUPTIONS)


def forget_old_workers() -> None:
    try:
        TaskWorker.objects.filter(last_seen_at__lt=timezone.now() - FORGET_WORKERS_AFTER).delete()
    except DatabaseError:
        connections.close_all()


def signed_off(worker_id: str) -> None:
    """A worker that stops cleanly removes its row: it is not running any more."""
    # If the database is down it will look dead after the lease, which is the truth.
    with contextlib.suppress(DatabaseError):
        TaskWorker.objects.filter(worker_id=worker_id).delete()


def needs_worker() -> bool:
    """Whether emails wait for a worker (the database backend), or are sent at once."""
    return isinstance(deliver_email.get_backend(), DatabaseBackend)


def health() -> Report:
    """Whether a worker has been seen within the lease, and the email queue is moving."""
    if not needs_worker():
        return Report(fields={})
    seen = TaskWorker.objects.filter(last_seen_at__gte=lease_cutoff()).exists()
    max_age = datetime.timedelta(seconds=settings.EMAIL_QUEUE_MAX_AGE)
    stuck = EmailSend.objects.queued().filter(queued_at__lt=timezone.now() - max_age).exists()
    problems = []
    if not seen:
        problems.append(
            "No email worker is running: emails are waiting and none are being sent. "
            "Ask whoever runs the site to start it (docs/deployment.md, “Task worker”)."
        )
    if stuck:
        problems.append(
            f"An email has been waiting to go out for over {as_words(max_age)}: the mail "
            "server may be refusing it or not answering. Failed emails are listed below."
        )
    fields = {"worker": "up" if seen else "not seen", "email_queue": "stuck" if stuck else "ok"}
    return Report(fields=fields, problems=problems)


def as_words(span: datetime.timedelta) -> str:
    seconds = int(span.total_seconds())
    return f"{seconds // 60} minutes" if seconds >= 120 else f"{seconds} seconds"
