"""Booking end to end in Chromium, with the production task backend, the real worker and a real
SMTP server: the recommendation email's link, free times, the booking form and its reference
(each page axe-clean, on a phone), the confirmation with its calendar file, the reminder, and
moving then cancelling by the emailed link."""

import datetime
import re

import pytest
from icalendar import Calendar

from appointments.emails import reminders_send
from appointments.models import Appointment
from intake.demo.factories import SubmissionFactory
from intake.services import recommendation_send
from tests.appointments.conftest import diary, practitioner, service  # noqa: F401
from tests.appointments.test_holds import recommend
from tests.browser.support import axe_violations, layout_problems, screenshot
from tests.intake.test_email_queue import PATIENT, durable, mail_server, run_worker  # noqa: F401


def parts(message) -> tuple[str, Calendar | None]:
    """The email's text and its calendar file, if any."""
    text, calendar = "", None
    for part in message.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            text = part.get_payload(decode=True).decode()
        elif part.get_content_type() == "text/calendar":
            calendar = Calendar.from_ical(part.get_payload(decode=True))
    return text, calendar


def latest(mail_server, subject: str):  # noqa: F811
    message = mail_server.inbox.to(PATIENT)[-1]
    assert subject in message["Subject"], message["Subject"]
    return parts(message)


def checked(page, name: str) -> None:
    assert axe_violations(page) == "", name
    assert layout_problems(page) == [], name
    screenshot(page, f"booking-{name}-phone")


@pytest.mark.usefixtures("durable")
def test_book_from_the_recommendation_then_move_and_cancel_by_the_emailed_link(
    phone_page,
    live_server,
    mail_server,  # noqa: F811
    diary,  # noqa: F811
    service,  # noqa: F811
):
    page = phone_page
    mail_server.start()
    intake = recommend(SubmissionFactory(full_name="Ada Lovelace", email=PATIENT), "acupuncture")
    recommendation_send(submission=intake, base_url=f"{live_server.url}/", by=None)
    run_worker()
    text, _ = latest(mail_server, "Our suggestion")
    link = re.search(r"https?://[^/\s]+(/book/from-intake/\S+/)", text)[1]

    page.goto(link)
    checked(page, "start")
    page.get_by_role("link", name=f"Acupuncture: {service.name}").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Choose a time"
    checked(page, "times")
    # A week ahead: far enough to move and cancel online (the diary's notice) at any hour;
    # tomorrow's first time is inside it for most of the day, and offers no move.
    page.get_by_role("link", name="Later times").click()
    page.locator("ul.free-times a").first.click()
    assert "Ada Lovelace" in page.content()
    checked(page, "details")
    page.get_by_role("button", name="Confirm booking").click()
    appointment = Appointment.objects.get()
    assert appointment.reference in page.locator(".confirmation-panel").inner_text()
    checked(page, "booked")

    run_worker()
    text, calendar = latest(mail_server, "Your appointment is booked")
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("dtstart") == appointment.starts_at

    reminders_send(now=appointment.starts_at.replace(microsecond=0) - datetime.timedelta(hours=23))
    run_worker()
    text, calendar = latest(mail_server, "Reminder")
    assert calendar is not None
    manage = re.search(r"https?://[^/\s]+(/book/manage/\S+/)", text)[1]

    page.goto(manage)
    checked(page, "manage")
    old_start = appointment.starts_at
    page.locator("a[href*='move/?at=']").last.click()  # days ahead, so it can be cancelled
    checked(page, "move")
    page.get_by_role("button", name="Move it to this time").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your appointment has been moved"
    appointment.refresh_from_db()
    assert appointment.starts_at != old_start

    run_worker()
    text, calendar = latest(mail_server, "Your appointment has moved")
    assert calendar.walk("VEVENT")[0].decoded("dtstart") == appointment.starts_at
    page.goto(re.search(r"https?://[^/\s]+(/book/manage/\S+/)", text)[1])
    page.get_by_role("link", name="Cancel this appointment").click()
    checked(page, "cancel")
    page.get_by_role("button", name="Yes, cancel it").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your appointment is cancelled"
    checked(page, "cancelled")
    run_worker()
    _, calendar = latest(mail_server, "Your appointment is cancelled")
    assert str(calendar["method"]) == "CANCEL"
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.CANCELLED


def test_reception_books_a_caller_in_the_week_view(page, diary, service):  # noqa: F811
    """Reception, signed in, opens a practitioner's week, books a free time for a patient on
    the phone, and sees it in the week; the pages are axe-clean."""
    from django.contrib.auth.models import Group

    from intake.demo.factories import UserFactory

    desk = UserFactory(username="desk", password="a long reception pass", is_staff=True)
    desk.groups.add(Group.objects.get(name="Reception"))
    page.goto("/admin/")
    page.get_by_label("Username").fill("desk")
    page.get_by_label("Password").fill("a long reception pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    page.goto(f"/admin/appointments/diary/{diary.pk}/week/")
    assert axe_violations(page) == ""
    screenshot(page, "booking-admin-week-desktop")
    page.locator("text=Book at:").first.locator("a").nth(2).click()
    page.get_by_label("Full name").fill("Alan Turing")
    page.get_by_label("Email address").fill("alan@example.org")
    page.get_by_label("Phone number").fill("01632 960 002")
    assert axe_violations(page) == ""
    page.get_by_role("button", name="Book and email the patient").click()
    appointment = Appointment.objects.get()
    assert appointment.booked_by == desk
    assert appointment.reference in page.content() and "Alan Turing" in page.content()
    screenshot(page, "booking-admin-week-booked-desktop")
