"""Demo data for trying the staff side: a reviewer account and a dozen varied intakes, and,
with --outcomes, forty past patients who were recommended a treatment and answered follow-ups,
so that the intakes' outcome charts and the clinic outcomes page have something to show."""

import datetime
import random
import secrets
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from clinic.scratch_database import add_force_argument, refuse_unless_scratch
from intake.models import FollowUp, Outcome, Submission
from intake.services import submission_save
from treatments.models import Modality, Precaution

REVIEWER = "reviewer"
DEMO_NAMESPACE = uuid.UUID("6f1c3c1e-8d8a-4b61-9a55-0d6c3a1e9b11")

BASE = {
    "phone": "",
    "contact_method": "email",
    "body_regions": [],
    "pain_now": 3,
    "pain_week_average": 3,
    "duration": "6_to_12_weeks",
    "interference": 3,
    "conditions": [],
    "goals": [],
    "pregnancy_weeks": None,
    "red_flags": [],
    "needles": "unsure",
    "pressure": "no_preference",
    "self_care": "maybe",
    "curious_about": [],
    "anything_else": "",
}

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


class Command(BaseCommand):
    help = (
        "Creates a demo reviewer (password printed once) and a dozen varied intakes (with "
        "--outcomes, also past patients with follow-up answers). Runs only with DEBUG on and a "
        "local scratch database, unless given --force."
    )

    def add_arguments(self, parser):
        add_force_argument(parser)
        parser.add_argument(
            "--outcomes",
            action="store_true",
            help=f"Also {PAST_PATIENTS} past patients with recommendations and follow-up answers.",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        refuse_unless_scratch("load_demo", force=options["force"])
        self.create_reviewer()
        precautions = list(Precaution.objects.asked())
        created = 0
        for name, year, answers, yes in DEMO_CASES:
            fields = {**BASE, **answers}
            fields.update(
                full_name=name,
                date_of_birth=datetime.date(year, 5, 14),
                email=f"{name.split()[0].lower()}@example.org",
            )
            screening = [(p, p.slug in yes, yes.get(p.slug, "")) for p in precautions]
            key = uuid.uuid5(DEMO_NAMESPACE, name)
            _, was_created = submission_save(
                key=key, fields=fields, screening=screening, acknowledge=False
            )
            created += was_created
        self.stdout.write(
            f"Demo intakes: {created} created, {len(DEMO_CASES) - created} already there."
        )
        if options["outcomes"]:
            made = past_patients_create(precautions)
            self.stdout.write(
                f"Past patients with follow-up answers: {made} created, "
                f"{PAST_PATIENTS - made} already there."
            )

    def create_reviewer(self) -> None:
        User = get_user_model()
        if User.objects.filter(username=REVIEWER).exists():
            self.stdout.write(
                f"The user “{REVIEWER}” exists already; its password is unchanged "
                f"(set one with: manage.py changepassword {REVIEWER})."
            )
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            REVIEWER, email="reviewer@example.org", password=password, is_staff=True
        )
        user.groups.add(Group.objects.get(name="Reviewers"))
        self.stdout.write(
            self.style.SUCCESS(f"Reviewer account: {REVIEWER} / {password} (shown only once).")
        )


# --- Past patients: recommended a treatment months ago, and answered follow-ups since ---

PAST_PATIENTS = 40
PAST_NAMESPACE = uuid.UUID("0b9f5a52-4c1e-4f2a-8f0e-6a7d2b1c9e44")
# (recommended treatment, share who then had it), one patient in turn from each.
PAST_TREATMENTS = [("acupressure", 0.8), ("medical-massage", 0.8), ("relaxation-massage", 0.75)]
PAST_FIRST = ["Alex", "Sam", "Jo", "Chris", "Robin", "Kim", "Lee", "Pat", "Jamie", "Morgan"]
PAST_LAST = ["Archer", "Baker", "Carter", "Dale", "Ellis", "Fisher", "Grant", "Hale"]
PAST_CONCERNS = {
    "acupressure": "Tension headaches most weeks.",
    "medical-massage": "Aching lower back since moving house.",
    "relaxation-massage": "Stiff neck and shoulders, worse when stressed.",
}


