"""Tops the submissions table up to a given number of made-up intakes, for benchmarks.

    python manage.py generate_submissions --count 100000

Every row is a plausible, valid intake: varied names, dates of birth, symptoms, goals, health
answers and preferences; a few red flags; sent at times spread over the past year, with a
review status that fits its age. Nothing is real: emails use the reserved example.* domains
and phone numbers the ranges set aside for drama, so no message can reach anyone.

The rows are deterministic for a seed: row number i is always made from the same random
stream, so topping up from 50,000 to 100,000 gives the same rows as making 100,000 at once.

Screening answers: the live intake saves one row per precaution (all yes/no answers). To keep
100,000 intakes quick to load, every "yes" gets its row (that is what staff read and what the
safety flags come from), and one intake in ten gets the complete set of yes and no rows, as a
live intake has. The suggestion snapshot comes from the app's own engine, as for a live intake.
"""

import random
import time
import uuid
from contextlib import contextmanager
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from clinic.scratch_database import add_force_argument, refuse_unless_scratch
from intake.models import (
    REFERENCE_ALPHABET,
    REFERENCE_LENGTH,
    BodyRegion,
    ContactMethod,
    Curiosity,
    Duration,
    Goal,
    NeedleFeeling,
    PressurePreference,
    ScreeningAnswer,
    SelfCareInterest,
    Submission,
)
from intake.services import suggestion_fields
from intake.triage.redflags import ASKED_FLAGS, urgency_of
from intake.triage.suggest import load_engine_data
from treatments.models import Condition, Precaution

DEFAULT_SEED = 2026
DEFAULT_BATCH_SIZE = 2000
CONSENT_VERSION = "2026-11-v1"
FULL_SCREENING_EVERY = 10  # one intake in ten gets all its yes and no answers as rows
RED_FLAG_RATE = 0.02

FIRST_NAMES = [
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Grace",
    "Sophia",
    "Lily",
    "Freya",
    "Evie",
    "Ella",
    "Poppy",
    "Chloe",
    "Aisha",
    "Priya",
    "Zara",
    "Hannah",
    "Megan",
    "Ruth",
    "Margaret",
    "Joan",
    "Siobhan",
    "Fatima",
    "Mei",
    "Ewa",
    "Noah",
    "Oliver",
    "George",
    "Arthur",
    "Leo",
    "Harry",
    "Oscar",
    "Jack",
    "Mohammed",
    "Rahul",
    "Tom",
    "James",
    "David",
    "Peter",
    "Kwame",
    "Dylan",
    "Callum",
    "Tomasz",
    "Luca",
    "Ibrahim",
    "Owen",
    "Rhys",
    "Gareth",
    "Colin",
    "Keith",
]
LAST_NAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Wright",
    "Robinson",
    "Wood",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Thomas",
    "Clarke",
    "Jackson",
    "Wright",
    "Hughes",
    "Edwards",
    "Khan",
    "Lewis",
    "Harris",
    "Martin",
    "Cooper",
    "King",
    "Lee",
    "Ahmed",
    "Begum",
    "Nowak",
    "Kowalski",
    "Murphy",
    "O'Brien",
    "Campbell",
    "MacDonald",
    "Singh",
    "Chen",
    "Okafor",
    "Mensah",
    "Rossi",
    "Silva",
    "Ali",
    "Hussain",
    "Shah",
    "Price",
]
EMAIL_DOMAINS = ("example.org", "example.com", "example.net")

