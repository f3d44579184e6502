"""Queues the follow-up invitations and reminders that are due (intake/aftercare/follow_up.py)."""

from django.core.management.base import BaseCommand

from intake.aftercare.follow_up import follow_ups_invite, follow_ups_remind


class Command(BaseCommand):
    help = (
        "Queues an invitation email for every follow-up whose time has come, and one reminder "
        "for every invitation unanswered after FOLLOW_UP_REMINDER_DAYS, through the email "
        "queue (the worker sends them). Run it daily, e.g. from cron; a second run the same "
        "day sends nothing twice."
    )

    def handle(self, *args, verbosity: int, **options):
        invited = follow_ups_invite()
        reminded = follow_ups_remind()
        if verbosity:
            self.stdout.write(
                f"Queued {invited} follow-up invitation{'' if invited == 1 else 's'} and "
                f"{reminded} reminder{'' if reminded == 1 else 's'}."
            )
