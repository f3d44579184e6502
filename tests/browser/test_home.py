from tests.browser.support import axe_violations, screenshot


def test_home_page_has_no_accessibility_violations(page):
    page.goto("/")

    assert page.get_by_role("heading", level=1).count() == 1
    assert axe_violations(page) == ""
    assert screenshot(page, "home-desktop").stat().st_size > 0


def test_home_page_on_a_phone_has_no_horizontal_scroll(phone_page):
    phone_page.goto("/")

    scroll_width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390
    assert axe_violations(phone_page) == ""
    screenshot(phone_page, "home-phone")


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page):
    page.goto("/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
