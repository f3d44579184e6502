"""Booking in Polish: the pages at /pl/book/..., with no English sentence left; the appointment
keeps the patient's language, so every email about it (and its calendar file, and the link in
it) is in Polish, whoever or whatever sends it later. English stays at /book/, as it was.
Staff's calendar feed is not a patient page: one address, no /pl/."""

import datetime
import re
from urllib.parse import parse_qsl

import pytest
from django.core import mail
from icalendar import Calendar

from appointments.emails import reminders_send
from appointments.forms import at_param
from appointments.links import intake_token
from appointments.models import Appointment
from intake.demo.factories import SubmissionFactory
from intake.services import recommendation_send
from tests.appointments.conftest import local, working_day
from tests.appointments.test_holds import recommend
from tests.helpers import english_left, visible_text

pytestmark = pytest.mark.django_db

DETAILS = {"full_name": "Grace Hopper", "email": "grace@example.org", "phone": "01632 960 001"}
FREE_TIME = re.compile(r'href="(/pl/book/details/\?[^"]+)"')
MANAGE_LINK = re.compile(r"http://testserver(/pl/book/manage/[^/\s]+/)")


@pytest.fixture
def polish_service(service):
    """The test session with its Polish name, as staff would fill it in."""
    service.name_pl = "Sesja próbna"
    service.save()
    return service


def names(*more: str) -> list[str]:
    """Names that are the same in any language: the clinic's, its address, the people."""
    from clinic.context_processors import clinic_details

    clinic = clinic_details()
    return [clinic.name, *clinic.address.split("\n"), "Jo Diary", *DETAILS.values(), *more]


def assert_polish(page: str, *more: str) -> None:
    assert '<html lang="pl"' in page
    assert english_left(visible_text(page), *names(*more)) == []


def calendar_of(message) -> Calendar:
    (name, content, _mimetype) = message.attachments[0]
    assert name == "appointment.ics"
    return Calendar.from_ical(content)


def book_in_polish(client, service) -> list[str]:
    """Start, free times, the form (blank and with errors), booked: the pages' HTML."""
    start = client.get("/pl/book/").content.decode()
    assert f'href="/pl/book/{service.pk}/"' in start
    week = client.get(f"/pl/book/{service.pk}/", {"from": working_day().isoformat()})
    times = week.content.decode()
    path, query = FREE_TIME.search(times)[1].replace("&amp;", "&").split("?")
    choice = dict(parse_qsl(query))
    form = client.get(path, choice).content.decode()
    errors = client.post(path, {**choice, **DETAILS, "email": "nie adres", "full_name": ""})
    response = client.post(path, {**choice, **DETAILS})
    assert response.status_code == 302
    assert response["Location"] == "/pl/book/booked/"
    booked = client.get("/pl/book/booked/").content.decode()
    return [start, times, form, errors.content.decode(), booked]


def test_a_patient_books_in_polish(client, diary, polish_service):
    pages = book_in_polish(client, polish_service)

    for page in pages:
        assert_polish(page)
    _start, times, _form, errors, booked = pages
    assert "Wybierz termin" in times
    assert "Podaj imię i nazwisko" in errors and "Podaj adres e-mail" in errors
    assert "Błąd:" in errors and "Error" not in visible_text(errors)  # read out before each
    appointment = Appointment.objects.get()
    assert appointment.language == "pl"
    assert appointment.reference in booked and "Twój numer rezerwacji to" in booked
    # The day in Polish, its month in the genitive: "środa 7 stycznia".
    assert re.search(r"(?i)(poniedziałek|wtorek|środa|czwartek|piątek) \d+ \w+ia 20\d\d", booked)


