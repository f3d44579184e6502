"""The seeded treatment content (migration 0002): complete, consistent and true to the sources."""

import importlib
import re

import pytest

from treatments.models import (
    AspectValue,
    Comparison,
    ComparisonAspect,
    ComparisonEntry,
    Condition,
    ConditionUse,
    Modality,
    Precaution,
    PrecautionGuidance,
)

pytestmark = pytest.mark.django_db

MODALITY_SLUGS = [
    "massage-therapy",
    "medical-massage",
    "relaxation-massage",
    "acupressure",
    "acupuncture",
]
# The rows patients ask about most come first (migration 0009).
ASPECT_SLUGS = [
    "needles",
    "who-can-practise",
    "self-administration",
    "pressure-and-intensity",
    "oils",
    "used-for",
    "administration",
    "stated-purpose",
    "method-of-delivery",
    "cultural-origins",
    "depth-of-effect",
    "how-it-is-learnt",
    "typical-techniques",
    "tools-and-equipment",
]
FACT_ASPECTS = {
    "self-administration": "self_administrable",
    "who-can-practise": "regulation",
    "needles": "uses_needles",
    "oils": "uses_oils",
}
# In display order after migration 0004; the two retired (no longer asked) questions come last.
PRECAUTION_SLUGS = [
    "pregnancy",
    "blood-thinners",
    "blood-clot-now",
    "blood-clot-past",
    "varicose-veins",
    "heart-condition",
    "implanted-device",
    "diabetes-neuropathy",
    "epilepsy",
    "weakened-immunity",
    "cancer-treatment",
    "cancer-history",
    "recent-surgery",
    "recent-fracture",
    "osteoporosis",
    "skin-condition",
    "fever",
    "needle-fainting",
    "metal-allergy",
    "oil-allergy",
    "blood-clots-combined",
    "osteoporosis-or-fracture",
]
CONDITION_SLUGS = [
    "chronic-pain",
    "low-back-pain",
    "neck-pain",
    "shoulder-pain",
    "knee-pain",
    "joint-pain",
    "muscle-tension",
    "migraine-headache",
    "stress-anxiety",
    "sleep",
    "nausea-vomiting",
    "menstrual-pain",
    "labour-pain",
    "postoperative-pain",
    "fibromyalgia",
    "sciatica",
    "arthritis",
    "injury-recovery",
    "limited-mobility",
    "digestion",
    "cancer-related-fatigue",
]
COMPARISONS = {
    "massage-therapy-vs-acupressure": ["massage-therapy", "acupressure"],
    "acupuncture-vs-acupressure": ["acupuncture", "acupressure"],
    "medical-massage-vs-relaxation-massage": ["medical-massage", "relaxation-massage"],
}
# From no pressure to firm; "varies" is not on the scale.
PRESSURE_SCALE = ["none", "light", "light_medium", "medium", "medium_firm", "firm"]


def modality(slug: str) -> Modality:
    return Modality.objects.get(slug=slug)


def all_seeded_text() -> str:
    """Every text field of the seeded content, joined, for looking facts up."""
    parts: list[str] = []
    for m in Modality.objects.all():
        parts += [
            m.name,
            m.summary,
            m.body,
            m.session,
            m.practitioner,
            m.typical_tools,
            m.cultural_origin,
        ]
    for aspect in ComparisonAspect.objects.all():
        parts += [aspect.name, aspect.description]
    parts += AspectValue.objects.values_list("text", flat=True)
    for condition in Condition.objects.all():
        parts += [condition.name, condition.summary]
    parts += ConditionUse.objects.values_list("note", flat=True)
    for precaution in Precaution.objects.all():
        parts += [precaution.name, precaution.question, precaution.detail_prompt]
    for guidance in PrecautionGuidance.objects.all():
        parts += [guidance.advice, guidance.staff_note]
    for comparison in Comparison.objects.all():
        parts += [comparison.title, comparison.introduction, comparison.similarities]
    parts += ComparisonEntry.objects.values_list("may_suit_you", flat=True)
    return "\n".join(parts)