CONCERN_OPENINGS = (
    "Aching {where} that has been getting worse",
    "A stiff, sore {where}, mostly in the mornings",
    "Sharp pain in my {where} when I turn or bend",
    "Tension in my {where} after long days at a desk",
    "A dull ache in my {where} since I started running again",
    "My {where} hurts after lifting my children",
    "Ongoing discomfort in my {where} that keeps me awake",
    "I feel stressed and tense, especially in my {where}",
)
CONCERN_DETAILS = (
    "It started after a fall last winter.",
    "Heat helps a little; sitting for long makes it worse.",
    "My GP suggested trying massage alongside exercises.",
    "I have tried physiotherapy and it helped for a while.",
    "It is worse when I am stressed at work.",
    "Painkillers take the edge off but I would rather not rely on them.",
    "A friend recommended acupuncture for it.",
    "It comes and goes, and is worst at the end of the week.",
    "I sleep badly because of it.",
    "",
)
ANYTHING_ELSE = (
    "I work shifts, so evenings suit me best.",
    "I use a wheelchair; is the treatment room step-free?",
    "I would prefer a female practitioner if possible.",
    "I can only come in on Saturdays.",
    "I am nervous about my first session.",
    "Please call after 5pm.",
    "I have a hearing impairment; email is easier for me.",
)
SCREENING_RATES = {
    "pregnancy": 0.02,
    "blood-thinners": 0.05,
    "implanted-device": 0.01,
    "blood-clot-now": 0.005,
    "blood-clot-past": 0.01,
    "recent-surgery": 0.04,
    "fever": 0.01,
    "cancer-treatment": 0.02,
    "skin-condition": 0.03,
    "osteoporosis": 0.03,
    "recent-fracture": 0.01,
    "metal-allergy": 0.03,
    "oil-allergy": 0.03,
}
DEFAULT_SCREENING_RATE = 0.03
# Choice values, read once (an enum's .values builds a new list on each call).
REGIONS = BodyRegion.values
GOALS = Goal.values
DURATIONS = Duration.values
RED_FLAGS = [flag.value for flag in ASKED_FLAGS]
NEEDLES = NeedleFeeling.values
PRESSURES = PressurePreference.values
SELF_CARE = SelfCareInterest.values
CURIOSITIES = (
    [],
    [Curiosity.NOT_SURE.value],
    *[[c] for c in Curiosity.values[:3]],
    Curiosity.values[:2],
)
SCREENING_DETAILS = (
    "Warfarin, daily",
    "A pacemaker fitted in 2021",
    "Knee replacement, two months ago",
    "Nickel, in jewellery",
    "Almond and other nut oils",
    "Left lower leg, last spring",
    "Chemotherapy, finished in March",
    "Eczema on my arms",
    "Wrist fracture in the summer",
)


@contextmanager
def explicit_timestamps():
    """Lets created_at and updated_at take the values given, so rows can be dated in the past.

    Both fields are set automatically on save (auto_now_add, auto_now), which would date
    every generated row today. The flags are restored afterwards.
    """
    created = Submission._meta.get_field("created_at")
    updated = Submission._meta.get_field("updated_at")
    saved = created.auto_now_add, updated.auto_now
    created.auto_now_add = updated.auto_now = False
    try:
        yield
    finally:
        created.auto_now_add, updated.auto_now = saved


