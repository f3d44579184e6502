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
- A caution about the very state a need rule suggests the treatment for (the pregnancy caution
  on acupressure for pregnancy sickness: which points to avoid) is shown but takes nothing off.
- A treatment is "suggested" only with a reason (a need or preference that counted) and a
  score of 0 or more; at 0, not when a caution limits its core technique. When none is,
  the top is "no clear suggestion: the reviewer decides", never a tie-break.
- Ties go to the treatment with fewer cautions, then to the display order.

Every rule is a small function in RULES, with its source in SOURCES (docs/clinical-safety.md and
the admin page "How suggestions are made" are generated from them). Every reason and caution
is one plain sentence that a reviewer can check against the answers.
"""

from dataclasses import dataclass

from django.utils import timezone

from intake.triage.derived import age_on
from intake.triage.engine_answers import (
    CAUTION_POINTS,
    EXCLUDE,
    GUIDANCE_FIELDS,
    MODALITY_FACTS,
    NEED,
    PREFERENCE,
    PREFERENCE_CAP,
    PREGNANCY,
    Answers,
    Guidance,
    ModalityFacts,
    Point,
)
from intake.triage.engine_rules import RULES, age_and_pregnancy_cautions, applicable_cautions  # noqa: F401

ENGINE_VERSION = "3.4"
REFER = "refer"
POSTPONE = "postpone"
UNDECIDED = "undecided"
UNDECIDED_LABEL = "No clear suggestion: the reviewer decides"

# --- Putting it together ---------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    points: int
    reasons: list[str]
    excluded: bool
    has_reason: bool  # some need or preference counted for it
    weighed: int  # the cautions that took points off
    restricted: bool  # a caution limits its core technique (deep pressure, needling)

    @property
    def suggestible(self) -> bool:
        """A reason from the answers and no net loss: a score of 0 with no reason, or below 0,
        is a tie-break, not a recommendation; so is 0 when a caution limits the treatment's
        core technique (what is left of it has no reason)."""
        if self.excluded or not self.has_reason or self.points < 0:
            return False
        return self.points > 0 or not self.restricted


def weighed_cautions(points: list[Point], cautions: list[Guidance]) -> list[Guidance]:
    """The cautions that take points off: not a note, and not one about the very state a need
    rule suggests the treatment for (see Point.about): that caution says how, not whether."""
    about = {slug for p in points if p.kind == NEED and p.points > 0 for slug in p.about}
    return [c for c in cautions if c.level in ("avoid", "caution") and c.precaution not in about]


def score_modality(points: list[Point], cautions: list[Guidance]) -> Score:
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
    weighed = weighed_cautions(points, cautions)
    if len(weighed) < sum(1 for c in cautions if c.level in ("avoid", "caution")):
        reasons.append(
            "A caution about the state this is suggested for says how to give it, not whether: "
            "it takes no points off."
        )
    score = need + min(preference, PREFERENCE_CAP) - CAUTION_POINTS * len(weighed)
    return Score(score, reasons, excluded, need + preference > 0, len(weighed), restricted)


def top_and_advice(entries: list[dict], refer: bool) -> tuple[str, str]:
    """The top pick: refer on any red flag; postpone when every treatment is out; "no clear
    suggestion" when nothing left has a reason; otherwise the best suggested treatment."""
    if refer:
        return REFER, "Refer to a physician before any treatment; every treatment is on hold."
    if all(e["excluded"] for e in entries):
        return (
            POSTPONE,
            "Every treatment is to be avoided for now: postpone until the patient is well.",
        )
    suggested = [e for e in entries if e["suggested"]]
    if not suggested:
        return UNDECIDED, UNDECIDED_LABEL + "."
    return suggested[0]["slug"], ""


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
        score = score_modality(points[m.slug], cautions[m.slug])
        entries.append(
            {
                "slug": m.slug,
                "name": m.name,
                "score": score.points,
                "excluded": score.excluded,
                "on_hold": refer and not score.excluded,
                "suggested": not refer and score.suggestible,
                "reasons": score.reasons,
                "cautions": [caution_entry(c) for c in cautions[m.slug]],
                "_key": (score.excluded, -score.points, score.weighed, m.display_order, m.slug),
            }
        )
    entries.sort(key=lambda e: e.pop("_key"))
    top, advice = top_and_advice(entries, refer)
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
