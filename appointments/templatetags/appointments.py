"""Links into booking for other apps' templates (treatments' pages, the intake's confirmation
and recommendation email), so those apps' Python never imports appointments. Each gives
nothing when the clinic books elsewhere (its booking page in Clinic settings: the external
hand-off stays) or, for an intake, when a safety hold applies (appointments/holds.py)."""

from urllib.parse import urljoin

from django import template
from django.urls import reverse

from appointments.links import intake_booking_path
from appointments.models import Diary
from clinic.context_processors import clinic_details
from intake.models import Submission
from treatments.models import Service

register = template.Library()


@register.simple_tag
def bookable_modalities() -> set[int]:
    """The ids of treatments with a session bookable here (and of the treatments they are kinds
    of), in one query; empty when the clinic books elsewhere."""
    if clinic_details().booking_url:
        return set()
    rows = (
        Service.objects.published()
        .filter(diaries__in=Diary.objects.bookable())
        .values_list("modality_id", "modality__parent_id")
        .distinct()
    )
    return {pk for row in rows for pk in row if pk is not None}


@register.simple_tag
def treatment_booking_path(modality) -> str:
    return f"{reverse('appointments:start')}?treatment={modality.slug}"


@register.simple_tag
def intake_booking_url(submission: Submission, page_url: str) -> str:
    """The absolute link to book from a recommendation email ("" when it must not book);
    `page_url` is any absolute address of the site (the treatment's page in that email)."""
    path = intake_booking_path(submission)
    return urljoin(page_url, path) if path and page_url else ""


@register.simple_tag
def reference_booking_path(reference: str) -> str:
    """The link to book from the intake's confirmation page, by the intake's reference."""
    submission = Submission.objects.filter(reference=reference).first()
    return intake_booking_path(submission) if submission is not None else ""