def test_the_five_modalities_are_seeded_in_order_with_their_parents():
    modalities = list(Modality.objects.published())

    assert [m.slug for m in modalities] == MODALITY_SLUGS
    assert [m.display_order for m in modalities] == [10, 20, 30, 40, 50]
    parents = {m.slug: m.parent.slug if m.parent else None for m in modalities}
    assert parents == {
        "massage-therapy": None,
        "medical-massage": "massage-therapy",
        "relaxation-massage": "massage-therapy",
        "acupressure": None,
        "acupuncture": None,
    }


def test_every_seeded_row_is_valid_and_every_modality_field_is_filled():
    for model in [
        Modality,
        ComparisonAspect,
        AspectValue,
        Condition,
        ConditionUse,
        Precaution,
        PrecautionGuidance,
        Comparison,
        ComparisonEntry,
    ]:
        for obj in model.objects.all():
            obj.full_clean()

    for m in Modality.objects.all():
        for field in ["summary", "body", "session", "practitioner", "typical_tools"]:
            assert getattr(m, field).strip(), (m.slug, field)
        assert "\n\n" in m.body, m.slug
        assert "\n\n" in m.session, m.slug


def test_acupuncture_uses_needles_and_is_given_by_an_acupuncturist():
    acupuncture = modality("acupuncture")

    assert acupuncture.uses_needles
    assert acupuncture.profession == Modality.Profession.ACUPUNCTURE
    assert not acupuncture.self_administrable
    assert not acupuncture.uses_oils


def test_acupressure_uses_no_needles_and_can_be_self_administered():
    acupressure = modality("acupressure")

    assert not acupressure.uses_needles
    assert acupressure.self_administrable
    assert acupressure.profession == Modality.Profession.ACUPRESSURE


@pytest.mark.parametrize("slug", ["massage-therapy", "medical-massage", "relaxation-massage"])
def test_massage_uses_oils_is_given_by_a_massage_therapist_and_needs_another_person(slug):
    massage = modality(slug)

    assert massage.uses_oils
    assert massage.profession == Modality.Profession.MASSAGE
    assert not massage.self_administrable
    assert not massage.uses_needles


def test_acupressure_uses_no_oils():
    assert not modality("acupressure").uses_oils


def test_relaxation_massage_is_lighter_than_medical_massage():
    relaxation = PRESSURE_SCALE.index(modality("relaxation-massage").typical_pressure)
    medical = PRESSURE_SCALE.index(modality("medical-massage").typical_pressure)

    assert relaxation < medical
    assert modality("medical-massage").typical_pressure in {"medium_firm", "firm"}


def test_the_comparison_aspects_are_in_order_with_their_facts():
    aspects = list(ComparisonAspect.objects.all())

    assert [a.slug for a in aspects] == ASPECT_SLUGS
    assert [a.display_order for a in aspects] == sorted({a.display_order for a in aspects})
    facts = {a.slug: a.fact for a in aspects if a.fact}
    assert facts == FACT_ASPECTS
    names = {a.slug: a.name for a in aspects}
    assert names["stated-purpose"] == "Stated purpose"
    assert names["used-for"] == "Often used for"
    assert all(a.description for a in aspects)


def test_every_aspect_has_a_value_for_every_published_modality():
    pairs = set(AspectValue.objects.values_list("aspect__slug", "modality__slug"))

    for aspect in ComparisonAspect.objects.all():
        for m in Modality.objects.published():
            assert (aspect.slug, m.slug) in pairs, (aspect.slug, m.slug)
    assert not AspectValue.objects.filter(text="").exists()


def test_fact_row_texts_explain_rather_than_repeat_the_answer():
    for value in AspectValue.objects.filter(aspect__slug__in=FACT_ASPECTS):
        assert not re.match(r"(yes|no)\b", value.text, re.I), value


