"""Shared fixtures: the people who use the site."""

import pytest
from django.core.servers.basehttp import WSGIServer

from tests.helpers import health_answers

# The live server's listen queue holds 10 waiting connections by default; the concurrency
# tests open 40 at once, as a busy morning might.
WSGIServer.request_queue_size = 128


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with empty caches: Django's caches outlive a test's database
    transaction, so a page cached by one test would otherwise be served to the next."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()
    yield
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English: a request to a /pl/ page activates Polish in the thread
    (LocaleMiddleware), and the test client leaves it active after the response."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def set_clinic(db):
    """Changes the clinic's settings row (what the owner edits in the admin), as a save there
    would: the pages show it on the next request."""
    from clinic.content_cache import bump_content_version
    from clinic.models import ClinicSettings

    def change(**fields):
        ClinicSettings.objects.filter(id=ClinicSettings.load().id).update(**fields)
        bump_content_version()

    return change


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="owner", email="owner@clinic.example", password="correct horse battery"
    )


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def reviewer(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username="rita", email="rita@clinic.example", password="a long reviewer pass", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def staff_without_group_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="sam", password="a long staff password", is_staff=True
    )
    client.force_login(user)
    return client


@pytest.fixture
def outsider_client(client, django_user_model):
    """Logged in, but not staff: a patient or anyone else with an account."""
    user = django_user_model.objects.create_user(username="olly", password="a long password")
    client.force_login(user)
    return client


@pytest.fixture
def demo(db) -> dict:
    """A dozen varied intakes, by patient name: the demo's patients (a red flag, a pregnancy,
    a needle-averse desk worker, chemotherapy...; intake/demo/patients.py)."""
    from intake.demo.patients import demo_intakes

    return demo_intakes()


@pytest.fixture
def answers(db) -> dict:
    """Valid answers for every step, as a patient's browser would post them."""
    return {
        "about-you": {
            "full_name": "Ada Lovelace",
            "date_of_birth_day": "10",
            "date_of_birth_month": "12",
            "date_of_birth_year": "1985",
            "email": "ada@example.org",
            "phone": "",
            "contact_method": "email",
        },
        "symptoms": {
            "main_concern": "Aching lower back after long days at my desk.",
            "body_regions": ["lower_back", "neck"],
            "pain_now": "6",
            "pain_week_average": "5",
            "duration": "over_3_months",
            "interference": "4",
            "conditions": ["low-back-pain"],
        },
        "goals": {"goals": ["pain_relief", "mobility"]},
        "health": health_answers(),
        "preferences": {
            "needles": "avoid",
            "pressure": "firm",
            "self_care": "yes",
            "curious_about": ["massage", "acupressure"],
            "anything_else": "I work shifts.",
        },
    }


# The database's rows as the migrations left them, read by django_db_setup below, and the
# blocker that lets the teardown hook below reach the database between tests.
MIGRATED_ROWS: list = []
DB_BLOCKER: list = []


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and its rows as the migrations left them, serialized
    once per run (per xdist worker) with Django's own serializer and read back into model
    objects once, not after every transactional test (half of each reload's time). Django's
    `serialized_rollback` keeps the same string, but on the connection object
    (`_test_serialized_contents`); once Playwright's sync API has started, an asyncio loop
    counts as running in the main thread, so Django's connections come from asgiref's
    context-local store instead: new objects without that attribute, and Django then
    silently restores nothing. Keeping the string here does not depend on which connection
    object a test gets."""
    from django.core import serializers
    from django.db import connection

    with django_db_blocker.unblock():
        content = connection.creation.serialize_db_to_string()
        MIGRATED_ROWS.extend(serializers.deserialize("json", content))
    DB_BLOCKER.append(django_db_blocker)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends with pytest-django flushing every table, the migrations' rows
    too (treatment content, the clinic's examples, the Reviewers group). They are loaded back
    at once, so that whatever test this worker runs next finds the database as the
    migrations left it: pytest-django puts transactional tests after the others, but xdist's
    work stealing can hand a worker an ordinary test after them."""
    result = yield
    # After the last test, the session's teardown has already removed the test database.
    if nextitem is not None and DB_BLOCKER:
        from treatments.models import Modality

        with DB_BLOCKER[0].unblock():
            if not Modality.objects.exists():
                load_migrated_content()
    return result


def load_migrated_content() -> None:
    """Loads MIGRATED_ROWS into the flushed database, committed, so the live server's
    threads and a worker process see it. Rows go in with one INSERT per model, not one save
    per row as Django's `deserialize_db_from_string` does (0.3 s a test on SQLite, 0.65 s on
    PostgreSQL, for about 500 rows). The flush's post_migrate made the content types and
    permissions again under new ids; those give way to the serialized ones."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction

    by_model = {}
    for row in MIGRATED_ROWS:  # in the serializer's order: each model after those it points to
        by_model.setdefault(type(row.object), []).append(row.object)
    with transaction.atomic():
        Permission.objects.all().delete()
        ContentType.objects.all().delete()
        for model, objects in by_model.items():
            model._base_manager.bulk_create(objects)
        for row in MIGRATED_ROWS:
            for field, ids in (row.m2m_data or {}).items():
                getattr(row.object, field).set(ids)
    ContentType.objects.clear_cache()


@pytest.fixture
def committed_db(transactional_db):
    """A real, committed database, for tests whose requests come from other threads or
    processes (a live server, concurrent clients, the worker process), holding what every
    real database has from its migrations: the treatment content, the clinic's examples,
    the Reviewers group and its permissions (loaded back after each transactional test by
    the teardown hook above)."""
