"""Safety holds: when an intake may not lead to a booking.

- A recommendation to see a physician offers no booking at all.
- An intake with red flags may book only once staff have recorded a treatment for it, which
  the review form allows only with an override and its reason (intake/triage/overrides.py): until
  then the patient is given the red-flag advice instead of free times.

The red flags and their advice come from intake's one list (intake/triage/redflags.py).
"""

from dataclasses import dataclass

from intake.models import Submission
from intake.triage.advice import advice_groups

REFERRAL, RED_FLAGS = "referral", "red_flags"


@dataclass(frozen=True)
class Hold:
    kind: str  # REFERRAL or RED_FLAGS
    advice: list  # intake.triage.advice.AdviceGroup, most pressing first


def hold_for(submission: Submission) -> Hold | None:
    advice = advice_groups(submission.all_red_flags)
    if submission.is_referral:
        return Hold(REFERRAL, advice)
    if submission.has_red_flag:
        treated = submission.recommended_modality_id is not None
        overridden = bool(submission.red_flag_override_reason.strip())
        if not (treated and overridden):
            return Hold(RED_FLAGS, advice)
    return None
