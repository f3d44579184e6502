"""Enrols a staff account for two-factor login: an authenticator app and backup codes."""

from base64 import b32encode

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODES = 10


class Command(BaseCommand):
    help = (
        "Sets up two-factor login for a staff account: prints the key (and otpauth:// link) to "
        "add to an authenticator app, and ten single-use backup codes. Replaces any previous "
        "devices of that account. Show the output to its owner only."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    @transaction.atomic
    def handle(self, *args, username: str, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account called “{username}”.")
        if not user.is_staff:
            raise CommandError(f"“{username}” is not a staff account.")
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        totp = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
        backup = StaticDevice.objects.create(user=user, name="Backup codes", confirmed=True)
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=backup, token=c) for c in codes)

        secret = b32encode(totp.bin_key).decode()
        self.stdout.write(f"Two-factor login for {username}.")
        self.stdout.write("Add this key to an authenticator app (time-based, 6 digits, 30 s):")
        self.stdout.write(f"  {secret}")
        self.stdout.write(f"or open this link on the phone: {totp.config_url}")
        self.stdout.write("Backup codes (each works once; keep them somewhere safe):")
        for code in codes:
            self.stdout.write(f"  {code}")
