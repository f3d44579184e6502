"""Queues the reminders of appointments that start within APPOINTMENT_REMINDER_HOURS."""

from django.core.management.base import BaseCommand

from appointments.emails import reminders_send


class Command(BaseCommand):
    help = (
        "Queues one reminder email for every booked appointment starting within "
        "APPOINTMENT_REMINDER_HOURS that has not had one, through the email queue (the worker "
        "sends them). Run it every quarter hour (deploy/clinic-reminders.timer); a second run "
        "sends nothing twice."
    )

    def handle(self, *args, verbosity: int, **options):
        count = reminders_send()
        if verbosity:
            self.stdout.write(f"Queued {count} reminder{'' if count == 1 else 's'}.")
