"""The health step: each "If yes" box appears only with "Yes" (and always without JavaScript),
and the red-flag questions come first under their own heading."""

import pytest
from playwright.sync_api import expect

from intake.patient.health_form import HealthForm
from tests.browser.conftest import open_page
from tests.browser.support import DESKTOP, axe_violations, layout_problems, screenshot
from tests.browser.test_red_flags import answer_no_to_everything, reach_the_health_step
from treatments.models import Precaution

pytestmark = pytest.mark.django_db(transaction=True)


def detail_boxes(page):
    return page.locator(".screening-detail")


def question_of(page, precaution: Precaution):
    return page.get_by_role("group", name=precaution.question, exact=True)


def theme_group(page, theme: str):
    label = Precaution.Theme(theme).label
    return page.get_by_role("group", name=f"{label}: do any of these apply to you?", exact=True)


def test_a_themes_boxes_show_only_while_yes_is_chosen(phone_page):
    page = phone_page
    reach_the_health_step(page)
    boxes = detail_boxes(page)
    themes = set(Precaution.objects.asked().values_list("theme", flat=True))
    assert boxes.count() == len(themes)  # each theme's boxes, and pregnancy's weeks
    assert all(not boxes.nth(i).is_visible() for i in range(boxes.count()))

    blood = theme_group(page, "blood")
    ticks = page.locator("#theme_blood_if_yes")
    blood.get_by_label("Yes", exact=True).check()
    assert ticks.is_visible()
    assert ticks.get_by_role("checkbox", name="Blood clot now").is_visible()
    assert axe_violations(page) == ""
    blood.get_by_label("No", exact=True).check()
    assert not ticks.is_visible()

    # "Yes" with nothing ticked: the boxes stay open with the message above them.
    answer_no_to_everything(page)
    blood.get_by_label("Yes", exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    assert ticks.is_visible()
    message = ticks.locator(".error-message").first
    assert message.is_visible()
    assert "select which of these apply to you" in message.inner_text()
    assert axe_violations(page) == ""


def test_each_tick_box_says_what_it_covers_under_its_name(phone_page):
    """The box's name is its label; its precaution's question is shown under it, and heard as
    its description, not as part of its name."""
    page = phone_page
    reach_the_health_step(page)
    themes = [(theme, ps) for theme, ps in HealthForm().themes if len(ps) > 1]
    for theme, _ in themes:
        theme_group(page, theme).get_by_label("Yes", exact=True).check()

    for _, precautions in themes:
        for precaution in precautions:
            box = page.get_by_role("checkbox", name=precaution.name, exact=True)
            expect(box).to_have_accessible_description(precaution.question)
            hint = page.locator(f"#{box.get_attribute('aria-describedby')}")
            expect(hint).to_be_visible()
    assert axe_violations(page) == ""
    assert layout_problems(page) == []
    screenshot(page, "intake-health-phone-themes-yes")
    height = page.evaluate("document.documentElement.scrollHeight")
    print("health step on a phone, every theme yes:", height, "px")


def test_without_javascript_every_detail_box_is_shown(browser, live_server):
    for page in open_page(browser, live_server, viewport=DESKTOP, java_script_enabled=False):
        reach_the_health_step(page)
        boxes = detail_boxes(page)
        assert boxes.count() >= 5
        assert all(boxes.nth(i).is_visible() for i in range(boxes.count()))


def test_the_red_flags_come_first_under_their_own_heading(request):
    for viewport in ["page", "phone_page"]:
        page = request.getfixturevalue(viewport)
        reach_the_health_step(page)
        legends = page.locator("fieldset.red-flags > legend, fieldset.screening > legend")
        assert legends.nth(0).inner_text().startswith("Do you have any of these now")
        assert legends.nth(1).inner_text() == "Health questions"
        assert axe_violations(page) == ""
        screenshot(page, f"intake-health-{'phone' if viewport == 'phone_page' else 'desktop'}")
        height = page.evaluate("document.documentElement.scrollHeight")
        print(viewport, "health step height", height)


def test_pregnancy_reveals_its_warning_signs_and_a_yes_shows_the_maternity_advice(phone_page):
    page = phone_page
    reach_the_health_step(page)
    pregnancy = Precaution.objects.get(slug="pregnancy")
    detail = page.locator("#pregnancy_if_yes")
    assert not detail.is_visible()

    question_of(page, pregnancy).get_by_label("Yes", exact=True).check()
    assert detail.is_visible()
    bleeding = page.get_by_role("group", name="In pregnancy: bleeding from your vagina")
    bleeding.get_by_label("Yes", exact=True).check()
    advice = page.locator('[data-red-flag-advice="maternity"]')
    assert advice.is_visible()
    assert "maternity unit" in advice.inner_text()
    assert axe_violations(page) == ""