def test_every_precaution_is_seeded_in_order_with_guidance_for_every_modality():
    precautions = list(Precaution.objects.all())

    assert [p.slug for p in precautions] == PRECAUTION_SLUGS
    for precaution in precautions:
        assert precaution.question.endswith("?"), precaution.slug
        guided = set(precaution.guidance.values_list("modality__slug", flat=True))
        assert guided == set(MODALITY_SLUGS), precaution.slug
    assert PrecautionGuidance.objects.count() == len(PRECAUTION_SLUGS) * len(MODALITY_SLUGS)
    assert not PrecautionGuidance.objects.filter(advice="").exists()
    assert not PrecautionGuidance.objects.filter(staff_note="").exists()


@pytest.mark.parametrize(
    ("slug", "prompt"),
    [
        ("pregnancy", "How many weeks pregnant are you?"),
        ("blood-thinners", "Which medicine, or which condition?"),
        ("recent-surgery", "What surgery, and when?"),
        ("skin-condition", "Where on your body?"),
        ("implanted-device", "Which device?"),
        ("cancer-treatment", "What treatment, and when?"),
        ("osteoporosis-or-fracture", "Where, and when was the fracture?"),
        ("recent-fracture", "Which bone, and when?"),
        ("metal-allergy", "What are you allergic to?"),
        ("oil-allergy", "What are you allergic to?"),
    ],
)
def test_a_yes_that_needs_detail_asks_for_it(slug, prompt):
    assert Precaution.objects.get(slug=slug).detail_prompt == prompt


def level(precaution: str, modality_slug: str) -> str:
    return PrecautionGuidance.objects.get(
        precaution__slug=precaution, modality__slug=modality_slug
    ).level


def test_fever_means_avoid_for_every_modality():
    levels = set(
        PrecautionGuidance.objects.filter(precaution__slug="fever").values_list("level", flat=True)
    )

    assert levels == {"avoid"}


@pytest.mark.parametrize(
    ("precaution", "modality_slug", "expected"),
    [
        ("pregnancy", "acupressure", "caution"),
        ("pregnancy", "acupuncture", "caution"),
        ("blood-thinners", "acupuncture", "caution"),
        ("blood-thinners", "medical-massage", "caution"),
        ("blood-thinners", "relaxation-massage", "note"),
        ("implanted-device", "acupuncture", "caution"),
        ("blood-clot-now", "massage-therapy", "avoid"),
        ("blood-clot-now", "medical-massage", "avoid"),
        ("blood-clot-now", "relaxation-massage", "avoid"),
        ("skin-condition", "acupuncture", "caution"),
        ("osteoporosis", "medical-massage", "caution"),
        ("metal-allergy", "acupuncture", "caution"),
        ("metal-allergy", "relaxation-massage", "note"),
        ("oil-allergy", "massage-therapy", "note"),
        ("oil-allergy", "acupressure", "note"),
    ],
)
def test_guidance_levels_are_clinically_consistent(precaution, modality_slug, expected):
    assert level(precaution, modality_slug) == expected


def test_the_implanted_device_guidance_rules_out_electro_acupuncture():
    guidance = PrecautionGuidance.objects.get(
        precaution__slug="implanted-device", modality__slug="acupuncture"
    )

    assert "electro-acupuncture" in guidance.advice.lower()


def test_the_three_curated_comparisons_hold_the_right_modalities():
    comparisons = Comparison.objects.published()

    assert set(comparisons.values_list("slug", flat=True)) == set(COMPARISONS)
    for comparison in comparisons:
        entries = list(comparison.entries.order_by("display_order"))
        assert [e.modality.slug for e in entries] == COMPARISONS[comparison.slug]
        assert all(e.may_suit_you.strip() for e in entries)
        assert "\n\n" in comparison.introduction
        assert comparison.similarities.strip()


