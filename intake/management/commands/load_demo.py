"""Demo data for trying the staff side: a reviewer account and a dozen varied intakes."""

import datetime
import secrets
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from clinic.scratch_database import add_force_argument, refuse_unless_scratch
from intake.services import submission_save
from treatments.models import Precaution

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
        "Creates a demo reviewer (password printed once) and a dozen varied intakes. Runs only "
        "with DEBUG on and a local scratch database, unless given --force."
    )

    def add_arguments(self, parser):
        add_force_argument(parser)

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
