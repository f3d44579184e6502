"""Red flags: signs that a doctor must see the patient before any hands-on treatment.

Each flag has an urgency, which decides the words the patient reads first and where the intake
sits in the staff queue. Most flags are asked directly; some are derived from answers the
patient has already given (the date of birth, the body map, the screening questions), so that
nobody has to notice the combination by eye. Derived flags are labelled as such for staff.

This module is the one list of red flags: the intake's questions, the advice, the engine, the
queue, the staff alert, docs/clinical-safety.md and the admin page "How suggestions are made"
all read it. Sources are the NICE guideline NG59 and NICE CKS "Back pain - low (without
radiculopathy)" (red flags for cauda equina syndrome, spinal fracture, infection and cancer),
and the NHS pages on back pain, sciatica and cauda equina syndrome.
"""

import datetime
from dataclasses import dataclass

from django.db import models


class Urgency(models.IntegerChoices):
    NONE = 0, "No red flag"
    BEFORE_TREATMENT = 1, "See a GP before any treatment"
    URGENT = 2, "Urgent: GP or 111 today"
    EMERGENCY = 3, "Emergency: 999 or A&E now"


@dataclass(frozen=True)
class Flag:
    value: str
    label: str  # the patient's wording, also what staff read
    urgency: Urgency
    source: str
    asked: bool = True  # False: only ever derived from other answers
    derived_from: str = ""  # for staff: which answers can raise it without its own question
    # Warning signs in pregnancy: the maternity unit or midwife acts on them, not the GP, so
    # the patient's advice names them instead of the urgency's usual words.
    maternity: bool = False

    @property
    def advice(self) -> str:
        """Which advice the patient reads: one of ADVICE_ORDER."""
        return "maternity" if self.maternity else self.urgency.name.lower()


RECHECKED = (
    "The patient's own words (intake/textscreen.py), confirmed by their “Yes” when asked on the "
    "check page"
)

FLAGS = [
    Flag(
        "saddle_numbness",
        "New numbness or tingling around your groin, genitals or buttocks",
        Urgency.EMERGENCY,
        "NHS: cauda equina syndrome; NICE NG59 and CKS back pain red flags",
    ),
    Flag(
        "bladder_bowel",
        "New trouble controlling or passing urine or stools",
        Urgency.EMERGENCY,
        "NHS: cauda equina syndrome; NICE NG59 and CKS back pain red flags",
    ),
    Flag(
        "leg_weakness",
        "Severe or worsening weakness or numbness in one or both legs",
        Urgency.EMERGENCY,
        "NHS: sciatica and cauda equina syndrome (progressive neurological deficit)",
    ),
    # Asked only on the check page, when the patient's own words mention them
    # (intake/textscreen.py); a "Yes" there is the patient's answer, like a ticked question.
    Flag(
        "stiff_neck_fever",
        "A stiff neck together with a high temperature, or a rash that does not fade when a "
        "glass is pressed on it",
        Urgency.EMERGENCY,
        "NHS: meningitis (call 999 or go to A&E); NICE NG240 (bacterial meningitis)",
        asked=False,
        derived_from=RECHECKED,
    ),
    Flag(
        "sudden_severe_headache",
        "A sudden, very severe headache: the worst you have ever had",
        Urgency.EMERGENCY,
        "NHS: headaches (a sudden, very painful headache: call 999); NICE CKS headache "
        "assessment (thunderclap headache: possible subarachnoid haemorrhage)",
        asked=False,
        derived_from=RECHECKED,
    ),
    Flag(
        "fever_back_pain",
        "A high temperature, or feeling very unwell, together with back pain",
        Urgency.URGENT,
        "NICE CKS back pain: possible spinal infection",
        derived_from="“Fever or feeling unwell” on the health questions with the back on the "
        "body map",
    ),
    Flag(
        "chest_pain",
        "Chest pain, or new pain in your upper back between the shoulder blades",
        Urgency.URGENT,
        "NICE CKS back pain: thoracic pain as a red flag; NHS: chest pain",
    ),
    Flag(
        "major_trauma",
        "A recent major fall, accident or blow",
        Urgency.URGENT,
        "NICE CKS back pain: possible fracture after significant trauma",
    ),
    Flag(
        "cancer_history",
        "Cancer at any time, even if it was treated",
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: past history of cancer (possible spinal metastases)",
        derived_from="“Cancer treatment” answered yes on the health questions",
    ),
    Flag(
        "weight_loss",
        "Weight loss you cannot explain",
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: unexplained weight loss (possible cancer)",
    ),
    Flag(
        "night_pain",
        "Pain that is there at night or at rest and does not ease",
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: non-mechanical pain, worse at night or at rest",
    ),
    Flag(
        "injected_drugs",
        "Injecting drugs, now or in the past",
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: intravenous drug use (possible spinal infection)",
    ),
    Flag(
        "osteoporosis_fall",
        "A fall, even a small one, when you have thin bones (osteoporosis)",
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: minor trauma with osteoporosis (possible vertebral fracture)",
        derived_from="“Osteoporosis” on the health questions with a recent major fall",
    ),
    Flag(
        "weakened_immunity",
        "A weakened immune system, or steroid tablets taken for a long time",
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: immunosuppression or prolonged corticosteroid use",
        asked=False,
        derived_from="“Weakened immune system” answered yes on the health questions",
    ),
    Flag(
        "over_50_new_pain",
        "Aged 50 or over, with new back or neck pain",
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: age over 50 with new onset of pain (possible cancer)",
        asked=False,
        derived_from="The date of birth (aged 50 or over), pain that began less than 6 weeks ago "
        "and the neck or back on the body map (or no place given)",
    ),
]
FLAGS_BY_VALUE = {flag.value: flag for flag in FLAGS}
ASKED_FLAGS = [flag for flag in FLAGS if flag.asked]

