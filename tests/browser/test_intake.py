"""A patient completes the intake with the keyboard, finding every control by its label."""

import pytest

from intake.models import Submission
from tests.browser.support import axe_violations, fill_about_you, layout_problems, screenshot
from treatments.models import Precaution

pytestmark = pytest.mark.django_db(transaction=True)


def press(locator, key: str = "Space") -> None:
    locator.focus()
    locator.page.keyboard.press(key)


def choose(page, group: str, option: str) -> None:
    press(page.get_by_role("group", name=group).get_by_label(option, exact=True))


def navigate_with(page, locator, key: str = "Enter") -> None:
    with page.expect_navigation():
        press(locator, key)


def continue_(page) -> None:
    navigate_with(page, page.get_by_role("button", name="Continue"))


def check_page(page, name: str) -> None:
    """One <h1>, no sideways scroll, a screenshot. (axe-core checks every step in
    test_accessibility.py.)"""
    assert layout_problems(page) == [], name
    screenshot(page, f"intake-{name}-{'phone' if page.viewport_size['width'] < 600 else 'desktop'}")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_patient_completes_the_intake_with_the_keyboard(request, viewport):
    page = request.getfixturevalue("page" if viewport == "desktop" else "phone_page")
    page.goto("/intake/")
    check_page(page, "start")
    navigate_with(page, page.get_by_role("link", name="Start now"))

    # Step 1, with one mistake: an impossible date.
    page.get_by_label("Full name").fill("Grace Hopper")
    page.get_by_label("Day").fill("31")
    page.get_by_label("Month").fill("2")
    page.get_by_label("Year").fill("1980")
    page.get_by_label("Email address").fill("grace@example.org")
    choose(page, "How should we contact you?", "Email")
    continue_(page)

    summary = page.get_by_role("alert")
    assert "must be a real date" in summary.inner_text()
    assert page.title().startswith("Error:")
    assert summary.evaluate("el => el === document.activeElement")
    check_page(page, "error")
    press(summary.get_by_role("link"), "Enter")
    assert page.evaluate("document.activeElement.id") == "id_date_of_birth_0"
    page.get_by_label("Day").fill("28")
    continue_(page)

    # Step 2
    page.get_by_label("What is troubling you?").fill("Tension headaches and a stiff neck.")
    press(page.get_by_label("Neck", exact=True))
    press(page.get_by_label("Head", exact=True))
    choose(page, "How bad is your pain right now?", "4")
    choose(page, "On average, how bad has your pain been over the past week?", "5")
    choose(page, "How long have you had it?", "More than 3 months")
    choose(page, "How much does it get in the way of your daily life?", "3")
    press(page.get_by_label("Migraine and headache"))
    check_page(page, "symptoms")
    continue_(page)

    # Step 3
    press(page.get_by_label("Fewer or milder headaches"))
    press(page.get_by_label("Stress relief and relaxation"))
    check_page(page, "goals")
    continue_(page)

    # Step 4: "No" to every question.
    for radio in page.get_by_role("radio", name="No", exact=True).all():
        press(radio)
    check_page(page, "health")
    continue_(page)

    # Step 5
    choose(page, "How do you feel about needles?", "I would rather avoid needles")
    choose(page, "What pressure do you prefer?", "Light")
    choose(page, "Would you like to learn techniques to use on yourself at home?", "Maybe")
    check_page(page, "preferences")
    continue_(page)

    # Check your answers
    assert page.get_by_text("Grace Hopper").count() == 1
    assert page.get_by_text("28 February 1980").count() == 1
    press(page.get_by_label("I agree that the clinic may store and use my answers"))
    check_page(page, "check")
    navigate_with(page, page.get_by_role("button", name="Send my answers"))

    submission = Submission.objects.get()
    assert page.get_by_text(submission.reference).count() == 1
    check_page(page, "confirmation")
    assert submission.full_name == "Grace Hopper"
    assert submission.body_regions == ["head", "neck"] or set(submission.body_regions) == {
        "head",
        "neck",
    }
    assert submission.needles == "avoid"
    assert submission.conditions == ["migraine-headache"]
    assert submission.screening_answers.count() == Precaution.objects.asked().count()


def test_body_picture_toggles_the_same_checkboxes(page):
    fill_about_you(page)
    continue_(page)

    lower_back = page.locator('[data-region="lower_back"]')
    lower_back.click()
    assert page.get_by_label("Lower back", exact=True).is_checked()
    assert "is-selected" in lower_back.get_attribute("class")
    press(page.get_by_label("Lower back", exact=True))
    assert "is-selected" not in (lower_back.get_attribute("class") or "")
    # The picture repeats the checkboxes, so it stays out of the Tab order and the a11y tree.
    assert page.locator(".body-map [tabindex], .body-map [role]").count() == 0
    assert page.locator(".body-map svg").get_attribute("aria-hidden") == "true"
    assert axe_violations(page) == ""
