"""Treatment pages in Chromium: comparing by keyboard without JavaScript, the compare error,
comparison tables on a phone, the "At a glance" card. Every page's axe check and fit on a phone
are in test_accessibility.py."""

import pytest

from tests.browser.support import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_compare_form_works_with_the_keyboard_and_no_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto("/treatments/compare/")

    for name in ["Acupressure", "Acupuncture"]:
        page.get_by_label(name).focus()
        page.keyboard.press("Space")
    page.get_by_role("button", name="Compare").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")

    table = page.get_by_role("table")
    assert table.get_by_role("columnheader", name="Acupuncture").count() == 1
    assert table.get_by_role("rowheader", name="Needles").count() == 1
    context.close()


def test_the_compare_error_says_what_to_do(page):
    page.goto("/treatments/compare/?m=acupressure")

    summary = page.get_by_role("alert")
    assert "Choose at least two treatments" in summary.inner_text()
    assert page.title().startswith("Error:")
    screenshot(page, "compare-error-desktop")


@pytest.mark.parametrize("slug", ["massage-therapy-vs-acupressure", "acupuncture-vs-acupressure"])
def test_a_comparison_reads_on_a_phone_without_sideways_scrolling(phone_page, slug):
    phone_page.goto(f"/treatments/compare/{slug}/")
    region = phone_page.locator(".table-scroll").first
    assert region.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    label = phone_page.locator(".comparison-table tbody td").first.evaluate(
        "el => getComputedStyle(el, '::before').content"
    )
    assert label.strip('"') in {"Massage therapy", "Acupuncture"}
    screenshot(phone_page, f"compare-{slug}-phone")


def test_at_a_glance_comes_first_on_a_phone_and_fits_its_card(request):
    for fixture in ["phone_page", "page"]:
        page = request.getfixturevalue(fixture)
        page.goto("/treatments/medical-massage/")
        card = page.get_by_role("complementary", name="At a glance")
        box = card.bounding_box()
        assert card.evaluate("el => el.scrollWidth <= el.clientWidth + 1"), fixture
        if fixture == "phone_page":
            assert box["y"] < page.locator("#safety").bounding_box()["y"]
            assert box["y"] < 900
        screenshot(page, f"treatment-medical-massage-{fixture}")


def test_on_a_wide_screen_each_treatment_gets_a_column_of_the_same_width(page):
    page.goto("/treatments/compare/?m=acupressure&m=acupuncture&m=medical-massage")

    widths = [
        round(header.bounding_box()["width"])
        for header in page.locator(".comparison-table th[scope=col]").all()
    ]
    assert len(widths) == 3
    assert max(widths) - min(widths) <= 1, widths


@pytest.mark.parametrize(
    "slug",
    ["massage-therapy", "medical-massage", "relaxation-massage", "acupressure", "acupuncture"],
)
def test_on_a_phone_what_a_patient_decides_by_is_within_two_screens(phone_page, slug):
    """ "At a glance", who it suits and what rules it out, the price and how to book: all on the
    first two screens of a 390 x 844 phone, however long the rest of the page."""
    page = phone_page
    page.goto(f"/treatments/{slug}/")
    panel = page.locator('aside[aria-labelledby="before-booking-heading"]')
    glance = page.locator('aside[aria-labelledby="facts-heading"]')
    screens = 2 * page.viewport_size["height"]

    for part in [glance, panel]:
        box = part.bounding_box()
        assert box["y"] + box["height"] <= screens, f"{slug}: ends at {box['y'] + box['height']}"
    assert panel.get_by_text("From £").count() >= 1
    screenshot(page, f"treatment-{slug}-phone", full_page=False)