def test_the_confirmation_email_and_its_calendar_file_are_in_polish(client, diary, polish_service):
    book_in_polish(client, polish_service)
    appointment = Appointment.objects.get()

    (message,) = mail.outbox
    assert message.subject == f"Twoja wizyta jest zarezerwowana ({appointment.reference})"
    assert english_left(message.body, *names()) == []
    assert "Dziękujemy za rezerwację" in message.body
    assert MANAGE_LINK.search(message.body)
    event = calendar_of(message).walk("VEVENT")[0]
    assert str(event["summary"]).startswith("Akupunktura: Sesja próbna \N{EN DASH} ")
    description = str(event["description"])
    assert description.startswith(f"Numer rezerwacji: {appointment.reference}. Aby zmienić")
    assert english_left(f"{event['summary']}. {description}", *names()) == []


def test_moving_and_cancelling_by_the_emailed_link_stay_in_polish(client, diary, polish_service):
    book_in_polish(client, polish_service)
    link = MANAGE_LINK.search(mail.outbox[-1].body)[1]
    move = {"at": at_param(local(working_day(), 14))}
    manage = client.get(link).content.decode()
    pages = [manage, client.get(f"{link}move/", move).content.decode()]
    assert f'href="{link}move/?at=' in manage and f'href="{link}cancel/"' in manage
    pages.append(client.post(f"{link}move/", move).content.decode())
    moved = mail.outbox[-1]
    link = MANAGE_LINK.search(moved.body)[1]
    pages += [client.get(f"{link}cancel/").content.decode()]
    pages.append(client.post(f"{link}cancel/").content.decode())
    cancelled = mail.outbox[-1]

    for page in pages:
        assert_polish(page)
    # The new time stands on its own, like "Kiedy" above it: a weekday is not capitalised
    # after a colon in Polish, so no sentence leads into the date.
    assert '<dt class="col-sm-4">Nowy termin</dt><dd class="col-sm-8">' in pages[1]
    assert "Nowy termin:" not in pages[1]
    assert "Twoja wizyta została przeniesiona" in pages[2]
    assert "Twoja wizyta została odwołana" in pages[-1]
    assert moved.subject.startswith("Twoja wizyta została przeniesiona")
    assert cancelled.subject.startswith("Twoja wizyta została odwołana")
    for message in (moved, cancelled):
        assert english_left(message.body, *names()) == []
    assert str(calendar_of(cancelled)["method"]) == "CANCEL"


def test_the_reminder_goes_in_the_language_booked_in(client, diary, polish_service):
    book_in_polish(client, polish_service)
    appointment = Appointment.objects.get()
    mail.outbox.clear()

    reminders_send(now=appointment.starts_at - datetime.timedelta(hours=23))

    (reminder,) = mail.outbox
    assert reminder.subject.startswith("Przypomnienie: Twoja wizyta")
    assert english_left(reminder.body, *names()) == []
    assert MANAGE_LINK.search(reminder.body)


def test_a_refused_time_and_a_closed_link_are_explained_in_polish(client, diary, polish_service):
    day = working_day()
    choice = {
        "service": polish_service.pk,
        "practitioner": diary.practitioner.slug,
        "at": at_param(local(day, 13, 15)),  # the lunch break
    }
    refused = client.post("/pl/book/details/", {**choice, **DETAILS})
    tampered = client.post("/pl/book/details/", {**choice, "at": "zle"})
    closed = client.get("/pl/book/manage/not-a-real-link/")
    intake_closed = client.get("/pl/book/from-intake/not-a-real-link/")

    assert refused.status_code == 400 and "poza godzinami pracy" in refused.content.decode()
    for response in (refused, tampered, closed, intake_closed):
        assert_polish(response.content.decode())
    assert not Appointment.objects.exists()


def test_a_held_intake_is_told_in_polish_with_the_emergency_advice(client, diary):
    held = SubmissionFactory(red_flags=["saddle_numbness"], language="pl")
    response = client.get(f"/pl/book/from-intake/{intake_token(held)}/")

    page = response.content.decode()
    assert response.status_code == 403
    assert "Prosimy jeszcze się nie umawiać" in page
    assert_polish(page, "A&amp;E")


