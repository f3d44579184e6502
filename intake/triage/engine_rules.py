"""The suggestion engine's rules: each a small function from the answers to points (need and
preference rules) or to cautions the precaution rows cannot express (age, weeks of pregnancy).
Their sources are in intake/triage/safety.py (RULE_SOURCES); docs/clinical-safety.md and the admin
page "How suggestions are made" show each rule's docstring and source."""

from intake.triage.engine_answers import (
    ADULT_AGE,
    CURIOSITY_FAMILIES,
    DURATION_WORDS,
    EXCLUDE,
    FIRST_TRIMESTER_WEEKS,
    GUARDIAN_AGE,
    MUSCULOSKELETAL_CONDITIONS,
    OLDEST_FOR_DEEP_PRESSURE,
    PREFERENCE,
    PREGNANCY,
    SECONDARY_PAIN_CONDITIONS,
    SPECIFIC_MEDICAL_MASSAGE_CONDITIONS,
    Answers,
    Guidance,
    ModalityFacts,
    Point,
    region_words,
    slugs,
)

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
    pregnancy_sickness = PREGNANCY in a.screening_yes and (
        "nausea" in a.goals or "nausea-vomiting" in a.conditions
    )
    if "nausea" in a.goals or "nausea-vomiting" in a.conditions:
        found.append("nausea in pregnancy" if pregnancy_sickness else "nausea")
    if "menstrual-pain" in a.conditions:
        found.append("period pain")
    if not found:
        return []
    reason = (
        f"Wants help with {' and '.join(found)}: acupressure has been studied for this, "
        "with mixed results."
    )
    if pregnancy_sickness:
        # NICE's antenatal care guidance names wrist (P6) acupressure for pregnancy sickness.
        reason += " NICE antenatal care guidance mentions it for sickness in pregnancy."
        return [Point("acupressure", 3, reason, about=(PREGNANCY,))]
    return [Point("acupressure", 3, reason)]


def acupuncture_guideline(a: Answers) -> str:
    """Why NICE does not support acupuncture for this patient's chronic pain, or "" if it may.

    NG59 (do not offer acupuncture for low back pain with or without sciatica) however the
    pain is described; NG226 (do not offer acupuncture for osteoarthritis) for arthritis of
    the knee or hip; NG193 (acupuncture may be offered) covers chronic *primary* pain only, so
    pain from a named cause (an injury, joint pain) is outside it."""
    conditions = set(a.conditions)
    if "lower_back" in a.body_regions or conditions & {"low-back-pain", "sciatica"}:
        return "Low back pain or sciatica: NICE (NG59) says not to offer acupuncture for it"
    knee_or_hip = set(a.body_regions) & {"knees", "hips"} or "knee-pain" in conditions
    if "arthritis" in conditions and knee_or_hip:
        return "Arthritis of the knee or hip: NICE (NG226) says not to offer acupuncture for it"
    if conditions & SECONDARY_PAIN_CONDITIONS:
        return (
            "Pain with a named cause: NICE (NG193) supports acupuncture only for chronic "
            "primary pain"
        )
    return ""


def chronic_pain_or_headache(a: Answers, mods: list[ModalityFacts]) -> list[Point]:
    """Chronic pain and migraine or headache are common reasons for acupuncture and acupressure.
    For chronic pain, acupuncture gets points only where NICE allows it (see
    acupuncture_guideline: NG59 low back pain and sciatica, NG226 knee or hip osteoarthritis,
    NG193 chronic primary pain only); a headache still counts for it (NICE CG150)."""
    chronic_pain = "chronic-pain" in a.conditions or (
        a.chronic and a.in_pain and "pain_relief" in a.goals
    )
    headache = "migraine-headache" in a.conditions or "headache" in a.goals
    found = [
        w for w, yes in (("chronic pain", chronic_pain), ("migraine or headache", headache)) if yes
    ]
    if not found:
        return []
    extra = 1 if chronic_pain and a.severe else 0
    reason = f"Has {' and '.join(found)}: a common reason for acupuncture and acupressure."
    if extra:
        reason += " Pain or its effect on daily life is 7 or more out of 10."
    out = [Point("acupressure", 2 + extra, reason)]
    not_for_pain = acupuncture_guideline(a) if chronic_pain else ""
    if not not_for_pain:
        out.append(Point("acupuncture", 2 + extra, reason))
    elif headache:
        out.append(
            Point(
                "acupuncture",
                2,
                f"Has migraine or headache: a common reason for acupuncture. {not_for_pain}, "
                "so the chronic pain adds nothing.",
            )
        )
    else:
        out.append(Point("acupuncture", 0, f"{not_for_pain}, so it gets no points for this."))
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
        note = minor_note(a.age, pregnant=PREGNANCY in a.screening_yes)
        out += [Guidance("age", f"Aged {a.age}", m.slug, "note", note) for m in mods]
    if PREGNANCY in a.screening_yes:
        out += early_pregnancy_cautions(a.pregnancy_weeks, mods)
    return out


def minor_note(age: int, *, pregnant: bool = False) -> str:
    if age < GUARDIAN_AGE:
        note = (
            f"Under {GUARDIAN_AGE}: a parent or guardian must agree to treatment (the intake "
            "asks for their name) and should be present at every visit."
        )
    else:
        note = (
            f"Aged {GUARDIAN_AGE} or 17: may agree to treatment themselves; a parent or "
            "guardian may come if the patient wishes."
        )
    if pregnant and age < GUARDIAN_AGE:
        # Sexual activity under 16 is a safeguarding matter; under 13, always a referral.
        note += (
            " Pregnant, or could be, under 16: follow the clinic's safeguarding procedure and "
            "talk to its safeguarding lead before the visit (under 13: always refer)."
        )
    return note


def early_pregnancy_cautions(weeks: int | None, mods: list[ModalityFacts]) -> list[Guidance]:
    """The first trimester's caution on needling. A patient who could be pregnant but gives no
    weeks (the number is optional) may be in her first weeks, so she is treated as if she were."""
    if weeks and weeks > FIRST_TRIMESTER_WEEKS:
        return []
    if weeks:
        label, why = f"{weeks} weeks pregnant", f"First trimester ({weeks} weeks)"
    else:
        label = "Pregnant or could be, weeks not known"
        why = "Weeks not known, so possibly the first trimester; ask at the visit"
    return [
        Guidance(
            "pregnancy-weeks",
            label,
            s,
            "caution",
            f"{why}: many practitioners avoid needling or strong point work until after 12 weeks.",
            restricts_core_technique=True,
        )
        for s in slugs(mods, uses_needles=True)
    ]


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
