"""After the visit: asking the patient how things went, and keeping their answers.

When the recommendation email goes out, one FollowUp is scheduled per entry of
settings.FOLLOW_UP_WEEKS. `manage.py send_follow_ups` (from cron) queues the invitations that
are due through the email queue (intake/emails.py), and one reminder for an invitation still
unanswered settings.FOLLOW_UP_REMINDER_DAYS later. Each invitation carries a fresh random
token; only its SHA-256 is stored. The link works once, for VALID_DAYS days, and the patient
can stop all further invitations with one button.

The baseline is the intake's own answers. Intakes sent before the two PEG interference items
were asked have only the broader "how much does it get in the way of your daily life" answer;
the baseline then uses it for both items and says it is approximate.
"""

import datetime
import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from intake.emails import email_enqueue, sender
from intake.models import EmailSend, FollowUp, Outcome, Submission

VALID_DAYS = 28
TOKEN_BYTES = 32


class LinkState(StrEnum):
    OPEN = "open"
    USED = "used"
    EXPIRED = "expired"
    STOPPED = "stopped"
    UNKNOWN = "unknown"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def follow_ups_schedule(*, submission: Submission, site_url: str) -> list[FollowUp]:
    """Schedules the follow-ups once, when a treatment was recommended. Sending the
    recommendation again schedules nothing more. A referral to a physician is not followed up
    here: sending one withdraws any follow-up not yet sent for an earlier recommendation."""
    if submission.recommended_modality_id is None:
        submission.follow_ups.filter(invited_at__isnull=True, used_at__isnull=True).delete()
        return []
    if submission.follow_ups.exists():
        return []
    now = timezone.now()
    return FollowUp.objects.bulk_create(
        FollowUp(
            submission=submission,
            weeks=weeks,
            due_at=now + datetime.timedelta(weeks=weeks),
            site_url=site_url,
        )
        for weeks in settings.FOLLOW_UP_WEEKS
    )


def follow_ups_due(now: datetime.datetime | None = None):
    """Follow-ups whose time has come, not yet sent, for patients who have not opted out."""
    now = now or timezone.now()
    stopped = FollowUp.objects.filter(opted_out=True).values("submission_id")
    return FollowUp.objects.filter(
        due_at__lte=now, invited_at__isnull=True, used_at__isnull=True, opted_out=False
    ).exclude(submission_id__in=stopped)


def follow_ups_invite(now: datetime.datetime | None = None) -> int:
    """Queues the invitation email for every follow-up due; returns how many."""
    return queue_once(follow_ups_due(now), "invited_at", EmailSend.Kind.FOLLOW_UP)


def queue_once(follow_ups, mark: str, kind: str) -> int:
    """Queues the `kind` email for each follow-up, marking it (`mark`, a timestamp field) in
    the same transaction as the queued email, so two runs of the command at once cannot both
    send it; returns how many were queued."""
    count = 0
    for follow_up_id in follow_ups.values_list("pk", flat=True):
        with transaction.atomic():
            marked = FollowUp.objects.filter(pk=follow_up_id, **{f"{mark}__isnull": True}).update(
                **{mark: timezone.now()}
            )
            if not marked:
                continue
            follow_up = FollowUp.objects.select_related("submission").get(pk=follow_up_id)
            email_enqueue(sender(kind), submission=follow_up.submission, args=[follow_up.pk])
        count += 1
    return count


def reminders_due(now: datetime.datetime | None = None):
    """Invitations sent FOLLOW_UP_REMINDER_DAYS ago or more and still unanswered, not yet
    reminded, whose link still works, for patients who have not opted out and whose intake
    still ends in a treatment (a later referral withdraws them). Erased intakes have no
    follow-ups left to find."""
    now = now or timezone.now()
    if not settings.FOLLOW_UP_REMINDER_DAYS:
        return FollowUp.objects.none()
    sent_before = now - datetime.timedelta(days=settings.FOLLOW_UP_REMINDER_DAYS)
    stopped = FollowUp.objects.filter(opted_out=True).values("submission_id")
    return (
        FollowUp.objects.filter(
            invited_at__lte=sent_before,
            reminded_at__isnull=True,
            used_at__isnull=True,
            opted_out=False,
            expires_at__gt=now,
            submission__recommended_modality__isnull=False,
        )
        .exclude(token_hash="")  # the invitation itself never went out
        .exclude(submission__status=Submission.Status.REFERRED)
        .exclude(submission_id__in=stopped)
    )


def follow_ups_remind(now: datetime.datetime | None = None) -> int:
    """Queues one reminder for every unanswered invitation that is due one; returns how many."""
    return queue_once(reminders_due(now), "reminded_at", EmailSend.Kind.FOLLOW_UP_REMINDER)


