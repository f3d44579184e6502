"""The suggestion engine: one test per rule, DESIGN.md's examples, and the demo cases."""

import pytest

from intake.triage import suggest
from intake.triage.suggest import POSTPONE, REFER, Answers, Guidance, ModalityFacts

MODALITIES = [
    ModalityFacts(
        "massage-therapy", "Massage therapy", "massage-therapy", False, False, "varies", 10
    ),
    ModalityFacts(
        "medical-massage", "Medical massage", "massage-therapy", False, False, "firm", 20
    ),
    ModalityFacts(
        "relaxation-massage", "Relaxation massage", "massage-therapy", False, False, "light", 30
    ),
    ModalityFacts("acupressure", "Acupressure", "acupressure", False, True, "medium", 40),
    ModalityFacts("acupuncture", "Acupuncture", "acupuncture", True, False, "none", 50),
]
GUIDANCE = (
    [
        Guidance("oil-allergy", "Oil or lotion allergy", slug, "note", "Use an oil-free medium.")
        for slug in ("massage-therapy", "medical-massage", "relaxation-massage")
    ]
    + [
        Guidance("oil-allergy", "Oil or lotion allergy", slug, "note", "No oil is used.")
        for slug in ("acupressure", "acupuncture")
    ]
    + [Guidance("fever", "Fever", m.slug, "avoid", "Postpone treatment.") for m in MODALITIES]
    + [
        Guidance("blood-thinners", "Blood thinners", "acupuncture", "caution", "Check INR."),
        Guidance("blood-thinners", "Blood thinners", "medical-massage", "caution", "No deep work."),
    ]
)


def run(**answers) -> dict:
    return suggest.suggest(Answers(**answers), MODALITIES, GUIDANCE)


def entry(result: dict, slug: str) -> dict:
    return next(e for e in result["ranking"] if e["slug"] == slug)


def score(result: dict, slug: str) -> int:
    return entry(result, slug)["score"]


# --- One test per rule ---


def test_needle_averse_patients_are_not_suggested_acupuncture_and_acupressure_is_favoured():
    result = run(needles="avoid", goals=["pain_relief"], conditions=["chronic-pain"])

    acupuncture = entry(result, "acupuncture")
    assert acupuncture["suggested"] is False
    assert "Would rather avoid needles: acupuncture is not suggested." in acupuncture["reasons"]
    assert any("same points without them" in r for r in entry(result, "acupressure")["reasons"])
    assert result["top"] == "acupressure"


def test_needle_unsure_lowers_acupuncture_a_little_and_comfortable_raises_it():
    assert score(run(needles="unsure"), "acupuncture") == -1
    assert score(run(needles="comfortable"), "acupuncture") == 1


def test_interest_in_self_care_favours_acupressure():
    assert score(run(self_care="yes"), "acupressure") == 2
    assert score(run(self_care="maybe"), "acupressure") == 1
    assert score(run(self_care="no"), "acupressure") == 0


def test_stress_or_sleep_without_injury_favours_relaxation_massage():
    result = run(goals=["stress_relief"])
    assert result["top"] == "relaxation-massage"
    assert score(run(conditions=["sleep"]), "relaxation-massage") == 3


def test_stress_with_an_injury_does_not_favour_relaxation_massage():
    result = run(goals=["stress_relief", "injury"])

    assert score(result, "relaxation-massage") == 0
    assert result["top"] == "medical-massage"


@pytest.mark.parametrize(
    "answers",
    [
        {"goals": ["injury"]},
        {"goals": ["mobility"]},
        {"conditions": ["fibromyalgia"]},
        {"conditions": ["sciatica"]},
        {"conditions": ["arthritis"]},
        {
            "duration": "over_3_months",
            "pain_week_average": 4,
            "goals": ["pain_relief"],
            "conditions": ["low-back-pain"],
        },
        # Recognised from the body map, the duration and the pain scores, with no named
        # condition at all.
        {"duration": "over_3_months", "pain_week_average": 5, "body_regions": ["lower_back"]},
        {"duration": "6_to_12_weeks", "pain_now": 3, "body_regions": ["shoulders"]},
    ],
)
def test_musculoskeletal_problems_favour_medical_massage(answers):
    result = run(**answers)

    assert score(result, "medical-massage") >= 3
    assert any("Medical massage targets" in r for r in entry(result, "medical-massage")["reasons"])


@pytest.mark.parametrize(
    "answers",
    [
        {"goals": ["nausea"]},
        {"conditions": ["nausea-vomiting"]},
        {"conditions": ["menstrual-pain"]},
    ],
)
def test_nausea_and_menstrual_pain_favour_acupressure_where_it_is_studied(answers):
    result = run(**answers)

    assert result["top"] == "acupressure"
    assert any("has been studied" in r for r in entry(result, "acupressure")["reasons"])


@pytest.mark.parametrize(
    "answers",
    [
        {"conditions": ["chronic-pain"]},
        {"conditions": ["migraine-headache"]},
        {"goals": ["headache"]},
        {"duration": "over_3_months", "pain_week_average": 6, "goals": ["pain_relief"]},
    ],
)
def test_chronic_pain_and_migraine_favour_acupuncture_and_acupressure(answers):
    result = run(**answers)

    assert score(result, "acupuncture") >= 2
    assert score(result, "acupressure") >= 2


def test_pressure_preference_leans_firm_to_medical_and_light_to_relaxation_massage():
    assert run(pressure="firm")["top"] == "medical-massage"
    assert run(pressure="light")["top"] == "relaxation-massage"
    # No lean and no other reason: no clear suggestion, never a tie-break (engine 3.0).
    assert run(pressure="medium")["top"] == suggest.UNDECIDED


