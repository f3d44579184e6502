"""The red-flag advice in plain text, for emails: the same words the patient reads as the
heading on the site (templates/intake/_red_flag_heading.html), so an email never says less
than the page did. An email writes numbers plainly; the site makes them tap-to-call links."""

from types import SimpleNamespace

from django.utils.translation import gettext_lazy as _

from intake.triage.redflags import advice_groups

ADVICE_HEADINGS = {
    "emergency": _("Call {emergency_number} or go to A&E now"),
    "maternity": _("Call your maternity unit or midwife now"),
    "cancer_team": _("Call your cancer team's 24-hour helpline now"),
    "urgent": _("Contact your GP or call {urgent_advice_number} today"),
    "before_treatment": _("See your GP before any treatment"),
}


def most_pressing_advice(red_flags: list[str]) -> str | None:
    """The advice kind the patient must read first (one of ADVICE_ORDER), or None."""
    groups = advice_groups(red_flags)
    return groups[0].key if groups else None


def call_999_if(red_flags: list[str]) -> list[str]:
    """The signs that would make these flags an emergency, for the email's advice (the page
    shows the same under each group)."""
    return [signs for group in advice_groups(red_flags) for signs in group.call_999_if]


def advice_heading(kind: str, clinic: SimpleNamespace) -> str:
    """The first words for this kind of advice, with the clinic's numbers."""
    return str(ADVICE_HEADINGS[kind]).format(
        emergency_number=clinic.emergency_number,
        urgent_advice_number=clinic.urgent_advice_number,
    )
