"""Free times: computed, never stored, from a diary's hours, its dated exceptions, the buffer and
the time already occupied.

All arithmetic is on instants in UTC; wall-clock times exist only at the edges (a stretch of
working hours begins at 09:00 *local* time on that date, and times are shown in TIME_ZONE). So
on the day the clocks go forward, a stretch from 00:00 to 04:00 is three real hours, and on the
day they go back it is five, and the repeated hour is offered twice, once in each offset.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from appointments.models import SLOT, Diary, Occupied
from treatments.models import Service

UTC = datetime.UTC


@dataclass(frozen=True)
class Day:
    date: datetime.date
    times: list[datetime.datetime]  # aware, in the clinic's time zone


def stretches(diary: Diary, date: datetime.date) -> list[tuple[datetime.time, datetime.time]]:
    """The working stretches on a date: the dated exceptions if there are any (none with
    times: a day off), else the week's hours for that weekday."""
    exceptions = [e for e in diary.exceptions.all() if e.date == date]
    if exceptions:
        return [(e.start, e.end) for e in exceptions if e.start is not None]
    return [(h.start, h.end) for h in diary.hours.all() if h.weekday == date.weekday()]


def instant(date: datetime.date, time: datetime.time) -> datetime.datetime:
    """A wall-clock time on a date in the clinic's time zone, as an instant in UTC. A time the
    clocks skip is read as before the change (01:30 on the spring day is 02:30 summer time)."""
    local = datetime.datetime.combine(date, time, tzinfo=timezone.get_current_timezone())
    return local.astimezone(UTC)


def units(start: datetime.datetime, end: datetime.datetime) -> list[datetime.datetime]:
    """The SLOT units from start (on the grid) up to end, as UTC instants."""
    result, at = [], start.astimezone(UTC)
    while at < end:
        result.append(at)
        at += SLOT
    return result


def occupied_between(diary: Diary, start: datetime.datetime, end: datetime.datetime) -> set:
    return set(
        Occupied.objects.filter(
            practitioner_id=diary.practitioner_id, start__gte=start, start__lt=end
        ).values_list("start", flat=True)
    )


def bookable_window(
    diary: Diary, now: datetime.datetime
) -> tuple[datetime.datetime, datetime.date]:
    """The earliest start (the shortest notice from now) and the last date patients may book."""
    earliest = now + datetime.timedelta(hours=diary.notice_hours)
    last_date = timezone.localdate(now) + datetime.timedelta(days=diary.horizon_days)
    return earliest, last_date


def candidates(diary: Diary, service: Service, date: datetime.date) -> list[datetime.datetime]:
    """Every start on the diary's step within the day's stretches that leaves room for the
    service, ignoring bookings, notice and horizon (UTC instants)."""
    length = datetime.timedelta(minutes=service.duration_minutes)
    step = datetime.timedelta(minutes=diary.step_minutes)
    result = []
    for start_time, end_time in stretches(diary, date):
        at, end = instant(date, start_time), instant(date, end_time)
        while at + length <= end:
            result.append(at)
            at += step
    return result


def free_on(
    diary: Diary,
    service: Service,
    date: datetime.date,
    *,
    now: datetime.datetime | None = None,
    ignore: int | None = None,
    staff: bool = False,
) -> list[datetime.datetime]:
    """The free starts on a date, in the clinic's time zone. `ignore` is an appointment whose
    own time counts as free (when moving it); `staff` (reception, on the phone) may book
    sooner than the shortest notice."""
    now = now or timezone.now()
    earliest, last_date = bookable_window(diary, now)
    if staff:
        earliest = now
    if date > last_date or date < timezone.localdate(now):
        return []
    starts = [at for at in candidates(diary, service, date) if at >= earliest]
    if not starts:
        return []
    needed = datetime.timedelta(minutes=service.duration_minutes) + diary.buffer
    taken = occupied_between(diary, starts[0], starts[-1] + needed)
    if ignore is not None:
        taken -= set(Occupied.objects.filter(appointment_id=ignore).values_list("start", flat=True))
    tz = timezone.get_current_timezone()
    return [
        at.astimezone(tz)
        for at in starts
        if not any(unit in taken for unit in units(at, at + needed))
    ]


def free_days(
    diary: Diary,
    service: Service,
    first: datetime.date,
    count: int = 7,
    *,
    now: datetime.datetime | None = None,
    ignore: int | None = None,
    staff: bool = False,
) -> list[Day]:
    """The free times of `count` days from `first`, by day (days with none included)."""
    return [
        Day(date, free_on(diary, service, date, now=now, ignore=ignore, staff=staff))
        for date in (first + datetime.timedelta(days=n) for n in range(count))
    ]


def nearest_free(
    diary: Diary,
    service: Service,
    wanted: datetime.datetime,
    *,
    limit: int = 6,
    now: datetime.datetime | None = None,
) -> list[datetime.datetime]:
    """The free starts closest to a wanted time (earlier or later), from that day and the
    days around it, nearest first then in order of time."""
    day = timezone.localdate(wanted)
    found: list[datetime.datetime] = []
    for offset in range(0, 15):
        for date in {day + datetime.timedelta(days=offset), day - datetime.timedelta(days=offset)}:
            found.extend(free_on(diary, service, date, now=now))
        if len(found) >= limit:
            break
    return sorted(sorted(found, key=lambda at: abs(at - wanted))[:limit])
