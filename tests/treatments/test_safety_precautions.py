"""Migration 0004: combined precautions retired, sharper ones added, sources and flags set."""

import importlib

import pytest
from django.apps import apps as django_apps

from treatments.models import Modality, Precaution, PrecautionGuidance

pytestmark = pytest.mark.django_db

MODALITY_SLUGS = {
    "massage-therapy",
    "medical-massage",
    "relaxation-massage",
    "acupressure",
    "acupuncture",
}
MASSAGE_KINDS = ["massage-therapy", "medical-massage", "relaxation-massage"]
NEW_SLUGS = [
    "blood-clot-now",
    "blood-clot-past",
    "osteoporosis",
    "recent-fracture",
    "diabetes-neuropathy",
    "varicose-veins",
    "heart-condition",
    "epilepsy",
    "weakened-immunity",
    "needle-fainting",
]
RETIRED_SLUGS = ["blood-clots-combined", "osteoporosis-or-fracture"]


def guidance(precaution: str, modality_slug: str) -> PrecautionGuidance:
    return PrecautionGuidance.objects.get(precaution__slug=precaution, modality__slug=modality_slug)


@pytest.mark.parametrize("slug", RETIRED_SLUGS)
def test_the_combined_questions_are_kept_but_no_longer_asked(slug):
    precaution = Precaution.objects.get(slug=slug)

    assert not precaution.is_asked
    assert "no longer asked" in precaution.name
    assert set(precaution.guidance.values_list("modality__slug", flat=True)) == MODALITY_SLUGS
    assert precaution not in Precaution.objects.asked()


def test_the_retired_rows_keep_the_question_their_patients_answered():
    assert Precaution.objects.get(slug="blood-clots-combined").question == (
        "Do you have a blood clot now, or have you had one (such as a DVT) in the past?"
    )
    assert Precaution.objects.get(slug="osteoporosis-or-fracture").question == (
        "Do you have osteoporosis, or have you broken a bone recently?"
    )


@pytest.mark.parametrize("slug", NEW_SLUGS)
def test_each_new_precaution_is_asked_with_guidance_for_every_modality(slug):
    precaution = Precaution.objects.get(slug=slug)

    assert precaution.is_asked
    assert precaution.question.endswith("?")
    assert precaution.source
    rows = list(precaution.guidance.select_related("modality"))
    assert {row.modality.slug for row in rows} == MODALITY_SLUGS
    for row in rows:
        assert row.level in PrecautionGuidance.Level.values
        assert row.advice.strip() and "\n" not in row.advice
        assert row.staff_note.strip() and "\n" not in row.staff_note


def test_the_two_clot_questions_differ():
    now = Precaution.objects.get(slug="blood-clot-now")
    past = Precaution.objects.get(slug="blood-clot-past")

    assert now.question != past.question
    assert "treated" in past.question


def test_a_treated_clot_in_the_past_is_never_a_reason_to_avoid_treatment():
    levels = set(
        PrecautionGuidance.objects.filter(precaution__slug="blood-clot-past").values_list(
            "level", flat=True
        )
    )

    assert "avoid" not in levels
    assert guidance("blood-clot-past", "medical-massage").level == "caution"
    assert guidance("blood-clot-past", "massage-therapy").level == "caution"


@pytest.mark.parametrize("modality_slug", MASSAGE_KINDS)
def test_a_clot_now_means_no_massage_of_any_kind(modality_slug):
    assert guidance("blood-clot-now", modality_slug).level == "avoid"


@pytest.mark.parametrize("modality_slug", ["acupressure", "acupuncture"])
def test_a_clot_now_is_a_caution_with_medical_clearance_for_point_therapies(modality_slug):
    row = guidance("blood-clot-now", modality_slug)

    assert row.level == "caution"
    assert "clearance" in row.staff_note


@pytest.mark.parametrize(
    ("precaution", "modality_slug", "expected"),
    [
        ("osteoporosis", "medical-massage", "caution"),
        ("osteoporosis", "relaxation-massage", "note"),
        ("osteoporosis", "acupuncture", "note"),
        ("recent-fracture", "acupuncture", "note"),
        ("recent-fracture", "massage-therapy", "caution"),
        ("varicose-veins", "acupuncture", "caution"),
        ("varicose-veins", "relaxation-massage", "note"),
        ("heart-condition", "acupuncture", "caution"),
        ("epilepsy", "acupuncture", "caution"),
        ("weakened-immunity", "acupuncture", "caution"),
        ("needle-fainting", "acupuncture", "caution"),
        ("needle-fainting", "acupressure", "note"),
        ("needle-fainting", "relaxation-massage", "note"),
    ],
)
def test_new_guidance_levels_are_clinically_consistent(precaution, modality_slug, expected):
    assert guidance(precaution, modality_slug).level == expected


