"""Migration 0022: the seeded massage session's Polish description, reworded where it is still
the one 0017 filled in, and left alone where staff changed it."""

import importlib

import pytest
from django.apps import apps

from treatments.models import Service

pytestmark = pytest.mark.django_db

migration = importlib.import_module("treatments.migrations.0022_pl_service_wording")


def seeded() -> Service:
    return Service.objects.get(description_en_gb=migration.ENGLISH)


def test_the_seeded_description_reads_as_a_whole_sentence_in_polish(client):
    assert seeded().description_pl == migration.AFTER

    page = client.get("/pl/prices/").content.decode()
    assert "rodzaj masażu zaproponujemy po przeczytaniu Twojego formularza" in page
    assert "zaproponujemy który" not in page


def test_undoing_it_restores_0017s_wording_and_spares_a_staff_rewording():
    service = seeded()
    migration.reword(migration.AFTER, migration.BEFORE)(apps, None)
    assert seeded().description_pl == migration.BEFORE

    Service.objects.filter(pk=service.pk).update(description_pl="Nasze własne słowa.")
    migration.reword(migration.BEFORE, migration.AFTER)(apps, None)
    assert seeded().description_pl == "Nasze własne słowa."
