"""Vignettes at the edges of the red-flag rules (engine 3.0 and 3.1): each new or narrowed derived
flag, with a patient who must raise it and one who must not."""

import pytest

from intake.triage import suggest
from intake.triage.derived import derive
from intake.triage.redflags import FLAGS_BY_VALUE, Urgency, urgency_of


def flags(**answers) -> list[str]:
    given = {
        "asked": [],
        "screening_yes": [],
        "body_regions": [],
        "age": 40,
        "duration": "over_3_months",
        "pain_now": 4,
        "pain_week_average": 4,
        **answers,
    }
    return [*given["asked"], *derive(**given)]


CASES = [
    # (name, answers, flag expected, urgency expected)
    ("fever and headache: the check page asks about meningitis", {"screening_yes": ["fever"],
     "body_regions": ["head"]},
     "fever_neck_headache", Urgency.URGENT),
    ("fever and neck pain", {"screening_yes": ["fever"], "body_regions": ["neck"]},
     "fever_neck_headache", Urgency.URGENT),
    ("cancer treatment and upper back pain", {"screening_yes": ["cancer-treatment"],
     "body_regions": ["upper_back"]}, "cancer_spinal_pain", Urgency.URGENT),
    ("past cancer with night pain", {"asked": ["night_pain"],
     "screening_yes": ["cancer-history"], "body_regions": ["lower_back"]}, "cancer_spinal_pain",
     Urgency.URGENT),
    ("past cancer with upper back pain", {"screening_yes": ["cancer-history"],
     "body_regions": ["upper_back"]}, "cancer_spinal_pain", Urgency.URGENT),
    ("past cancer with low back pain", {"screening_yes": ["cancer-history"],
     "body_regions": ["lower_back"]}, "cancer_history", Urgency.BEFORE_TREATMENT),
    ("an older intake: past cancer ticked as a red flag, with night pain",
     {"asked": ["cancer_history", "night_pain"], "body_regions": ["lower_back"]},
     "cancer_spinal_pain", Urgency.URGENT),
    ("cancer treatment and low back pain", {"screening_yes": ["cancer-treatment"],
     "body_regions": ["lower_back"]}, "cancer_history", Urgency.BEFORE_TREATMENT),
    ("79 with back pain for a year, never assessed", {"age": 79, "body_regions": ["lower_back"]},
     "over_50_new_pain", Urgency.BEFORE_TREATMENT),
    ("osteoporosis and new back pain, no fall", {"screening_yes": ["osteoporosis"],
     "body_regions": ["lower_back"], "duration": "under_6_weeks"}, "osteoporosis_back_pain",
     Urgency.BEFORE_TREATMENT),
    ("long-term steroids with back pain", {"screening_yes": ["weakened-immunity"],
     "body_regions": ["lower_back"]}, "weakened_immunity", Urgency.BEFORE_TREATMENT),
    ("a serious accident", {"asked": ["major_trauma"]}, "major_trauma", Urgency.EMERGENCY),
    ("chest pain now or in the past few days", {"asked": ["chest_pain_now"]}, "chest_pain_now",
     Urgency.EMERGENCY),
    ("new pain between the shoulder blades", {"asked": ["upper_back_pain"]}, "upper_back_pain",
     Urgency.URGENT),
    ("60 with new sciatica", {"age": 60, "body_regions": ["lower_back"],
     "conditions": ["sciatica"], "duration": "under_6_weeks"}, "over_50_new_pain",
     Urgency.BEFORE_TREATMENT),
    ("night pain", {"asked": ["night_pain"]}, "night_pain", Urgency.URGENT),
    ("unexplained weight loss", {"asked": ["weight_loss"]}, "weight_loss", Urgency.URGENT),
]  # fmt: skip


@pytest.mark.parametrize("name, answers, flag, urgency", CASES, ids=[c[0] for c in CASES])
def test_the_flag_is_raised_at_its_urgency(name, answers, flag, urgency):
    found = flags(**answers)
    assert flag in found
    assert FLAGS_BY_VALUE[flag].urgency == urgency
    assert urgency_of(found) >= urgency
    assert FLAGS_BY_VALUE[flag].source


