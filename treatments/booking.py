"""Where a patient books: the clinic's online booking system when one is set, else its phone
number and email address from the clinic's settings (in the admin).

The most specific page wins: a practitioner's own booking page, then the service's, then the
clinic's (its settings in the admin). The phone and email are always offered as well, for anyone
who would rather talk to a person.
"""

from dataclasses import dataclass
from urllib.parse import quote, urljoin

from clinic.context_processors import clinic_details
from treatments.models import Modality, Practitioner, Service


@dataclass(frozen=True)
class Booking:
    online_url: str  # empty when there is no online booking to send people to
    phone: str
    phone_url: str
    email: str
    email_url: str


def booking_for(
    *,
    subject: str = "Booking an appointment",
    service: Service | None = None,
    practitioner: Practitioner | None = None,
) -> Booking:
    clinic = clinic_details()
    candidates = [
        practitioner.booking_url if practitioner else "",
        service.booking_url if service else "",
        clinic.booking_url,
    ]
    return Booking(
        online_url=next((url for url in candidates if url), ""),
        phone=clinic.phone,
        phone_url=clinic.phone_url,
        email=clinic.email,
        # The subject names the treatment only: nothing about the patient.
        email_url=f"mailto:{clinic.email}?subject={quote(subject)}",
    )


def email_booking_context(
    modality: Modality | None, practitioner: Practitioner | None, base_url: str
) -> dict:
    """What the recommendation email says about booking: the recommended treatment's sessions
    and prices, the practitioner the reviewer chose (if any), and where to book. A referral
    (no treatment) gets none of it: the patient should see a doctor first."""
    if modality is None:
        return {"booking": None, "services": [], "practitioner": None, "practitioner_url": ""}
    services = list(modality.services.published())
    booking = booking_for(
        subject=f"Booking: {modality.name}",
        service=services[0] if services else None,
        practitioner=practitioner,
    )
    return {
        "booking": booking,
        "services": services,
        "practitioner": practitioner,
        "practitioner_url": urljoin(base_url, practitioner.get_absolute_url())
        if practitioner and practitioner.is_published
        else "",
    }
