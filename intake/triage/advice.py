"""The advice a patient with red flags reads: the flags grouped by the advice they need, and
that advice in plain text for emails, the same words the patient reads as the heading on the
site (templates/intake/_red_flag_heading.html), so an email never says less than the page did.
An email writes numbers plainly; the site makes them tap-to-call links."""

from dataclasses import dataclass
from types import SimpleNamespace

from django.utils.translation import gettext_lazy as _

from intake.triage.redflags import FLAGS

# The kinds of advice a patient can read, most pressing first. "maternity" and "cancer_team"
# flags are as pressing as emergencies but go to the patient's own team first: the maternity
# unit (NICE NG133, NHS pregnancy pages), the cancer team's 24-hour line (NICE CG151).
ADVICE_ORDER = ("emergency", "maternity", "cancer_team", "urgent", "before_treatment")
# Advice to act on now: the confirmation page puts it before "We have your answers".
IMMEDIATE_ADVICE = ("emergency", "maternity", "cancer_team")


@dataclass(frozen=True)
class AdviceGroup:
    key: str  # one of ADVICE_ORDER
    labels: list[str]
    call_999_if: list[str]  # each flag's signs that would make it an emergency


def advice_groups(values: list[str]) -> list[AdviceGroup]:
    """The flags grouped by the advice they need, most pressing first. A patient already told
    to call 999 is not given the signs that would make another flag an emergency."""
    raised = [flag for flag in FLAGS if flag.value in values]
    emergency = any(flag.advice == "emergency" for flag in raised)
    groups = []
    for key in ADVICE_ORDER:
        flags = [flag for flag in raised if flag.advice == key]
        if flags:
            signs = [] if emergency else [f.call_999_if for f in flags if f.call_999_if]
            groups.append(AdviceGroup(key, [flag.label for flag in flags], signs))
    return groups


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
