"""The diary: practitioners' hours, the appointments booked in them, and the time they occupy.

**Why occupied time units, not an exclusion constraint.** Two appointments of one practitioner
must never overlap, and the database must refuse it however many requests race. PostgreSQL could
say so with an exclusion constraint over a time range (it needs the btree_gist extension), but
SQLite, which the site also runs on, has none. Instead every appointment holds one Occupied row
per SLOT_MINUTES unit of its time (and of the buffer after it), under a unique constraint on
(practitioner, start): two bookings that overlap by even one unit cannot both commit, on either
database, through the same code and the same tests. The cost is a few rows per appointment (an
hour with a quarter-hour buffer is 15 rows) and start times on the unit's grid, which free
times always are. Units are instants in UTC, so the hour that repeats when the clocks go back
is two different sets of units, and nothing collides across a clock change.
"""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intake.models import Submission, new_reference
from treatments.models import Practitioner, Service

# The grain of the diary, in minutes: appointments start on it and occupy whole units.
SLOT_MINUTES = 5
SLOT = datetime.timedelta(minutes=SLOT_MINUTES)


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class DiaryQuerySet(models.QuerySet):
    def bookable(self):
        return self.filter(is_bookable=True, practitioner__is_published=True)


class Diary(models.Model):
    """One practitioner's diary: the services they give online, and the rules for booking."""

    practitioner = models.OneToOneField(
        Practitioner, on_delete=models.CASCADE, related_name="diary"
    )
    services = models.ManyToManyField(
        Service,
        related_name="diaries",
        blank=True,
        verbose_name="services they give",
        help_text="Only these can be booked with them.",
    )
    is_bookable = models.BooleanField(
        "open for online booking", default=True, help_text="Untick to hide their free times."
    )
    buffer_minutes = models.PositiveSmallIntegerField(
        "buffer between appointments (minutes)",
        default=10,
        validators=[MaxValueValidator(120)],
        help_text=f"Rounded up to {SLOT_MINUTES} minutes.",
    )
    step_minutes = models.PositiveSmallIntegerField(
        "offer a start every (minutes)",
        default=15,
        validators=[MinValueValidator(SLOT_MINUTES), MaxValueValidator(120)],
        help_text=f"A multiple of {SLOT_MINUTES}.",
    )
    horizon_days = models.PositiveSmallIntegerField(
        "how far ahead patients may book (days)",
        default=56,
        validators=[MinValueValidator(1), MaxValueValidator(366)],
    )
    notice_hours = models.PositiveSmallIntegerField(
        "shortest notice for a booking (hours)",
        default=12,
        validators=[MaxValueValidator(24 * 14)],
    )
    cancel_notice_hours = models.PositiveSmallIntegerField(
        "patients may cancel or move online until (hours before)",
        default=24,
        validators=[MaxValueValidator(24 * 14)],
        help_text="After that, the patient's link tells them to phone.",
    )
    # The secret in the practitioner's private calendar feed URL. Rotating it makes the old
    # URL stop working at once.
    feed_token = models.CharField(
        max_length=64, unique=True, default=new_feed_token, editable=False
    )

    objects = DiaryQuerySet.as_manager()

    class Meta:
        ordering = ["practitioner__display_order", "practitioner__name"]
        verbose_name_plural = "diaries"
        # The feed's address is the owner's to replace (reception edits the diary itself).
        permissions = [("rotate_feed", "Can give a practitioner's calendar feed a new address")]
        constraints = [
            models.CheckConstraint(
                condition=Q(step_minutes__gte=SLOT_MINUTES), name="diary_step_at_least_a_unit"
            ),
        ]

    def __str__(self) -> str:
        return f"Diary of {self.practitioner}"

    def clean(self) -> None:
        if self.step_minutes % SLOT_MINUTES:
            raise ValidationError({"step_minutes": f"Choose a multiple of {SLOT_MINUTES} minutes."})

    @property
    def buffer(self) -> datetime.timedelta:
        return datetime.timedelta(minutes=-(-self.buffer_minutes // SLOT_MINUTES) * SLOT_MINUTES)

    def feed_token_rotate(self) -> None:
        self.feed_token = new_feed_token()
        self.save(update_fields=["feed_token"])

    def get_feed_url(self) -> str:
        return reverse("calendar:feed", args=[self.feed_token])


class WorkingHours(models.Model):
    """A stretch of working time on a weekday. A day with a break has two stretches."""

    diary = models.ForeignKey(Diary, on_delete=models.CASCADE, related_name="hours")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    start = models.TimeField()
    end = models.TimeField()

    class Meta:
        ordering = ["weekday", "start"]
        verbose_name = "working hours"
        verbose_name_plural = "weekly working hours (a break: two rows for the day)"
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="hours_end_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.start:%H:%M}-{self.end:%H:%M}"


class DiaryException(models.Model):
    """A dated change: a day off (no times), or that day's own working hours instead of the
    week's (one row per stretch)."""

    diary = models.ForeignKey(Diary, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(db_index=True)
    start = models.TimeField(
        null=True, blank=True, help_text="Leave both times blank for a day off."
    )
    end = models.TimeField(null=True, blank=True)
    note = models.CharField(max_length=100, blank=True, help_text="For staff, e.g. “Holiday”.")

    class Meta:
        ordering = ["date", "start"]
        verbose_name = "dated exception (holiday or changed day)"
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True, end__isnull=True)
                | Q(start__isnull=False, end__isnull=False, end__gt=models.F("start")),
                name="exception_day_off_or_stretch",
            ),
        ]

    def __str__(self) -> str:
        if self.start is None:
            return f"{self.date:%Y-%m-%d}: day off"
        return f"{self.date:%Y-%m-%d}: {self.start:%H:%M}-{self.end:%H:%M}"

    def clean(self) -> None:
        if (self.start is None) != (self.end is None):
            raise ValidationError("Give both times, or neither for a day off.")
        if self.start is not None and self.end <= self.start:
            raise ValidationError({"end": "The end must be after the start."})


