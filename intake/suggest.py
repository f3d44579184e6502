"""The suggestion engine: from a patient's answers to a ranked, explained list of modalities.

It suggests; staff decide. It is a pure function of its inputs (the answers, the modalities'
facts and the precaution guidance), deterministic, and versioned: its output is stored on the
submission as a snapshot, so a later change of rules never rewrites what a reviewer saw.

Every rule is a small function below, listed in RULES in the order they are applied, each
grounded in a fact from the clinic's source documents (see DESIGN.md, "The suggestion engine").
A rule returns (modality, points, reason) triples; reasons are written for the reviewer.
"""

from dataclasses import dataclass, field

ENGINE_VERSION = "1.0"
REFER = "refer"
NOT_SUGGESTED = -100  # points that take a modality out of the running

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
ACUPRESSURE_STUDIED_CONDITIONS = {"nausea-vomiting", "menstrual-pain"}
ACUPOINT_CONDITIONS = {"chronic-pain", "migraine-headache"}
CURIOSITY_FAMILIES = {
    "massage": "massage-therapy",
    "acupressure": "acupressure",
    "acupuncture": "acupuncture",
}


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


@dataclass(frozen=True)
class Answers:
    """What the engine reads from an intake."""

    goals: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    duration: str = ""
    needles: str = ""
    pressure: str = ""
    self_care: str = ""
    curious_about: list[str] = field(default_factory=list)
    screening_yes: list[str] = field(default_factory=list)  # precaution slugs answered yes
    red_flags: list[str] = field(default_factory=list)

    @property
    def has_injury(self) -> bool:
        return "injury" in self.goals or "injury-recovery" in self.conditions

    @property
    def chronic(self) -> bool:
        return self.duration == "over_3_months"


Triple = tuple[str, int, str]


def slugs(modalities: list[ModalityFacts], **facts) -> list[str]:
    return [m.slug for m in modalities if all(getattr(m, k) == v for k, v in facts.items())]


# --- The rules ---------------------------------------------------------------------------


def needle_preference(a: Answers, mods: list[ModalityFacts]) -> list[Triple]:
    """Acupuncture uses needles; acupressure works on the same points without them."""
    needled = slugs(mods, uses_needles=True)
    if a.needles == "avoid":
        out = [
            (s, NOT_SUGGESTED, "Would rather avoid needles: acupuncture not suggested.")
            for s in needled
        ]
        out += [
            (
                s,
                2,
                "Would rather avoid needles: acupressure works on the same points without needles.",
            )
            for s in slugs(mods, family="acupressure")
        ]
        return out
    if a.needles == "unsure":
        return [
            (s, -1, "Unsure about needles: talk it through before suggesting acupuncture.")
            for s in needled
        ]
    if a.needles == "comfortable":
        return [(s, 1, "Comfortable with needles.") for s in needled]
    return []


def self_care_interest(a: Answers, mods: list[ModalityFacts]) -> list[Triple]:
    """Acupressure can be self-administered once the points are learnt."""
    points = {"yes": 2, "maybe": 1}.get(a.self_care, 0)
    if not points:
        return []
    return [
        (
            s,
            points,
            "Interested in self-care at home: acupressure can be done on oneself once the "
            "points are learnt.",
        )
        for s in slugs(mods, self_administrable=True)
    ]


def stress_without_injury(a: Answers, mods: list[ModalityFacts]) -> list[Triple]:
    """Stress relief, relaxation and sleep without a specific injury favour relaxation massage."""
    wants_calm = {"stress_relief", "sleep"} & set(a.goals) or {"stress-anxiety", "sleep"} & set(
        a.conditions
    )
    if not wants_calm or a.has_injury:
        return []
    return [
        (
            "relaxation-massage",
            3,
            "Stress, relaxation or sleep without a specific injury: relaxation massage aims "
            "to calm the nervous system.",
        )
    ]


def musculoskeletal_problem(a: Answers, mods: list[ModalityFacts]) -> list[Triple]:
    """A specific injury, chronic musculoskeletal pain, limited mobility, fibromyalgia, sciatica or
    arthritis favour medical massage (deeper pressure, trigger point work, myofascial release)."""
    named = sorted(SPECIFIC_MEDICAL_MASSAGE_CONDITIONS & set(a.conditions))
    reasons = []
    if a.has_injury:
        reasons.append("recovering from an injury")
    if "mobility" in a.goals:
        reasons.append("wants to move more easily")
    if named:
        reasons.append("told they have " + ", ".join(n.replace("-", " ") for n in named))
    if a.chronic and "pain_relief" in a.goals and MUSCULOSKELETAL_CONDITIONS & set(a.conditions):
        reasons.append("long-standing musculoskeletal pain")
    if not reasons:
        return []
    return [
        (
            "medical-massage",
            3,
            "Medical massage targets specific musculoskeletal problems: "
            + "; ".join(reasons)
            + ".",
        )
    ]


def acupressure_studied_uses(a: Answers, mods: list[ModalityFacts]) -> list[Triple]:
    """Nausea (after chemotherapy or surgery) and menstrual pain: where acupressure is studied."""
    found = []
    if "nausea" in a.goals or "nausea-vomiting" in a.conditions:
        found.append("nausea")
    if "menstrual-pain" in a.conditions:
        found.append("period pain")
    if not found:
        return []
    return [("acupressure", 3, f"Acupressure has been studied for {' and '.join(found)}.")]


