"""Save and come back later: an unfinished intake kept on the server, reached by an emailed link.

On any step the patient may save what they have typed and give an email address. The answers
are kept in an IntakeDraft (never in the email or the URL) for settings.INTAKE_DRAFT_DAYS. The
email carries a random token made when it is sent; only its SHA-256 is stored, as for the
follow-up links (intake/aftercare/follow_up.py). Opening the link and pressing "Continue" loads the
answers into that browser's session and uses the token up; saving again sends a new link and
stops the old one. The draft goes when the intake is sent, when the patient deletes it, and
after it expires (`manage.py purge_intakes`).
"""

import datetime
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from intake.aftercare.follow_up import TOKEN_BYTES, LinkState, token_hash
from intake.emails import email_enqueue, sender
from intake.models import EmailSend, IntakeDraft


def draft_lifetime() -> datetime.timedelta:
    return datetime.timedelta(days=settings.INTAKE_DRAFT_DAYS)


def draft_save(*, key: str, answers: dict, email: str, site_url: str) -> IntakeDraft:
    """Saves the intake's answers (again, if saved before) and queues the email with a new
    link. Any link sent earlier for this intake stops working at once."""
    now = timezone.now()
    with transaction.atomic():
        draft, _created = IntakeDraft.objects.update_or_create(
            key=key,
            defaults={
                "email": email,
                "answers": answers,
                "site_url": site_url,
                "token_hash": "",
                "saved_at": now,
                "expires_at": now + draft_lifetime(),
                "used_at": None,
            },
        )
        email_enqueue(sender(EmailSend.Kind.DRAFT_LINK), draft=draft)
    return draft


def token_issue(draft: IntakeDraft) -> str:
    """A new token for the email about to be sent; a link in any earlier email stops working."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    draft.token_hash = token_hash(token)
    draft.save(update_fields=["token_hash"])
    return token


def draft_find(token: str) -> tuple[IntakeDraft | None, LinkState]:
    """The draft a link's token belongs to, and whether it can still be opened."""
    if not token or len(token) > 100:
        return None, LinkState.UNKNOWN
    draft = IntakeDraft.objects.filter(token_hash=token_hash(token)).first()
    if draft is None:
        return None, LinkState.UNKNOWN
    if draft.expires_at <= timezone.now():
        return draft, LinkState.EXPIRED
    if draft.used_at is not None:
        return draft, LinkState.USED
    return draft, LinkState.OPEN


def draft_open(draft: IntakeDraft) -> dict | None:
    """Uses the link up and returns the saved answers; None when it was used meanwhile (two
    tabs, or two devices at once). The draft itself stays until the intake is sent, deleted,
    or expires, so that the emailed "delete" link keeps working."""
    used = IntakeDraft.objects.filter(
        pk=draft.pk, token_hash=draft.token_hash, used_at__isnull=True
    ).update(used_at=timezone.now())
    return draft.answers if used else None


def drafts_delete_for(key) -> None:
    """The intake with this key has been sent: its saved draft is not needed any more."""
    IntakeDraft.objects.filter(key=key).delete()


def drafts_purge(*, dry_run: bool = False) -> int:
    """Deletes every draft past its expiry; returns how many."""
    expired = IntakeDraft.objects.expired()
    count = expired.count()
    if count and not dry_run:
        expired.delete()
    return count