NOT_FLAGGED = [
    ("steroid user with no back pain", {"screening_yes": ["weakened-immunity"],
     "body_regions": ["knees"]}),
    ("cancer treatment, nausea, no pain placed", {"screening_yes": ["cancer-treatment"],
     "pain_now": 0, "pain_week_average": 0}),
    ("cancer treatment with knee pain", {"screening_yes": ["cancer-treatment"],
     "body_regions": ["knees"]}),
    ("past cancer with knee pain", {"screening_yes": ["cancer-history"],
     "body_regions": ["knees"]}),
    ("past cancer, no pain at all", {"screening_yes": ["cancer-history"], "pain_now": 0,
     "pain_week_average": 0, "body_regions": []}),
    ("fever with knee pain", {"screening_yes": ["fever"], "body_regions": ["knees"]}),
    ("osteoporosis with wrist pain", {"screening_yes": ["osteoporosis"],
     "body_regions": ["hands"]}),
    ("neck pain at 40 with no other sign", {"body_regions": ["neck"]}),
    ("79 with long-standing knee pain", {"age": 79, "body_regions": ["knees"]}),
    ("60 with sciatica a doctor has named", {"age": 60, "body_regions": ["lower_back"],
     "conditions": ["sciatica"]}),
]  # fmt: skip


@pytest.mark.parametrize("name, answers", NOT_FLAGGED, ids=[c[0] for c in NOT_FLAGGED])
def test_no_flag_is_raised(name, answers):
    assert flags(**answers) == []


@pytest.mark.django_db
def test_past_cancer_with_knee_pain_is_not_held_and_the_precaution_guides_the_treatment():
    """A patient treated for breast cancer years ago, now with knee pain: no red flag (the
    back pain sources tie a past cancer to spinal pain), and the precaution's guidance (no
    needles or firm pressure on an arm at risk of lymphoedema) reaches the reviewer."""
    result = engine(age=58, goals=["pain_relief"], body_regions=["knees"],
                    screening_yes=["cancer-history"])  # fmt: skip

    assert result["red_flags"] == []
    assert result["top"] not in (suggest.REFER, suggest.POSTPONE)
    acupuncture = entry(result, "acupuncture")
    assert any("Cancer in the past" in c["precaution"] for c in acupuncture["cautions"])
    assert any("lymphoedema" in c["note"] for c in acupuncture["cautions"])


def test_past_cancer_is_no_longer_asked_as_a_red_flag_but_older_answers_keep_their_flag():
    from intake.triage.redflags import ASKED_FLAGS, FORMERLY_ASKED_FLAGS

    assert "cancer_history" not in [flag.value for flag in ASKED_FLAGS]
    assert [flag.value for flag in FORMERLY_ASKED_FLAGS] == ["chest_pain", "cancer_history"]
    assert urgency_of(["cancer_history"]) == Urgency.BEFORE_TREATMENT


def test_fever_with_neck_pain_asks_about_meningitis_beside_the_back_pain_flag():
    from intake.patient.recheck import asked_again_for

    found = flags(screening_yes=["fever"], body_regions=["neck", "lower_back"])
    assert set(found) == {"fever_neck_headache", "fever_back_pain"}
    assert urgency_of(found) == Urgency.URGENT
    assert asked_again_for(found) == ["stiff_neck_fever"]
    assert asked_again_for([*found, "stiff_neck_fever"]) == []


def test_pregnancy_warning_signs_go_to_the_maternity_unit():
    for value in ("pregnancy_headache_vision_swelling", "pregnancy_bleeding",
                  "pregnancy_fewer_movements"):  # fmt: skip
        flag = FLAGS_BY_VALUE[value]
        assert flag.advice == "maternity"
        assert flag.pregnancy_only
        assert "NICE NG133" in flag.source or "NHS" in flag.source


# --- The engine at the edges: ranking and guideline scope (engine 3.0) ---


def engine(**answers) -> dict:
    from tests.intake.triage.test_vignettes import Vignette, run

    return run(Vignette("edge", answers, top=set()))


def entry(result: dict, slug: str) -> dict:
    return next(e for e in result["ranking"] if e["slug"] == slug)


@pytest.mark.django_db
def test_pregnancy_sickness_gets_acupressure_despite_its_point_caution():
    result = engine(age=29, goals=["nausea"], screening_yes=["pregnancy"], pregnancy_weeks=14)

    assert result["top"] == "acupressure"
    acupressure = entry(result, "acupressure")
    assert acupressure["score"] > 0
    assert any("Pregnancy" in c["precaution"] for c in acupressure["cautions"])
    assert any("how to give it" in r for r in acupressure["reasons"])


