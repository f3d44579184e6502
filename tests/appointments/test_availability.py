"""Free times from hours, breaks, dated exceptions, buffers, notice, horizon and bookings, in
the clinic's time zone, right across both clock changes."""

import datetime
import itertools
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from appointments import availability
from appointments.models import DiaryException, WorkingHours
from appointments.services import appointment_book
from tests.appointments.conftest import local, next_clock_changes, working_day

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC


def hhmm(times) -> list[str]:
    return [f"{at:%H:%M}" for at in times]


def test_free_times_follow_the_hours_and_the_break(diary, service):
    day = working_day()
    times = hhmm(availability.free_on(diary, service, day))
    # 45 minutes every quarter hour: the last morning start is 12:15, the afternoon 16:15.
    assert times[0] == "09:00"
    assert "12:15" in times and "12:30" not in times
    assert "13:00" not in times and "13:45" not in times
    assert "14:00" in times and times[-1] == "16:15"


def test_no_times_at_the_weekend_without_hours(diary, service):
    day = working_day() + datetime.timedelta(days=3)  # a Saturday
    assert availability.free_on(diary, service, day) == []


def test_a_day_off_has_no_times(diary, service):
    day = working_day()
    DiaryException.objects.create(diary=diary, date=day, note="Holiday")
    assert availability.free_on(diary, service, day) == []


def test_a_changed_day_uses_its_own_hours(diary, service):
    day = working_day()
    DiaryException.objects.create(
        diary=diary, date=day, start=datetime.time(10), end=datetime.time(12)
    )
    assert hhmm(availability.free_on(diary, service, day)) == [
        "10:00",
        "10:15",
        "10:30",
        "10:45",
        "11:00",
        "11:15",
    ]


def test_a_booking_and_its_buffer_take_times_away(diary, service):
    day = working_day()
    appointment_book(
        diary=diary, service=service, starts_at=local(day, 10), full_name="A", email="a@example.org"
    )
    times = hhmm(availability.free_on(diary, service, day))
    # Booked 10:00-10:45, buffer to 11:00: nothing that overlaps, 11:00 free again; before it,
    # a start at 09:15 ends 10:00 but its own buffer would run into the booking.
    assert "09:00" in times and "09:15" not in times
    assert not {"09:30", "10:00", "10:30", "10:45"} & set(times)
    assert "11:00" in times


def test_shortest_notice_and_horizon(diary, service):
    day = working_day()
    now = local(day, 8).astimezone(UTC)
    diary.notice_hours = 3
    assert hhmm(availability.free_on(diary, service, day, now=now))[0] == "11:00"
    diary.horizon_days = 5
    assert availability.free_on(diary, service, day + datetime.timedelta(days=6), now=now) == []
    assert availability.free_on(diary, service, day - datetime.timedelta(days=1), now=now) == []


@pytest.mark.parametrize(
    ("date", "utc_hour_of_nine"),
    [(datetime.date(2027, 3, 28), 8), (datetime.date(2027, 10, 31), 9)],
    ids=["clocks-forward", "clocks-back"],
)
def test_times_are_local_on_the_clock_change_days(settings, diary, service, date, utc_hour_of_nine):
    settings.TIME_ZONE = "Europe/London"
    WorkingHours.objects.create(
        diary=diary, weekday=date.weekday(), start=datetime.time(9), end=datetime.time(12)
    )
    now = datetime.datetime(2027, 1, 4, tzinfo=UTC)
    times = availability.free_on(diary, service, date, now=now)
    assert hhmm(times)[0] == "09:00"
    assert times[0].astimezone(UTC).hour == utc_hour_of_nine
    assert times[0].tzinfo.key == "Europe/London"


@pytest.mark.parametrize(
    ("date", "real_hours"),
    [(datetime.date(2027, 3, 28), 3), (datetime.date(2027, 10, 31), 5)],
    ids=["clocks-forward", "clocks-back"],
)
def test_a_stretch_across_the_change_lasts_its_real_length(diary, service, date, real_hours):
    """00:00 to 04:00 local is three real hours in spring and five in autumn; 45-minute
    sessions every quarter hour fit (real minutes - 45) / 15 + 1 times."""
    WorkingHours.objects.create(
        diary=diary, weekday=date.weekday(), start=datetime.time(0), end=datetime.time(4)
    )
    diary.notice_hours = 0
    now = datetime.datetime(2027, 1, 4, tzinfo=UTC)
    times = availability.free_on(diary, service, date, now=now)
    assert len(times) == (real_hours * 60 - 45) // 15 + 1
    gaps = {b.astimezone(UTC) - a.astimezone(UTC) for a, b in itertools.pairwise(times)}
    assert gaps == {datetime.timedelta(minutes=15)}
    if real_hours == 5:  # the repeated hour is offered twice, once in each offset
        assert hhmm(times).count("01:00") == 2


def test_bookings_on_both_clock_change_days_are_stored_in_utc(diary, service):
    """09:00 on the day the clocks go forward is 08:00 UTC; on the day they go back, 09:00."""
    changes = next_clock_changes()
    for date in changes.values():
        WorkingHours.objects.create(
            diary=diary, weekday=date.weekday(), start=datetime.time(9), end=datetime.time(12)
        )
    for kind, date in changes.items():
        booked = appointment_book(
            diary=diary,
            service=service,
            starts_at=datetime.datetime.combine(date, datetime.time(9), tzinfo=LONDON),
            full_name="A",
            email="a@example.org",
        )
        booked.refresh_from_db()
        expected_hour = 8 if kind == "forward" else 9
        assert booked.starts_at == datetime.datetime.combine(
            date, datetime.time(expected_hour), tzinfo=UTC
        )
        assert f"{timezone.localtime(booked.starts_at):%H:%M}" == "09:00"


@pytest.mark.parametrize("kind", ["forward", "back"])
def test_the_free_times_page_shows_local_times_on_the_clock_change_days(
    client, diary, service, kind
):
    day = next_clock_changes()[kind]
    WorkingHours.objects.create(
        diary=diary, weekday=day.weekday(), start=datetime.time(9), end=datetime.time(12)
    )
    html = client.get(f"/book/{service.pk}/", {"from": day.isoformat()}).content.decode()
    assert f"at={local(day, 9).astimezone(UTC):%Y%m%dT%H%M%SZ}" in html
    assert "</span>09:00</a>" in html
    expected_utc_hour = 8 if kind == "forward" else 9
    assert local(day, 9).astimezone(UTC).hour == expected_utc_hour
