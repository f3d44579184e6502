"""Queues the follow-up invitations that are due (intake/follow_up.py)."""

from django.core.management.base import BaseCommand

from intake.follow_up import follow_ups_invite


class Command(BaseCommand):
    help = (
        "Queues an invitation email for every follow-up whose time has come, through the "
        "email queue (the worker sends it). Run it daily, e.g. from cron."
    )

    def handle(self, *args, verbosity: int, **options):
        count = follow_ups_invite()
        if verbosity:
            self.stdout.write(f"Queued {count} follow-up invitation{'' if count == 1 else 's'}.")
