"""Writes docs/clinical-safety.md from the code and the precaution data."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from intake.triage.safety import markdown

DOC = Path(settings.BASE_DIR) / "docs" / "clinical-safety.md"


class Command(BaseCommand):
    help = (
        "Writes docs/clinical-safety.md (every red flag, precaution and engine rule with its "
        "source) from the code and the database's precaution rows. Run it on a freshly migrated "
        "database so that the file shows the shipped content, not a clinic's own edits."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Fail if the file is out of date; write nothing."
        )

    def handle(self, *args, check: bool = False, **options):
        text = markdown()
        if check:
            if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
                raise CommandError(f"{DOC} is out of date: run manage.py clinical_safety_doc.")
            self.stdout.write("docs/clinical-safety.md is up to date.")
            return
        DOC.write_text(text, encoding="utf-8")
        if options["verbosity"]:
            self.stdout.write(f"Wrote {DOC}.")
