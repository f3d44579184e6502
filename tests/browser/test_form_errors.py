"""Every error message is seen where it matters: next to its question, above the answer, in a
group with a red bar, in colours that pass contrast; checked in Chromium with computed styles.
The same error states pass axe-core in test_accessibility.py."""

from datetime import date

import pytest

from tests.browser.support import axe_violations, post_steps, screenshot
from tests.browser.test_red_flags import (
    BEFORE_HEALTH,
    answer_no_to_everything,
    reach_the_health_step,
)
from tests.helpers import health_answers

pytestmark = pytest.mark.django_db(transaction=True)

DANGER = "rgb(163, 38, 28)"


def press_continue(page) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()


def send_blank(page) -> None:
    press_continue(page)
    assert page.title().startswith("Error:")


# What each group with an error shows, read in one call (a call per fact made this test
# slow): whether its message can be seen, the group's left border, the message's colour,
# whether the message sits above the answer, and how many controls point to the message.
ERROR_GROUPS = """() => [...document.querySelectorAll('.form-group--error')].map(group => {
  const message = group.querySelector('.error-message');
  const answer = group.querySelector('input:not([type=hidden]), textarea, select');
  const [box, style] = [message.getBoundingClientRect(), getComputedStyle(group)];
  return {
    visible: message.checkVisibility({visibilityProperty: true}) && box.height > 0,
    border: [style.borderLeftColor, style.borderLeftWidth, style.borderLeftStyle],
    colour: getComputedStyle(message).color,
    above: box.top < answer.getBoundingClientRect().top,
    described: group.querySelectorAll(`[aria-describedby~="${message.id}"]`).length,
  };
})"""


def assert_every_error_is_visible_above_its_answer(page, step: str) -> int:
    """Returns how many messages were checked, so a page without errors cannot pass."""
    groups = page.evaluate(ERROR_GROUPS)
    assert len(groups) >= 1, step
    for index, group in enumerate(groups):
        assert group["visible"], f"{step}: error {index} is hidden"
        assert group["border"] == [DANGER, "5px", "solid"], step
        assert group["colour"] == DANGER, step
        assert group["above"], f"{step}: error {index} is below its answer"
        # The question or its fieldset points to the message, for screen readers.
        assert group["described"] >= 1, step
    assert len(groups) == page.locator(".error-summary__list a").count(), step
    assert page.locator("legend[for]").count() == 0, step
    return len(groups)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_every_step_shows_each_error_beside_its_question(request, viewport):
    page = request.getfixturevalue("page" if viewport == "desktop" else "phone_page")
    checked = 0
    page.goto("/intake/about-you/")
    send_blank(page)
    checked += assert_every_error_is_visible_above_its_answer(page, "about-you")
    assert page.locator("#div_id_date_of_birth .error-message").is_visible()
    screenshot(page, f"errors-about-you-{viewport}")

    reach_the_health_step(page)
    send_blank(page)
    checked += assert_every_error_is_visible_above_its_answer(page, "health")
    screenshot(page, f"errors-health-{viewport}")

    answer_no_to_everything(page)
    press_continue(page)
    send_blank(page)
    checked += assert_every_error_is_visible_above_its_answer(page, "preferences")
    assert checked > 20


def test_symptom_and_goal_errors_are_visible(page):
    reach_the_health_step(page)
    page.goto("/intake/symptoms/")
    # The saved answers come back: clear them all and send the page with nothing given.
    page.get_by_label("What is troubling you?").fill("")
    page.evaluate("document.querySelectorAll('input:checked').forEach(i => i.checked = false)")
    send_blank(page)
    assert assert_every_error_is_visible_above_its_answer(page, "symptoms") == 5

    page.goto("/intake/goals/")
    page.evaluate("document.querySelectorAll('input:checked').forEach(i => i.checked = false)")
    send_blank(page)
    assert assert_every_error_is_visible_above_its_answer(page, "goals") == 1


def test_the_consent_error_is_visible_on_check_your_answers(page):
    reach_the_health_step(page)
    answer_no_to_everything(page)
    press_continue(page)
    page.get_by_role("group", name="How do you feel about needles?").get_by_label(
        "I am comfortable with needles"
    ).check()
    page.get_by_role("group", name="What pressure do you prefer?").get_by_label("Light").check()
    page.get_by_role(
        "group", name="Would you like to learn techniques to use on yourself at home?"
    ).get_by_label("Maybe").check()
    press_continue(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Send my answers").click()
    assert assert_every_error_is_visible_above_its_answer(page, "check") == 1


def test_a_childs_guardian_errors_are_in_the_summary_and_by_their_fields(page):
    child = {**BEFORE_HEALTH["about-you"], "date_of_birth_year": str(date.today().year - 12)}
    post_steps(
        page,
        {
            **BEFORE_HEALTH,
            "about-you": child,
            "health": health_answers(),
            "preferences": {"needles": "unsure", "pressure": "medium", "self_care": "maybe"},
        },
    )
    page.goto("/intake/check/")
    assert page.get_by_role("heading", name="A parent or guardian must agree").is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Send my answers").click()

    summary = page.locator(".error-summary__list")
    assert summary.get_by_role("link", name="Enter the full name of the parent").is_visible()
    assert summary.get_by_role("link", name="A parent or guardian must agree before").is_visible()
    assert assert_every_error_is_visible_above_its_answer(page, "check, under 16") == 3
    assert axe_violations(page) == ""
    summary.get_by_role("link", name="Enter the full name of the parent").click()
    assert page.get_by_label("Parent or guardian's full name").evaluate(
        "el => el === document.activeElement"
    )


def test_the_focused_error_summary_is_an_outline_not_a_fill(page):
    page.goto("/intake/about-you/")
    send_blank(page)
    summary = page.locator(".error-summary")
    assert summary.evaluate("el => el === document.activeElement")
    background, outline = summary.evaluate(
        "el => { const s = getComputedStyle(el); return [s.backgroundColor, s.outlineStyle]; }"
    )
    assert background == "rgb(255, 255, 255)"
    assert outline == "solid"
