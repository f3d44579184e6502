"""`make run` keeps the site's SQLite database open in two processes (the server and the task
worker, which polls it for work), and the README says to run `make demo` beside it. With WAL,
transactions that take the write lock when they begin, and a busy timeout
(clinic/settings.py), the demo loads while the worker polls, instead of "database is locked".
Real processes, on a database file of their own."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="`make run` uses SQLite; the PostgreSQL run has no use for this test",
)

ROOT = Path(settings.BASE_DIR)


def manage(*args: str, env: dict, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **kwargs,
    )


@pytest.fixture
def sqlite_env(tmp_path) -> dict:
    """`make run`'s environment, with a database file of its own."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic.settings",
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    for name in ("REDIS_URL", "DJANGO_SECRET_KEY"):
        env.pop(name, None)
    return env


@pytest.fixture
def run_env(sqlite_env) -> dict:
    """The same, migrated."""
    migrate = manage("migrate", "--no-input", "--verbosity", "0", env=sqlite_env)
    output, _ = migrate.communicate(timeout=300)
    assert migrate.returncode == 0, output
    return sqlite_env


def test_the_sqlite_database_is_in_wal_mode_with_a_busy_timeout(sqlite_env):
    # The connection's settings, on a new file: nothing needs migrating to read them.
    check = manage(
        "shell",
        "-c",
        "from django.db import connection as c; c.ensure_connection();"
        "print(c.cursor().execute('PRAGMA journal_mode').fetchone()[0],"
        " c.cursor().execute('PRAGMA busy_timeout').fetchone()[0], c.transaction_mode)",
        env=sqlite_env,
    )
    output, _ = check.communicate(timeout=60)

    assert output.split()[-3:] == ["wal", "20000", "IMMEDIATE"], output


def test_the_demo_loads_while_the_worker_polls_the_same_database(run_env):
    # Polling far more often than the default second, to make any clash certain to show.
    worker = manage("db_worker", "--no-reload", "--interval", "0.02", env=run_env)
    try:
        time.sleep(2)  # the worker is up and polling
        assert worker.poll() is None, worker.communicate()[0]

        # --force: the file is outside the project folder, which load_demo otherwise refuses.
        demo = manage("load_demo", "--outcomes", "--force", env=run_env)
        output, _ = demo.communicate(timeout=300)

        assert demo.returncode == 0, output
        assert "database is locked" not in output
        assert "Demo intakes: 12 created" in output
        assert "Past patients with follow-up answers: 40 created" in output
        assert worker.poll() is None  # the worker is still running, unharmed
    finally:
        worker.terminate()
        worker_output, _ = worker.communicate(timeout=30)
    assert "database is locked" not in worker_output
