"""Reception's views in the admin: a practitioner's day or week (appointments and free times),
booking for a patient on the phone, moving and cancelling. Each change goes through the same
functions as the patient's (appointments/services.py), so the same checks hold, the patient
gets the same emails, and every read and change is audited."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from appointments import availability
from appointments.audit import audit
from appointments.forms import PatientForm, at_param, parse_at
from appointments.models import Appointment, Diary
from appointments.services import (
    BookingRefused,
    appointment_book,
    appointment_cancel,
    appointment_move,
)


def require(request: HttpRequest, action: str) -> None:
    if not request.user.has_perm(f"appointments.{action}_appointment"):
        raise PermissionDenied


def admin_context(request: HttpRequest, title: str, **extra) -> dict:
    from django.contrib import admin

    return {**admin.site.each_context(request), "title": title, **extra}


def start_date(request: HttpRequest) -> datetime.date:
    try:
        return datetime.date.fromisoformat(request.GET.get("from", ""))
    except ValueError:
        return timezone.localdate()


def week(request: HttpRequest, object_id: int) -> HttpResponse:
    """One practitioner's day (?days=1) or week: appointments, and free times to book."""
    require(request, "view")
    diary = get_object_or_404(
        Diary.objects.select_related("practitioner").prefetch_related("hours", "exceptions"),
        pk=object_id,
    )
    services = list(diary.services.select_related("modality"))
    service = next((s for s in services if str(s.pk) == request.GET.get("service")), None)
    service = service or (services[0] if services else None)
    first = start_date(request)
    count = 1 if request.GET.get("days") == "1" else 7
    start = availability.instant(first, datetime.time(0))
    end = availability.instant(first + datetime.timedelta(days=count), datetime.time(0))
    booked = list(
        Appointment.objects.booked()
        .filter(practitioner_id=diary.practitioner_id, starts_at__gte=start, starts_at__lt=end)
        .select_related("service__modality")
    )
    free = availability.free_days(diary, service, first, count, staff=True) if service else []
    book_url = reverse("admin:appointments_diary_book", args=[diary.pk])
    days = []
    for n in range(count):
        date = first + datetime.timedelta(days=n)
        times = next((d.times for d in free if d.date == date), [])
        days.append(
            {
                "date": date,
                "appointments": [a for a in booked if a.local_start.date() == date],
                "free": [
                    (at, f"{book_url}?{urlencode({'service': service.pk, 'at': at_param(at)})}")
                    for at in times
                ],
            }
        )
    audit(None, "listed", by=request.user)
    step = datetime.timedelta(days=count)
    context = admin_context(
        request,
        f"{diary.practitioner.name}: {'day' if count == 1 else 'week'} from {first:%-d %B %Y}",
        diary=diary,
        days=days,
        services=services,
        service=service,
        count=count,
        previous=(first - step).isoformat(),
        next=(first + step).isoformat(),
        first=first,
    )
    return TemplateResponse(request, "appointments/admin/week.html", context)


def book(request: HttpRequest, object_id: int) -> HttpResponse:
    """Books a free time for a patient on the phone: their name, email and phone."""
    require(request, "change")
    diary = get_object_or_404(Diary.objects.select_related("practitioner"), pk=object_id)
    data = request.POST if request.method == "POST" else request.GET
    service = diary.services.filter(pk=data.get("service") or 0).select_related("modality").first()
    at = parse_at(data.get("at", ""))
    if service is None or at is None:
        messages.error(request, "Choose a service and a free time from the week.")
        return redirect("admin:appointments_diary_week", diary.pk)
    form = PatientForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            appointment = appointment_book(
                diary=diary,
                service=service,
                starts_at=at,
                by=request.user,
                site_url=request.build_absolute_uri("/"),
                **form.cleaned_data,
            )
        except BookingRefused as refusal:
            messages.error(request, str(refusal.message))
            return redirect("admin:appointments_diary_week", diary.pk)
        messages.success(request, f"Booked {appointment.reference}; the patient has been emailed.")
        week_url = reverse("admin:appointments_diary_week", args=[diary.pk])
        return redirect(f"{week_url}?from={timezone.localdate(at).isoformat()}")
    context = admin_context(
        request,
        f"Book {service} with {diary.practitioner.name}",
        form=form,
        service=service,
        at=timezone.localtime(at),
        at_param=at_param(at),
        diary=diary,
    )
    return TemplateResponse(request, "appointments/admin/book.html", context)


def move(request: HttpRequest, object_id: int) -> HttpResponse:
    """Free times of the same practitioner and service; choosing one moves the appointment."""
    require(request, "change")
    appointment = get_object_or_404(
        Appointment.objects.booked().select_related("service__modality", "practitioner"),
        pk=object_id,
    )
    if request.method == "POST":
        at = parse_at(request.POST.get("at", ""))
        try:
            if at is None:
                raise BookingRefused("tampered", "The time was not understood.")
            appointment_move(appointment=appointment, starts_at=at, by=request.user)
        except BookingRefused as refusal:
            messages.error(request, str(refusal.message))
        else:
            messages.success(
                request, f"Moved {appointment.reference}; the patient has been emailed."
            )
            return redirect("admin:appointments_appointment_change", appointment.pk)
    diary = Diary.objects.prefetch_related("hours", "exceptions").get(
        practitioner_id=appointment.practitioner_id
    )
    first = max(start_date(request), timezone.localdate())
    days = availability.free_days(
        diary, appointment.service, first, 7, ignore=appointment.pk, staff=True
    )
    audit(appointment, "viewed", by=request.user)
    context = admin_context(
        request,
        f"Move {appointment.reference}",
        appointment=appointment,
        days=[(d.date, [(at, at_param(at)) for at in d.times]) for d in days],
        next=(first + datetime.timedelta(days=7)).isoformat(),
    )
    return TemplateResponse(request, "appointments/admin/move.html", context)


def cancel(request: HttpRequest, object_id: int) -> HttpResponse:
    require(request, "change")
    appointment = get_object_or_404(
        Appointment.objects.select_related("service__modality", "practitioner"), pk=object_id
    )
    if request.method == "POST":
        if appointment_cancel(appointment=appointment, by=request.user):
            messages.success(
                request, f"Cancelled {appointment.reference}; the patient has been emailed."
            )
        return redirect("admin:appointments_appointment_change", appointment.pk)
    audit(appointment, "viewed", by=request.user)
    context = admin_context(request, f"Cancel {appointment.reference}?", appointment=appointment)
    return TemplateResponse(request, "appointments/admin/cancel.html", context)