def chronic_pain_or_migraine(a: Answers, mods: list[ModalityFacts]) -> list[Triple]:
    """Chronic pain and migraine are common reasons for acupuncture and acupressure."""
    found = []
    if "chronic-pain" in a.conditions or (a.chronic and "pain_relief" in a.goals):
        found.append("chronic pain")
    if "migraine-headache" in a.conditions or "headache" in a.goals:
        found.append("migraine or headache")
    if not found:
        return []
    reason = f"{' and '.join(found).capitalize()}: a common reason for acupuncture and acupressure."
    return [(s, 2, reason) for s in ("acupuncture", "acupressure")]


def pressure_preference(a: Answers, mods: list[ModalityFacts]) -> list[Triple]:
    """A firm-pressure preference leans to medical massage, a light one to relaxation massage."""
    if a.pressure == "firm":
        return [
            ("medical-massage", 2, "Prefers firm pressure: medical massage uses deeper pressure.")
        ]
    if a.pressure == "light":
        return [
            (
                "relaxation-massage",
                2,
                "Prefers light pressure: relaxation massage uses lighter, flowing strokes.",
            )
        ]
    return []


def curiosity(a: Answers, mods: list[ModalityFacts]) -> list[Triple]:
    """What the patient is curious about counts a little."""
    families = {CURIOSITY_FAMILIES[c] for c in a.curious_about if c in CURIOSITY_FAMILIES}
    return [(m.slug, 1, f"Curious about {m.name.lower()}.") for m in mods if m.family in families]


RULES = [
    needle_preference,
    self_care_interest,
    stress_without_injury,
    musculoskeletal_problem,
    acupressure_studied_uses,
    chronic_pain_or_migraine,
    pressure_preference,
    curiosity,
]

CAUTION_POINTS = {"avoid": NOT_SUGGESTED, "caution": -1, "note": 0}


def suggest(answers: Answers, modalities: list[ModalityFacts], guidance: list[Guidance]) -> dict:
    """Every modality ranked with its score, reasons and cautions; red flags; the top pick."""
    known = {m.slug for m in modalities}
    scores = {m.slug: 0 for m in modalities}
    reasons = {m.slug: [] for m in modalities}
    for rule in RULES:
        for slug, points, reason in rule(answers, modalities):
            if slug in known:
                scores[slug] += points
                reasons[slug].append(reason)

    cautions = {m.slug: [] for m in modalities}
    for item in guidance:
        if item.precaution in answers.screening_yes and item.modality in known:
            cautions[item.modality].append(
                {"precaution": item.precaution_name, "level": item.level, "note": item.staff_note}
            )
            scores[item.modality] += CAUTION_POINTS.get(item.level, 0)

    order = {m.slug: (m.display_order, m.slug) for m in modalities}
    ranked = sorted(modalities, key=lambda m: (-scores[m.slug], order[m.slug]))
    ranking = [
        {
            "slug": m.slug,
            "name": m.name,
            "score": scores[m.slug],
            "suggested": scores[m.slug] > NOT_SUGGESTED // 2,
            "reasons": reasons[m.slug],
            "cautions": cautions[m.slug],
        }
        for m in ranked
    ]
    refer = bool(answers.red_flags)
    suggested = [entry for entry in ranking if entry["suggested"]]
    return {
        "version": ENGINE_VERSION,
        "ranking": ranking,
        "red_flags": list(answers.red_flags),
        "refer": refer,
        "advice": "Refer to a physician before treatment." if refer else "",
        "top": REFER if refer else (suggested[0]["slug"] if suggested else ""),
        "has_cautions": any(
            c["level"] in ("avoid", "caution") for cs in cautions.values() for c in cs
        ),
    }


# --- Reading the inputs from the database -------------------------------------------------


def load_modalities() -> list[ModalityFacts]:
    from treatments.models import Modality

    return [
        ModalityFacts(
            slug=m.slug,
            name=m.name,
            family=m.parent.slug if m.parent else m.slug,
            uses_needles=m.uses_needles,
            self_administrable=m.self_administrable,
            typical_pressure=m.typical_pressure,
            display_order=m.display_order,
        )
        for m in Modality.objects.published().select_related("parent")
    ]


def load_guidance() -> list[Guidance]:
    from treatments.models import PrecautionGuidance

    return [
        Guidance(
            precaution=g.precaution.slug,
            precaution_name=g.precaution.name,
            modality=g.modality.slug,
            level=g.level,
            staff_note=g.staff_note,
        )
        for g in PrecautionGuidance.objects.select_related("precaution", "modality")
    ]


def answers_of(submission, screening_yes: list[str]) -> Answers:
    return Answers(
        goals=list(submission.goals),
        conditions=list(submission.conditions),
        duration=submission.duration,
        needles=submission.needles,
        pressure=submission.pressure,
        self_care=submission.self_care,
        curious_about=list(submission.curious_about),
        screening_yes=list(screening_yes),
        red_flags=list(submission.red_flags),
    )


def suggest_for(submission, screening_yes: list[str]) -> dict:
    """The engine's result for a submission, with today's modalities and guidance."""
    from treatments.caching import memo

    return suggest(
        answers_of(submission, screening_yes),
        memo.get("engine-modalities", load_modalities),
        memo.get("engine-guidance", load_guidance),
    )
