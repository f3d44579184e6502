"""The team, prices and contact pages, and a treatment page with its people and prices, in a
real browser at phone and desktop widths: accessible, and no sideways page scroll."""

import pytest

from tests.browser.support import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = {
    "team": "/team/",
    "prices": "/prices/",
    "contact": "/contact/",
    "modality-with-people": "/treatments/acupuncture/",
}


@pytest.mark.parametrize("name", PAGES)
def test_clinic_pages_are_accessible_on_desktop(page, name):
    page.goto(PAGES[name])
    screenshot(page, f"{name}-desktop")

    assert page.get_by_role("heading", level=1).count() == 1
    assert axe_violations(page) == ""


@pytest.mark.parametrize("name", PAGES)
def test_clinic_pages_fit_a_phone_and_are_accessible(phone_page, name):
    phone_page.goto(PAGES[name])
    screenshot(phone_page, f"{name}-phone")

    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(phone_page) == ""


def test_a_practitioner_link_on_a_treatment_page_lands_on_their_profile(page):
    page.goto("/treatments/acupuncture/")

    page.get_by_role("link", name="Sam Sample").click()

    assert page.url.endswith("/team/#sam-sample")
    assert page.get_by_role("heading", name="Sam Sample", level=2).is_visible()
