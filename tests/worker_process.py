"""The task worker as its own process, with the production settings, against the test
database and a real SMTP server (tests/smtp.py), for tests that start, kill and restart it."""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

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


def start_worker(mail_port: int, command: str = "db_worker", **env) -> subprocess.Popen:
    """Starts `manage.py <command>` sending to the mail server on mail_port; `env` adds to
    (or overrides) its environment, e.g. EMAIL_TIMEOUT="2"."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic.settings",
        "DATABASE_URL": database_url(),
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DJANGO_DEBUG": "0",
        "EMAIL_BACKEND": "smtp",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mail_port),
        "EMAIL_RETRY_DELAY": "1",
        **env,
    }
    environment.pop("REDIS_URL", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", command, "--interval", "0.2", "--no-startup-delay"],
        cwd=Path(settings.BASE_DIR),
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop(worker: subprocess.Popen) -> str:
    """Stops the worker if it still runs; returns what it printed."""
    if worker.poll() is None:
        worker.kill()
    output, _ = worker.communicate(timeout=WAIT_SECONDS)
    return output


def wait_until(check, what: str, seconds: float = WAIT_SECONDS) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"Timed out waiting for {what}")