def may_remind(follow_up: FollowUp) -> bool:
    """Checked again when the reminder is sent: the patient may have answered, opted out or
    been referred since it was queued, or the link run out."""
    submission = follow_up.submission
    return (
        follow_up.used_at is None
        and not follow_up.opted_out
        and not FollowUp.objects.filter(submission=submission, opted_out=True).exists()
        and follow_up.expires_at is not None
        and follow_up.expires_at > timezone.now()
        and submission.recommended_modality_id is not None
        and not submission.is_referral
    )


def token_issue(follow_up: FollowUp, *, keep_expiry: bool = False) -> str:
    """A new token for the invitation about to be sent; the link in any earlier email for it
    stops working. A reminder keeps the invitation's expiry: it does not add four weeks."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    follow_up.token_hash = token_hash(token)
    if not keep_expiry:
        follow_up.expires_at = timezone.now() + datetime.timedelta(days=VALID_DAYS)
    follow_up.save(update_fields=["token_hash", "expires_at"])
    return token


def follow_up_find(token: str) -> tuple[FollowUp | None, LinkState]:
    """The follow-up a link's token belongs to, and whether it can still be answered."""
    if not token or len(token) > 100:
        return None, LinkState.UNKNOWN
    follow_up = (
        FollowUp.objects.select_related("submission").filter(token_hash=token_hash(token)).first()
    )
    if follow_up is None:
        return None, LinkState.UNKNOWN
    if follow_up.used_at is not None:
        return follow_up, LinkState.USED
    if follow_up.opted_out:
        return follow_up, LinkState.STOPPED
    if follow_up.expires_at is None or follow_up.expires_at <= timezone.now():
        return follow_up, LinkState.EXPIRED
    return follow_up, LinkState.OPEN


def outcome_save(*, follow_up: FollowUp, answers: dict) -> Outcome | None:
    """Saves the patient's answers once. None when the link was used meanwhile (two tabs)."""
    with transaction.atomic():
        used = FollowUp.objects.filter(pk=follow_up.pk, used_at__isnull=True).update(
            used_at=timezone.now()
        )
        if not used:
            return None
        return Outcome.objects.create(
            submission_id=follow_up.submission_id, follow_up=follow_up, **answers
        )


def follow_ups_stop(follow_up: FollowUp) -> int:
    """The patient's one-click opt-out: no further invitation about this intake is sent, and
    any link not yet used stops working. Returns how many follow-ups were stopped."""
    return FollowUp.objects.filter(
        submission_id=follow_up.submission_id, used_at__isnull=True
    ).update(opted_out=True)


@dataclass(frozen=True)
class Point:
    """One point of the outcome timeline: the intake (week 0) or an answered follow-up."""

    label: str
    when: datetime.datetime
    days: int
    pain: int
    enjoyment: int
    activity: int
    change: str
    approximate: bool = False

    @property
    def peg(self) -> float:
        return round((self.pain + self.enjoyment + self.activity) / 3, 1)


def baseline(submission: Submission) -> Point:
    """The PEG at intake: average pain in the past week and the two interference items, or,
    for intakes before those were asked, the daily-life interference answer in their place."""
    enjoyment, activity = submission.interference_enjoyment, submission.interference_activity
    approximate = enjoyment is None or activity is None
    return Point(
        label="Intake",
        when=submission.created_at,
        days=0,
        pain=submission.pain_week_average,
        enjoyment=submission.interference if enjoyment is None else enjoyment,
        activity=submission.interference if activity is None else activity,
        change="",
        approximate=approximate,
    )


def timeline(submission: Submission, outcomes: list[Outcome] | None = None) -> list[Point]:
    """The intake's baseline and each answered follow-up (the outcomes given, or all of the
    submission's), oldest first."""
    if outcomes is None:
        outcomes = list(submission.outcomes.select_related("follow_up"))
    points = [baseline(submission)]
    for outcome in sorted(outcomes, key=lambda o: (o.answered_at, o.pk)):
        # Placed at the follow-up's nominal week, so that intakes can be read alike, whenever
        # within the link's four weeks the patient answered; the table gives the real date.
        days = (outcome.answered_at - submission.created_at).days
        if outcome.follow_up:
            days = outcome.follow_up.weeks * 7
        points.append(
            Point(
                label=f"{days // 7} weeks",
                when=outcome.answered_at,
                days=days,
                pain=outcome.pain_average,
                enjoyment=outcome.interference_enjoyment,
                activity=outcome.interference_activity,
                change=outcome.get_change_display(),
            )
        )
    return points
