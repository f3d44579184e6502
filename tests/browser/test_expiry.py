"""After the session expires, the patient sees what happened, accessibly, at both widths."""

import pytest

from tests.browser.support import fill_about_you, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", ["page", "phone_page"])
def test_the_expiry_page_says_what_happened_and_how_to_start_again(request, viewport):
    page = request.getfixturevalue(viewport)
    fill_about_you(page)
    assert page.get_by_text("We keep your answers for 2 hours").is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    page.context.clear_cookies(name="sessionid")  # the session has expired

    page.get_by_label("What is troubling you?").fill("Back pain.")
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Your answers are no longer here"
    screenshot(page, f"intake-expired-{'phone' if viewport == 'phone_page' else 'desktop'}")
    with page.expect_navigation():
        page.get_by_role("link", name="Start again").click()
    assert page.get_by_role("heading", level=1).inner_text() == "About you"
