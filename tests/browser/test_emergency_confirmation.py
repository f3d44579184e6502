"""On a phone (390 px), an emergency intake's confirmation opens on the emergency advice, with
999 a tap away, before any reassurance (issue 24)."""

import pytest

from tests.browser.support import PHONE, axe_violations, post_steps, screenshot
from tests.helpers import health_answers

pytestmark = pytest.mark.django_db(transaction=True)

EMERGENCY_HEADING = "Call 999 or go to A&E now"


def send_from_the_check_page(page) -> None:
    page.goto("/intake/check/")
    page.get_by_label("I agree that the clinic may store and use my answers").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send my answers").click()


def test_the_emergency_advice_is_the_first_thing_seen_with_999_to_tap(phone_page, answers):
    page = phone_page
    post_steps(page, {**answers, "health": health_answers(red_flag_saddle_numbness="yes")})

    send_from_the_check_page(page)

    assert page.url.endswith("/intake/confirmation/")
    advice = page.get_by_role("heading", name=EMERGENCY_HEADING)
    thanks = page.get_by_role("heading", name="We have your answers")
    assert advice.is_visible()
    # On the first screen, and above the reassurance and the reference.
    assert advice.bounding_box()["y"] + advice.bounding_box()["height"] <= PHONE["height"]
    assert advice.bounding_box()["y"] < thanks.bounding_box()["y"]
    call = advice.get_by_role("link", name="999")
    assert call.get_attribute("href") == "tel:999"
    assert call.is_visible()
    assert page.get_by_text("While you wait").count() == 0
    assert axe_violations(page) == ""
    screenshot(page, "emergency-confirmation-phone")


def test_a_routine_confirmation_still_opens_on_the_reference(phone_page, answers):
    page = phone_page
    post_steps(page, answers)

    send_from_the_check_page(page)

    assert page.get_by_role("heading", level=1).inner_text() == "We have your answers"
    assert page.get_by_role("heading", name=EMERGENCY_HEADING).count() == 0
