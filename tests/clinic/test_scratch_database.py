"""Commands that write made-up people refuse a production-like environment unless forced."""

import sys
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from clinic.scratch_database import why_not_scratch
from intake.models import Submission

pytestmark = pytest.mark.django_db

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture
def development(settings):
    settings.DEBUG = True  # the test database is a local scratch one already


def test_load_demo_refuses_a_production_like_environment(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match=r"DEBUG is off.*add --force"):
        call_command("load_demo", stdout=StringIO())

    assert Submission.objects.count() == 0
    assert not get_user_model().objects.filter(username="reviewer").exists()


def test_load_demo_runs_on_a_development_scratch_database(development):
    call_command("load_demo", stdout=StringIO())

    assert Submission.objects.count() == 12


def test_load_demo_runs_anywhere_with_force(settings):
    settings.DEBUG = False

    call_command("load_demo", "--force", stdout=StringIO())

    assert Submission.objects.count() == 12


def test_generate_submissions_refuses_a_production_like_environment(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="generate_submissions writes made-up people"):
        call_command("generate_submissions", "--count", "5", stdout=StringIO())

    assert Submission.objects.count() == 0


def test_generate_submissions_runs_on_a_development_scratch_database(development):
    call_command("generate_submissions", "--count", "3", stdout=StringIO())

    assert Submission.objects.count() == 3


def postgres(host: str, name: str) -> dict:
    return {"ENGINE": "django.db.backends.postgresql", "HOST": host, "NAME": name}


def sqlite(name) -> dict:
    return {"ENGINE": "django.db.backends.sqlite3", "NAME": name}


@pytest.mark.parametrize(
    ("database", "debug", "refused_because"),
    [
        (postgres("127.0.0.1", "clinic_demo"), False, "DEBUG is off"),
        (postgres("db.clinic.example", "clinic_demo"), True, "on another machine"),
        (postgres("10.0.0.5", "clinic_dev"), True, "on another machine"),
        (postgres("localhost", "clinic"), True, "not named as a scratch one"),
        (sqlite("/var/lib/clinic/db.sqlite3"), True, "outside the project folder"),
    ],
)
def test_what_is_not_a_scratch_database(database, debug, refused_because):
    assert refused_because in why_not_scratch(database, debug=debug)


@pytest.mark.parametrize(
    "database",
    [
        postgres("127.0.0.1", "clinic_demo"),
        postgres("", "clinic_dev"),
        postgres("/var/run/postgresql", "test_clinic"),
        sqlite(":memory:"),
        sqlite(Path(__file__).resolve().parents[2] / "db.sqlite3"),
    ],
)
def test_what_is_a_scratch_database(database):
    assert why_not_scratch(database, debug=True) is None


# --- make bench: its own database only ---


@pytest.fixture
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    sys.modules.pop("bench", None)
    import bench

    return bench


def test_the_bench_never_uses_the_shells_database_url(bench, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://clinic@db.clinic.example/clinic")
    monkeypatch.delenv("BENCH_DATABASE_URL", raising=False)

    assert bench.bench_database(force=False) == "postgres://postgres@127.0.0.1:5432/clinic_bench"


def test_the_bench_takes_a_local_database_named_for_it(bench, monkeypatch):
    monkeypatch.setenv("BENCH_DATABASE_URL", "postgres://me@localhost/my_bench")

    assert bench.bench_database(force=False) == "postgres://me@localhost/my_bench"


@pytest.mark.parametrize(
    "url",
    [
        "postgres://clinic@db.clinic.example/clinic_bench",
        "postgres://postgres@127.0.0.1:5432/clinic",
    ],
)
def test_the_bench_refuses_a_database_not_made_for_it(bench, monkeypatch, url):
    monkeypatch.setenv("BENCH_DATABASE_URL", url)

    with pytest.raises(SystemExit, match="not a local database named for the bench"):
        bench.bench_database(force=False)
    assert bench.bench_database(force=True) == url


def test_the_bench_runs_on_postgresql_only(bench, monkeypatch):
    monkeypatch.setenv("BENCH_DATABASE_URL", "sqlite:///.bench/bench.sqlite3")

    with pytest.raises(SystemExit, match="runs on PostgreSQL"):
        bench.bench_database(force=True)
