"""The intake's emails. Each is registered for its kind and sent through the task queue by
intake.emails (`email_enqueue`), which records whether it went out."""

from urllib.parse import urljoin

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from clinic.context_processors import clinic_details
from intake.aftercare.follow_up import VALID_DAYS, may_remind, token_issue
from intake.emails import email, send_message
from intake.models import EmailSend, FollowUp, IntakeDraft
from intake.patient import drafts
from intake.triage.advice import advice_heading, call_999_if, most_pressing_advice
from treatments.booking import email_booking_context as booking_context


@email(EmailSend.Kind.ACKNOWLEDGEMENT)
def send_acknowledgement(submission_id: int, *, message_id: str = "") -> None:
    """Tells the patient we have their intake. No health details: only name and reference."""
    from intake.models import Submission

    submission = Submission.objects.only(
        "reference", "full_name", "email", "red_flags", "derived_red_flags"
    ).get(pk=submission_id)
    clinic = clinic_details()
    advice = most_pressing_advice(submission.all_red_flags)
    heading = advice_heading(advice, clinic) if advice else ""
    context = {
        "submission": submission,
        "clinic": clinic,
        "advice": advice,
        "heading": heading,
        "call_999_if": call_999_if(submission.all_red_flags),
    }
    # A red-flag intake's advice leads, in the subject too: many read only that.
    if advice:
        subject = _("%(heading)s: we have your intake") % {"heading": heading}
    else:
        subject = _("We have received your intake")
    send_message(
        subject=f"{subject} ({submission.reference})",
        body=render_to_string("emails/intake_acknowledgement.txt", context),
        to=[submission.email],
        message_id=message_id,
    )


@email(EmailSend.Kind.RECOMMENDATION)
def send_recommendation(submission_id: int, base_url: str, *, message_id: str = "") -> None:
    """Tells the patient the recommendation: the treatment with a link to its page and the
    reviewer's note, or the advice to see a physician. No other health details."""
    from intake.models import Submission

    submission = Submission.objects.select_related(
        "recommended_modality", "recommended_practitioner"
    ).get(pk=submission_id)
    modality = submission.recommended_modality
    clinic = clinic_details()
    # A referral is written with the red flags' own urgency, never less: an emergency intake
    # referred by the reviewer still reads "Call 999 or go to A&E now" first.
    advice = most_pressing_advice(submission.all_red_flags) if submission.is_referral else None
    heading = advice_heading(advice, clinic) if advice else ""
    context = {
        "submission": submission,
        "modality": modality,
        "modality_url": urljoin(base_url, modality.get_absolute_url()) if modality else "",
        "clinic": clinic,
        "advice": advice,
        "heading": heading,
        "call_999_if": call_999_if(submission.all_red_flags) if advice else [],
        **booking_context(modality, submission.recommended_practitioner, base_url),
    }
    if advice:
        subject = heading
    elif submission.is_referral:
        subject = _("Please see a doctor before treatment")
    else:
        subject = _("Our suggestion for you: %(treatment)s") % {"treatment": modality.name}
    send_message(
        subject=f"{subject} ({submission.reference})",
        body=render_to_string("emails/recommendation.txt", context),
        to=[submission.email],
        message_id=message_id,
    )
    submission.recommendation_sent_at = timezone.now()
    submission.save(update_fields=["recommendation_sent_at", "updated_at"])


@email(EmailSend.Kind.FOLLOW_UP)
def send_follow_up(submission_id: int, follow_up_id: int, *, message_id: str = "") -> None:
    """Invites the patient to say how things have gone since the recommendation. The link
    carries a fresh single-use token and nothing else; no health details in the email."""
    follow_up = FollowUp.objects.select_related("submission").filter(pk=follow_up_id).first()
    if follow_up is None or follow_up.opted_out or follow_up.used_at is not None:
        return  # the patient opted out, or answered, after it was queued: nothing to send
    token = token_issue(follow_up)
    send_message(
        subject=_("How are you getting on? (%(reference)s)")
        % {"reference": follow_up.submission.reference},
        body=render_to_string("emails/follow_up.txt", follow_up_context(follow_up, token)),
        to=[follow_up.submission.email],
        message_id=message_id,
    )


