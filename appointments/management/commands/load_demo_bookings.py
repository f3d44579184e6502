"""A week of example bookings in the example practitioners' diaries, for trying the diary
views, the free times and the feeds. Made through appointment_book, so the time they occupy
and their emails are real (the emails go to example.org addresses through the queue)."""

import datetime
import random

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from appointments import availability
from appointments.models import Appointment, Diary
from appointments.services import BookingRefused, appointment_book
from clinic.scratch_database import add_force_argument, refuse_unless_scratch
from intake.demo.factories import FIRST_NAMES, LAST_NAMES  # one maker of made-up people


class Command(BaseCommand):
    help = (
        "Books a week of example appointments (from tomorrow) in every example practitioner's "
        "diary: about half of each day's free times. Skips a diary that already has bookings "
        "in that week. Refuses a real database unless --force."
    )

    def add_arguments(self, parser):
        add_force_argument(parser)
        parser.add_argument("--seed", type=int, default=29, help="Random seed (default 29).")

    def handle(self, *args, verbosity: int, **options):
        refuse_unless_scratch("load_demo_bookings", force=options["force"])
        rng = random.Random(options["seed"])  # noqa: S311 -- made-up data, not secrets
        first = timezone.localdate() + datetime.timedelta(days=1)
        count = 0
        with transaction.atomic():
            for diary in Diary.objects.bookable().filter(practitioner__is_example=True):
                count += self.fill_week(diary, first, rng)
        if verbosity:
            self.stdout.write(f"Booked {count} example appointment{'' if count == 1 else 's'}.")

    def fill_week(self, diary: Diary, first: datetime.date, rng: random.Random) -> int:
        start = availability.instant(first, datetime.time(0))
        if (
            Appointment.objects.booked()
            .filter(practitioner_id=diary.practitioner_id, starts_at__gte=start)
            .exists()
        ):
            return 0
        services = list(diary.services.all())
        count = 0
        for offset in range(7):
            date = first + datetime.timedelta(days=offset)
            for _ in range(6):
                service = rng.choice(services)
                times = availability.free_on(diary, service, date)
                if not times:
                    break
                first_name, last_name = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                try:
                    appointment_book(
                        diary=diary,
                        service=service,
                        starts_at=rng.choice(times),
                        full_name=f"{first_name} {last_name}",
                        email=f"{first_name}.{last_name}@example.org".lower().replace("'", ""),
                        phone="01632 960 000",
                    )
                except BookingRefused:
                    continue
                count += 1
        return count