def test_every_condition_is_seeded_with_at_least_one_hedged_use():
    conditions = list(Condition.objects.published())

    assert [c.slug for c in conditions] == CONDITION_SLUGS
    for condition in conditions:
        uses = list(condition.uses.all())
        assert uses, condition.slug
        for use in uses:
            assert use.note.strip(), (condition.slug, use.modality.slug)
            assert use.evidence in {"studied", "mixed", "traditional"}


@pytest.mark.parametrize(
    ("condition", "modality_slug"),
    [
        ("fibromyalgia", "medical-massage"),
        ("sciatica", "medical-massage"),
        ("arthritis", "medical-massage"),
        ("injury-recovery", "medical-massage"),
        ("limited-mobility", "medical-massage"),
        ("joint-pain", "medical-massage"),
        ("stress-anxiety", "relaxation-massage"),
        ("sleep", "relaxation-massage"),
        ("chronic-pain", "acupressure"),
        ("chronic-pain", "acupuncture"),
        ("migraine-headache", "acupressure"),
        ("migraine-headache", "acupuncture"),
        ("sleep", "acupuncture"),
        ("stress-anxiety", "acupuncture"),
        ("nausea-vomiting", "acupressure"),
        ("menstrual-pain", "acupressure"),
        ("labour-pain", "acupressure"),
        ("cancer-related-fatigue", "acupressure"),
        ("digestion", "acupressure"),
        ("low-back-pain", "acupressure"),
    ],
)
def test_conditions_link_the_modalities_the_sources_connect_with_them(condition, modality_slug):
    assert ConditionUse.objects.filter(
        condition__slug=condition, modality__slug=modality_slug
    ).exists()


def test_every_modality_is_used_for_at_least_one_condition():
    for m in Modality.objects.all():
        assert m.condition_uses.exists(), m.slug


@pytest.mark.parametrize(
    "fact",
    [
        "Yellow Emperor",
        "FDA",
        "Qi",
        "meridian",
        "acupoint",
        "traditional Chinese medicine",
        "trigger point",
        "myofascial release",
        "deep tissue",
        "Swedish",
        "lymphatic drainage",
        "acuball",
        "energy roller",
        "foot roller",
        "power mat",
        "teishin",
        "parasympathetic",
        "cortisol",
        "endorphins",
        "auricular",
        "chemotherapy",
        "videos",
        "demonstration",
        "connective tissue",
        "ligaments",
        "range of motion",
        "adhesions",
        "scar tissue",
        "circulation",
        "chiropractic",
        "one in five",
        "15 to 30 seconds",
        "fingertips",
        "bruising",
        "surface therapy",
        "kneading",
        "specialised training",
    ],
)
def test_a_key_fact_from_the_sources_is_in_the_content(fact):
    assert fact.lower() in all_seeded_text().lower()


def test_the_content_is_hedged_and_in_uk_spelling():
    content = all_seeded_text()

    us_spellings = r"\b(specialized|color|center|labor|practicing|behavior|favor|licenses?)\b"
    assert not re.search(us_spellings, content, re.I)
    for word in ["guarantee", "cures", "will heal", "proven to"]:
        assert word not in content.lower(), word
    assert "not a cure" in content


def test_putting_the_most_asked_rows_first_keeps_a_row_staff_added_in_its_place():
    from django.apps import apps

    migration = importlib.import_module("treatments.migrations.0009_most_asked_aspects_first")
    migration.seeded_order(apps, None)
    tools = ComparisonAspect.objects.get(slug="tools-and-equipment")
    ComparisonAspect.objects.create(
        name="Clothing", slug="clothing", display_order=tools.display_order + 1
    )

    migration.most_asked_first(apps, None)

    slugs = list(ComparisonAspect.objects.values_list("slug", flat=True))
    assert slugs == [*ASPECT_SLUGS, "clothing"]
    migration.seeded_order(apps, None)
    assert list(ComparisonAspect.objects.values_list("slug", flat=True))[:2] == [
        "administration",
        "stated-purpose",
    ]
