"""Retention: delete submissions older than the clinic keeps them, and expired saved drafts."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from intake.patient.drafts import drafts_purge
from intake.services import submissions_purge


class Command(BaseCommand):
    help = (
        "Deletes submitted intakes older than --older-than DAYS (default: INTAKE_RETENTION_DAYS), "
        "with their screening answers and review history, and unfinished intakes saved to finish "
        "later whose INTAKE_DRAFT_DAYS have passed. Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            metavar="DAYS",
            default=None,
            help="Age in days beyond which intakes are deleted.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, older_than: int | None, dry_run: bool, verbosity: int, **options):
        days = settings.INTAKE_RETENTION_DAYS if older_than is None else older_than
        if days < 1:
            raise CommandError("--older-than must be at least 1 day.")
        count = submissions_purge(older_than_days=days, dry_run=dry_run)
        drafts = drafts_purge(dry_run=dry_run)
        if verbosity:
            verb = "Would delete" if dry_run else "Deleted"
            self.stdout.write(f"{verb} {count} intake(s) older than {days} days.")
            self.stdout.write(f"{verb} {drafts} expired saved draft(s).")
