"""Tops the submissions table up to a given number of made-up intakes, for benchmarks.

    python manage.py generate_submissions --count 100000

Each row comes from `RandomSubmissionFactory` (intake/demo/factories.py): a plausible, valid
intake sent within the past year, with a review status that fits its age. Row number i is
always made from the same random stream for a seed, so topping up from 50,000 to 100,000 gives
the same rows as making 100,000 at once.

Screening answers: the live intake saves one row per precaution (all yes/no answers). To keep
100,000 intakes quick to load, every "yes" gets its row (that is what staff read and what the
safety flags come from), and one intake in ten gets the complete set of yes and no rows.
"""

import time
from contextlib import contextmanager

import factory.random
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from clinic.scratch_database import add_force_argument, refuse_unless_scratch
from intake.demo.factories import RandomSubmissionFactory, random_key, random_reference
from intake.models import ScreeningAnswer, Submission
from intake.triage.suggest import load_engine_data
from treatments.models import Condition, Precaution

DEFAULT_SEED = 2026
DEFAULT_BATCH_SIZE = 2000
FULL_SCREENING_EVERY = 10  # one intake in ten gets all its yes and no answers as rows


@contextmanager
def explicit_timestamps():
    """Lets created_at and updated_at take the values given, so rows can be dated in the past
    (auto_now_add and auto_now would date every row today); restored afterwards."""
    created = Submission._meta.get_field("created_at")
    updated = Submission._meta.get_field("updated_at")
    saved = created.auto_now_add, updated.auto_now
    created.auto_now_add = updated.auto_now = False
    try:
        yield
    finally:
        created.auto_now_add, updated.auto_now = saved


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
        self.seed = seed
        self.taken = set(Submission.objects.values_list("reference", flat=True))
        self.keys = set(Submission.objects.values_list("idempotency_key", flat=True))
        self.shared = {  # read once: content does not change during a run
            "now": timezone.now().replace(microsecond=0),
            "precautions": list(Precaution.objects.asked()),
            "condition_slugs": list(Condition.objects.published().values_list("slug", flat=True)),
            "engine_data": load_engine_data(),
        }
        answers_made = 0
        with explicit_timestamps():
            for start in range(existing, count, batch_size):
                done = min(start + batch_size, count)
                answers_made += self.create_batch(range(start, done))
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

    def submission(self, index: int) -> Submission:
        """Row number `index`, the same for a seed, with a reference and key not taken."""
        factory.random.reseed_random(f"{self.seed}:{index}")
        submission = RandomSubmissionFactory.build(
            index=index, full_screening=index % FULL_SCREENING_EVERY == 0, **self.shared
        )
        # A clash with a row already made takes the next draw from the row's own stream.
        submission.reference = self.unique(self.taken, submission.reference, random_reference)
        submission.idempotency_key = self.unique(self.keys, submission.idempotency_key, random_key)
        return submission

    @staticmethod
    def unique(taken: set, value, make):
        """`value`, or if taken the first from `make` that is not; `taken` then holds it."""
        while value in taken:
            value = make()
        taken.add(value)
        return value

    def create_batch(self, indexes: range) -> int:
        """Creates one batch of submissions and their answers in one transaction."""
        submissions = [self.submission(index) for index in indexes]
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
            answers = [answer for s in submissions for answer in s.unsaved_answers]
            ScreeningAnswer.objects.bulk_create(answers, batch_size=DEFAULT_BATCH_SIZE)
        return len(answers)
