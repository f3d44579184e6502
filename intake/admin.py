"""Django's admin autodiscovery imports `intake.admin`; the review desk lives in intake/review/."""

from intake.review import admin  # noqa: F401
