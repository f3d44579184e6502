"""What the site made of the patient's answers when the intake was sent (intake/triage/).

Red flags inferred from other answers and how urgent the worst one is, what the patient's own
words may describe, and the suggestion engine's output. All are written once, at sending, and
never rewritten: a fresh run of the engine that staff ask for is kept beside the original.
"""

from django.db import models

from intake.models.choices import POSTPONE_LABEL, REFER_LABEL
from intake.triage.redflags import Urgency
from intake.triage.suggest import POSTPONE, REFER, UNDECIDED, UNDECIDED_LABEL
from intake.triage.topics import TOPICS_BY_VALUE


class TriageSnapshot(models.Model):
    """The triage part of a Submission: the flags and the suggestion the review queue sorts
    and filters on."""

    # Red flags that follow from other answers (see intake/triage/redflags.py), kept apart so staff
    # can tell what the patient ticked from what was inferred.
    derived_red_flags = models.JSONField(default=list, blank=True)
    has_red_flag = models.BooleanField(default=False, db_index=True)
    red_flag_urgency = models.PositiveSmallIntegerField(
        choices=Urgency.choices, default=Urgency.NONE
    )
    # What the patient's own words may describe (intake/triage/textscreen.py): a marker for a person
    # to read, never a diagnosis. Topic values only: no copy of the words.
    text_flags = models.JSONField("topics in their own words", default=list, blank=True)
    has_text_flag = models.BooleanField("check now: their own words", default=False, db_index=True)

    # The suggestion engine's output when the intake was sent (never rewritten), and the
    # fields the review queue filters on, taken from it.
    suggestion = models.JSONField(default=dict, blank=True)
    top_suggestion = models.CharField(max_length=80, blank=True, db_index=True)
    has_cautions = models.BooleanField(default=False, db_index=True)
    # A fresh run of the engine asked for by staff, kept apart from the original.
    suggestion_recomputed = models.JSONField(null=True, blank=True)
    recomputed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def top_suggestion_label(self) -> str:
        """The engine's top pick in words, from the snapshot taken when the intake was sent."""
        if self.top_suggestion == REFER:
            return REFER_LABEL
        if self.top_suggestion == POSTPONE:
            return POSTPONE_LABEL
        if self.top_suggestion == UNDECIDED:
            return UNDECIDED_LABEL
        for entry in self.suggestion.get("ranking", []):
            if entry["slug"] == self.top_suggestion:
                return entry["name"]
        return "None"

    def text_flag_labels(self) -> list[str]:
        """What the patient's own words may describe, in words, for staff."""
        return [TOPICS_BY_VALUE[v].label for v in self.text_flags if v in TOPICS_BY_VALUE]
