"""Each condition page's 999 signs carry the NHS's key facts (issue 24, migration 0015).

The facts are pinned as words, not sentences, so that staff and translators can reword a sign
without failing a test, but not drop what the NHS sends to 999 or A&E.
"""

import importlib

import pytest
from django.apps import apps as django_apps

from treatments.models import Condition

pytestmark = pytest.mark.django_db

migration = importlib.import_module("treatments.migrations.0015_nhs_emergency_signs")

EMERGENCY_HEADING = 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>'

# slug -> words that must each appear in one of its emergency signs (lower case)
KEY_FACTS = {
    "low-back-pain": [
        "numb",
        "genitals",
        "wipe",
        "bladder",
        "pee or poo",
        "both legs",
        "erection",
        "chest pain of any kind",
        "serious accident",
    ],
    "sciatica": ["both legs", "genitals", "wipe", "pee", "poo", "erection"],
    "migraine-headache": [
        "suddenly",
        "stiff neck",
        "rash",
        "remembering",
        "one side of the body",
        "white of an eye",
        "injury to the head",
        "child under 12",
    ],
    "neck-pain": ["stiff neck", "high temperature", "rash", "chest", "serious accident"],
    "shoulder-pain": ["chest", "jaw", "out of shape"],
    "nausea-vomiting": ["vomiting blood", "coffee grounds", "black poo", "faint"],
    "postoperative-pain": ["breathlessness", "coughing up blood", "swollen leg"],
    "labour-pain": ["breathlessness", "coughing up blood"],
    "stress-anxiety": ["ending your life", "overdose"],
    "injury-recovery": ["out of shape", "bone showing"],
    "cancer-related-fatigue": ["chest pain", "difficulty breathing", "bleeding"],
}


@pytest.fixture(autouse=True)
def _numbers(settings):
    settings.CLINIC_EMERGENCY_NUMBER = "999"


def signs_of(slug: str) -> list[str]:
    return [sign.lower() for sign in Condition.objects.get(slug=slug).emergency_sign_list()]


@pytest.mark.parametrize(
    ("slug", "fact"), [(slug, fact) for slug, facts in KEY_FACTS.items() for fact in facts]
)
def test_each_key_nhs_fact_is_a_999_sign(slug, fact):
    assert any(fact in sign for sign in signs_of(slug)), f"{slug}: no 999 sign says {fact!r}"


@pytest.mark.parametrize("slug", KEY_FACTS)
def test_the_page_shows_them_under_call_999(client, slug):
    page = client.get(f"/conditions/{slug}/").content.decode()
    first_sign = Condition.objects.get(slug=slug).emergency_sign_list()[0]

    assert page.index(EMERGENCY_HEADING) < page.index(first_sign.split(",")[0])


def test_neck_pain_with_a_headache_alone_is_not_a_999_sign():
    # The meningitis picture needs the high temperature; a tension headache does not.
    for sign in signs_of("neck-pain"):
        if "headache" in sign:
            assert "high temperature" in sign


def test_heart_signs_on_neck_and_shoulder_pages_need_chest_pain_or_pressure():
    for slug in ["neck-pain", "shoulder-pain"]:
        heart = [sign for sign in signs_of(slug) if "sweating" in sign]
        assert heart and all("chest" in sign for sign in heart), slug


@pytest.mark.parametrize(
    ("slug", "facts"),
    [
        ("low-back-pain", ["cough, sneeze or poo", "between your shoulder blades", "111 today"]),
        ("migraine-headache", ["urgent gp appointment", "jaw pain when you eat", "double vision"]),
        ("nausea-vomiting", ["vomited blood", "urgent gp appointment"]),
        ("arthritis", ["urgent gp appointment", "red or hot", "shivery"]),
        ("joint-pain", ["urgent gp appointment", "red or hot", "shivery"]),
        ("knee-pain", ["hot and swollen", "111 today"]),
        ("cancer-related-fatigue", ["high temperature", "24-hour helpline", "day or night"]),
    ],
)
def test_urgent_signs_say_gp_or_111_today(slug, facts):
    summary = Condition.objects.get(slug=slug).summary.lower()

    for fact in facts:
        assert fact in summary, f"{slug}: summary lacks {fact!r}"


def test_a_limb_out_of_shape_is_no_longer_only_seen_by_a_doctor_first():
    summary = Condition.objects.get(slug="injury-recovery").summary

    assert "odd shape" not in summary


def test_vomited_blood_is_no_longer_only_medical_care_straight_away():
    summary = Condition.objects.get(slug="nausea-vomiting").summary

    assert "vomiting blood, or signs of dehydration" not in summary


def test_forwards_twice_changes_nothing():
    before = {c.slug: (c.summary, c.emergency_signs) for c in Condition.objects.all()}

    migration.forwards(django_apps, None)

    assert before == {c.slug: (c.summary, c.emergency_signs) for c in Condition.objects.all()}


def test_backwards_restores_the_0011_text_and_forwards_brings_it_back():
    shipped = {c.slug: (c.summary, c.emergency_signs) for c in Condition.objects.all()}

    migration.backwards(django_apps, None)

    assert Condition.objects.get(slug="shoulder-pain").emergency_signs == ""
    assert (
        "Sudden chest pain that spreads"
        in Condition.objects.get(slug="low-back-pain").emergency_signs
    )
    assert (
        "vomiting blood, or signs of dehydration"
        in Condition.objects.get(slug="nausea-vomiting").summary
    )
    assert Condition.objects.get(slug="arthritis").summary.endswith(
        "should not be massaged during a flare."
    )
    migration.forwards(django_apps, None)
    assert shipped == {c.slug: (c.summary, c.emergency_signs) for c in Condition.objects.all()}


def test_signs_and_summaries_staff_rewrote_are_left_alone(capsys):
    Condition.objects.filter(slug="neck-pain").update(emergency_signs="Their sign")
    Condition.objects.filter(slug="low-back-pain").update(summary="Our own words.")

    migration.backwards(django_apps, None)

    assert Condition.objects.get(slug="neck-pain").emergency_signs == "Their sign"
    assert Condition.objects.get(slug="low-back-pain").summary == "Our own words."
    out = capsys.readouterr().out
    assert "neck-pain: emergency signs edited by staff" in out
    assert "low-back-pain: summary edited by staff" in out
