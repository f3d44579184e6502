"""Red flags in Chromium: the emergency heading the moment "Yes" is chosen, the clinic's
alert, and the reviewer's queue order and override."""

import pytest
from django.core import mail
from django.test import override_settings

from intake.demo.factories import ReviewerFactory
from intake.models import AuditEvent, Submission
from tests.browser.conftest import open_page
from tests.browser.support import PHONE, axe_violations, pick, post_steps, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

GROIN = "New numbness or tingling around your groin, genitals or buttocks"
EMERGENCY_HEADING = "Call 999 or go to A&E now"


# "About you", "Symptoms" and "Goals" as reach_the_health_step answers them.
BEFORE_HEALTH = {
    "about-you": {
        "full_name": "Grace Hopper",
        "date_of_birth_day": "9",
        "date_of_birth_month": "12",
        "date_of_birth_year": "1986",
        "email": "grace@example.org",
        "phone": "",
        "contact_method": "email",
    },
    "symptoms": {
        "main_concern": "Low back pain and numbness.",
        "body_regions": ["lower_back"],
        "pain_now": "6",
        "pain_week_average": "6",
        "duration": "over_3_months",
        "interference": "6",
    },
    "goals": {"goals": ["pain_relief"]},
}


def reach_the_health_step(page) -> None:
    post_steps(page, BEFORE_HEALTH)
    page.goto("/intake/health/")
    assert page.get_by_role("heading", level=1).inner_text() == "Your health"


# Chooses "No" for every question on the page in one step, with the change event the page's
# scripts listen for. For tests about something else: clicking thirty radios costs about
# 1.6 s, and the keyboard walks (test_intake.py, test_tab_stops.py) answer them one by one.
ANSWER_NO = """() => {
  for (const radio of document.querySelectorAll('main input[type=radio][value=no]')) {
    radio.checked = true;
    radio.dispatchEvent(new Event('change', {bubbles: true}));
  }
}"""


def answer_no_to_everything(page) -> None:
    page.evaluate(ANSWER_NO)


def test_the_emergency_heading_shows_the_moment_yes_is_chosen(phone_page):
    page = phone_page
    reach_the_health_step(page)
    heading = page.get_by_role("heading", name=EMERGENCY_HEADING)
    assert not heading.is_visible()

    question = page.get_by_role("group", name=GROIN)
    question.get_by_label("Yes", exact=True).check()

    assert heading.is_visible()
    # Just below the question answered, where the patient is looking.
    assert 0 <= heading.bounding_box()["y"] - question.bounding_box()["y"] < PHONE["height"]
    assert axe_violations(page) == ""
    screenshot(page, "red-flag-live-phone")

    question.get_by_label("No", exact=True).check()
    assert not heading.is_visible()


def test_without_javascript_the_advice_comes_on_the_next_page(browser, live_server):
    for page in open_page(browser, live_server, viewport=PHONE, java_script_enabled=False):
        reach_the_health_step(page)
        answer_no_to_everything(page)
        page.get_by_role("group", name=GROIN).get_by_label("Yes", exact=True).check()
        assert not page.get_by_role("heading", name=EMERGENCY_HEADING).is_visible()
        with page.expect_navigation():
            page.get_by_role("button", name="Continue").click()
        assert page.get_by_role("heading", name=EMERGENCY_HEADING).is_visible()


@override_settings(CLINIC_ALERT_EMAIL="duty@clinic.example")
def test_an_emergency_intake_is_sent_shouted_and_alerts_the_clinic(page):
    reach_the_health_step(page)
    answer_no_to_everything(page)
    page.get_by_role("group", name=GROIN).get_by_label("Yes", exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    pick(page, "How do you feel about needles?", "I am not sure")
    pick(page, "What pressure do you prefer?", "Medium")
    pick(page, "Would you like to learn techniques to use on yourself at home?", "Maybe")
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    page.get_by_label("I agree that the clinic may store and use my answers").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send my answers").click()

    # The first words after the reference are the emergency action.
    advice = page.get_by_role("heading", level=2).first
    assert advice.inner_text() == EMERGENCY_HEADING
    assert axe_violations(page) == ""
    screenshot(page, "red-flag-confirmation-desktop")
    submission = Submission.objects.get()
    alerts = [m for m in mail.outbox if m.to == ["duty@clinic.example"]]
    assert len(alerts) == 1
    assert submission.reference in alerts[0].subject
    assert "Grace" not in alerts[0].body


@pytest.fixture
def reviewer_account(demo):
    """Rita, a reviewer, and the dozen demo intakes in the queue."""
    return ReviewerFactory(username="rita", password="a long reviewer pass")


def test_reviewer_sees_emergencies_first_and_needs_a_reason_to_treat(page, reviewer_account):
    page.goto("/admin/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    page.goto("/admin/intake/submission/")

    first_row = page.locator("#result_list tbody tr").first
    assert "Daniel Okoro" in first_row.inner_text()
    assert "⚠ Emergency" in first_row.inner_text()
    screenshot(page, "review-queue-urgent-first-desktop")

    daniel = Submission.objects.get(full_name="Daniel Okoro")
    with page.expect_navigation():
        first_row.get_by_role("link", name=daniel.reference).click()
    page.get_by_label("Recommendation").select_option("relaxation-massage")
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").last.click()
    error = page.get_by_text("This intake has red flags. Refer to a physician, or tick")
    assert error.is_visible()

    page.get_by_role("checkbox", name="Treat despite the red flags").check()
    page.get_by_label("Why treat despite the warnings").fill(
        "Seen at A&E on 3 November; MRI normal; GP agrees to gentle massage."
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").last.click()

    assert page.get_by_text("Overridden:").is_visible()
    screenshot(page, "review-override-desktop")
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.OVERRIDE, reference=daniel.reference
    ).exists()
