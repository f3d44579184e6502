"""How much the intake asks, measured in Chromium (issue 27): the answers a patient with nothing
to declare must give, and the height of the health step on a phone."""

import pytest

from tests.browser.conftest import open_page
from tests.browser.support import PHONE, axe_violations, layout_problems, screenshot
from tests.browser.test_intake_time import Journey, answer, personas, press, start
from tests.browser.test_red_flags import reach_the_health_step

pytestmark = pytest.mark.django_db(transaction=True)

# Issue 27's target is 20; this is the real count. The health step alone asks 18 that must stay
# (the eleven red flags, each its own yes/no, and one question for each of the seven themes);
# with the name, date of birth and email address we need to reply, and the consent, that is 22
# before a word about the problem. The rest: what is troubling you, the pain now and over the
# week, how long, how much it gets in the way (stored, not null, by intake/models.py), goals,
# needles and self-care (they steer the suggestion; a default would be an answer not given).
# Contact method and pressure start at email and "no preference" (was 32).
REQUIRED_ANSWERS = 30
HEALTH_STEP_PHONE_HEIGHT = 2_500


def required_here(page, button: str) -> int:
    """Sends the page with nothing answered: each message in the error summary is an answer
    the patient has to give (what starts answered, such as a default, asks nothing)."""
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()
    return page.get_by_role("alert").get_by_role("link").count()


def test_a_patient_with_nothing_to_declare_gives_this_many_answers(page):
    journey = Journey()
    start(page, journey)
    counts = {}
    for slug, data in personas()["nothing to declare"].items():
        counts[slug] = required_here(page, "Continue")
        answer(page, journey, data)
        press(page, journey, "Continue")
    assert page.url.endswith("/intake/check/")
    counts["check"] = required_here(page, "Send my answers")
    print("required answers", counts, sum(counts.values()))
    assert counts["health"] == 18
    assert sum(counts.values()) == REQUIRED_ANSWERS


def test_the_blank_health_step_fits_a_phone(phone_page):
    page = phone_page
    reach_the_health_step(page)
    height = page.evaluate("document.documentElement.scrollHeight")
    print("health step on a phone, blank:", height, "px")
    assert height <= HEALTH_STEP_PHONE_HEIGHT
    assert axe_violations(page) == ""
    screenshot(page, "intake-health-phone-blank")


def test_at_200_percent_zoom_each_question_stacks_above_its_answers(browser, live_server):
    """A phone zoomed to 200% lays the page out at half its width: the yes/no answers go under
    their question, and nothing scrolls sideways."""
    half = {"width": PHONE["width"] // 2, "height": PHONE["height"] // 2}
    for page in open_page(browser, live_server, viewport=half):
        reach_the_health_step(page)
        assert layout_problems(page) == []
        question = page.get_by_role("group", name="Weight loss you cannot explain")
        legend = question.locator("legend").bounding_box()
        yes = question.get_by_label("Yes", exact=True).bounding_box()
        assert yes["y"] >= legend["y"] + legend["height"]
        assert axe_violations(page) == ""
        screenshot(page, "intake-health-zoom-200")