def test_english_booking_is_unchanged_at_book(client, diary, service):
    week = client.get(f"/book/{service.pk}/", {"from": working_day().isoformat()})
    query = re.search(r'href="/book/details/\?([^"]+)"', week.content.decode())[1]
    choice = dict(parse_qsl(query.replace("&amp;", "&")))
    response = client.post("/book/details/", {**choice, **DETAILS})

    assert response["Location"] == "/book/booked/"
    page = client.get("/book/booked/").content.decode()
    assert '<html lang="en-gb"' in page and "Your appointment is booked" in page
    assert english_left(visible_text(page)) != []  # the check that finds none in Polish bites
    assert Appointment.objects.get().language == "en-gb"
    (message,) = mail.outbox
    assert message.subject.startswith("Your appointment is booked")
    assert "http://testserver/book/manage/" in message.body
    assert "Reference " in str(calendar_of(message).walk("VEVENT")[0]["description"])


def test_polish_pages_lead_into_polish_booking(client, diary, service):
    treatment = client.get("/pl/treatments/acupuncture/").content.decode()
    prices = client.get("/pl/prices/").content.decode()

    assert 'href="/pl/book/?treatment=acupuncture"' in treatment
    assert 'href="/pl/book/?treatment=acupuncture"' in prices


def test_the_polish_intake_confirmation_leads_into_polish_booking(client, answers, diary):
    from tests.intake.test_polish_intake import polish_fill_in

    polish_fill_in(client, answers)
    key = client.get("/pl/intake/check/").context["form"]["key"].value()
    client.post("/pl/intake/check/", {"consent": "on", "key": key})
    confirmation = client.get("/pl/intake/confirmation/").content.decode()

    path = re.search(r'href="(/pl/book/from-intake/[^"]+/)"', confirmation)[1]
    assert client.get(path)["Location"].startswith("/pl/book/")


def test_a_polish_recommendation_email_leads_into_polish_booking(client, diary, service):
    submission = recommend(SubmissionFactory(language="pl"), "acupuncture")
    recommendation_send(submission=submission, base_url="https://clinic.example/", by=None)

    body = mail.outbox[-1].body
    path = re.search(r"https://clinic\.example(/pl/book/from-intake/\S+/)", body)[1]
    assert client.get(path)["Location"] == "/pl/book/?treatment=acupuncture"


def test_the_staff_calendar_feed_keeps_its_one_address(client, diary):
    assert diary.get_feed_url() == f"/book/feed/{diary.feed_token}/"
    assert client.get(diary.get_feed_url()).status_code == 200
    assert client.get(f"/pl/book/feed/{diary.feed_token}/").status_code == 404


def test_a_polish_link_is_masked_in_logs(client, diary, polish_service):
    from clinic.log_scrub import scrub

    book_in_polish(client, polish_service)
    path = MANAGE_LINK.search(mail.outbox[-1].body)[1]

    assert scrub(f'"GET {path} HTTP/1.1" 200') == '"GET /pl/book/manage/[token]/ HTTP/1.1" 200'


def test_staff_see_the_language_booked_in_and_phone_bookings_are_in_english(
    client, superuser_client, diary, polish_service
):
    from django.urls import reverse

    book_in_polish(client, polish_service)
    appointment = Appointment.objects.get()
    page = superuser_client.get(
        reverse("admin:appointments_appointment_change", args=[appointment.pk])
    )
    assert "Polski" in page.content.decode()

    url = reverse("admin:appointments_diary_book", args=[diary.pk])
    at = at_param(local(working_day(), 15))
    superuser_client.post(url, {"service": polish_service.pk, "at": at, **DETAILS})
    assert Appointment.objects.latest("created_at").language == "en-gb"
    assert mail.outbox[-1].subject.startswith("Your appointment is booked")
