"""Booking in Polish, in Chromium on a phone: from the Polish treatment page to a booked time,
then moving and cancelling it by the link in the Polish emails. Every Polish booking page is
axe-clean, and the HTML each one was served is valid by the Nu HTML Checker."""

import re

import pytest
from django.core import mail

from appointments.models import Appointment
from tests.appointments.conftest import diary, practitioner, service  # noqa: F401
from tests.browser.support import axe_violations, layout_problems, screenshot
from tests.clinic.test_html_valid import java_and_checker, nu_errors

pytestmark = pytest.mark.django_db(transaction=True)

MANAGE_LINK = re.compile(r"https?://[^/\s]+(/pl/book/manage/\S+/)")


class PolishWalk:
    """Opens pages in the browser, checks each as a patient meets it, and keeps the HTML each
    was served for one run of the Nu HTML Checker at the end (starting Java costs seconds)."""

    def __init__(self, page):
        self.page = page
        self.served: dict[str, bytes] = {}

    def goto(self, path: str, name: str) -> None:
        self.checked(name, self.page.goto(path))

    def click(self, name: str, action) -> None:
        with self.page.expect_navigation() as navigation:
            action()
        self.checked(name, navigation.value)

    def checked(self, name: str, response) -> None:
        self.served[name] = response.body()
        assert self.page.locator("html").get_attribute("lang") == "pl", name
        assert axe_violations(self.page) == "", name
        assert layout_problems(self.page) == [], name
        screenshot(self.page, f"polish-booking-{name}-phone")

    def heading(self) -> str:
        return self.page.get_by_role("heading", level=1).inner_text()


def test_a_patient_books_moves_and_cancels_in_polish(
    phone_page,
    diary,  # noqa: F811
    service,  # noqa: F811
    tmp_path,
):
    java = java_and_checker()
    service.name_pl = "Sesja próbna"
    service.save()
    walk = PolishWalk(phone_page)
    page = phone_page

    walk.goto("/pl/treatments/acupuncture/", "treatment")
    walk.click("start", page.get_by_role("link", name="Wybierz termin przez internet").click)
    assert walk.heading() == "Umów: Akupunktura"
    walk.click("times", page.get_by_role("link", name="Akupunktura: Sesja próbna").click)
    assert walk.heading() == "Wybierz termin"
    # A week ahead: far enough to move and cancel online (the diary's notice) at any hour.
    walk.click("times-later", page.get_by_role("link", name="Późniejsze terminy").click)
    walk.click("details", page.locator("ul.free-times a").first.click)
    walk.click("details-errors", page.get_by_role("button", name="Potwierdź rezerwację").click)
    assert page.get_by_role("link", name="Podaj imię i nazwisko").is_visible()
    page.get_by_label("Imię i nazwisko").fill("Grace Hopper")
    page.get_by_label("Adres e-mail").fill("grace@example.org")
    page.get_by_label("Numer telefonu").fill("01632 960 001")
    walk.click("booked", page.get_by_role("button", name="Potwierdź rezerwację").click)
    assert walk.heading() == "Twoja wizyta jest zarezerwowana"
    appointment = Appointment.objects.get()
    assert page.url.endswith("/pl/book/booked/")
    assert appointment.language == "pl"
    assert appointment.reference in page.locator(".confirmation-panel").inner_text()

    confirmation = mail.outbox[-1]
    assert confirmation.subject.startswith("Twoja wizyta jest zarezerwowana")
    walk.goto(MANAGE_LINK.search(confirmation.body)[1], "manage")
    assert walk.heading() == "Twoja wizyta"
    walk.click("move", page.locator("a[href*='move/?at=']").last.click)
    walk.click("moved", page.get_by_role("button", name="Przenieś na ten termin").click)
    assert walk.heading() == "Twoja wizyta została przeniesiona"

    moved = mail.outbox[-1]
    assert moved.subject.startswith("Twoja wizyta została przeniesiona")
    walk.goto(MANAGE_LINK.search(moved.body)[1], "manage-moved")
    walk.click("cancel", page.get_by_role("link", name="Odwołaj tę wizytę").click)
    walk.click("cancelled", page.get_by_role("button", name="Tak, odwołaj").click)
    assert walk.heading() == "Twoja wizyta została odwołana"
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.CANCELLED
    assert mail.outbox[-1].subject.startswith("Twoja wizyta została odwołana")

    # The checker reads every page the patient saw, as served (it cannot pass by reading none).
    assert len(walk.served) == 13 and all(b"<h1" in html for html in walk.served.values())
    assert nu_errors(java, walk.served, tmp_path) == []