def past_patients_create(precautions) -> int:
    """Creates the past patients not already there; returns how many were created. The same
    seed gives the same patients and answers every time."""
    modalities = {m.slug: m for m in Modality.objects.filter(slug__in=PAST_CONCERNS)}
    created = 0
    for index in range(PAST_PATIENTS):
        slug, share_had = PAST_TREATMENTS[index % len(PAST_TREATMENTS)]
        if slug in modalities:
            created += past_patient_create(index, modalities[slug], share_had, precautions)
    return created


def past_patient_create(index: int, modality: Modality, share_had: float, precautions) -> bool:
    rng = random.Random(f"demo-outcomes:{index}")  # noqa: S311 -- made-up data, not secrets
    name = f"{PAST_FIRST[index % len(PAST_FIRST)]} {PAST_LAST[index % len(PAST_LAST)]}"
    approximate = index % 7 == 3  # an intake from before the two PEG items were asked
    pain = rng.randint(4, 8)
    fields = {
        **BASE,
        "full_name": name,
        "date_of_birth": datetime.date(1950 + index, 3, 9),
        "email": f"past{index:02d}@example.org",
        "main_concern": PAST_CONCERNS[modality.slug],
        "duration": "over_3_months",
        "pain_now": pain,
        "pain_week_average": pain,
        "interference": rng.randint(3, 8),
        "interference_enjoyment": None if approximate else rng.randint(3, 8),
        "interference_activity": None if approximate else rng.randint(3, 8),
        "goals": ["pain_relief"],
    }
    screening = [(p, False, "") for p in precautions]
    key = uuid.uuid5(PAST_NAMESPACE, str(index))
    submission, was_created = submission_save(
        key=key, fields=fields, screening=screening, acknowledge=False
    )
    if not was_created:
        return False
    sent_at = timezone.now() - datetime.timedelta(days=rng.randint(50, 300))
    Submission.objects.filter(pk=submission.pk).update(
        created_at=sent_at - datetime.timedelta(days=2),
        recommended_modality=modality,
        reviewed_at=sent_at,
        recommendation_sent_at=sent_at,
        status=Submission.Status.CLOSED,
    )
    submission.refresh_from_db()
    had_it = rng.random() < share_had
    answers_6_weeks = rng.random() < 0.75
    for weeks in (2, 6):
        follow_up = FollowUp.objects.create(
            submission=submission,
            weeks=weeks,
            due_at=sent_at + datetime.timedelta(weeks=weeks),
            invited_at=sent_at + datetime.timedelta(weeks=weeks),
            expires_at=sent_at + datetime.timedelta(weeks=weeks, days=28),
        )
        if weeks == 6 and not answers_6_weeks:
            continue
        past_outcome_create(rng, submission, follow_up, modality if had_it else None)
    return True


def past_outcome_create(rng, submission, follow_up, modality) -> None:
    """Answers a little better over time, more so for those who had the treatment: invented
    numbers, to fill the page, not a claim about any treatment."""
    drop = rng.choice([0, 1, 1, 2, 2, 3, 4]) if modality else rng.choice([-1, 0, 0, 1, 1, 2])
    drop = drop if follow_up.weeks == 6 else drop // 2

    def later(value) -> int:
        return max(0, min(10, (value if value is not None else submission.interference) - drop))

    answered = follow_up.due_at + datetime.timedelta(days=rng.randint(0, 5))
    FollowUp.objects.filter(pk=follow_up.pk).update(used_at=answered)
    Outcome.objects.create(
        submission=submission,
        follow_up=follow_up,
        answered_at=answered,
        had_treatment=modality is not None,
        modality=modality,
        sessions=rng.randint(2, 6) if modality else None,
        pain_average=later(submission.pain_week_average),
        interference_enjoyment=later(submission.interference_enjoyment),
        interference_activity=later(submission.interference_activity),
        change=max(1, min(7, 4 - drop + rng.choice([-1, 0, 0, 1]))),
    )
