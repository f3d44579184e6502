"""Red flags that follow from other answers: the health questions' precautions (a fever, cancer
treatment, thin bones, a weakened immune system), where the pain is on the body map, how long
it has lasted and the patient's age. intake/triage/redflags.py holds every flag, its words,
urgency and source; this module decides which derived flags an intake's answers raise, and
finds all of an intake's flags in one place (flags_from_answers).
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from intake.triage.redflags import Urgency, urgency_of

# The precaution slugs and body regions that derived flags read.
FEVER, CANCER_TREATMENT, CANCER_HISTORY, OSTEOPOROSIS, WEAKENED_IMMUNITY = (
    "fever",
    "cancer-treatment",
    "cancer-history",
    "osteoporosis",
    "weakened-immunity",
)
BACK_REGIONS = {"upper_back", "lower_back"}
SPINE_REGIONS = {"neck", "upper_back", "lower_back"}
MENINGITIS_REGIONS = {"head", "neck"}
THORACIC_REGIONS = {"upper_back"}
NEW_PAIN = "under_6_weeks"
OLDER_AGE = 50
# Conditions on the symptoms step ("Has a doctor or other health professional told you that
# you have any of these?") that mean the long-standing spinal pain has been assessed by a
# clinician: a spinal diagnosis, or one that explains widespread pain.
ASSESSED_SPINAL_CONDITIONS = {
    "sciatica",
    "low-back-pain",
    "neck-pain",
    "fibromyalgia",
    "arthritis",
    "chronic-pain",
}


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
    duration: str = "",
    pain_now: int | None,
    pain_week_average: int | None,
    conditions: list[str] | tuple[str, ...] = (),
) -> list[str]:
    """Red flags that follow from other answers, leaving out any the patient ticked already.

    `conditions` are those a doctor or other health professional has told the patient they
    have (the symptoms step asks exactly that): a named spinal condition means the pain has
    been assessed."""
    yes = set(screening_yes)
    regions = set(body_regions)
    in_pain = bool(pain_now or pain_week_average)
    # Spinal pain: the neck or back on the body map. Where the patient placed no pain but
    # scores it, the place is unknown and the older-age rule counts it, as before.
    spinal_pain = in_pain and bool(regions & SPINE_REGIONS)
    # "cancer_history" in `asked`: an intake from before it became a precaution.
    cancer = bool({CANCER_TREATMENT, CANCER_HISTORY} & yes) or "cancer_history" in asked
    found = []
    # Feeling unwell during cancer treatment may be neutropenic sepsis: the cancer team's line.
    if FEVER in yes and CANCER_TREATMENT in yes:
        found.append("cancer_treatment_unwell")
    elif FEVER in yes and WEAKENED_IMMUNITY in yes:
        found.append("weakened_immunity_unwell")
    if FEVER in yes and regions & MENINGITIS_REGIONS:
        found.append("fever_neck_headache")
    if FEVER in yes and regions & BACK_REGIONS:
        found.append("fever_back_pain")
    if cancer and in_pain and (regions & THORACIC_REGIONS or "night_pain" in asked):
        found.append("cancer_spinal_pain")
    if cancer and spinal_pain:
        found.append("cancer_history")
    if OSTEOPOROSIS in yes and "major_trauma" in asked:
        found.append("osteoporosis_fall")
    elif OSTEOPOROSIS in yes and spinal_pain:
        found.append("osteoporosis_back_pain")
    if WEAKENED_IMMUNITY in yes and spinal_pain:
        found.append("weakened_immunity")
    older = age is not None and age >= OLDER_AGE
    # Pain placed nowhere counts only when it is new: the place is unknown, and an older
    # patient's long-standing pain elsewhere (a knee) is not what the rule is about.
    unplaced_new = not regions and duration == NEW_PAIN
    assessed = bool(ASSESSED_SPINAL_CONDITIONS & set(conditions))
    never_assessed_spinal = spinal_pain and (duration == NEW_PAIN or not assessed)
    if older and in_pain and (never_assessed_spinal or unplaced_new):
        found.append("over_50_new_pain")
    return [value for value in found if value not in asked]


@dataclass(frozen=True)
class AnswerFlags:
    """The red flags of one intake's answers: those the patient gave (ticked, or a "Yes" when
    asked again on the check page) and those derived from their other answers."""

    asked: tuple[str, ...]
    derived: tuple[str, ...]

    @property
    def all(self) -> list[str]:
        return [*self.asked, *self.derived]

    @property
    def urgency(self) -> Urgency:
        return urgency_of(self.all)

    def with_asked(self, more: list[str] | tuple[str, ...]) -> "AnswerFlags":
        """These flags and a few more the patient gave. The flags asked again on the check page
        (textscreen's rechecks) are none that `derive` reads, so the derived ones stand
        (tests/intake/triage/test_red_flags_once.py holds it)."""
        asked = tuple(dict.fromkeys([*self.asked, *more]))
        return AnswerFlags(asked, tuple(v for v in self.derived if v not in asked))


def flags_from_answers(
    answers: dict, screening_yes: set[str] | list[str], *, today: datetime.date | None = None
) -> AnswerFlags:
    """The one place red flags are found in answers given under the Submission's field names
    (the intake's steps ask exactly those): the patient's, and those derived from the rest.
    A request computes them once and passes them on."""
    asked = list(answers.get("red_flags", []))
    derived = derive(
        asked=asked,
        screening_yes=screening_yes,
        body_regions=answers.get("body_regions", []),
        age=age_on(answers.get("date_of_birth"), today or timezone.localdate()),
        duration=answers.get("duration", ""),
        pain_now=answers.get("pain_now"),
        pain_week_average=answers.get("pain_week_average"),
        conditions=answers.get("conditions", []),
    )
    return AnswerFlags(tuple(asked), tuple(derived))
