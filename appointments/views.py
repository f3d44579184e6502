"""The patient's booking pages: choose a treatment, a time, give details, confirm, and the way
in from an intake. No login; no health data in any URL; never cached. The emailed link's pages
are in manage_views.py."""

import datetime

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache

from appointments import availability
from appointments.audit import audit
from appointments.forms import ChoiceForm, PatientForm, at_param
from appointments.holds import hold_for
from appointments.links import intake_from_token
from appointments.models import Appointment, Diary
from appointments.services import (
    BookingRefused,
    SlotTaken,
    appointment_book,
)
from treatments.models import Modality, Service

INTAKE_KEY = "appointments_intake"
DONE_KEY = "appointments_done"
DAYS_SHOWN = 7


def bookable_services():
    return (
        Service.objects.published()
        .filter(diaries__in=Diary.objects.bookable())
        .select_related("modality")
        .distinct()
    )


def session_intake(request: HttpRequest):
    from intake.models import Submission

    pk = request.session.get(INTAKE_KEY)
    return Submission.objects.filter(pk=pk).first() if pk else None


@never_cache
def start(request: HttpRequest) -> HttpResponse:
    """Choose what to book; ?treatment=<slug> narrows to one treatment's sessions."""
    services = bookable_services()
    modality = None
    slug = request.GET.get("treatment", "")
    if slug:
        modality = Modality.objects.published().filter(slug=slug).first()
        if modality is not None:
            services = services.filter(modality__in=[modality, *modality.kinds.all()])
    context = {
        "services": list(services),
        "modality": modality,
        "intake": session_intake(request),
        # The practitioner the reviewer named, carried to the free times as the first choice.
        "practitioner": request.GET.get("practitioner", "")[:100],
    }
    return render(request, "appointments/start.html", context)


def first_day(request: HttpRequest) -> datetime.date:
    today = timezone.localdate()
    try:
        day = datetime.date.fromisoformat(request.GET.get("from", ""))
    except ValueError:
        return today
    return max(day, today)


@never_cache
def times(request: HttpRequest, service_id: int) -> HttpResponse:
    """A week of free times by day, for each practitioner who gives the service (or the one
    chosen with ?practitioner=<slug>). Every time is a link: no script needed."""
    service = get_object_or_404(bookable_services(), pk=service_id)
    diaries = Diary.objects.bookable().filter(services=service).select_related("practitioner")
    chosen = request.GET.get("practitioner", "")
    if chosen:
        diaries = diaries.filter(practitioner__slug=chosen) or diaries
    diaries = diaries.prefetch_related("hours", "exceptions")
    first = first_day(request)
    columns = [{"diary": diary, "days": linked_days(diary, service, first)} for diary in diaries]
    week = datetime.timedelta(days=DAYS_SHOWN)
    context = {
        "service": service,
        "columns": columns,
        "first": first,
        "last": first + week - datetime.timedelta(days=1),
        "previous": first - week if first > timezone.localdate() else None,
        "next": first + week,
        "chosen": chosen,
    }
    return render(request, "appointments/times.html", context)


def linked_days(diary: Diary, service: Service, first: datetime.date) -> list[dict]:
    return [
        {"date": day.date, "times": [(at, time_url(service, diary, at)) for at in day.times]}
        for day in availability.free_days(diary, service, first, DAYS_SHOWN)
    ]


def time_url(service: Service, diary: Diary, at: datetime.datetime) -> str:
    query = urlencode(
        {"service": service.pk, "practitioner": diary.practitioner.slug, "at": at_param(at)}
    )
    return f"{reverse('appointments:details')}?{query}"


@never_cache
def details(request: HttpRequest) -> HttpResponse:
    """The patient's details for the time they chose, and "Confirm booking"."""
    data = request.POST if request.method == "POST" else request.GET
    if not data:
        return redirect("appointments:start")  # nothing chosen yet
    choice = ChoiceForm(data)
    if not choice.is_valid():
        return refused(request, None, "tampered", status=400)
    intake = session_intake(request)
    if intake is not None and (hold := hold_for(intake)) is not None:
        return held(request, hold)
    patient = PatientForm(request.POST if request.method == "POST" and intake is None else None)
    if request.method == "POST" and (intake is not None or patient.is_valid()):
        return book(request, choice.cleaned_data, intake, patient)
    return render_details(request, choice, patient, intake)