@pytest.mark.django_db
def test_nausea_not_in_pregnancy_keeps_the_ordinary_weighing():
    result = engine(age=29, goals=["nausea"], screening_yes=["blood-thinners"])
    assert not any("how to give it" in r for e in result["ranking"] for r in e["reasons"])


@pytest.mark.django_db
def test_acute_neck_pain_with_no_reason_is_no_clear_suggestion():
    result = engine(
        age=35, goals=["pain_relief"], body_regions=["neck"], duration="under_6_weeks",
        pain_now=6, pain_week_average=6,
    )  # fmt: skip

    assert result["top"] == suggest.UNDECIDED
    assert result["advice"] == "No clear suggestion: the reviewer decides."
    assert not any(e["suggested"] for e in result["ranking"])


@pytest.mark.django_db
def test_a_clopidogrel_knee_patient_gets_no_relaxation_massage_on_a_tie():
    result = engine(
        age=45, goals=["pain_relief"], body_regions=["knees"], duration="under_6_weeks",
        pain_now=4, pain_week_average=4, screening_yes=["blood-thinners"],
    )  # fmt: skip
    assert result["top"] != "relaxation-massage"


@pytest.mark.django_db
def test_a_negative_score_is_never_suggested():
    result = engine(age=40, goals=["stress_relief"], screening_yes=["heart-condition", "fever"])
    for item in result["ranking"]:
        assert not (item["score"] < 0 and item["suggested"]), item["slug"]


@pytest.mark.django_db
def test_a_reason_that_survives_its_caution_is_still_suggested():
    result = engine(age=40, goals=["stress_relief"], screening_yes=["heart-condition"])
    assert result["top"] == "relaxation-massage"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "answers, guideline",
    [
        ({"conditions": ["sciatica", "chronic-pain"], "body_regions": ["legs"]}, "NG59"),
        ({"conditions": ["chronic-pain"], "body_regions": ["lower_back", "hips"]}, "NG59"),
        ({"conditions": ["arthritis", "chronic-pain"], "body_regions": ["knees"]}, "NG226"),
        ({"conditions": ["arthritis", "chronic-pain"], "body_regions": ["hips"]}, "NG226"),
        ({"conditions": ["injury-recovery", "chronic-pain"], "body_regions": ["arms"]}, "NG193"),
    ],
)
def test_nice_says_no_acupuncture_for_this_chronic_pain(answers, guideline):
    result = engine(age=40, duration="over_3_months", pain_week_average=5, **answers)
    acupuncture = entry(result, "acupuncture")

    assert acupuncture["score"] <= 0
    assert any(guideline in r for r in acupuncture["reasons"])


@pytest.mark.django_db
def test_chronic_primary_pain_may_be_offered_acupuncture():
    result = engine(
        age=40, conditions=["fibromyalgia", "chronic-pain"], body_regions=["shoulders"],
        duration="over_3_months", pain_week_average=5, needles="comfortable",
    )  # fmt: skip
    assert entry(result, "acupuncture")["score"] >= 2


@pytest.mark.django_db
def test_a_steroid_user_with_no_back_pain_is_not_held():
    result = engine(
        age=40, goals=["stress_relief"], body_regions=["shoulders"],
        screening_yes=["weakened-immunity"],
    )  # fmt: skip

    assert result["refer"] is False
    assert result["red_flags"] == []
    assert any(
        "immune" in c["precaution"].lower() for e in result["ranking"] for c in e["cautions"]
    )


def test_weeks_recorded_with_a_no_to_pregnancy_are_read_as_pregnant():
    assert "pregnancy" in suggest.with_recorded_pregnancy([], 22)
    assert suggest.with_recorded_pregnancy(["fever"], None) == ["fever"]


@pytest.mark.django_db
@pytest.mark.parametrize("precaution", ["blood-thinners", "metal-allergy"])
def test_acupuncture_advice_is_no_more_lenient_than_the_nhs(precaution):
    from treatments.models import PrecautionGuidance

    advice = PrecautionGuidance.objects.get(
        precaution__slug=precaution, modality__slug="acupuncture"
    ).advice
    assert "may not be suitable" in advice
    assert "often still possible" not in advice
