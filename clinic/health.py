"""What /healthz and the admin home report beside the database and the cache: checks that
the apps name in settings.HEALTH_CHECKS (dotted paths, so this project package imports no
app's code). Each returns a Report: what it says, in short words for monitoring, and the
problems it found, in plain words for staff."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class Report:
    fields: dict[str, str]
    problems: list[str] = field(default_factory=list)


def reports() -> list[Report]:
    return [import_string(path)() for path in settings.HEALTH_CHECKS]


def problems() -> list[str]:
    """Every problem the checks found; empty when all is well."""
    return [problem for report in reports() for problem in report.problems]
