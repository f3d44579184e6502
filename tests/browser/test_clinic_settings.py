"""The clinic's settings as the owner and a patient see them: a change saved in the admin is on
the public pages at once, a colour too light to read is refused with a clear message, the
phone header stays compact, and every page's footer leads to the accessibility statement."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from clinic.models import ClinicSettings
from tests.browser.support import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

MAX_PHONE_HEADER_PX = 80


def log_in_as_owner(page, superuser) -> None:
    page.goto("/admin/")
    page.get_by_label("Username").fill("owner")
    page.get_by_label("Password").fill("correct horse battery")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def open_clinic_settings(page) -> None:
    page.get_by_role("link", name="Clinic settings").first.click()
    page.wait_for_load_state()


def test_opening_hours_changed_in_the_admin_show_on_the_site_at_once(page, superuser):
    # A patient's visit leaves the page in the server's cache (the request does not go through
    # the browser, whose own cache may keep a page CONTENT_PAGE_SECONDS by design).
    assert "Monday to Friday" in page.request.get("/contact/").text()
    log_in_as_owner(page, superuser)
    open_clinic_settings(page)
    assert axe_violations(page) == ""
    screenshot(page, "admin-clinic-settings-desktop")

    page.get_by_label("Opening hours [en-gb]").fill("Tuesday to Saturday, 8am to 8pm")
    page.get_by_label("Phone").fill("020 7946 0000")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()

    page.goto("/contact/")
    expect(page.locator("footer").get_by_text("Tuesday to Saturday, 8am to 8pm")).to_be_visible()
    assert page.locator('footer a[href="tel:02079460000"]').count() == 1


def test_a_brand_colour_too_light_to_read_is_refused_with_a_clear_message(page, superuser):
    log_in_as_owner(page, superuser)
    open_clinic_settings(page)

    page.get_by_label("Brand colour").fill("#7fb3ad")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()

    expect(page.get_by_text("#7fb3ad is too light to read")).to_be_visible()
    expect(page.get_by_text("needs at least 4.5:1")).to_be_visible()
    screenshot(page, "admin-clinic-colour-refused-desktop")
    assert ClinicSettings.load().brand_colour == "#1d5c57"


def test_a_dark_enough_brand_colour_colours_the_header(page, superuser):
    log_in_as_owner(page, superuser)
    open_clinic_settings(page)
    page.get_by_label("Brand colour").fill("#6b2140")
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()

    page.goto("/")
    background = page.locator(".site-header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(107, 33, 64)"


@pytest.mark.parametrize("path", ["/", "/treatments/acupuncture/", "/intake/", "/pl/intake/"])
def test_the_phone_header_is_at_most_80_px_tall(phone_page, path):
    phone_page.goto(path)

    height = phone_page.locator(".site-header").bounding_box()["height"]
    screenshot(phone_page, f"header-phone{path.replace('/', '-')}", full_page=False)

    assert height <= MAX_PHONE_HEADER_PX, f"{path}: the header is {height:.0f} px tall"
    # Every menu link is still there, reachable by scrolling the menu sideways.
    assert phone_page.locator(".site-nav a").count() == 7
    expect(phone_page.locator(".site-nav__cta")).to_be_attached()
    if path.startswith("/pl/"):
        # The way back to English is in view at the menu's end, not on a row of its own.
        expect(phone_page.get_by_role("link", name="English")).to_be_in_viewport(ratio=1)


def test_the_phone_menu_shades_the_side_where_more_links_are(phone_page):
    # Its scrollbar is hidden, so the shade is the only sign that the menu goes on.
    phone_page.goto("/")
    menu = phone_page.locator(".site-header nav")
    assert menu.evaluate("m => m.scrollWidth > m.clientWidth")

    assert shaded_edges(menu) == {"left": False, "right": True}
    menu.evaluate("m => m.scrollLeft = m.scrollWidth")
    assert shaded_edges(menu) == {"left": True, "right": False}
    menu.evaluate("m => m.scrollLeft = m.scrollWidth / 4")
    assert shaded_edges(menu) == {"left": True, "right": True}


def shaded_edges(menu) -> dict[str, bool]:
    """Whether the menu's outermost pixel columns are darker anywhere than the header's colour
    (the links' text is white, so only a shade can make them darker)."""
    header = menu.evaluate("m => getComputedStyle(m.closest('header')).backgroundColor")
    header_sum = sum(int(part) for part in re.findall(r"\d+", header)[:3])
    image = Image.open(io.BytesIO(menu.screenshot())).convert("RGB")

    def darkest(x: int) -> int:
        return min(sum(image.getpixel((x, y))) for y in range(image.height))

    return {
        side: darkest(x) < 0.8 * header_sum for side, x in (("left", 0), ("right", image.width - 1))
    }


def test_the_footer_leads_to_the_accessibility_statement(page):
    page.goto("/treatments/")

    page.locator("footer").get_by_role("link", name="Accessibility").click()

    expect(page.get_by_role("heading", name="Accessibility statement", level=1)).to_be_visible()
    expect(page.get_by_text("axe-core").first).to_be_visible()
    expect(page.get_by_text("Nu HTML Checker").first).to_be_visible()
    assert axe_violations(page) == ""
