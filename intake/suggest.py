"""The suggestion engine: from a patient's answers to a ranked, explained list of modalities.

It suggests; staff decide. It is a pure function of its inputs (the answers, the modalities'
facts and the precaution guidance), deterministic, and versioned: its output is stored on the
submission as a snapshot, so a later change of rules never rewrites what a reviewer saw.

How a treatment is scored (each step is checked by the vignettes in tests/intake/):
- **Need** rules add points for what the patient needs help with (pain, stress, nausea...).
- **Preference** rules (pressure, needles, self-care, curiosity) add at most
  PREFERENCE_CAP points in all. A caution that restricts the treatment's core technique (deep
  pressure, needling) cancels a preference that asks for that technique.
- Every **caution** takes off CAUTION_POINTS, more than preferences can ever add, so a caution
  always outweighs a preference. A precaution with no guidance row counts as a caution.
- **Avoid** takes the treatment out. When every treatment is out, the top is "postpone".
- Any **red flag** puts every treatment on hold and the top is "refer".
- Ties go to the treatment with fewer cautions, then to the display order.

Every rule is a small function in RULES, with its source in SOURCES (docs/clinical-safety.md and
the admin page "How suggestions are made" are generated from them). Every reason and caution
is one plain sentence that a reviewer can check against the answers.
"""

from dataclasses import dataclass, field

from django.utils import timezone

from intake.redflags import age_on

ENGINE_VERSION = "3.0"
REFER = "refer"
POSTPONE = "postpone"

NEED, PREFERENCE, EXCLUDE = "need", "preference", "exclude"
PREFERENCE_CAP = 2
CAUTION_POINTS = 3
HIGH_SCORE = 7  # pain or interference from 7 out of 10 counts as severe
OLDEST_FOR_DEEP_PRESSURE = 80
ADULT_AGE = 18
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


def slugs(modalities: list[ModalityFacts], **facts) -> list[str]:
    return [m.slug for m in modalities if all(getattr(m, k) == v for k, v in facts.items())]


def region_words(regions: list[str]) -> str:
    return ", ".join(r.replace("_", " ") for r in regions)


# --- Need rules ------------------------------------------------------------------------------


