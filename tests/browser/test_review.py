"""A reviewer works through the queue in Chromium: log in, open, recommend, send."""

import pytest
from django.core import mail

from intake.models import Submission
from tests.browser.support import axe_violations, screenshot
from tests.factories import ReviewerFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def reviewer_account(demo):
    """Rita, a reviewer, and the dozen demo intakes in the queue."""
    return ReviewerFactory(username="rita", password="a long reviewer pass")


def test_reviewer_records_and_sends_a_recommendation(page, reviewer_account):
    page.goto("/admin/")
    assert axe_violations(page) == ""
    screenshot(page, "admin-login-desktop")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()

    page.get_by_role("link", name="Submissions").first.click()
    page.wait_for_load_state()
    assert page.get_by_text("⚠ Red flag").count() >= 1
    screenshot(page, "review-queue-desktop")
    assert axe_violations(page) == ""

    submission = Submission.objects.get(full_name="Marek Nowak")
    page.get_by_role("link", name=submission.reference).click()
    page.wait_for_load_state()
    assert (
        page.get_by_text("Would rather avoid needles: acupuncture is not suggested.").count() == 1
    )
    page.get_by_label("Recommendation").select_option("acupressure")
    page.get_by_label("Note to patient").fill("Let us start with two sessions and some self-care.")
    screenshot(page, "review-detail-desktop")
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").click()

    with page.expect_navigation():
        page.get_by_role("link", name="Send recommendation to patient…").click()
    screenshot(page, "review-send-desktop")
    with page.expect_navigation():
        page.get_by_role("button", name="Yes, send").click()

    assert page.get_by_text("Queued 1 recommendation(s) for sending.").count() == 1
    # These tests send at once (the immediate task backend), so the status reads sent.
    emails = page.locator("table.email-status").inner_text()
    assert "Recommendation to the patient\tSent" in emails
    submission.refresh_from_db()
    assert submission.status == Submission.Status.RECOMMENDED
    assert submission.recommendation_sent_at is not None
    assert len(mail.outbox) == 1
    screenshot(page, "review-after-send-desktop")


def test_red_flag_detail_is_plain_at_the_top(page, reviewer_account):
    page.context.add_cookies([])
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    submission = Submission.objects.get(full_name="Daniel Okoro")

    page.goto(f"/admin/intake/submission/{submission.pk}/change/")

    alert = page.get_by_role("alert")
    assert "refer to a physician before treatment" in alert.inner_text()
    screenshot(page, "review-red-flag-desktop")
