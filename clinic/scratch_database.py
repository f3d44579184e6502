"""A guard for commands that fill the database with made-up data (load_demo,
generate_submissions): they run only on a development machine's own scratch database.

"Scratch" means DEBUG is on and the database is one made for trying things: an SQLite file
inside the project (or in memory), or a PostgreSQL database on this machine whose name says
what it is for (test_…, or containing demo, bench, dev or scratch). Anything else, a
production database above all, is refused unless the command is given --force.
"""

import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection

LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
SCRATCH_NAME = re.compile(r"^test_|demo|bench|dev|scratch", re.IGNORECASE)


def why_not_scratch(database: dict, *, debug: bool) -> str | None:
    """The reason this database may not be filled with made-up data, or None if it may."""
    if not debug:
        return "DEBUG is off, as in production"
    name = str(database.get("NAME") or "")
    if database["ENGINE"].endswith("sqlite3"):
        if name == ":memory:" or name.startswith("file:memorydb"):
            return None
        if Path(name).resolve().is_relative_to(settings.BASE_DIR):
            return None
        return f"the SQLite file {name} is outside the project folder"
    host = str(database.get("HOST") or "")
    if host not in LOCAL_HOSTS and not host.startswith("/"):
        return f"the database is on another machine ({host})"
    if not SCRATCH_NAME.search(name):
        return f"the database {name!r} is not named as a scratch one (demo, bench, dev, test_)"
    return None


def refuse_unless_scratch(command: str, *, force: bool) -> None:
    reason = why_not_scratch(connection.settings_dict, debug=settings.DEBUG)
    if reason and not force:
        raise CommandError(
            f"{command} writes made-up people into the database, and {reason}. It runs only "
            "with DEBUG on and a local database made for it. If you are sure, add --force."
        )


def add_force_argument(parser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help="Run even though DEBUG is off or the database is not a local scratch one.",
    )
