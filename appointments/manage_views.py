"""The pages of the patient's emailed link (cancel or move, within the notice period, after
which the page says to phone) and the practitioner's private calendar feed. No login: the
random token is the only thing in the URL; pages are never cached."""

import datetime
import functools

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from appointments import availability
from appointments.audit import audit
from appointments.forms import at_param, parse_at
from appointments.ics import feed_ics
from appointments.models import Appointment, Diary
from appointments.services import (
    BookingRefused,
    SlotTaken,
    appointment_cancel,
    appointment_move,
    may_change_online,
)
from appointments.tokens import appointment_by_token
from appointments.views import DAYS_SHOWN, first_day, link_closed, refused


class LinkClosed(Exception):
    pass


def manage_find(token: str) -> Appointment:
    appointment = appointment_by_token(token)
    if appointment is None:
        raise LinkClosed
    return appointment


def with_manage_link(view):
    """Runs a view of the emailed link, or says clearly that the link does not work."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, token: str) -> HttpResponse:
        try:
            return view(request, token)
        except LinkClosed:
            return link_closed(request, "manage")

    return wrapped


@never_cache
@with_manage_link
def manage(request: HttpRequest, token: str) -> HttpResponse:
    appointment = manage_find(token)
    audit(appointment, "viewed")
    context = {
        "appointment": appointment,
        "token": token,
        "changeable": may_change_online(appointment),
    }
    if context["changeable"]:
        diary = Diary.objects.prefetch_related("hours", "exceptions").get(
            practitioner_id=appointment.practitioner_id
        )
        first = first_day(request)
        move = reverse("appointments:manage_move", args=[token])
        context["days"] = [
            {
                "date": day.date,
                "times": [
                    (at, f"{move}?at={at_param(at)}")
                    for at in day.times
                    if at != appointment.starts_at  # its own time is no move
                ],
            }
            for day in availability.free_days(
                diary, appointment.service, first, DAYS_SHOWN, ignore=appointment.pk
            )
        ]
        context["next"] = first + datetime.timedelta(days=DAYS_SHOWN)
    return render(request, "appointments/manage.html", context)


@never_cache
@with_manage_link
def manage_cancel(request: HttpRequest, token: str) -> HttpResponse:
    appointment = manage_find(token)
    if not may_change_online(appointment):
        return manage_closed(request, appointment)
    if request.method == "POST":
        appointment_cancel(appointment=appointment)
        return render(
            request, "appointments/changed.html", {"appointment": appointment, "what": "cancelled"}
        )
    return render(request, "appointments/cancel.html", {"appointment": appointment, "token": token})


@never_cache
@with_manage_link
def manage_move(request: HttpRequest, token: str) -> HttpResponse:
    appointment = manage_find(token)
    if not may_change_online(appointment):
        return manage_closed(request, appointment)
    at = parse_at(request.POST.get("at") if request.method == "POST" else request.GET.get("at", ""))
    if at is None:
        return refused(request, None, "tampered", status=400)
    if request.method == "POST":
        try:
            appointment_move(appointment=appointment, starts_at=at)
        except BookingRefused as refusal:
            return render(
                request,
                "appointments/refused.html",
                {
                    "code": refusal.code,
                    "message": refusal.message,
                    "manage_url": reverse("appointments:manage", args=[token]),
                },
                status=409 if isinstance(refusal, SlotTaken) else 400,
            )
        return render(
            request, "appointments/changed.html", {"appointment": appointment, "what": "moved"}
        )
    context = {
        "appointment": appointment,
        "token": token,
        "at": timezone.localtime(at),
        "at_param": at_param(at),
    }
    return render(request, "appointments/move.html", context)


@never_cache
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """A practitioner's private calendar feed: reference and service only, no patient."""
    diary = Diary.objects.select_related("practitioner").filter(feed_token=token).first()
    if diary is None or not token:
        raise Http404
    audit(None, "listed")
    response = HttpResponse(feed_ics(diary), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="appointments.ics"'
    return response


def manage_closed(request: HttpRequest, appointment: Appointment) -> HttpResponse:
    return render(
        request,
        "appointments/manage.html",
        {"appointment": appointment, "changeable": False},
        status=403,
    )