class Generator:
    """Makes submission number `index` and its screening answers, from the seed alone."""

    def __init__(
        self, *, seed: int, now, precautions, condition_slugs, taken: set, keys: set, engine_data
    ):
        self.seed = seed
        self.now = now
        self.precautions = precautions
        self.condition_slugs = condition_slugs
        self.taken = taken  # references already used, in the table or generated now
        self.keys = keys  # idempotency keys likewise
        self.engine_data = engine_data  # read once: content does not change during a run

    def submission(self, index: int) -> tuple[Submission, list[ScreeningAnswer]]:
        rng = random.Random(f"{self.seed}:{index}")  # noqa: S311 -- made-up data, not secrets
        created_at = self.now - timedelta(seconds=rng.randrange(365 * 24 * 3600))
        about = self.about_you(rng, index)
        age = (self.now.date() - about["date_of_birth"]).days // 365
        screening = self.screening(rng, full=index % FULL_SCREENING_EVERY == 0, age=age)
        weeks = [int(detail) for slug, yes, detail in screening if slug == "pregnancy" and yes]
        red_flags = self.red_flags(rng)
        submission = Submission(
            reference=self.reference(rng),
            idempotency_key=self.key(rng),
            status=self.status(rng, created_at, bool(red_flags)),
            created_at=created_at,
            updated_at=created_at + timedelta(days=rng.choice((0, 0, 1, 2, 5))),
            **about,
            **self.symptoms(rng),
            goals=sorted(rng.sample(GOALS, rng.choice((1, 1, 2, 2, 3)))),
            pregnancy_weeks=weeks[0] if weeks else None,
            red_flags=red_flags,
            has_red_flag=bool(red_flags),
            red_flag_urgency=urgency_of(red_flags),
            **self.preferences(rng),
            consent_version=CONSENT_VERSION,
            consented_at=created_at - timedelta(seconds=rng.randrange(1, 30)),
        )
        # The same snapshot a live intake stores, so the queue's filters see realistic data.
        yes = [slug for slug, answer, _ in screening if answer]
        for name, value in suggestion_fields(submission, yes, self.engine_data).items():
            setattr(submission, name, value)
        by_slug = {precaution.slug: precaution for precaution in self.precautions}
        answers = [
            ScreeningAnswer(
                submission=submission, precaution=by_slug[slug], answer=yes, detail=detail
            )
            for slug, yes, detail in screening
        ]
        return submission, answers

    def reference(self, rng: random.Random) -> str:
        while True:
            chars = "".join(rng.choices(REFERENCE_ALPHABET, k=REFERENCE_LENGTH))
            reference = f"{chars[:4]}-{chars[4:]}"
            if reference not in self.taken:
                self.taken.add(reference)
                return reference

    def key(self, rng: random.Random) -> uuid.UUID:
        while True:
            key = uuid.UUID(int=rng.getrandbits(128), version=4)
            if key not in self.keys:
                self.keys.add(key)
                return key

    def status(self, rng: random.Random, created_at, red_flag: bool) -> str:
        age = self.now - created_at
        if age < timedelta(days=3):
            return rng.choice((Submission.Status.NEW,) * 3 + (Submission.Status.IN_REVIEW,))
        if red_flag:
            return Submission.Status.REFERRED
        if age < timedelta(days=14):
            return rng.choice((Submission.Status.IN_REVIEW, Submission.Status.RECOMMENDED))
        return rng.choice((Submission.Status.RECOMMENDED,) * 3 + (Submission.Status.CLOSED,) * 2)

    def about_you(self, rng: random.Random, index: int) -> dict:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        today = self.now.date()
        born = date(today.year - rng.randint(18, 88), 1, 1) + timedelta(days=rng.randrange(365))
        phone = ""
        if rng.random() < 0.45:
            phone = rng.choice(("07700 900", "01632 960")) + f"{rng.randrange(1000):03d}"
        wants_phone = bool(phone) and rng.random() < 0.5
        local = f"{first}.{last}".lower().replace("'", "")
        return {
            "full_name": f"{first} {last}",
            "date_of_birth": born,
            "email": f"{local}{index}@{rng.choice(EMAIL_DOMAINS)}",
            "phone": phone,
            "contact_method": ContactMethod.PHONE if wants_phone else ContactMethod.EMAIL,
        }

    def symptoms(self, rng: random.Random) -> dict:
        regions = sorted(rng.sample(REGIONS, rng.choice((0, 1, 1, 2, 2, 3))))
        where = BodyRegion(regions[0]).label.lower() if regions else "body"
        concern = rng.choice(CONCERN_OPENINGS).format(where=where) + ". "
        concern += rng.choice(CONCERN_DETAILS)
        pain_now = rng.randint(0, 10)
        how_many = min(rng.choice((0, 1, 1, 2)), len(self.condition_slugs))
        conditions = rng.sample(self.condition_slugs, how_many)
        return {
            "main_concern": concern.strip(),
            "body_regions": regions,
            "pain_now": pain_now,
            "pain_week_average": max(0, min(10, pain_now + rng.randint(-2, 2))),
            "duration": rng.choice(DURATIONS),
            "interference": max(0, min(10, pain_now + rng.randint(-3, 1))),
            "conditions": sorted(conditions),
        }

    def screening(self, rng: random.Random, *, full: bool, age: int) -> list[tuple[str, bool, str]]:
        """(precaution slug, yes, detail) for each answer that gets a row."""
        rows = []
        for precaution in self.precautions:
            yes = rng.random() < SCREENING_RATES.get(precaution.slug, DEFAULT_SCREENING_RATE)
            if precaution.slug == "pregnancy" and age > 48:
                yes = False
            if not (yes or full):
                continue
            detail = ""
            if yes and precaution.slug == "pregnancy":
                detail = str(rng.randint(8, 36))
            elif yes and precaution.detail_prompt:
                detail = rng.choice(SCREENING_DETAILS)
            rows.append((precaution.slug, yes, detail))
        return rows

    def red_flags(self, rng: random.Random) -> list[str]:
        if rng.random() >= RED_FLAG_RATE:
            return []
        return sorted(rng.sample(RED_FLAGS, rng.choice((1, 1, 1, 2))))

    def preferences(self, rng: random.Random) -> dict:
        return {
            "needles": rng.choice(NEEDLES),
            "pressure": rng.choice(PRESSURES),
            "self_care": rng.choice(SELF_CARE),
            "curious_about": list(rng.choice(CURIOSITIES)),
            "anything_else": rng.choice(ANYTHING_ELSE) if rng.random() < 0.3 else "",
        }


