"""Settings for the test suite: the real settings, with a few changes kept in this one place.

Tests run with DEBUG off, as production does. Only speed and isolation change here.
"""

import os
import secrets

# A fresh key per run: no literal secret anywhere, and the real settings still demand one.
os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# The test client and live server talk plain HTTP.
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")

from clinic.settings import *  # noqa: F403
from clinic.settings import STORAGES

# Hashing passwords the slow, safe way costs seconds per test that logs in.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# No collectstatic before tests: serve from the apps' folders, without hashed names.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # noqa: F405

# Most tests sign staff in with force_login; the two-factor tests turn this back on.
STAFF_REQUIRE_2FA = False

# Most tests send their emails at once, inside the request (the status rows are written all the
# same); tests/intake/test_email_queue.py runs the real database queue and worker.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}

# On SQLite the test database is a file, not memory, so that a worker started as a separate
# process (tests/intake/test_worker_process.py) reads the same database as the test.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
    # Nothing here needs to survive a power cut: no waiting for the disk at each commit.
    DATABASES["default"]["OPTIONS"]["init_command"] += ";PRAGMA synchronous=OFF"  # noqa: F405