def test_every_asked_precaution_names_its_source():
    asked = Precaution.objects.asked()

    assert asked.count() == 20
    assert list(asked.filter(source="").values_list("slug", flat=True)) == []


def test_the_health_step_asks_in_an_order_that_keeps_related_questions_together():
    slugs = list(Precaution.objects.asked().values_list("slug", flat=True))

    assert slugs[:4] == ["pregnancy", "blood-thinners", "blood-clot-now", "blood-clot-past"]
    assert slugs.index("recent-fracture") + 1 == slugs.index("osteoporosis")
    assert slugs[-3:] == ["needle-fainting", "metal-allergy", "oil-allergy"]
    assert list(Precaution.objects.values_list("slug", flat=True)[20:]) == RETIRED_SLUGS


RESTRICTING = {
    ("blood-thinners", "medical-massage"),
    ("blood-thinners", "massage-therapy"),
    ("blood-thinners", "acupuncture"),
    ("pregnancy", "medical-massage"),
    ("pregnancy", "acupuncture"),
    ("cancer-treatment", "medical-massage"),
    ("cancer-treatment", "massage-therapy"),
    ("cancer-treatment", "acupuncture"),
    ("recent-surgery", "medical-massage"),
    ("blood-clot-now", "acupuncture"),
    ("blood-clot-past", "medical-massage"),
    ("osteoporosis", "medical-massage"),
    ("recent-fracture", "medical-massage"),
    ("diabetes-neuropathy", "medical-massage"),
    ("diabetes-neuropathy", "acupuncture"),
    ("varicose-veins", "medical-massage"),
    ("heart-condition", "medical-massage"),
    ("weakened-immunity", "acupuncture"),
    ("needle-fainting", "acupuncture"),
}


def test_exactly_the_cautions_that_limit_the_main_technique_are_marked():
    marked = set(
        PrecautionGuidance.objects.filter(restricts_core_technique=True).values_list(
            "precaution__slug", "modality__slug"
        )
    )

    assert marked == RESTRICTING
    assert not PrecautionGuidance.objects.filter(
        restricts_core_technique=True, level="avoid"
    ).exists()


def test_epilepsy_does_not_restrict_needling_but_says_never_leave_the_patient():
    row = guidance("epilepsy", "acupuncture")

    assert not row.restricts_core_technique
    assert "never leave" in row.staff_note.lower()


MIGRATION = importlib.import_module("treatments.migrations.0006_safety_precautions")
CANCER_HISTORY = importlib.import_module("treatments.migrations.0014_cancer_history_precaution")


def test_running_the_migration_again_changes_nothing():
    before = list(Precaution.objects.order_by("pk").values())

    MIGRATION.load(django_apps, None)

    assert list(Precaution.objects.order_by("pk").values()) == before
    # 21 precautions by 0006, and "Cancer in the past" (0014).
    assert PrecautionGuidance.objects.count() == 22 * len(MODALITY_SLUGS)


def test_the_reverse_restores_the_combined_questions():
    CANCER_HISTORY.remove_cancer_history(django_apps, None)  # a later migration, undone first
    MIGRATION.unload(django_apps, None)

    # "osteoporosis" is the slug of a new precaution and of the restored combined one.
    added_only = [slug for slug in NEW_SLUGS if slug != "osteoporosis"]
    assert not Precaution.objects.filter(slug__in=added_only).exists()
    for slug in ["blood-clots", "osteoporosis"]:
        restored = Precaution.objects.get(slug=slug)
        assert restored.is_asked
        assert "no longer asked" not in restored.name
    assert Precaution.objects.get(slug="osteoporosis").detail_prompt == (
        "Where, and when was the fracture?"
    )
    assert Precaution.objects.count() == 11
    assert not Precaution.objects.exclude(source="").exists()
    assert not PrecautionGuidance.objects.filter(restricts_core_technique=True).exists()
    assert list(Precaution.objects.values_list("display_order", flat=True)) == list(
        range(10, 120, 10)
    )
    assert Modality.objects.count() == len(MODALITY_SLUGS)
