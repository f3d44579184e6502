"""Condition pages send emergency signs to 999 or A&E, in the intake's own words (issue 24)."""

import importlib

import pytest
from django.apps import apps as django_apps

from treatments.models import Condition

pytestmark = pytest.mark.django_db

EMERGENCY_HEADING = 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>'
migration = importlib.import_module("treatments.migrations.0011_condition_emergency_signs")


@pytest.fixture(autouse=True)
def _numbers(settings):
    settings.CLINIC_EMERGENCY_NUMBER = "999"


@pytest.mark.parametrize(
    ("slug", "sign"),
    [
        ("low-back-pain", "New numbness, tingling or a change in feeling around your genitals"),
        ("low-back-pain", "not being able to control when you pee or poo"),
        ("low-back-pain", "Chest pain of any kind together with your back pain"),
        ("sciatica", "around or under your genitals, around your bottom"),
        ("sciatica", "Sciatica in both legs"),
        ("migraine-headache", "A headache with a high temperature and a stiff neck"),
        ("migraine-headache", "came on suddenly and is extremely painful"),
        ("neck-pain", "A stiff neck with a high temperature"),
    ],
)
def test_each_emergency_sign_sits_under_call_999(client, slug, sign):
    page = client.get(f"/conditions/{slug}/").content.decode()

    assert page.index(EMERGENCY_HEADING) < page.index(sign)


@pytest.mark.parametrize("slug", ["low-back-pain", "sciatica", "migraine-headache"])
def test_no_emergency_is_left_at_see_a_doctor(client, slug):
    page = client.get(f"/conditions/{slug}/").content.decode()

    assert "See a doctor urgently" not in page
    assert "See a doctor before any treatment if back pain comes with numbness" not in page


def test_every_page_with_emergency_signs_says_999(client):
    with_signs = Condition.objects.published().exclude(emergency_signs="")
    assert with_signs.count() >= 4

    for condition in with_signs:
        page = client.get(condition.get_absolute_url()).content.decode()
        assert EMERGENCY_HEADING in page, condition.slug


def test_a_page_without_signs_shows_no_emergency_block(client):
    condition = Condition.objects.published().filter(emergency_signs="").first()

    page = client.get(condition.get_absolute_url()).content.decode()

    assert "red-flag-heading" not in page


def test_pregnancy_headaches_go_to_the_maternity_unit(client):
    page = client.get("/conditions/migraine-headache/").content.decode()

    assert "call your maternity unit or midwife now" in page


def test_a_summary_staff_rewrote_is_left_alone_and_signs_they_wrote_are_kept(capsys):
    Condition.objects.filter(slug="sciatica").update(
        summary="Our own words.", emergency_signs="Their sign"
    )

    migration.correct(django_apps, None)

    sciatica = Condition.objects.get(slug="sciatica")
    assert sciatica.summary == "Our own words."
    assert sciatica.emergency_signs == "Their sign"
    assert "sciatica: summary already rewritten" in capsys.readouterr().out
