"""Shared fixtures: the people who use the site."""

import importlib
from unittest import mock

import pytest
from django.core.servers.basehttp import WSGIServer

from tests.helpers import health_answers

# The live server's listen queue holds 10 waiting connections by default; the concurrency
# tests open 40 at once, as a busy morning might.
WSGIServer.request_queue_size = 128


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: Django's cache outlives a test's database
    transaction, so a page cached by one test would otherwise be served to the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


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


def load_treatment_content(apps) -> None:
    """Runs the treatment data migrations again on today's schema. 0002 was written while
    Modality still had `licence_required` (0004 drops it), so its field list is narrowed to the
    fields that still exist; 0005 then corrects the text, 0006 splits and adds precautions and
    0009 puts the most-asked comparison rows first, as on every real database."""
    seed = importlib.import_module("treatments.migrations.0002_seed_content")
    existing = {field.name for field in apps.get_model("treatments", "Modality")._meta.fields}
    fields = [name for name in seed.MODALITY_FIELDS if name in existing]
    with mock.patch.object(seed, "MODALITY_FIELDS", fields):
        seed.load(apps, None)
    importlib.import_module("treatments.migrations.0005_content_corrections").correct(apps, None)
    importlib.import_module("treatments.migrations.0006_safety_precautions").load(apps, None)
    importlib.import_module("treatments.migrations.0009_most_asked_aspects_first").most_asked_first(
        apps, None
    )


@pytest.fixture
def committed_db(transactional_db):
    """A real, committed database, for tests whose requests come from other threads (a live
    server, concurrent clients). It is emptied after each such test, so this puts back what
    the data migrations make (treatment content, the Reviewers group), as every real
    database has it."""
    from django.apps import apps
    from django.contrib.auth.models import Group

    from treatments.models import Modality

    if not Modality.objects.exists():
        load_treatment_content(apps)
        importlib.import_module("treatments.migrations.0008_seed_clinic_examples").load(apps, None)
    if not Group.objects.filter(name="Reviewers").exists():
        importlib.import_module("intake.migrations.0002_reviewers_group").create_group(apps, None)
        migration = importlib.import_module("intake.migrations.0009_reviewers_view_clinic_content")
        migration.grant_view(apps, None)
        exports = importlib.import_module("intake.migrations.0011_exports_audited_and_permitted")
        exports.grant_export(apps, None)
