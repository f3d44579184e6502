"""The suggestion engine's inputs: the answers it reads, the facts of each modality and the
precaution guidance, and the points its rules give. Read by intake/triage/engine_rules.py and
intake/triage/suggest.py; imports neither."""

from dataclasses import dataclass, field

NEED, PREFERENCE, EXCLUDE = "need", "preference", "exclude"
PREFERENCE_CAP = 2
CAUTION_POINTS = 3
HIGH_SCORE = 7  # pain or interference from 7 out of 10 counts as severe
OLDEST_FOR_DEEP_PRESSURE = 80
ADULT_AGE = 18
# Under this age a parent or guardian must agree to the intake, and come to the appointment:
# clinics treat children only so (the British Acupuncture Council's code of conduct; NHS,
# "Consent to treatment: children and young people"). The check page asks for them.
GUARDIAN_AGE = 16
FIRST_TRIMESTER_WEEKS = 12

MUSCULOSKELETAL_REGIONS = {
    "jaw",
    "neck",
    "shoulders",
    "upper_back",
    "lower_back",
    "hips",
    "arms",
    "hands",
    "legs",
    "knees",
    "feet",
}
MUSCULOSKELETAL_CONDITIONS = {
    "fibromyalgia",
    "sciatica",
    "arthritis",
    "injury-recovery",
    "limited-mobility",
    "joint-pain",
    "muscle-tension",
    "low-back-pain",
    "neck-pain",
    "shoulder-pain",
    "knee-pain",
}
SPECIFIC_MEDICAL_MASSAGE_CONDITIONS = {
    "fibromyalgia",
    "sciatica",
    "arthritis",
    "injury-recovery",
    "limited-mobility",
}
# Pain with a named cause: outside NICE NG193's chronic *primary* pain.
SECONDARY_PAIN_CONDITIONS = {
    "arthritis",
    "injury-recovery",
    "joint-pain",
    "knee-pain",
    "sciatica",
    "low-back-pain",
}
CURIOSITY_FAMILIES = {
    "massage": "massage-therapy",
    "acupressure": "acupressure",
    "acupuncture": "acupuncture",
}
DURATION_WORDS = {"6_to_12_weeks": "for 6 to 12 weeks", "over_3_months": "for over 3 months"}
PREGNANCY = "pregnancy"


@dataclass(frozen=True)
class ModalityFacts:
    slug: str
    name: str
    family: str  # the slug of the top-level modality it belongs to (itself if top-level)
    uses_needles: bool
    self_administrable: bool
    typical_pressure: str
    display_order: int = 0


@dataclass(frozen=True)
class Guidance:
    precaution: str  # slug
    precaution_name: str
    modality: str  # slug
    level: str  # avoid / caution / note
    staff_note: str
    restricts_core_technique: bool = False


# The database fields behind each, in the dataclasses' order.
MODALITY_FACTS = [
    "slug", "name", "family", "uses_needles", "self_administrable", "typical_pressure",
    "display_order",
]  # fmt: skip
GUIDANCE_FIELDS = [
    "precaution__slug", "precaution__name", "modality__slug", "level", "staff_note",
    "restricts_core_technique",
]  # fmt: skip


@dataclass(frozen=True)
class Answers:
    """What the engine reads from an intake."""

    goals: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    body_regions: list[str] = field(default_factory=list)
    duration: str = ""
    pain_now: int = 0
    pain_week_average: int = 0
    interference: int = 0
    age: int | None = None
    pregnancy_weeks: int | None = None
    needles: str = ""
    pressure: str = ""
    self_care: str = ""
    curious_about: list[str] = field(default_factory=list)
    screening_yes: list[str] = field(default_factory=list)  # precaution slugs answered yes
    red_flags: list[str] = field(default_factory=list)  # asked and derived

    @property
    def has_injury(self) -> bool:
        return "injury" in self.goals or "injury-recovery" in self.conditions

    @property
    def in_pain(self) -> bool:
        return max(self.pain_now, self.pain_week_average) > 0

    @property
    def musculoskeletal_regions(self) -> list[str]:
        return [r for r in self.body_regions if r in MUSCULOSKELETAL_REGIONS]

    @property
    def long_standing(self) -> bool:
        """Persistent (6 to 12 weeks) or chronic (over 3 months)."""
        return self.duration in DURATION_WORDS

    @property
    def chronic(self) -> bool:
        return self.duration == "over_3_months"

    @property
    def severe(self) -> bool:
        return max(self.pain_week_average, self.interference) >= HIGH_SCORE


@dataclass(frozen=True)
class Point:
    slug: str
    points: int
    reason: str
    kind: str = NEED
    technique: bool = False  # a preference that asks for the core technique (firm, needles)
    # Precautions this need is itself about (pregnancy sickness and the pregnancy caution):
    # their caution says how to give the treatment (which points to avoid), not whether.
    about: tuple[str, ...] = ()


def slugs(modalities: list[ModalityFacts], **facts) -> list[str]:
    return [m.slug for m in modalities if all(getattr(m, k) == v for k, v in facts.items())]


def region_words(regions: list[str]) -> str:
    return ", ".join(r.replace("_", " ") for r in regions)
