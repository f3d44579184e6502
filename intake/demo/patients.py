"""The demo's patients: a dozen varied intakes (a red flag, a pregnancy, a needle-averse desk
worker, chemotherapy...), shown by `make demo` and used by the tests, and forty past patients
who were recommended a treatment and answered follow-ups, so that the outcome charts and the
clinic outcomes page have something to show. Each is made once: running again adds none."""

import datetime
import random
import uuid

from django.db import transaction
from django.utils import timezone

from intake.demo.factories import SubmissionFactory, past_patient
from intake.models import Submission
from intake.triage.suggest import load_engine_data
from treatments.models import Modality

DEMO_NAMESPACE = uuid.UUID("6f1c3c1e-8d8a-4b61-9a55-0d6c3a1e9b11")
PAST_NAMESPACE = uuid.UUID("0b9f5a52-4c1e-4f2a-8f0e-6a7d2b1c9e44")

# (name, year of birth, answers, {precaution slug: detail} answered yes)
DEMO_CASES = [
    (
        "Daniel Okoro",
        1971,
        {
            "main_concern": "Low back pain for a month; since last week I struggle to pass urine.",
            "body_regions": ["lower_back", "legs"],
            "pain_now": 7,
            "pain_week_average": 6,
            "goals": ["pain_relief"],
            "red_flags": ["bladder_bowel"],
            "conditions": ["low-back-pain"],
        },
        {},
    ),
    (
        "Sophie Laurent",
        1992,
        {
            "main_concern": "Tight shoulders and poor sleep, 20 weeks pregnant.",
            "body_regions": ["shoulders", "upper_back"],
            "goals": ["stress_relief", "sleep"],
            "pressure": "light",
            "pregnancy_weeks": 20,
        },
        {"pregnancy": "20"},
    ),
    (
        "Marek Nowak",
        1980,
        {
            "main_concern": "Stiff, aching neck from desk work for over a year.",
            "body_regions": ["neck", "shoulders"],
            "duration": "over_3_months",
            "pain_now": 5,
            "goals": ["pain_relief"],
            "conditions": ["neck-pain", "chronic-pain"],
            "needles": "avoid",
            "self_care": "yes",
            "curious_about": ["acupressure"],
        },
        {},
    ),
    (
        "Hannah Price",
        1988,
        {
            "main_concern": "Work stress; I cannot switch off and sleep badly.",
            "pain_now": 0,
            "pain_week_average": 1,
            "goals": ["stress_relief", "sleep", "wellbeing"],
            "conditions": ["stress-anxiety"],
            "pressure": "light",
            "curious_about": ["massage"],
        },
        {},
    ),
    (
        "Callum Reid",
        1999,
        {
            "main_concern": "Twisted my knee playing football three weeks ago; still sore.",
            "body_regions": ["knees"],
            "duration": "under_6_weeks",
            "pain_now": 6,
            "goals": ["injury", "mobility"],
            "conditions": ["injury-recovery", "knee-pain"],
            "pressure": "firm",
            "needles": "comfortable",
        },
        {},
    ),
    (
        "Priya Shah",
        1985,
        {
            "main_concern": "Migraines two or three times a month.",
            "body_regions": ["head"],
            "duration": "over_3_months",
            "pain_now": 2,
            "pain_week_average": 4,
            "goals": ["headache"],
            "conditions": ["migraine-headache"],
            "needles": "comfortable",
            "curious_about": ["acupuncture"],
        },
        {},
    ),
    (
        "Ruth Evans",
        1962,
        {
            "main_concern": "Nausea after my chemotherapy sessions.",
            "body_regions": ["abdomen"],
            "goals": ["nausea", "wellbeing"],
            "conditions": ["nausea-vomiting", "cancer-related-fatigue"],
            "self_care": "yes",
        },
        {"cancer-treatment": "Chemotherapy, last cycle two weeks ago"},
    ),
    (
        "Aisha Begum",
        1997,
        {
            "main_concern": "Painful periods every month.",
            "body_regions": ["abdomen", "lower_back"],
            "duration": "over_3_months",
            "goals": ["pain_relief"],
            "conditions": ["menstrual-pain"],
            "self_care": "yes",
        },
        {},
    ),
    (
        "Joan Murphy",
        1958,
        {
            "main_concern": "Widespread aches and tiredness; diagnosed with fibromyalgia.",
            "body_regions": ["neck", "upper_back", "lower_back", "hips", "legs"],
            "duration": "over_3_months",
            "pain_now": 6,
            "pain_week_average": 7,
            "interference": 7,
            "goals": ["pain_relief", "sleep"],
            "conditions": ["fibromyalgia", "chronic-pain"],
        },
        {"blood-thinners": "Warfarin"},
    ),
    (
        "Tomasz Kowalski",
        1976,
        {
            "main_concern": "Pain down the back of my left leg for four months.",
            "body_regions": ["lower_back", "hips", "legs"],
            "duration": "over_3_months",
            "pain_now": 6,
            "goals": ["pain_relief", "mobility"],
            "conditions": ["sciatica"],
            "pressure": "firm",
        },
        {},
    ),
    (
        "Megan Hughes",
        1990,
        {
            "main_concern": "Tension in my shoulders at the end of the week.",
            "body_regions": ["shoulders", "neck"],
            "goals": ["stress_relief", "wellbeing"],
            "conditions": ["muscle-tension"],
            "curious_about": ["massage"],
        },
        {"oil-allergy": "Almond oil"},
    ),
    (
        "Margaret King",
        1941,
        {
            "main_concern": "Stiff hips and knees; I find stairs hard.",
            "body_regions": ["hips", "knees"],
            "duration": "over_3_months",
            "pain_now": 4,
            "goals": ["mobility"],
            "conditions": ["arthritis", "limited-mobility"],
            "pressure": "light",
            "needles": "avoid",
        },
        {"osteoporosis": ""},
    ),
]


