"""A practitioner with a diary (weekdays 09:00 to 17:00 with a lunch break from 13:00 to 14:00),
one service of 45 minutes they give, and helpers to find a working day ahead."""

import datetime

import pytest
from django.utils import timezone

from appointments.models import Diary, WorkingHours
from treatments.models import Modality, Practitioner, Service


def working_day(days_ahead: int = 7) -> datetime.date:
    """A Wednesday at least `days_ahead` days from today, in the clinic's time zone."""
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    while day.weekday() != 2:
        day += datetime.timedelta(days=1)
    return day


def local(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=timezone.get_current_timezone()
    )


def weekly_hours(diary: Diary, *, weekdays=range(7)) -> None:
    for weekday in weekdays:
        WorkingHours.objects.create(
            diary=diary, weekday=weekday, start=datetime.time(9), end=datetime.time(13)
        )
        WorkingHours.objects.create(
            diary=diary, weekday=weekday, start=datetime.time(14), end=datetime.time(17)
        )


@pytest.fixture
def service(db) -> Service:
    return Service.objects.create(
        modality=Modality.objects.get(slug="acupuncture"),
        name="Diary test session",
        duration_minutes=45,
        price="55.00",
    )


@pytest.fixture
def practitioner(db) -> Practitioner:
    return Practitioner.objects.create(
        name="Jo Diary", slug="jo-diary", role="Acupuncturist", bio="Test practitioner."
    )


@pytest.fixture
def diary(practitioner, service) -> Diary:
    diary = Diary.objects.create(
        practitioner=practitioner, buffer_minutes=15, notice_hours=12, horizon_days=366
    )
    diary.services.add(service)
    weekly_hours(diary, weekdays=range(5))
    return diary


@pytest.fixture
def other_service(db) -> Service:
    return Service.objects.create(
        modality=Modality.objects.get(slug="acupressure"),
        name="Not given by Jo",
        duration_minutes=30,
        price="40.00",
    )


def next_clock_changes() -> dict[str, datetime.date]:
    """The next days (from tomorrow) the clinic's clocks go forward and back, so tests on them
    stay in the future whatever the year."""
    tz = timezone.get_current_timezone()
    found: dict[str, datetime.date] = {}
    day = timezone.localdate() + datetime.timedelta(days=1)
    while len(found) < 2 and day < timezone.localdate() + datetime.timedelta(days=366):
        before = datetime.datetime.combine(day, datetime.time(0), tzinfo=tz).utcoffset()
        after = datetime.datetime.combine(day, datetime.time(12), tzinfo=tz).utcoffset()
        if after != before:
            found.setdefault("forward" if after > before else "back", day)
        day += datetime.timedelta(days=1)
    return found
