"""Booking, moving and cancelling: each a write with several effects (the appointment, the time
it occupies, the audit row, the patient's email), so each is one function here.

A booking is checked against the diary first, so the patient gets a precise reason (too soon, a
day off, outside hours); then the occupied units are inserted, and the unique constraint
(appointments/models.py) is the last word when two people race for one time: the loser gets
SlotTaken and changes nothing.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from appointments import availability
from appointments.audit import audit
from appointments.emails import appointment_email_enqueue
from appointments.models import SLOT_MINUTES, Appointment, Diary, Occupied
from intake.models import EmailSend
from treatments.models import Service

# The name an erased patient's appointment keeps, so the diary still shows the time was theirs.
ERASED = "(erased on request)"


class BookingRefused(Exception):
    """A booking that cannot be made, with the reason in words for the patient."""

    def __init__(self, code: str, message):
        super().__init__(message)
        self.code = code
        self.message = message


class SlotTaken(BookingRefused):
    code = "taken"

    def __init__(self):
        super().__init__(self.code, _("That time has just been taken."))


def booking_check(
    *,
    diary: Diary,
    service: Service,
    starts_at: datetime.datetime,
    now: datetime.datetime | None = None,
    ignore: int | None = None,
    by=None,
) -> None:
    """Raises BookingRefused with the first reason this start cannot be booked. Staff (`by`
    signed in) booking on the phone may book sooner than the shortest notice, never the past."""
    now = now or timezone.now()
    if not diary.is_bookable or not diary.services.filter(pk=service.pk).exists():
        raise BookingRefused(
            "service", _("This practitioner does not offer that treatment online.")
        )
    if starts_at <= now:
        raise BookingRefused("past", _("That time has passed. Choose a later time."))
    earliest, last_date = availability.bookable_window(diary, now)
    staff = by is not None and by.is_authenticated
    if staff:
        earliest = now
    if starts_at < earliest:
        raise BookingRefused(
            "too_soon",
            _("That time is too soon to book online. Choose a later time, or call us."),
        )
    date = timezone.localdate(starts_at)
    if date > last_date:
        raise BookingRefused("too_far", _("That time is further ahead than we take bookings."))
    if not availability.stretches(diary, date):
        raise BookingRefused("closed", _("The practitioner is not working that day."))
    if starts_at not in availability.candidates(diary, service, date):
        raise BookingRefused("hours", _("That time is outside the practitioner's hours."))
    free = availability.free_on(diary, service, date, now=now, ignore=ignore, staff=staff)
    if starts_at not in free:
        raise SlotTaken()


def occupy(appointment: Appointment, diary: Diary) -> None:
    """Holds the appointment's units (and its buffer's); IntegrityError when any is taken."""
    end = appointment.ends_at + diary.buffer
    Occupied.objects.bulk_create(
        Occupied(practitioner_id=appointment.practitioner_id, appointment=appointment, start=at)
        for at in availability.units(appointment.starts_at, end)
    )


def appointment_book(
    *,
    diary: Diary,
    service: Service,
    starts_at: datetime.datetime,
    full_name: str,
    email: str,
    phone: str = "",
    submission=None,
    by=None,
    site_url: str = "",
    language: str = settings.LANGUAGE_CODE,
) -> Appointment:
    """Books a time, or raises BookingRefused (SlotTaken when someone else got there first).
    `language` is the one the patient booked in: their emails are written in it."""
    booking_check(diary=diary, service=service, starts_at=starts_at, by=by)
    appointment = Appointment(
        practitioner_id=diary.practitioner_id,
        service=service,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=service.duration_minutes),
        full_name=full_name,
        email=email,
        phone=phone,
        submission=submission,
        booked_by=by if by is not None and by.is_authenticated else None,
        site_url=site_url,
        language=language,
    )
    try:
        with transaction.atomic():
            appointment.save()
            occupy(appointment, diary)
            audit(appointment, "booked", by=by)
            notify(appointment, "confirmation", by=by)
    except IntegrityError:
        raise SlotTaken() from None
    return appointment


def appointment_move(
    *, appointment: Appointment, starts_at: datetime.datetime, by=None
) -> Appointment:
    """Moves a booked appointment to another free time of the same practitioner and service."""
    diary = Diary.objects.get(practitioner_id=appointment.practitioner_id)
    booking_check(
        diary=diary,
        service=appointment.service,
        starts_at=starts_at,
        ignore=appointment.pk,
        by=by,
    )
    try:
        with transaction.atomic():
            appointment.units.all().delete()
            appointment.starts_at = starts_at
            appointment.ends_at = starts_at + datetime.timedelta(
                minutes=appointment.service.duration_minutes
            )
            appointment.reminded_at = None
            appointment.save()
            occupy(appointment, diary)
            audit(appointment, "moved", by=by)
            notify(appointment, "moved", by=by)
    except IntegrityError:
        appointment.refresh_from_db()
        raise SlotTaken() from None
    return appointment


def appointment_cancel(*, appointment: Appointment, by=None) -> bool:
    """Cancels and frees the time; False when it was cancelled already (a second click)."""
    with transaction.atomic():
        cancelled = Appointment.objects.filter(
            pk=appointment.pk, status=Appointment.Status.BOOKED
        ).update(status=Appointment.Status.CANCELLED, cancelled_at=timezone.now())
        if not cancelled:
            return False
        appointment.refresh_from_db()
        appointment.units.all().delete()
        audit(appointment, "cancelled", by=by)
        notify(appointment, "cancelled", by=by)
    return True


def may_change_online(appointment: Appointment, now: datetime.datetime | None = None) -> bool:
    """Whether the patient may still cancel or move it by their link (the notice period)."""
    diary = Diary.objects.filter(practitioner_id=appointment.practitioner_id).first()
    hours = diary.cancel_notice_hours if diary else 24
    limit = appointment.starts_at - datetime.timedelta(hours=hours)
    return appointment.is_booked and (now or timezone.now()) < limit


def notify(appointment: Appointment, kind: str, *, by=None) -> None:
    """Queues the patient's email about this change (appointments/emails.py)."""
    appointment_email_enqueue(appointment, kind, by=by)


def on_grid(at: datetime.datetime) -> bool:
    return at.second == 0 and at.microsecond == 0 and at.minute % SLOT_MINUTES == 0


def appointments_erase(*, submission, by=None, **kwargs) -> int:
    """A patient's intake is erased at their request (intake.signals.submission_erased): the
    appointments booked from it keep no name, email or phone, those still to come are
    cancelled to free the time, and their unsent emails are dropped (the address is gone).
    Returns how many appointments were erased."""
    appointments = list(Appointment.objects.filter(submission=submission))
    for appointment in appointments:
        appointment.units.all().delete()
        if appointment.is_booked:
            appointment.status = Appointment.Status.CANCELLED
            appointment.cancelled_at = timezone.now()
        appointment.full_name, appointment.email, appointment.phone = ERASED, "", ""
        appointment.save()
        audit(appointment, "erased", by=by)
    EmailSend.objects.filter(
        appointment_id__in=[a.pk for a in appointments], status=EmailSend.Status.QUEUED
    ).delete()
    return len(appointments)
