"""Calendar files, made with the icalendar library: the patient's .ics for one appointment
(with the clinic's name and address), and each practitioner's private feed, which carries the
reference and the service only: no patient's name, contact or health detail, because calendar
apps sync feeds to servers the clinic does not control."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from appointments.models import Appointment, Diary
from clinic.context_processors import clinic_details

PRODID = "-//Clinic site//Appointments//EN"
# How far back the feed reaches, so that today's and last week's appointments stay visible.
FEED_PAST = datetime.timedelta(days=30)


def calendar(method: str | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    if method:
        cal.add("method", method)
    return cal


def uid(appointment: Appointment) -> str:
    # Stable across moves, so a calendar app updates the event instead of adding another.
    return f"appointment-{appointment.reference}@clinic"


def event(appointment: Appointment, summary: str) -> Event:
    item = Event()
    item.add("uid", uid(appointment))
    item.add("dtstamp", timezone.now())
    item.add("dtstart", appointment.starts_at)
    item.add("dtend", appointment.ends_at)
    item.add("summary", summary)
    # Each change is a later version of the same event (RFC 5545 SEQUENCE).
    item.add("sequence", int(appointment.updated_at.timestamp()) if appointment.updated_at else 0)
    if not appointment.is_booked:
        item.add("status", "CANCELLED")
    else:
        item.add("status", "CONFIRMED")
    return item


def method(appointment: Appointment) -> str:
    return "PUBLISH" if appointment.is_booked else "CANCEL"


def patient_ics(appointment: Appointment) -> bytes:
    """The patient's calendar file, in the language active: an event to add, or its
    cancellation once cancelled. The treatment's name comes from its translated column."""
    clinic = clinic_details()
    # PUBLISH, not REQUEST: the patient adds the event to their calendar; there is no
    # invitation to answer. A cancellation removes it (same UID).
    cal = calendar(method(appointment))
    service = appointment.service
    summary = _("%(treatment)s: %(session)s at %(clinic)s") % {
        "treatment": service.modality.name,
        "session": service.name,
        "clinic": clinic.name,
    }
    item = event(appointment, summary)
    organizer = vCalAddress(f"mailto:{clinic.email}")
    organizer.params["cn"] = vText(clinic.name)
    item.add("organizer", organizer)
    item.add("location", " ".join(clinic.address.split()) or clinic.name)
    description = _("Reference %(reference)s. To change it, call %(phone)s.") % {
        "reference": appointment.reference,
        "phone": clinic.phone,
    }
    item.add("description", description)
    cal.add_component(item)
    return cal.to_ical()


def feed_ics(diary: Diary) -> bytes:
    """A practitioner's booked appointments from FEED_PAST ago on: reference and service only."""
    cal = calendar()
    cal.add("x-wr-calname", f"{diary.practitioner.name}: appointments")
    appointments = (
        Appointment.objects.booked()
        .filter(practitioner_id=diary.practitioner_id, starts_at__gte=timezone.now() - FEED_PAST)
        .select_related("service__modality")
    )
    for appointment in appointments:
        service = appointment.service
        summary = f"{appointment.reference} {service.modality.name}: {service.name}"
        cal.add_component(event(appointment, summary))
    return cal.to_ical()
