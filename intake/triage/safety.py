"""The clinical safety reference: every red flag, precaution and engine rule, with its source.

Read from the code (intake/triage/redflags.py, intake/triage/suggest.py) and the data (the
precaution rows), so that docs/clinical-safety.md (`manage.py clinical_safety_doc`) and the
admin page "How suggestions are made" are generated from one place and can never disagree
with what runs.
"""

import inspect
from dataclasses import dataclass

from django.template.loader import render_to_string

from intake.triage import suggest
from intake.triage.redflags import FLAGS, FLAGS_BY_VALUE, Urgency
from intake.triage.topics import TOPICS
from treatments.models import Modality, Precaution, PrecautionGuidance

RULE_SOURCES = {
    "stress_without_injury": "Seeds (relaxation massage); NCCIH: Massage Therapy: What You Need "
    "To Know (anxiety: some evidence of short-term benefit)",
    "musculoskeletal_problem": "Seeds (medical massage); NICE NG59 (manual therapy such as "
    "massage only as part of a treatment package that includes exercise)",
    "acupressure_studied_uses": "Seeds (acupressure); NCCIH: Acupuncture and acupressure; "
    "Cochrane reviews of P6 wrist acupressure for nausea (mixed results); NICE NG201 "
    "antenatal care (acupressure for nausea and vomiting in pregnancy)",
    "chronic_pain_or_headache": "Seeds; NICE NG193 (acupuncture may be considered for chronic "
    "primary pain only); NICE CG150 (acupuncture for preventing migraine and tension-type "
    "headache); NICE NG59 (do not offer acupuncture for low back pain with or without "
    "sciatica); NICE NG226 (do not offer acupuncture for osteoarthritis)",
    "needle_preference": "Seeds (acupuncture uses needles; acupressure works on the same points "
    "without them)",
    "self_care_interest": "Seeds (acupressure can be self-administered once learnt)",
    "pressure_preference": "Seeds (medical massage uses deeper pressure; relaxation massage "
    "lighter strokes)",
    "curiosity": "The clinic's choice: a small weight for what the patient is curious about",
    "age_and_pregnancy_cautions": "NHS: osteoporosis (fragile bones in later life); the "
    "pregnancy guidance in the seeds and British Acupuncture Council practice (care in the "
    "first trimester, and a pregnancy of unknown weeks treated as possibly in it); British "
    "Acupuncture Council code of professional conduct and NHS: consent to treatment, children "
    "and young people (under 16, a parent or guardian consents and is present; at 16 and 17, "
    "the young person may consent); HM Government: Working Together to Safeguard Children "
    "(a pregnancy under 16 is a safeguarding matter; under 13, always referred)",
}


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    source: str


def rules() -> list[Rule]:
    funcs = [*suggest.RULES, suggest.age_and_pregnancy_cautions]
    return [
        Rule(
            name=func.__name__.replace("_", " ").capitalize(),
            description=" ".join(inspect.getdoc(func).split()),
            source=RULE_SOURCES.get(func.__name__, ""),
        )
        for func in funcs
    ]


def scoring() -> list[str]:
    return [
        "Need rules add points for what the patient wants help with.",
        f"Preferences add at most {suggest.PREFERENCE_CAP} points in all; a caution that "
        "restricts a treatment's core technique (deep pressure, needling) cancels a preference "
        "for that technique.",
        f"Each caution takes off {suggest.CAUTION_POINTS} points, more than preferences can add, "
        "so a caution always outweighs a preference. A precaution with no guidance row for a "
        "treatment counts as a caution.",
        "“Avoid” takes a treatment out; when every treatment is out, the suggestion is to "
        "postpone until the patient is well.",
        "Any red flag puts every treatment on hold: the suggestion is to refer to a physician.",
        "A caution about the very state a need rule suggests the treatment for (the "
        "pregnancy caution on acupressure for sickness in pregnancy: which points to avoid) is "
        "shown but takes no points off: it says how to give the treatment, not whether.",
        "A treatment is “suggested” only with a reason from the answers and a score of 0 or "
        "more (at 0, not when a caution limits its core technique); a negative score is never "
        "suggested.",
        f"When no treatment is suggested, the result is “{suggest.UNDECIDED_LABEL}”, never a "
        "tie-break.",
        "Ties go to the treatment with fewer cautions, then to the display order.",
    ]


def red_flags_by_urgency() -> list[tuple[Urgency, list]]:
    return [
        (urgency, [flag for flag in FLAGS if flag.urgency == urgency])
        for urgency in sorted(Urgency, reverse=True)
        if urgency != Urgency.NONE
    ]


def precautions() -> list[dict]:
    modalities = list(Modality.objects.published())
    rows = {
        (g.precaution_id, g.modality_id): g
        for g in PrecautionGuidance.objects.filter(modality__in=modalities)
    }
    return [
        {"precaution": p, "guidance": [guidance_row(m, rows.get((p.pk, m.pk))) for m in modalities]}
        for p in Precaution.objects.asked()
    ]


def guidance_row(modality: Modality, guidance: PrecautionGuidance | None) -> dict:
    if guidance is None:
        return {"modality": modality.name, "level": "Missing: counts as a caution", "note": ""}
    level = guidance.get_level_display()
    if guidance.restricts_core_technique:
        level += " (restricts)"
    # One line, so that it fits a Markdown table cell.
    return {
        "modality": modality.name,
        "level": level,
        "note": " ".join(guidance.staff_note.split()),
    }


def own_words_topics() -> list[dict]:
    """The free-text screen's topics, with the red-flag question each asks again."""
    return [
        {
            "label": topic.label,
            "recheck": FLAGS_BY_VALUE[topic.recheck].label if topic.recheck else "",
            "source": topic.source,
        }
        for topic in TOPICS
    ]


def reference_context() -> dict:
    return {
        "own_words_topics": own_words_topics(),
        "engine_version": suggest.ENGINE_VERSION,
        "scoring": scoring(),
        "red_flags": red_flags_by_urgency(),
        "precautions": precautions(),
        "rules": rules(),
    }


def markdown() -> str:
    return render_to_string("docs/clinical_safety.md", reference_context())