@email(EmailSend.Kind.FOLLOW_UP_REMINDER)
def send_follow_up_reminder(submission_id: int, follow_up_id: int, *, message_id: str = "") -> None:
    """Reminds the patient, once, of an invitation they have not answered. Its link is new
    (only a hash of the first was kept) and expires when the first would have."""
    follow_up = FollowUp.objects.select_related("submission").filter(pk=follow_up_id).first()
    if follow_up is None or not may_remind(follow_up):
        return  # answered, opted out, referred or expired since it was queued
    token = token_issue(follow_up, keep_expiry=True)
    context = {**follow_up_context(follow_up, token), "expires_at": follow_up.expires_at}
    send_message(
        subject=_("Reminder: how are you getting on? (%(reference)s)")
        % {"reference": follow_up.submission.reference},
        body=render_to_string("emails/follow_up_reminder.txt", context),
        to=[follow_up.submission.email],
        message_id=message_id,
    )


def follow_up_context(follow_up: FollowUp, token: str) -> dict:
    site = follow_up.site_url
    return {
        "submission": follow_up.submission,
        "weeks": follow_up.weeks,
        "answer_url": urljoin(site, reverse("follow_up:answer", args=[token])),
        "stop_url": urljoin(site, reverse("follow_up:stop", args=[token])),
        "valid_days": VALID_DAYS,
        "clinic": clinic_details(),
    }


@email(EmailSend.Kind.DRAFT_LINK)
def send_draft_link(draft_id: int, *, message_id: str = "") -> None:
    """Sends the link to answers saved to finish later. Nothing from the answers is in it, not
    even the patient's name: only the link, when it stops working and how to delete them."""
    draft = IntakeDraft.objects.filter(pk=draft_id).first()
    if draft is None:
        return  # sent or deleted after the email was queued: nothing to send
    token = drafts.token_issue(draft)
    site = draft.site_url
    context = {
        "resume_url": urljoin(site, reverse("intake:resume", args=[token])),
        "delete_url": urljoin(site, reverse("intake:resume_delete", args=[token])),
        "expires_at": draft.expires_at,
        "clinic": clinic_details(),
    }
    send_message(
        subject=_("Your link to finish your form for %(clinic)s")
        % {"clinic": context["clinic"].name},
        body=render_to_string("emails/draft_link.txt", context),
        to=[draft.email],
        message_id=message_id,
    )


@email(EmailSend.Kind.RED_FLAG_ALERT)
def send_red_flag_alert(submission_id: int, base_url: str, *, message_id: str = "") -> None:
    """Tells the clinic at once that an intake with red flags, or with free text that may
    describe one, has arrived: its reference, how urgent it is and a link to it in the admin.
    No name and no health details, because email is not a safe place for them."""
    from intake.models import Submission

    submission = Submission.objects.only(
        "reference", "red_flag_urgency", "has_red_flag", "has_text_flag"
    ).get(pk=submission_id)
    path = reverse("admin:intake_submission_change", args=[submission.pk])
    context = {
        "submission": submission,
        "urgency": submission.get_red_flag_urgency_display(),
        "admin_url": urljoin(base_url, path) if base_url else path,
        "clinic": clinic_details(),
    }
    subject = f"Red flag intake {submission.reference}: {context['urgency']}"
    if not submission.has_red_flag:
        subject = f"Check now: intake {submission.reference}"
    elif submission.has_text_flag:
        subject = f"{subject}; check now"
    send_message(
        subject=subject,
        body=render_to_string("emails/red_flag_alert.txt", context),
        to=[settings.CLINIC_ALERT_EMAIL],
        message_id=message_id,
    )
