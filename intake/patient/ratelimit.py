"""A per-client limit on sent intakes, counted in the database.

The database is what every app server shares and what the final submit writes to anyway, so
the count holds across processes and servers, and whether or not a cache (Redis) is set up or
answering. Clients are told apart by IP address, hashed with the secret key so no address is
stored.
"""

import datetime
import hashlib

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from clinic.client_address import client_ip
from intake.models import SubmitAttempt

WINDOW_SECONDS = 3600


def submission_allowed(request: HttpRequest) -> bool:
    """Counts this attempt to send an intake and says whether the client is within the limit."""
    return attempt_allowed(request, scope="")


def draft_save_allowed(request: HttpRequest) -> bool:
    """Counts this request for a "come back later" link (each sends an email), apart from sent
    intakes, against the same hourly number."""
    return attempt_allowed(request, scope="draft:")


def attempt_allowed(request: HttpRequest, *, scope: str) -> bool:
    """Counts this attempt and says whether the client is still within the hourly limit.

    The attempt is saved (and committed) before counting, so two requests racing at the limit
    both see each other and both are refused: never one more than the limit. The scope goes
    into the keyed hash, so each kind of attempt has its own count in the same table.
    """
    now = timezone.now()
    since = now - datetime.timedelta(seconds=WINDOW_SECONDS)
    digest = hashlib.sha256(
        f"{settings.SECRET_KEY}:{scope}{client_ip(request)}".encode()
    ).hexdigest()
    SubmitAttempt.objects.filter(at__lt=since).delete()
    SubmitAttempt.objects.create(client=digest, at=now)
    count = SubmitAttempt.objects.filter(client=digest, at__gte=since).count()
    return count <= settings.INTAKE_SUBMISSIONS_PER_HOUR
