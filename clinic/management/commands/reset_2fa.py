"""Resets a staff member's two-factor login without showing anyone its secrets."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from clinic.two_factor import two_factor_reset


class Command(BaseCommand):
    help = (
        "Removes a staff account's authenticator app and backup codes. At their next sign-in "
        "(username and password) they are taken to a page where they set up a new app "
        "themselves; nobody else ever sees their key or codes."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account called “{username}”.")
        if not user.is_staff:
            raise CommandError(f"“{username}” is not a staff account.")
        two_factor_reset(user=user)
        self.stdout.write(
            f"Two-factor login reset for {username}: they will set up a new authenticator app "
            "when they next sign in."
        )
