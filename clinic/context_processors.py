from types import SimpleNamespace

from django.conf import settings
from django.http import HttpRequest


def clinic_details() -> SimpleNamespace:
    """The clinic's name and contact details, from settings; no database access."""
    return SimpleNamespace(
        name=settings.CLINIC_NAME,
        phone=settings.CLINIC_PHONE,
        email=settings.CLINIC_EMAIL,
        address=settings.CLINIC_ADDRESS,
        opening_hours=settings.CLINIC_OPENING_HOURS,
        emergency_number=settings.CLINIC_EMERGENCY_NUMBER,
        urgent_advice_number=settings.CLINIC_URGENT_ADVICE_NUMBER,
    )


def clinic(request: HttpRequest) -> dict:
    return {"clinic": clinic_details()}
