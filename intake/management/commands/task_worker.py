"""`manage.py task_worker`: django-tasks-db's `db_worker`, with the same options, that also
keeps a heartbeat, runs again the tasks of workers that died, and waits out a database
outage instead of exiting. It never reloads on code changes (--reload is ignored): a
reload could stop a send halfway. See intake/worker.py and docs/deployment.md ("Task worker")."""

from django.core.management.base import CommandError
from django_tasks_db.management.commands import db_worker

from intake.worker import SupervisedWorker


class Command(db_worker.Command):
    help = (
        "Run the task worker (it sends the emails): db_worker with a heartbeat, tasks of dead "
        "workers run again, and database outages waited out."
    )

    def handle(self, *, verbosity: int, queue_name: str, exclude_queues: str, **options):
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = SupervisedWorker(
            queue_names=queue_names,
            excluded_queue_names=excluded,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        worker.configure_signals()
        worker.run()
