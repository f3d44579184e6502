"""The intake by keyboard on a phone: from the skip link, how many Tab stops to reach Continue.
A budget per step, so a change that adds a row of needless stops (as the body picture's 23
shapes once did) fails here."""

import pytest

from tests.browser.test_red_flags import answer_no_to_everything, pick

pytestmark = pytest.mark.django_db(transaction=True)

# Measured at 390 px (15, 48, 16, 38, 16), with a little room for one more question a step.
# Counted with the header's Team, Prices and Contact links (issue 16), plus a small margin.
BUDGET = {"about-you": 19, "symptoms": 53, "goals": 21, "health": 43, "preferences": 21}


def tab_stops_to_continue(page) -> int:
    """Counted on a freshly loaded page, where the first Tab goes to the skip link."""
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    stops = 1
    while page.evaluate("document.activeElement.textContent.trim()") != "Continue":
        page.keyboard.press("Tab")
        stops += 1
        assert stops < 200, "Continue never took the focus"
    return stops


def continue_(page) -> None:
    page.get_by_role("button", name="Continue").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_tab_stops_before_continue_stay_within_budget(phone_page):
    page = phone_page
    counted = {}
    page.goto("/intake/about-you/")
    counted["about-you"] = tab_stops_to_continue(page)
    page.get_by_label("Full name").fill("Grace Hopper")
    page.get_by_label("Day").fill("9")
    page.get_by_label("Month").fill("12")
    page.get_by_label("Year").fill("1986")
    page.get_by_label("Email address").fill("grace@example.org")
    pick(page, "How should we contact you?", "Email")
    continue_(page)

    counted["symptoms"] = tab_stops_to_continue(page)
    page.get_by_label("What is troubling you?").fill("Low back pain.")
    pick(page, "How bad is your pain right now?", "6")
    pick(page, "On average, how bad has your pain been over the past week?", "6")
    pick(page, "How long have you had it?", "More than 3 months")
    pick(page, "How much does it get in the way of your daily life?", "6")
    continue_(page)

    counted["goals"] = tab_stops_to_continue(page)
    page.get_by_label("Pain relief").check()
    continue_(page)

    counted["health"] = tab_stops_to_continue(page)
    answer_no_to_everything(page)
    continue_(page)

    counted["preferences"] = tab_stops_to_continue(page)
    print(counted)
    over = {step: n for step, n in counted.items() if n > BUDGET[step]}
    assert over == {}, f"Tab stops before Continue over budget: {over} (budget {BUDGET})"
