"""The clinic's details for every page and email: the owner's row (clinic.models), kept in
Django's cache under the content version, so a save in the admin shows on the next request
(clinic/admin.py bumps the version) and a change made any other way within CONTENT_PAGE_SECONDS.
The emergency numbers are settings, not data: safety wording no one should edit by accident."""

from functools import partial
from types import SimpleNamespace

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest

from clinic.content_cache import cached_content
from clinic.languages import language_links
from clinic.models import ClinicSettings


def details_from(row: ClinicSettings, photos) -> dict:
    return {
        "name": row.name,
        "phone": row.phone,
        "phone_url": f"tel:{''.join(row.phone.split())}",
        "email": row.email,
        "address": row.address,
        "map_url": row.map_url,
        "opening_hours": row.opening_hours,
        "regulation_massage": row.regulation_massage,
        "regulation_acupressure": row.regulation_acupressure,
        "regulation_acupuncture": row.regulation_acupuncture,
        "membership": row.membership,
        "booking_url": row.booking_url,
        "logo_url": row.logo.url if row.logo else "",
        "brand_colour": row.brand_colour,
        "social_links": row.social_link_list,
        "premises_photos": [{"url": photo.image.url, "alt": photo.alt} for photo in photos],
    }


def stored_details() -> dict:
    try:
        row = ClinicSettings.load()
        return details_from(row, row.premises_photos.all())
    except DatabaseError:
        # An error page must still render when the database is down: the defaults will do.
        return details_from_defaults()


def details_from_defaults() -> dict:
    return details_from(ClinicSettings(), photos=[])


def clinic_details() -> SimpleNamespace:
    """The clinic's name, contact details and branding."""
    try:
        details = cached_content("clinic-settings", stored_details)
    except DatabaseError:
        details = details_from_defaults()
    return SimpleNamespace(
        **details,
        emergency_number=settings.CLINIC_EMERGENCY_NUMBER,
        urgent_advice_number=settings.CLINIC_URGENT_ADVICE_NUMBER,
    )


def clinic(request: HttpRequest) -> dict:
    # Called by the template only where it shows the links (not in the admin).
    return {"clinic": clinic_details(), "language_links": partial(language_links, request)}
