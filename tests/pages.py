"""The pages a patient can reach, for the site-wide checks (the Nu HTML Checker, axe-core).

Public URLs come from the resolver, not from a list kept by hand: a new public page is checked
the day it is added, and a new kind of URL argument fails until this module can fill it in.
The intake's states (each step blank and with errors, check, confirmation, expiry) need a
session, so they are walked with answers instead; see `intake_states`.
"""

from collections.abc import Iterator

from django.core import mail
from django.test import Client

from intake.models import IntakeDraft
from tests.helpers import RESUME_DELETE_LINK, RESUME_LINK, fill_in
from tests.site_urls import routes
from treatments.models import Comparison, Condition, Modality

# Parts of the site that are not public pages, or whose pages need a session or a token, and
# the FHIR questionnaires (JSON, not pages; tests/intake/review/test_fhir.py checks them).
NOT_PUBLIC = {"admin", "intake", "follow_up", "fhir"}
# JSON for monitors; the clinic's colour as CSS; the language link (a redirect).
NOT_HTML = {"healthz", "brand_css", "language"}

# How to fill in the argument of each public URL that takes one: every published object.
ARGUMENTS = {
    "treatments:modality": Modality,
    "treatments:comparison": Comparison,
    "treatments:condition": Condition,
}


# Booking pages reached only by an emailed or signed link (or the calendar feed, not a page):
# walked with a real booking in tests/appointments/test_pages.py and tests/browser/test_booking.py.
TOKEN_ROUTES = {
    "appointments:from_intake",
    "appointments:manage",
    "appointments:manage_cancel",
    "appointments:manage_move",
    "calendar:feed",
    # Without a chosen time or a booking these two lead back to the start; booking_choice_url
    # below reaches the form, and the booking tests the page after it.
    "appointments:details",
    "appointments:done",
}


def _bookable_service_ids() -> list[str]:
    from appointments.views import bookable_services

    return [str(pk) for pk in bookable_services().values_list("pk", flat=True)]


def booking_choice_url() -> str:
    """The booking form for the first free time of the first bookable session."""
    from django.utils import timezone

    from appointments.availability import free_days
    from appointments.models import Diary
    from appointments.views import bookable_services, time_url

    service = bookable_services().order_by("pk").first()
    diary = Diary.objects.bookable().filter(services=service).first()
    day = next(d for d in free_days(diary, service, timezone.localdate(), 14) if d.times)
    return time_url(service, diary, day.times[0])


# States of public pages that only a query string reaches, and the not-found page.
EXTRA = [
    "/treatments/compare/?m=acupressure&m=acupuncture&m=medical-massage",
    "/treatments/compare/?m=acupressure",  # the error state: fewer than two chosen
    "/no-such-page/",
    "/intake/",
]


def public_urls() -> list[str]:
    """Every public page: each URL of the resolver, with each published object's slug."""
    urls = []
    for name, route, pattern in routes():
        namespace = name.partition(":")[0] if ":" in name else ""
        if not name or namespace in NOT_PUBLIC or name in NOT_HTML:
            continue
        if str(pattern.pattern).startswith("^"):
            continue  # the development server's media route
        if name in TOKEN_ROUTES:
            continue
        if "<" not in route:
            urls.append(route)
            continue
        if name == "appointments:times":
            argument = route[route.index("<") : route.index(">") + 1]
            urls += [route.replace(argument, pk) for pk in _bookable_service_ids()]
            continue
        if name not in ARGUMENTS:
            raise LookupError(f"tests/pages.py cannot fill in the URL {route} ({name})")
        argument = route[route.index("<") : route.index(">") + 1]
        slugs = ARGUMENTS[name].objects.published().values_list("slug", flat=True)
        urls += [route.replace(argument, slug) for slug in slugs]
    return [*urls, *EXTRA, booking_choice_url()]


def wrong_answers(answers: dict) -> dict[str, dict]:
    """Wrong answers on a step, besides leaving it blank: the other messages a step can show.
    On the health step, "Yes" everywhere with no details: each detail's message, and the
    red-flag advice."""
    every_yes = dict.fromkeys(answers["health"], "yes")
    return {
        "about-you": answers["about-you"]
        | {"date_of_birth_day": "31", "date_of_birth_month": "2", "email": "not an address"}
        | {"contact_method": "phone", "phone": ""},
        "health": every_yes,
        "preferences": answers["preferences"] | {"curious_about": ["massage", "not_sure"]},
    }


def intake_states(client, answers: dict) -> Iterator[tuple[str, object]]:
    """Walks the intake with the test client, yielding (name, response) for every state a
    patient can see: each step blank and with its errors, check with and without consent,
    the confirmation, and the page shown when the answers have expired."""
    yield "intake-expired", client.get("/intake/symptoms/")
    wrong = wrong_answers(answers)
    for slug, data in answers.items():
        url = f"/intake/{slug}/"
        yield f"{slug}-blank", client.get(url)
        yield f"{slug}-errors", client.post(url, {})
        if slug in wrong:
            yield f"{slug}-wrong", client.post(url, wrong[slug])
        response = client.post(url, data)
        assert response.status_code == 302, f"{slug}: {response.context['form'].errors}"
    check = client.get("/intake/check/")
    yield "check", check
    key = check.context["form"]["key"].value()
    yield "check-errors", client.post("/intake/check/", {"key": key})
    response = client.post("/intake/check/", {"consent": "on", "key": key}, follow=True)
    yield "confirmation", response


def draft_states(answers: dict) -> Iterator[tuple[str, int, object]]:
    """Save and come back later, in fresh browsers: yields (name, expected status, response)
    for the save page blank and with an error, the link-sent page, the emailed link's page and
    its delete confirmation, and the link used, expired, unknown and deleted."""
    patient = Client()
    fill_in(patient, answers, upto="about-you")
    step = {"main_concern": "Stiff neck in the mornings.", "save_for_later": "1"}
    yield "save", 200, patient.post("/intake/symptoms/", step, follow=True)
    yield "save-errors", 200, patient.post("/intake/save/", {"email": "not an address"})
    yield "save-sent", 200, patient.post("/intake/save/", {"email": "ada@example.org"}, follow=True)
    link = RESUME_LINK.search(mail.outbox[-1].body).group(1)
    delete = RESUME_DELETE_LINK.search(mail.outbox[-1].body).group(1)
    other = Client()
    yield "resume", 200, other.get(link)
    yield "resume-delete", 200, other.get(delete)
    other.post(link)
    yield "resume-used", 410, Client().get(link)
    other.post("/intake/symptoms/", step)
    other.post("/intake/save/", {"email": "ada@example.org"})
    link = RESUME_LINK.search(mail.outbox[-1].body).group(1)
    IntakeDraft.objects.update(expires_at=IntakeDraft.objects.get().saved_at)
    yield "resume-expired", 410, Client().post(link)
    yield "resume-unknown", 404, Client().get("/intake/resume/not-a-real-token/")
    yield "resume-deleted", 200, Client().get("/intake/resume/deleted/")