def render_details(request, choice: ChoiceForm, patient: PatientForm, intake, status=200):
    context = {
        "choice": choice,
        "service": choice.cleaned_data["service"],
        "practitioner": choice.cleaned_data["diary"].practitioner,
        "at": timezone.localtime(choice.cleaned_data["at"]),
        "form": patient,
        "intake": intake,
    }
    return render(request, "appointments/details.html", context, status=status)


def book(request, chosen: dict, intake, patient: PatientForm) -> HttpResponse:
    who = (
        {"full_name": intake.full_name, "email": intake.email, "phone": intake.phone}
        if intake is not None
        else patient.cleaned_data
    )
    try:
        appointment = appointment_book(
            diary=chosen["diary"],
            service=chosen["service"],
            starts_at=chosen["at"],
            submission=intake,
            site_url=request.build_absolute_uri("/"),
            language=request.LANGUAGE_CODE,
            **who,
        )
    except SlotTaken:
        appointment = just_booked_by(who["email"], chosen)
        if appointment is None:
            return refused(request, chosen, SlotTaken.code)
    except BookingRefused as refusal:
        return refused(request, chosen, refusal.code, message=refusal.message)
    request.session[DONE_KEY] = appointment.pk
    request.session.pop(INTAKE_KEY, None)
    return redirect("appointments:done")


def just_booked_by(email: str, chosen: dict) -> Appointment | None:
    """The booking this same patient made of this same time moments ago: a double click or a
    resubmitted form is shown its booking, not told that the time was taken."""
    return (
        Appointment.objects.booked()
        .filter(
            practitioner_id=chosen["diary"].practitioner_id,
            service=chosen["service"],
            starts_at=chosen["at"],
            email__iexact=email,
            created_at__gte=timezone.now() - datetime.timedelta(minutes=10),
        )
        .first()
    )


def refused(request, chosen: dict | None, code: str, *, message="", status=None) -> HttpResponse:
    """Why a time cannot be booked, and (when the choice was sound) the nearest free times."""
    nearest = []
    if chosen is not None:
        nearest = [
            (at, time_url(chosen["service"], chosen["diary"], at))
            for at in availability.nearest_free(chosen["diary"], chosen["service"], chosen["at"])
        ]
    context = {
        "code": code,
        "message": message,
        "nearest": nearest,
        "service": chosen["service"] if chosen else None,
    }
    status = status or (409 if code == SlotTaken.code else 400)
    return render(request, "appointments/refused.html", context, status=status)


@never_cache
def done(request: HttpRequest) -> HttpResponse:
    appointment = (
        Appointment.objects.select_related("service__modality", "practitioner")
        .filter(pk=request.session.get(DONE_KEY))
        .first()
    )
    if appointment is None:
        return redirect("appointments:start")
    audit(appointment, "viewed")
    return render(request, "appointments/done.html", {"appointment": appointment})


@never_cache
def from_intake(request: HttpRequest, token: str) -> HttpResponse:
    """From a recommendation email or the intake's confirmation: remembers the intake for the
    booking form (its name and contact details) and opens the recommended treatment."""
    intake = intake_from_token(token)
    if intake is None:
        return link_closed(request, "intake")
    if (hold := hold_for(intake)) is not None:
        return held(request, hold)
    request.session[INTAKE_KEY] = intake.pk
    query = {}
    if intake.recommended_modality_id:
        query["treatment"] = intake.recommended_modality.slug
    practitioner = intake.recommended_practitioner
    if practitioner is not None:
        query["practitioner"] = practitioner.slug
    services = list(bookable_services().filter(modality_id=intake.recommended_modality_id))
    if len(services) == 1:
        extra = {"practitioner": practitioner.slug} if practitioner else {}
        url = reverse("appointments:times", args=[services[0].pk])
        return redirect(f"{url}?{urlencode(extra)}" if extra else url)
    url = reverse("appointments:start")
    return redirect(f"{url}?{urlencode(query)}" if query else url)


def held(request: HttpRequest, hold) -> HttpResponse:
    return render(request, "appointments/held.html", {"hold": hold}, status=403)


def link_closed(request: HttpRequest, kind: str) -> HttpResponse:
    """An unknown, replaced or out-of-date link: a clear page, and nothing changed."""
    return render(request, "appointments/link_closed.html", {"kind": kind}, status=404)
