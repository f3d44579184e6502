"""How long the intake takes, for the pages that say so (home, start, answers gone, saved link)."""

from django import template

from intake.patient.flow import MINUTES_TO_ANSWER

register = template.Library()


@register.simple_tag
def intake_minutes() -> int:
    return MINUTES_TO_ANSWER
