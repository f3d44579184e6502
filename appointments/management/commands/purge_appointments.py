"""Deletes appointments that ended more than INTAKE_RETENTION_DAYS ago (the privacy notice's
period), with the time they held. The audit log keeps their reference only."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from appointments.models import Appointment


class Command(BaseCommand):
    help = (
        "Deletes appointments (patient's name, email and phone with them) that ended more than "
        "INTAKE_RETENTION_DAYS ago. Run it daily (deploy/clinic-daily.service)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say how many, and delete nothing."
        )

    def handle(self, *args, verbosity: int, dry_run: bool, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.INTAKE_RETENTION_DAYS)
        with transaction.atomic():
            old = Appointment.objects.filter(ends_at__lt=cutoff)
            count = old.count()
            if count and not dry_run:
                old.delete()
        if verbosity:
            verb = "Would delete" if dry_run else "Deleted"
            self.stdout.write(f"{verb} {count} appointment{'' if count == 1 else 's'}.")
