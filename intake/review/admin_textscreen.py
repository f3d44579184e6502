"""The "check now" marker in the review queue and on the intake: the patient's own words may
describe a red flag (intake/triage/textscreen.py). It is for a person to read; it diagnoses
nothing."""

from django.utils.html import format_html

from intake.models import Submission
from intake.triage.redflags import FLAGS_BY_VALUE
from intake.triage.textscreen import topics_in
from intake.triage.topics import TOPICS_BY_VALUE

CHECK_NOW = "Check now: the patient's own words may describe a red flag"
CHECK_NOW_FLAG = format_html(
    '<span class="flag flag--check" title="{}">{} {}</span>', CHECK_NOW, "✎", "Check now"
)
TEXT_ANSWERS = ["What is troubling you?", "Anything else", "Details on the health questions"]


def own_words_rows(submission: Submission) -> list[dict]:
    """Each topic on the submission: what it may be, where the words are, and what became of
    the red-flag question asked again (if there is one)."""
    details = list(submission.screening_answers.exclude(detail="").values_list("detail", flat=True))
    where = topics_in(submission.main_concern, submission.anything_else, " ".join(details))
    flags = submission.all_red_flags
    rows = []
    for value in submission.text_flags:
        topic = TOPICS_BY_VALUE.get(value)
        if topic is None:
            continue
        rows.append(
            {
                "label": topic.label,
                "where": ", ".join(TEXT_ANSWERS[i] for i in where.get(value, [])),
                "red_flag": FLAGS_BY_VALUE[topic.recheck].label if topic.recheck in flags else "",
            }
        )
    return rows