def test_curiosity_adds_a_point_to_the_whole_family():
    result = run(curious_about=["massage"])

    for slug in ("massage-therapy", "medical-massage", "relaxation-massage"):
        assert score(result, slug) == 1
    assert score(result, "acupressure") == 0


def test_an_oil_allergy_is_a_note_for_massage_only():
    result = run(screening_yes=["oil-allergy"])

    for slug in ("massage-therapy", "medical-massage", "relaxation-massage"):
        cautions = entry(result, slug)["cautions"]
        assert cautions == [
            {
                "precaution": "Oil or lotion allergy",
                "level": "note",
                "note": "Use an oil-free medium.",
            }
        ]
    assert entry(result, "acupressure")["cautions"][0]["level"] == "note"
    assert result["has_cautions"] is False  # a note alone is not a caution


def test_when_every_modality_is_avoided_the_top_is_postpone_never_empty():
    result = run(screening_yes=["fever"], goals=["stress_relief"])

    assert all(not e["suggested"] for e in result["ranking"])
    assert result["top"] == POSTPONE
    assert "postpone" in result["advice"]
    assert result["has_cautions"] is True


def test_a_caution_outweighs_the_preferences_and_is_listed_with_its_staff_note():
    result = run(screening_yes=["blood-thinners"], conditions=["sciatica"])

    medical = entry(result, "medical-massage")
    assert medical["score"] == 3 - suggest.CAUTION_POINTS
    assert medical["cautions"][0]["note"] == "No deep work."
    assert result["has_cautions"] is True


def test_a_caution_that_restricts_deep_pressure_cancels_the_firm_pressure_bonus():
    guidance = [
        Guidance("blood-thinners", "Blood thinners", "medical-massage", "caution", "No deep.", True)
    ]
    result = suggest.suggest(
        Answers(pressure="firm", screening_yes=["blood-thinners"]), MODALITIES, guidance
    )

    medical = entry(result, "medical-massage")
    assert medical["score"] == -suggest.CAUTION_POINTS
    assert any("not counted" in r for r in medical["reasons"])
    assert result["top"] != "medical-massage"


def test_ties_go_to_the_modality_with_fewer_cautions():
    result = run(screening_yes=["blood-thinners"])

    slugs = [e["slug"] for e in result["ranking"]]
    assert slugs.index("massage-therapy") < slugs.index("medical-massage")
    assert slugs.index("relaxation-massage") < slugs.index("acupuncture")


def test_a_precaution_with_no_guidance_row_counts_as_a_caution():
    result = suggest.suggest(
        Answers(screening_yes=["epilepsy"]), MODALITIES, [], {"epilepsy": "Epilepsy"}
    )

    for e in result["ranking"]:
        assert e["cautions"][0]["level"] == "caution"
        assert e["cautions"][0]["precaution"] == "Epilepsy"
        assert "No guidance is recorded" in e["cautions"][0]["note"]
        assert e["score"] == -suggest.CAUTION_POINTS


def test_a_red_flag_puts_every_modality_on_hold_with_the_referral_advice():
    result = run(red_flags=["bladder_bowel"], goals=["stress_relief"], needles="comfortable")

    assert result["refer"] is True
    assert result["top"] == REFER
    assert (
        result["advice"] == "Refer to a physician before any treatment; every treatment is on hold."
    )
    assert result["red_flags"] == ["bladder_bowel"]
    assert all(e["on_hold"] and not e["suggested"] for e in result["ranking"])


# --- Whole results ---


def test_the_result_is_deterministic_and_carries_the_version():
    answers = {
        "goals": ["pain_relief", "sleep"],
        "conditions": ["chronic-pain"],
        "self_care": "yes",
    }

    assert run(**answers) == run(**answers)
    assert run(**answers)["version"] == suggest.ENGINE_VERSION
    assert [e["slug"] for e in run()["ranking"]] == [m.slug for m in MODALITIES]


def test_every_published_modality_is_ranked():
    assert {e["slug"] for e in run()["ranking"]} == {m.slug for m in MODALITIES}


@pytest.mark.parametrize("extra", [{}, {"conditions": ["migraine-headache"]}, {"pressure": "firm"}])
def test_a_needle_averse_patient_never_gets_acupuncture_on_top(extra):
    result = run(needles="avoid", curious_about=["acupuncture"], **extra)

    assert result["top"] != "acupuncture"
    assert result["ranking"][0]["slug"] != "acupuncture"


def test_demo_cases_get_the_suggestions_a_practitioner_would_expect(demo):
    from intake.models import Submission

    top = dict(Submission.objects.values_list("full_name", "top_suggestion"))

    assert top["Daniel Okoro"] == REFER  # red flag
    assert top["Sophie Laurent"] == "relaxation-massage"  # pregnancy, stress
    assert top["Marek Nowak"] == "acupressure"  # needle-averse, self-care
    assert top["Hannah Price"] == "relaxation-massage"  # stress only
    assert top["Callum Reid"] == "medical-massage"  # sports injury
    assert top["Priya Shah"] == "acupuncture"  # migraine, fine with needles
    # Chemotherapy without back pain: the cancer-treatment precaution guides (engine 3.0,
    # NICE CKS ties the cancer red flag to spinal pain); acupressure leads, with cautions.
    assert top["Ruth Evans"] == "acupressure"
    assert top["Aisha Begum"] == "acupressure"  # period pain
    assert top["Tomasz Kowalski"] == "medical-massage"  # sciatica
    pregnancy = Submission.objects.get(full_name="Sophie Laurent")
    assert pregnancy.has_cautions is True
    assert pregnancy.pregnancy_weeks == 20