class Command(BaseCommand):
    help = (
        "Adds made-up, valid intake submissions until the table holds --count rows "
        "(deterministic for --seed; existing rows are kept). For benchmarks and demos."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--count", type=int, required=True, help="How many submissions the table should hold."
        )
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED, help=f"Random seed (default {DEFAULT_SEED})."
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=DEFAULT_BATCH_SIZE,
            help=f"Rows per INSERT batch and per transaction (default {DEFAULT_BATCH_SIZE}).",
        )
        add_force_argument(parser)

    def handle(self, *, count: int, seed: int, batch_size: int, verbosity: int, **options):
        refuse_unless_scratch("generate_submissions", force=options["force"])
        if count < 0 or batch_size < 1:
            raise CommandError("--count must be 0 or more and --batch-size 1 or more.")
        existing = Submission.objects.count()
        if existing >= count:
            if verbosity >= 1:
                self.stdout.write(f"{existing:,} submissions already; nothing to add.")
            return
        started = time.monotonic()
        generator = Generator(
            seed=seed,
            now=timezone.now().replace(microsecond=0),
            precautions=list(Precaution.objects.asked()),
            condition_slugs=list(Condition.objects.published().values_list("slug", flat=True)),
            taken=set(Submission.objects.values_list("reference", flat=True)),
            keys=set(Submission.objects.values_list("idempotency_key", flat=True)),
            engine_data=load_engine_data(),
        )
        answers_made = 0
        with explicit_timestamps():
            for start in range(existing, count, batch_size):
                answers_made += self.create_batch(
                    generator, range(start, min(start + batch_size, count))
                )
                done = min(start + batch_size, count)
                if verbosity >= 2 and (done - existing) % 10_000 < batch_size:
                    self.stdout.write(
                        f"  {done:,} of {count:,} ({time.monotonic() - started:.1f} s)"
                    )
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Added {count - existing:,} submissions ({answers_made:,} screening answers); "
                    f"{count:,} now. {time.monotonic() - started:.1f} s."
                )
            )

    def create_batch(self, generator: Generator, indexes: range) -> int:
        """Creates one batch of submissions and their answers in one transaction."""
        made = [generator.submission(index) for index in indexes]
        submissions = [submission for submission, _ in made]
        with transaction.atomic():
            Submission.objects.bulk_create(submissions, batch_size=len(submissions))
            if any(submission.pk is None for submission in submissions):  # no RETURNING
                pks = dict(
                    Submission.objects.filter(
                        reference__in=[s.reference for s in submissions]
                    ).values_list("reference", "pk")
                )
                for submission in submissions:
                    submission.pk = pks[submission.reference]
            # Each answer takes its submission's new pk when it is saved.
            answers = [answer for _, batch in made for answer in batch]
            ScreeningAnswer.objects.bulk_create(answers, batch_size=DEFAULT_BATCH_SIZE)
        return len(answers)
