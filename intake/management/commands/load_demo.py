"""Demo data for trying the staff side: a reviewer account and a dozen varied intakes and,
with --outcomes, forty past patients with follow-up answers (intake/demo/patients.py)."""

import secrets

import factory
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from clinic.scratch_database import add_force_argument, refuse_unless_scratch
from intake.demo.factories import ReviewerFactory
from intake.demo.patients import DEMO_CASES, PAST_PATIENTS, demo_intakes, past_patients

REVIEWER = "reviewer"


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

    def handle(self, *args, **options):
        refuse_unless_scratch("load_demo", force=options["force"])
        self.create_reviewer()
        made = len(demo_intakes())
        self.stdout.write(f"Demo intakes: {made} created, {len(DEMO_CASES) - made} already there.")
        if options["outcomes"]:
            made = past_patients()
            self.stdout.write(
                f"Past patients with follow-up answers: {made} created, "
                f"{PAST_PATIENTS - made} already there."
            )

    def create_reviewer(self) -> None:
        if get_user_model().objects.filter(username=REVIEWER).exists():
            self.stdout.write(
                f"The user “{REVIEWER}” exists already; its password is unchanged "
                f"(set one with: manage.py changepassword {REVIEWER})."
            )
            return
        password = secrets.token_urlsafe(12)
        ReviewerFactory(
            username=REVIEWER,
            email="reviewer@example.org",
            password=factory.django.Password(password),
        )
        self.stdout.write(
            self.style.SUCCESS(f"Reviewer account: {REVIEWER} / {password} (shown only once).")
        )
