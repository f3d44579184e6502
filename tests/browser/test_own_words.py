"""Free text read for red flags, in Chromium: the check page asks the matching question again
without any script, and the reviewer sees the "check now" marker in the queue and on the
intake; the wider override (an "avoid" treatment) in the admin."""

import pytest

from intake.demo.factories import ReviewerFactory, SubmissionFactory
from intake.models import AuditEvent, Submission
from tests.browser.conftest import open_page
from tests.browser.support import PHONE, axe_violations, post_steps, screenshot
from tests.browser.test_red_flags import BEFORE_HEALTH
from tests.helpers import health_answers

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = "Back ache; my bottom feels numb and I can't tell when I need to pee."
GROIN = "New numbness or tingling around your groin, genitals or buttocks"
BLADDER = "New trouble controlling or passing urine or stools"


def steps(main_concern: str) -> dict:
    """The red-flag tests' answers before the health step, with these words as the concern."""
    return {
        **BEFORE_HEALTH,
        "symptoms": {**BEFORE_HEALTH["symptoms"], "main_concern": main_concern},
        "health": health_answers(),
        "preferences": {"needles": "unsure", "pressure": "medium", "self_care": "maybe"},
    }


def test_the_check_page_asks_again_without_javascript(browser, live_server):
    for page in open_page(browser, live_server, viewport=PHONE, java_script_enabled=False):
        post_steps(page, steps(WORDS))
        page.goto("/intake/check/")
        assert page.get_by_role("heading", name="A question about your answers").is_visible()
        page.get_by_label("I agree that the clinic may store and use my answers").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Send my answers").click()

        assert page.get_by_role("heading", name="There is a problem").is_visible()
        assert Submission.objects.count() == 0
        screenshot(page, "own-words-recheck-error-phone")
        page.get_by_role("group", name=GROIN).get_by_label("Yes", exact=True).check()
        page.get_by_role("group", name=BLADDER).get_by_label("No", exact=True).check()
        page.get_by_label("I agree that the clinic may store and use my answers").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Send my answers").click()

        assert page.get_by_role("heading", name="Call 999 or go to A&E now").is_visible()
        submission = Submission.objects.get()
        assert submission.red_flags == ["saddle_numbness"]
        assert submission.has_text_flag


def log_in(page) -> None:
    ReviewerFactory(username="rita", password="a long reviewer pass")
    page.goto("/admin/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def test_the_reviewer_sees_the_check_now_marker_first(page, demo):
    words = SubmissionFactory(full_name="Ivy Own-Words", main_concern=WORDS)
    log_in(page)
    page.goto("/admin/intake/submission/")

    first_row = page.locator("#result_list tbody tr").first
    assert "Ivy Own-Words" in first_row.inner_text()
    assert "✎ Check now" in first_row.inner_text()
    with page.expect_navigation():
        page.locator('#changelist-filter a[href*="has_text_flag__exact=1"]').click()
    assert page.locator("#result_list tbody tr").count() == 2  # Ivy, and Daniel's own words
    screenshot(page, "check-now-queue-desktop")

    with page.expect_navigation():
        page.get_by_role("link", name=words.reference).click()
    alert = page.get_by_role("heading", name="Check now: the patient's own words may describe")
    assert alert.is_visible()
    assert page.get_by_text("Numbness around the groin, genitals or buttocks").first.is_visible()
    assert axe_violations(page) == ""
    screenshot(page, "check-now-intake-desktop")


def test_the_reviewer_must_override_an_avoid_with_a_reason(page):
    clot = SubmissionFactory(full_name="Cal Clot", screening_yes={"blood-clot-now": "Calf"})
    log_in(page)
    page.goto(f"/admin/intake/submission/{clot.pk}/change/")
    assert page.get_by_text("Warnings on this intake: Massage therapy is marked").is_visible()

    page.get_by_label("Recommendation").select_option("relaxation-massage")
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").first.click()
    error = page.get_by_text("Relaxation massage is marked “avoid” for: Blood clot now.").first
    assert error.is_visible()
    clot.refresh_from_db()
    assert clot.recommended_modality is None

    page.get_by_role("checkbox", name="Treat despite these warnings").check()
    page.get_by_label("Why treat despite the warnings").fill(
        "Vascular clinic letter of 1 December: clot resolved, massage agreed."
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").first.click()

    clot.refresh_from_db()
    assert clot.recommended_modality.slug == "relaxation-massage"
    event = AuditEvent.objects.get(action=AuditEvent.Action.OVERRIDE)
    assert (event.reference, event.detail) == (clot.reference, "avoid")
    screenshot(page, "override-avoid-desktop")