def stress_without_injury(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """Stress relief, relaxation and sleep without a specific injury favour relaxation massage."""
    wants_calm = {"stress_relief", "sleep"} & set(a.goals) or {"stress-anxiety", "sleep"} & set(
        a.conditions
    )
    if not wants_calm or a.has_injury:
        return []
    return [
        Point(
            "relaxation-massage",
            3,
            "Wants help with stress, relaxation or sleep and has no specific injury: "
            "relaxation massage is aimed at this.",
        )
    ]


def musculoskeletal_problem(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """A specific injury, long-standing musculoskeletal pain (from the body map, the duration and
    the pain scores, or a named condition), limited mobility, fibromyalgia, sciatica or arthritis
    favour medical massage."""
    found = []
    if a.has_injury:
        found.append("is recovering from an injury")
    if "mobility" in a.goals:
        found.append("wants to move more easily")
    named = sorted(SPECIFIC_MEDICAL_MASSAGE_CONDITIONS & set(a.conditions))
    if named:
        found.append("has been told they have " + ", ".join(n.replace("-", " ") for n in named))
    long_pain = a.long_standing and a.in_pain
    if long_pain and (a.musculoskeletal_regions or MUSCULOSKELETAL_CONDITIONS & set(a.conditions)):
        where = region_words(a.musculoskeletal_regions) or "muscles or joints"
        found.append(
            f"has had pain in the {where} {DURATION_WORDS[a.duration]} "
            f"(average {a.pain_week_average} out of 10)"
        )
    if not found:
        return []
    points = 3 + (1 if a.severe and a.in_pain else 0)
    severe = " Pain or its effect on daily life is 7 or more out of 10." if points > 3 else ""
    return [
        Point(
            "medical-massage",
            points,
            "Medical massage targets musculoskeletal problems: the patient "
            + "; ".join(found)
            + "."
            + severe,
        )
    ]


def acupressure_studied_uses(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """Nausea (in pregnancy, after surgery or with chemotherapy) and period pain are where
    acupressure has been studied."""
    found = []
    if "nausea" in a.goals or "nausea-vomiting" in a.conditions:
        found.append("nausea in pregnancy" if PREGNANCY in a.screening_yes else "nausea")
    if "menstrual-pain" in a.conditions:
        found.append("period pain")
    if not found:
        return []
    return [
        Point(
            "acupressure",
            3,
            f"Wants help with {' and '.join(found)}: acupressure has been studied for this, "
            "with mixed results.",
        )
    ]


def chronic_pain_or_headache(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """Chronic pain and migraine or headache are common reasons for acupuncture and acupressure.
    NICE NG59 does not recommend acupuncture for low back pain, so back pain alone does not add
    points for acupuncture."""
    found = []
    chronic_pain = "chronic-pain" in a.conditions or (
        a.chronic and a.in_pain and "pain_relief" in a.goals
    )
    if chronic_pain:
        found.append("chronic pain")
    if "migraine-headache" in a.conditions or "headache" in a.goals:
        found.append("migraine or headache")
    if not found:
        return []
    extra = 1 if chronic_pain and a.severe else 0
    reason = f"Has {' and '.join(found)}: a common reason for acupuncture and acupressure."
    if extra:
        reason += " Pain or its effect on daily life is 7 or more out of 10."
    out = [Point("acupressure", 2 + extra, reason)]
    low_back_only = set(a.body_regions) == {"lower_back"} or "low-back-pain" in a.conditions
    if low_back_only and found == ["chronic pain"]:
        out.append(
            Point(
                "acupuncture",
                0,
                "Low back pain: NICE (NG59) does not recommend acupuncture for it in the UK, so "
                "it gets no points for this.",
            )
        )
    else:
        out.append(Point("acupuncture", 2 + extra, reason))
    return out


# --- Preference rules ------------------------------------------------------------------------


def needle_preference(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """Acupuncture uses needles; acupressure works on the same points without them."""
    needled = slugs(mods, uses_needles=True)
    if a.needles == "avoid":
        curious = "acupuncture" in a.curious_about
        out = [
            Point(
                s,
                0,
                "Would rather avoid needles"
                + (" although curious about acupuncture" if curious else "")
                + ": acupuncture is not suggested.",
                EXCLUDE,
            )
            for s in needled
        ]
        out += [
            Point(
                s,
                2,
                "Would rather avoid needles: acupressure works on the same points without them.",
                PREFERENCE,
            )
            for s in slugs(mods, family="acupressure")
        ]
        return out
    if a.needles == "unsure":
        return [
            Point(
                s,
                -1,
                "Is unsure about needles: talk it through before suggesting acupuncture.",
                PREFERENCE,
            )
            for s in needled
        ]
    if a.needles == "comfortable":
        return [
            Point(s, 1, "Is comfortable with needles.", PREFERENCE, technique=True) for s in needled
        ]
    return []


def self_care_interest(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """Acupressure can be self-administered once the points are learnt."""
    points = {"yes": 2, "maybe": 1}.get(a.self_care, 0)
    if not points:
        return []
    return [
        Point(
            s,
            points,
            "Would like to learn self-care: acupressure can be done on oneself once the points "
            "are learnt.",
            PREFERENCE,
        )
        for s in slugs(mods, self_administrable=True)
    ]


def pressure_preference(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """A firm-pressure preference leans to medical massage, a light one to relaxation massage."""
    if a.pressure == "firm":
        return [
            Point(
                "medical-massage",
                2,
                "Prefers firm pressure: medical massage uses deeper pressure.",
                PREFERENCE,
                technique=True,
            )
        ]
    if a.pressure == "light":
        return [
            Point(
                "relaxation-massage",
                2,
                "Prefers light pressure: relaxation massage uses lighter, flowing strokes.",
                PREFERENCE,
            )
        ]
    return []


def curiosity(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """What the patient is curious about counts a little."""
    families = {CURIOSITY_FAMILIES[c] for c in a.curious_about if c in CURIOSITY_FAMILIES}
    return [
        Point(m.slug, 1, f"Is curious about {m.name.lower()}.", PREFERENCE)
        for m in mods
        if m.family in families
    ]


RULES = [
    stress_without_injury,
    musculoskeletal_problem,
    acupressure_studied_uses,
    chronic_pain_or_headache,
    needle_preference,
    self_care_interest,
    pressure_preference,
    curiosity,
]


# --- Cautions the answers raise without a precaution row --------------------------------------


def age_and_pregnancy_cautions(a: Answers, mods: list[ModalityFacts]) -> list[Guidance]:
    """Cautions that depend on age or on how many weeks pregnant: the precaution rows cannot
    say these, because they hold one level per treatment whatever the age or week."""
    out = []
    if a.age is not None and a.age >= OLDEST_FOR_DEEP_PRESSURE:
        out += [
            Guidance(
                "age",
                f"Aged {a.age}",
                s,
                "caution",
                f"Aged {OLDEST_FOR_DEEP_PRESSURE} or over: skin and bones are often more "
                "fragile, so use lighter pressure than usual.",
                restricts_core_technique=True,
            )
            for s in ("medical-massage",)
        ]
    if a.age is not None and a.age < ADULT_AGE:
        out += [
            Guidance(
                "age",
                f"Aged {a.age}",
                m.slug,
                "note",
                "Under 18: a parent or guardian should consent, and be present if the patient "
                "wishes.",
            )
            for m in mods
        ]
    weeks = a.pregnancy_weeks
    if PREGNANCY in a.screening_yes and weeks and weeks <= FIRST_TRIMESTER_WEEKS:
        out += [
            Guidance(
                "pregnancy-weeks",
                f"{weeks} weeks pregnant",
                s,
                "caution",
                f"First trimester ({weeks} weeks): many practitioners avoid needling or "
                "strong point work until after 12 weeks.",
                restricts_core_technique=True,
            )
            for s in slugs(mods, uses_needles=True)
        ]
    return out


def applicable_cautions(
    a: Answers, mods: list[ModalityFacts], guidance: list[Guidance], asked: dict[str, str]
) -> dict[str, list[Guidance]]:
    """Every caution for every modality: the guidance rows for the precautions answered yes, a
    caution for any pair with no row, and the age and pregnancy cautions."""
    known = {m.slug for m in mods}
    rows = {(g.precaution, g.modality): g for g in guidance}
    out = {m.slug: [] for m in mods}
    for precaution in a.screening_yes:
        for slug in out:
            item = rows.get((precaution, slug))
            if item is None:
                name = asked.get(precaution, precaution)
                item = Guidance(
                    precaution,
                    name,
                    slug,
                    "caution",
                    "No guidance is recorded for this treatment: treat it as a caution and check "
                    "before treatment.",
                )
            out[slug].append(item)
    for item in age_and_pregnancy_cautions(a, mods):
        if item.modality in known:
            out[item.modality].append(item)
    return out


# --- Putting it together ---------------------------------------------------------------------


def score_modality(points: list[Point], cautions: list[Guidance]) -> tuple[int, list[str], bool]:
    """The score, the reasons in order, and whether the treatment is out."""
    restricted = any(c.restricts_core_technique and c.level != "note" for c in cautions)
    excluded = any(p.kind == EXCLUDE for p in points) or any(c.level == "avoid" for c in cautions)
    need = preference = 0
    reasons = []
    for p in points:
        if p.kind == PREFERENCE and p.technique and restricted:
            reasons.append(
                p.reason.rstrip(".") + ", but a caution below limits that technique: not counted."
            )
            continue
        if p.kind == PREFERENCE:
            preference += p.points
        elif p.kind == NEED:
            need += p.points
        reasons.append(p.reason)
    if preference > PREFERENCE_CAP:
        reasons.append(f"Preferences add at most {PREFERENCE_CAP} points in all.")
    weighed = sum(1 for c in cautions if c.level in ("avoid", "caution"))
    score = need + min(preference, PREFERENCE_CAP) - CAUTION_POINTS * weighed
    return score, reasons, excluded


def caution_entry(item: Guidance) -> dict:
    return {"precaution": item.precaution_name, "level": item.level, "note": item.staff_note}


def suggest(
    answers: Answers,
    modalities: list[ModalityFacts],
    guidance: list[Guidance],
    precaution_names: dict[str, str] | None = None,
) -> dict:
    """Every modality ranked with its score, reasons and cautions; red flags; the top pick."""
    known = {m.slug for m in modalities}
    points = {m.slug: [] for m in modalities}
    for rule in RULES:
        for point in rule(answers, modalities):
            if point.slug in known:
                points[point.slug].append(point)
    cautions = applicable_cautions(answers, modalities, guidance, precaution_names or {})
    refer = bool(answers.red_flags)

    entries = []
    for m in modalities:
        score, reasons, excluded = score_modality(points[m.slug], cautions[m.slug])
        weighed = sum(1 for c in cautions[m.slug] if c.level in ("avoid", "caution"))
        entries.append(
            {
                "slug": m.slug,
                "name": m.name,
                "score": score,
                "excluded": excluded,
                "on_hold": refer and not excluded,
                "suggested": not excluded and not refer,
                "reasons": reasons,
                "cautions": [caution_entry(c) for c in cautions[m.slug]],
                "_key": (excluded, -score, weighed, m.display_order, m.slug),
            }
        )
    entries.sort(key=lambda e: e.pop("_key"))
    suggested = [e for e in entries if not e["excluded"]]
    if refer:
        top = REFER
        advice = "Refer to a physician before any treatment; every treatment is on hold."
    elif not suggested:
        top = POSTPONE
        advice = "Every treatment is to be avoided for now: postpone until the patient is well."
    else:
        top = suggested[0]["slug"]
        advice = ""
    return {
        "version": ENGINE_VERSION,
        "ranking": entries,
        "red_flags": list(answers.red_flags),
        "refer": refer,
        "advice": advice,
        "top": top,
        "has_cautions": any(
            c["level"] in ("avoid", "caution") for e in entries for c in e["cautions"]
        ),
    }


# --- Reading the inputs from the database -------------------------------------------------


# The loaders read plain values, not model instances: they run on every intake sent, and
# building a few hundred model objects with their relations cost more than the engine itself.
def load_modalities() -> list[ModalityFacts]:
    from django.db.models.functions import Coalesce

    from treatments.models import Modality

    rows = (
        Modality.objects.published()
        .annotate(family=Coalesce("parent__slug", "slug"))
        .values_list(*MODALITY_FACTS)
    )
    return [ModalityFacts(*row) for row in rows]


def load_guidance() -> list[Guidance]:
    from treatments.models import PrecautionGuidance

    return [Guidance(*row) for row in PrecautionGuidance.objects.values_list(*GUIDANCE_FIELDS)]


def load_precaution_names() -> dict[str, str]:
    from treatments.models import Precaution

    return dict(Precaution.objects.values_list("slug", "name"))


def with_recorded_pregnancy(screening_yes: list[str], weeks: int | None) -> list[str]:
    """Weeks of pregnancy recorded (an admin edit, an import) while the pregnancy answer is
    no: the safer reading is that the patient is pregnant, so the pregnancy cautions apply."""
    if weeks and PREGNANCY not in screening_yes:
        return [*screening_yes, PREGNANCY]
    return screening_yes


def answers_of(submission, screening_yes: list[str]) -> Answers:
    # Age on the day the intake was sent, so a recomputation gives the same answer later.
    on = timezone.localdate(submission.created_at) if submission.created_at else None
    return Answers(
        goals=list(submission.goals),
        conditions=list(submission.conditions),
        body_regions=list(submission.body_regions),
        duration=submission.duration,
        pain_now=submission.pain_now or 0,
        pain_week_average=submission.pain_week_average or 0,
        interference=submission.interference or 0,
        age=age_on(submission.date_of_birth, on or timezone.localdate()),
        pregnancy_weeks=submission.pregnancy_weeks,
        needles=submission.needles,
        pressure=submission.pressure,
        self_care=submission.self_care,
        curious_about=list(submission.curious_about),
        screening_yes=with_recorded_pregnancy(list(screening_yes), submission.pregnancy_weeks),
        red_flags=[*submission.red_flags, *submission.derived_red_flags],
    )


@dataclass(frozen=True)
class EngineData:
    """What the engine reads from the database besides the answers."""

    modalities: list[ModalityFacts]
    guidance: list[Guidance]
    precaution_names: dict[str, str]


def load_engine_data() -> EngineData:
    return EngineData(load_modalities(), load_guidance(), load_precaution_names())


def suggest_for(submission, screening_yes: list[str], data: EngineData | None = None) -> dict:
    """The engine's result for a submission. Safety data is read fresh, never from a cache;
    a batch (a bulk recompute, generated data) passes the data it read once for all of it."""
    data = data or load_engine_data()
    return suggest(
        answers_of(submission, screening_yes),
        data.modalities,
        data.guidance,
        data.precaution_names,
    )