@transaction.atomic
def demo_intakes() -> dict[str, Submission]:
    """Makes the demo's intakes not already there; returns those made, by patient name."""
    engine_data = load_engine_data()
    made = {}
    for name, year, answers, yes in DEMO_CASES:
        key = uuid.uuid5(DEMO_NAMESPACE, name)
        if Submission.objects.filter(idempotency_key=key).exists():
            continue
        made[name] = SubmissionFactory(
            idempotency_key=key,
            full_name=name,
            date_of_birth=datetime.date(year, 5, 14),
            screening_yes=yes,
            engine_data=engine_data,
            **{"body_regions": [], **answers},
        )
    return made


PAST_PATIENTS = 40
# (recommended treatment, share who then had it, main concern), one patient in turn from each.
PAST_TREATMENTS = [
    ("acupressure", 0.8, "Tension headaches most weeks."),
    ("medical-massage", 0.8, "Aching lower back since moving house."),
    ("relaxation-massage", 0.75, "Stiff neck and shoulders, worse when stressed."),
]
PAST_FIRST = ["Alex", "Sam", "Jo", "Chris", "Robin", "Kim", "Lee", "Pat", "Jamie", "Morgan"]
PAST_LAST = ["Archer", "Baker", "Carter", "Dale", "Ellis", "Fisher", "Grant", "Hale"]


@transaction.atomic
def past_patients() -> int:
    """Makes the past patients not already there; returns how many were made. The same ones,
    with the same answers, every time."""
    modalities = Modality.objects.in_bulk([slug for slug, *_ in PAST_TREATMENTS], field_name="slug")
    engine_data = load_engine_data()
    made = 0
    for index in range(PAST_PATIENTS):
        slug, share_had, concern = PAST_TREATMENTS[index % len(PAST_TREATMENTS)]
        key = uuid.uuid5(PAST_NAMESPACE, str(index))
        if slug in modalities and not Submission.objects.filter(idempotency_key=key).exists():
            past_patient_make(index, key, modalities[slug], share_had, concern, engine_data)
            made += 1
    return made


def past_patient_make(index, key, modality, share_had, concern, engine_data) -> None:
    """A little better at each follow-up, more so for those who had the treatment: invented
    numbers, to fill the page, not a claim about any treatment."""
    rng = random.Random(f"demo-outcomes:{index}")  # noqa: S311 -- made-up data, not secrets
    approximate = index % 7 == 3  # an intake from before the two PEG items were asked
    pain, interference = rng.randint(4, 8), rng.randint(3, 8)
    intake = (pain, *((None, None) if approximate else (rng.randint(3, 8), rng.randint(3, 8))))
    submission = SubmissionFactory(
        idempotency_key=key,
        full_name=f"{PAST_FIRST[index % len(PAST_FIRST)]} {PAST_LAST[index % len(PAST_LAST)]}",
        date_of_birth=datetime.date(1950 + index, 3, 9),
        email=f"past{index:02d}@example.org",
        main_concern=concern,
        body_regions=[],
        duration="over_3_months",
        pain_now=pain,
        goals=["pain_relief"],
        engine_data=engine_data,
    )
    had = rng.random() < share_had
    drop = rng.choice([0, 1, 1, 2, 2, 3, 4]) if had else rng.choice([-1, 0, 0, 1, 1, 2])
    drops = [drop // 2, drop][: 2 if rng.random() < 0.75 else 1]
    answers = [
        tuple(max(0, min(10, (item if item is not None else interference) - d)) for item in intake)
        for d in drops
    ]
    sent = timezone.localdate() - datetime.timedelta(days=rng.randint(50, 300))
    past_patient(
        submission,
        modality,
        intake=intake,
        interference=interference,
        answers=answers,
        change=max(1, min(7, 4 - drops[-1] + rng.choice([-1, 0, 0, 1]))),
        had=had,
        sent=sent,
        sessions=rng.randint(2, 6),
    )