class AppointmentQuerySet(models.QuerySet):
    def booked(self):
        return self.filter(status=Appointment.Status.BOOKED)

    def upcoming(self, now=None):
        return self.booked().filter(starts_at__gte=now or timezone.now())


class Appointment(models.Model):
    """One booking of a service with a practitioner. Its time is held by Occupied rows while it
    is booked; a cancelled appointment keeps its row (for the record) and frees its time."""

    class Status(models.TextChoices):
        BOOKED = "booked", _("Booked")
        CANCELLED = "cancelled", _("Cancelled")

    reference = models.CharField(max_length=9, unique=True, default=new_reference, editable=False)
    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.PROTECT, related_name="appointments"
    )
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="appointments")
    starts_at = models.DateTimeField(db_index=True)
    ends_at = models.DateTimeField()
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.BOOKED, db_index=True
    )
    full_name = models.CharField(max_length=120)
    email = models.EmailField(max_length=254)
    phone = models.CharField(max_length=30, blank=True)
    # The intake it came from, when the patient followed their recommendation's link.
    submission = models.ForeignKey(
        Submission, null=True, blank=True, on_delete=models.SET_NULL, related_name="appointments"
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Staff who booked it (on the phone); empty when the patient booked online.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # The patient's link to cancel or move: only its SHA-256 is kept; each email sends a new
    # one (see appointments/services.py).
    manage_token_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    site_url = models.CharField(max_length=200, blank=True, editable=False)
    # The language the patient booked in (a code from settings.LANGUAGES): their emails, and
    # the links in them, are written in it. Staff booking on the phone book in the clinic's.
    language = models.CharField(
        max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="appointment_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        # The reference only: this string appears in the admin's log and messages.
        return self.reference

    @property
    def is_booked(self) -> bool:
        return self.status == self.Status.BOOKED

    @property
    def local_start(self) -> datetime.datetime:
        return timezone.localtime(self.starts_at)


class Occupied(models.Model):
    """One SLOT_MINUTES unit of a practitioner's time held by a booked appointment (or by the
    buffer after it). The unique constraint is what makes double booking impossible."""

    practitioner = models.ForeignKey(Practitioner, on_delete=models.CASCADE, related_name="+")
    appointment = models.ForeignKey(Appointment, on_delete=models.CASCADE, related_name="units")
    start = models.DateTimeField()

    class Meta:
        ordering = ["start"]
        verbose_name = "occupied time unit"
        constraints = [
            models.UniqueConstraint(fields=["practitioner", "start"], name="one_booking_per_unit"),
        ]

    def __str__(self) -> str:
        return f"{self.start:%Y-%m-%d %H:%M} UTC"
