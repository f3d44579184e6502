"""The health step: each "If yes" box appears only with "Yes" (and always without JavaScript),
and the red-flag questions come first under their own heading."""

import pytest

from tests.browser.conftest import open_page
from tests.browser.support import DESKTOP, axe_violations, screenshot
from tests.browser.test_red_flags import answer_no_to_everything, reach_the_health_step
from treatments.models import Precaution

pytestmark = pytest.mark.django_db(transaction=True)


def detail_boxes(page):
    return page.locator(".screening-detail")


def question_of(page, precaution: Precaution):
    return page.get_by_role("group", name=precaution.question, exact=True)


def test_a_detail_box_shows_only_while_yes_is_chosen(phone_page):
    page = phone_page
    reach_the_health_step(page)
    boxes = detail_boxes(page)
    expected = Precaution.objects.asked().exclude(detail_prompt="").count()
    assert boxes.count() == expected >= 5
    assert all(not boxes.nth(i).is_visible() for i in range(boxes.count()))

    precaution = Precaution.objects.asked().exclude(detail_prompt="").first()
    detail = page.locator(f"#div_id_{precaution.slug}_detail")
    question_of(page, precaution).get_by_label("Yes", exact=True).check()
    assert detail.is_visible()
    assert axe_violations(page) == ""
    question_of(page, precaution).get_by_label("No", exact=True).check()
    assert not detail.is_visible()

    # "Yes" without the detail: the box stays open with its message above the input.
    answer_no_to_everything(page)
    question_of(page, precaution).get_by_label("Yes", exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    assert detail.is_visible()
    assert detail.locator(".error-message").is_visible()
    assert axe_violations(page) == ""


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
    detail = page.locator("#pregnancy-detail")
    assert not detail.is_visible()

    question_of(page, pregnancy).get_by_label("Yes", exact=True).check()
    assert detail.is_visible()
    bleeding = page.get_by_role("group", name="In pregnancy: bleeding from your vagina")
    bleeding.get_by_label("Yes", exact=True).check()
    advice = page.locator('[data-red-flag-advice="maternity"]')
    assert advice.is_visible()
    assert "maternity unit" in advice.inner_text()
    assert axe_violations(page) == ""