# The precaution slugs and body regions that derived flags read.
FEVER, CANCER_TREATMENT, OSTEOPOROSIS, WEAKENED_IMMUNITY = (
    "fever",
    "cancer-treatment",
    "osteoporosis",
    "weakened-immunity",
)
BACK_REGIONS = {"upper_back", "lower_back"}
SPINE_REGIONS = {"neck", "upper_back", "lower_back"}
NEW_PAIN = "under_6_weeks"
OLDER_AGE = 50


def age_on(born: datetime.date | None, day: datetime.date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def derive(
    *,
    asked: list[str],
    screening_yes: set[str] | list[str],
    body_regions: list[str],
    age: int | None,
    duration: str,
    pain_now: int | None,
    pain_week_average: int | None,
) -> list[str]:
    """Red flags that follow from other answers, leaving out any the patient ticked already."""
    screening_yes = set(screening_yes)
    regions = set(body_regions)
    in_pain = bool(pain_now or pain_week_average)
    found = []
    if FEVER in screening_yes and regions & BACK_REGIONS:
        found.append("fever_back_pain")
    if CANCER_TREATMENT in screening_yes:
        found.append("cancer_history")
    if OSTEOPOROSIS in screening_yes and "major_trauma" in asked:
        found.append("osteoporosis_fall")
    if WEAKENED_IMMUNITY in screening_yes:
        found.append("weakened_immunity")
    older = age is not None and age >= OLDER_AGE
    spinal_or_unplaced = not regions or bool(regions & SPINE_REGIONS)
    if older and duration == NEW_PAIN and in_pain and spinal_or_unplaced:
        found.append("over_50_new_pain")
    return [value for value in found if value not in asked]


def urgency_of(values: list[str]) -> Urgency:
    """The highest urgency among the flags; NONE when there are none."""
    levels = [FLAGS_BY_VALUE[v].urgency for v in values if v in FLAGS_BY_VALUE]
    return Urgency(max(levels, default=Urgency.NONE))


# The kinds of advice a patient can read, most pressing first. "maternity" flags are as
# pressing as emergencies but go to the maternity unit (NICE NG133, NHS pregnancy pages).
ADVICE_ORDER = ("emergency", "maternity", "urgent", "before_treatment")


@dataclass(frozen=True)
class AdviceGroup:
    key: str  # one of ADVICE_ORDER
    labels: list[str]


def advice_groups(values: list[str]) -> list[AdviceGroup]:
    """The flags grouped by the advice they need, most pressing first."""
    groups = []
    for key in ADVICE_ORDER:
        labels = [f.label for f in FLAGS if f.value in values and f.advice == key]
        if labels:
            groups.append(AdviceGroup(key, labels))
    return groups


def staff_labels(asked: list[str], derived: list[str]) -> list[str]:
    """Every flag in words for staff, most urgent first, derived ones marked as derived."""
    rows = []
    for flag in sorted(FLAGS, key=lambda f: -f.urgency):
        if flag.value in asked:
            rows.append(f"{flag.urgency.label}: {flag.label}")
        elif flag.value in derived:
            rows.append(f"{flag.urgency.label}: {flag.label} (derived from {flag.derived_from})")
    return rows
