"""The clinic's outcomes: how patients recommended each treatment say they got on.

For every intake sent within a date range that ended in a treatment recommendation and has at
least one answered follow-up, one PatientChange: the PEG score at the latest follow-up minus
the PEG at intake (negative is better: less pain and interference), and whether the patient
then rated themselves "much" or "very much improved" (the Patient Global Impression of Change).

"Suggestion followed" means that at that latest follow-up the patient said they had had the
treatment the clinic recommended; "not followed" that they had none, or a different one. The
groups are by the recommended treatment, so that each suggestion is judged by what became of
the people it was made to.

These are observations: nobody was randomised, the people who answer may differ from those
who do not, and pain often eases with time alone. The page says so.
"""

import datetime
import statistics
from dataclasses import dataclass

from intake.aftercare.follow_up import baseline
from intake.models import FollowUp, Outcome, Submission

# Fewer patients than this in a group: the page shows the count and no figures.
MIN_GROUP = 5
IMPROVED = {Outcome.Change.VERY_MUCH_IMPROVED, Outcome.Change.MUCH_IMPROVED}


@dataclass(frozen=True)
class PatientChange:
    modality: str
    followed: bool
    change: float  # latest PEG minus intake PEG, unrounded
    improved: bool
    approximate: bool  # the intake's PEG stood in for by its daily-life answer


@dataclass(frozen=True)
class Group:
    """One row of the page: a treatment, and whether the suggestion was followed (None: all)."""

    modality: str
    followed: bool | None
    n: int
    approximate: int
    mean: float | None
    sd: float | None
    improved: int
    share_improved: float | None  # 0 to 1

    @property
    def label(self) -> str:
        return f"{self.modality}, {self.who}"

    @property
    def who(self) -> str:
        if self.followed is None:
            return "all"
        return "had it" if self.followed else "did not"

    @property
    def too_few(self) -> bool:
        return self.n < MIN_GROUP


@dataclass(frozen=True)
class Response:
    """How many of the period's treatment recommendations were followed up, and answered."""

    recommended: int
    invited: int
    answered: int


def summarise_group(modality: str, followed: bool | None, changes: list[PatientChange]) -> Group:
    """The group's count and, from MIN_GROUP patients up, the mean and standard deviation of
    the PEG change and the share much or very much improved."""
    n = len(changes)
    approximate = sum(c.approximate for c in changes)
    improved = sum(c.improved for c in changes)
    if n < MIN_GROUP:
        return Group(modality, followed, n, approximate, None, None, improved, None)
    values = [c.change for c in changes]
    return Group(
        modality=modality,
        followed=followed,
        n=n,
        approximate=approximate,
        mean=round(statistics.fmean(values), 1) + 0.0,  # + 0.0: never "-0.0"
        sd=round(statistics.stdev(values), 1),
        improved=improved,
        share_improved=improved / n,
    )


def summarise(changes: list[PatientChange]) -> list[Group]:
    """Per recommended treatment, by name: all its patients, then those who had it, then
    those who did not."""
    groups = []
    for modality in sorted({c.modality for c in changes}):
        mine = [c for c in changes if c.modality == modality]
        groups.append(summarise_group(modality, None, mine))
        for followed in (True, False):
            subset = [c for c in mine if c.followed is followed]
            groups.append(summarise_group(modality, followed, subset))
    return groups


def recommended_between(start: datetime.date, end: datetime.date):
    """Intakes sent from `start` to `end` (the clinic's days, both included) for which a
    treatment was recommended; referrals are not followed up."""
    return Submission.objects.filter(
        created_at__date__gte=start,
        created_at__date__lte=end,
        recommended_modality__isnull=False,
    ).exclude(status=Submission.Status.REFERRED)


INTAKE_ITEMS = [
    "pain_week_average",
    "interference",
    "interference_enjoyment",
    "interference_activity",
]


def patient_changes(start: datetime.date, end: datetime.date) -> list[PatientChange]:
    """One PatientChange per intake in the range with an answered follow-up, from one query
    over the answers, oldest first, so that each intake's last row is its latest answer. Reads
    only scores and treatments: no name, contact or free text leaves the database."""
    rows = (
        Outcome.objects.filter(submission__in=recommended_between(start, end))
        .order_by("submission_id", "answered_at", "pk")
        .values(
            "submission_id",
            "pain_average",
            "interference_enjoyment",
            "interference_activity",
            "had_treatment",
            "modality_id",
            "change",
            "submission__recommended_modality_id",
            "submission__recommended_modality__name",
            *(f"submission__{item}" for item in INTAKE_ITEMS),
        )
    )
    latest = {row["submission_id"]: row for row in rows.iterator()}
    return [patient_change(row) for row in latest.values()]


def patient_change(row: dict) -> PatientChange:
    start = baseline(Submission(**{item: row[f"submission__{item}"] for item in INTAKE_ITEMS}))
    items = (row["pain_average"], row["interference_enjoyment"], row["interference_activity"])
    recommended = row["submission__recommended_modality_id"]
    return PatientChange(
        modality=row["submission__recommended_modality__name"],
        followed=row["had_treatment"] and row["modality_id"] == recommended,
        change=sum(items) / 3 - (start.pain + start.enjoyment + start.activity) / 3,
        improved=row["change"] in IMPROVED,
        approximate=start.approximate,
    )


def response(start: datetime.date, end: datetime.date) -> Response:
    recommended = recommended_between(start, end)
    invited = FollowUp.objects.filter(submission__in=recommended, invited_at__isnull=False)
    return Response(
        recommended=recommended.count(),
        invited=invited.values("submission_id").distinct().count(),
        answered=recommended.filter(outcomes__isnull=False).distinct().count(),
    )
