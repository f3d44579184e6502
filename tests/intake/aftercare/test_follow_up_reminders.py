"""One reminder for an unanswered follow-up invitation, FOLLOW_UP_REMINDER_DAYS after it."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from intake.aftercare.follow_up import reminders_due
from intake.models import AuditEvent, EmailSend, FollowUp, Submission
from intake.services import submission_erase
from intake.tasks import send_follow_up_reminder
from tests.helpers import change_url, review_data
from tests.intake.aftercare.test_follow_up import (  # noqa: F401
    LINK,
    STOP_LINK,
    answers_for,
    make_due,
    recommended,
    send_due,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(recommended) -> FollowUp:  # noqa: F811
    """The two-week invitation sent; its link is in mail.outbox[0]."""
    make_due(recommended, 2)
    send_due()
    assert len(mail.outbox) == 1
    return FollowUp.objects.get(submission=recommended, weeks=2)


def days_pass(follow_up: FollowUp, days: int) -> None:
    """Moves the invitation (and its link's expiry) back in time."""
    delta = datetime.timedelta(days=days)
    follow_up.refresh_from_db()
    FollowUp.objects.filter(pk=follow_up.pk).update(
        invited_at=follow_up.invited_at - delta, expires_at=follow_up.expires_at - delta
    )


def reminders() -> list:
    return [m for m in mail.outbox if m.subject.startswith("Reminder:")]


def test_one_reminder_after_the_set_days_with_a_new_link_and_the_same_expiry(
    client, settings, invited
):
    settings.FOLLOW_UP_REMINDER_DAYS = 7
    first_link = LINK.search(mail.outbox[0].body).group(1)
    days_pass(invited, 6)
    call_command("send_follow_ups", verbosity=0)
    assert reminders() == []  # not yet

    days_pass(invited, 1)
    invited.refresh_from_db()
    expiry = invited.expires_at
    call_command("send_follow_ups", verbosity=0)

    [reminder] = reminders()
    assert reminder.to == ["ada@example.org"]
    assert "(reference " in reminder.body and "will not send another" in reminder.body
    sending = EmailSend.objects.get(kind=EmailSend.Kind.FOLLOW_UP_REMINDER)
    assert sending.status == EmailSend.Status.SENT and sending.submission == invited.submission
    assert AuditEvent.objects.filter(detail="follow_up_reminder").count() == 2  # queued, sent
    invited.refresh_from_db()
    assert invited.reminded_at is not None and invited.expires_at == expiry
    assert timezone.localtime(expiry).strftime("%-d %B %Y") in reminder.body
    new_link = LINK.search(reminder.body).group(1)
    assert client.get(first_link).status_code == 404  # replaced, as the email says
    assert client.get(new_link).status_code == 200
    assert STOP_LINK.search(reminder.body)

    # The command runs daily: no second reminder, however long the patient waits.
    call_command("send_follow_ups", verbosity=0)
    days_pass(invited, 14)
    call_command("send_follow_ups", verbosity=0)
    assert len(reminders()) == 1

    # The reminder's link answers the questionnaire.
    assert client.post(new_link, answers_for(invited.submission)).status_code == 302
    assert invited.submission.outcomes.count() == 1


def test_the_command_says_what_it_queued(settings, invited):
    from io import StringIO

    days_pass(invited, settings.FOLLOW_UP_REMINDER_DAYS)
    out = StringIO()
    call_command("send_follow_ups", stdout=out)

    assert out.getvalue().strip() == "Queued 0 follow-up invitations and 1 reminder."


def test_no_reminder_once_answered(client, invited):
    link = LINK.search(mail.outbox[0].body).group(1)
    assert client.post(link, answers_for(invited.submission)).status_code == 302
    days_pass(invited, 10)

    call_command("send_follow_ups", verbosity=0)

    assert reminders() == []
    assert not EmailSend.objects.filter(kind=EmailSend.Kind.FOLLOW_UP_REMINDER).exists()


def test_no_reminder_after_opting_out(client, invited):
    stop = STOP_LINK.search(mail.outbox[0].body).group(1)
    assert client.post(stop).status_code == 302
    days_pass(invited, 10)

    call_command("send_follow_ups", verbosity=0)

    assert reminders() == []


def test_no_reminder_when_an_earlier_follow_up_was_stopped(invited):
    # The patient opted out from another invitation's link: all follow-ups of the intake stop,
    # including one somehow left unmarked.
    FollowUp.objects.filter(pk=invited.pk).update(opted_out=False)
    FollowUp.objects.filter(weeks=6).update(opted_out=True)
    days_pass(invited, 10)

    assert not reminders_due().exists()


def test_no_reminder_once_the_link_expired(invited):
    days_pass(invited, 28)

    call_command("send_follow_ups", verbosity=0)

    assert reminders() == []


def test_no_reminder_after_a_referral(reviewer_client, invited):
    submission = invited.submission
    saved = reviewer_client.post(
        change_url(submission),
        review_data(submission, recommendation="refer", status=Submission.Status.REFERRED),
    )
    assert saved.status_code == 302
    days_pass(invited, 10)

    call_command("send_follow_ups", verbosity=0)

    assert reminders() == []


def test_no_reminder_after_erasure(reviewer, invited):
    days_pass(invited, 10)
    submission_erase(submission=invited.submission, by=reviewer)

    call_command("send_follow_ups", verbosity=0)

    assert reminders() == []
    assert not FollowUp.objects.exists()


def test_no_reminder_when_the_setting_is_zero(settings, invited):
    settings.FOLLOW_UP_REMINDER_DAYS = 0
    days_pass(invited, 20)

    call_command("send_follow_ups", verbosity=0)

    assert reminders() == []


def test_an_invitation_that_never_went_out_is_not_reminded(invited):
    FollowUp.objects.filter(pk=invited.pk).update(token_hash="")
    days_pass(invited, 10)

    assert not reminders_due().exists()


def test_a_queued_reminder_sends_nothing_if_the_patient_answered_meanwhile(client, invited):
    days_pass(invited, 10)
    link = LINK.search(mail.outbox[0].body).group(1)
    assert client.post(link, answers_for(invited.submission)).status_code == 302

    send_follow_up_reminder(invited.submission_id, invited.pk)

    assert reminders() == []


def test_a_queued_reminder_sends_nothing_after_a_referral_meanwhile(invited):
    days_pass(invited, 10)
    Submission.objects.filter(pk=invited.submission_id).update(
        recommended_modality=None, status=Submission.Status.REFERRED
    )

    send_follow_up_reminder(invited.submission_id, invited.pk)

    assert reminders() == []


def test_staff_see_that_a_reminder_went(reviewer_client, invited):
    days_pass(invited, 10)
    call_command("send_follow_ups", verbosity=0)

    page = reviewer_client.get(change_url(invited.submission)).content.decode()

    assert "reminded " + timezone.localdate().strftime("%-d %b %Y") in page
    assert "Follow-up reminder to the patient" in page


def test_the_reminder_runs_are_idempotent_when_two_overlap(invited):
    from intake.aftercare.follow_up import follow_ups_remind

    days_pass(invited, 10)
    assert follow_ups_remind() == 1
    assert follow_ups_remind() == 0
    assert EmailSend.objects.filter(kind=EmailSend.Kind.FOLLOW_UP_REMINDER).count() == 1


def test_the_privacy_notice_mentions_the_one_reminder(client, settings):
    settings.FOLLOW_UP_REMINDER_DAYS = 5
    page = client.get("/privacy/").content.decode()

    assert "and once more, 5 days later, if you have not answered" in page


def test_the_privacy_notice_promises_no_reminder_when_none_is_sent(client, settings):
    settings.FOLLOW_UP_REMINDER_DAYS = 0
    page = client.get("/privacy/").content.decode()

    assert "After your visit" in page and "once more" not in page
