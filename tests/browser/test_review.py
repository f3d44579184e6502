"""A reviewer works through the queue in Chromium: log in, open, recommend, send."""

import pytest
from django.core import mail

from intake.demo.factories import ReviewerFactory
from intake.models import Submission
from tests.browser.support import axe_violations, screenshot

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
    assert page.locator(".flag--red").count() >= 1  # the emergency intake, marked
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
        page.get_by_role("button", name="Save and continue editing").last.click()

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

    alert = page.get_by_role("alert").filter(has_text="Red flags")
    assert "refer to a physician before treatment" in alert.inner_text()
    screenshot(page, "review-red-flag-desktop")


def log_in(page) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def test_the_queue_shows_its_key_columns_at_1280_px(page, reviewer_account):
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page)
    page.goto("/admin/intake/submission/")
    screenshot(page, "review-queue-1280")

    # The table scrolls inside its own box: a column past that box's edge is out of sight.
    visible = page.locator("#changelist .results").bounding_box()
    for column in ["Flags", "Full name", "Top suggestion", "Status", "Assigned"]:
        header = page.locator("#result_list thead th", has_text=column).first
        box = header.bounding_box()
        assert box["x"] + box["width"] <= visible["x"] + visible["width"], f"{column} is hidden"
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_the_queue_opens_on_open_intakes(page, reviewer_account):
    done = Submission.objects.get(full_name="Marek Nowak")
    done.status = Submission.Status.CLOSED
    done.save(update_fields=["status"])
    log_in(page)

    page.goto("/admin/intake/submission/")
    assert page.get_by_role("link", name=done.reference).count() == 0
    page.get_by_role("link", name="Sent or closed").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name=done.reference).count() == 1


def test_recommend_and_send_takes_at_most_five_clicks_from_the_queue(page, reviewer_account):
    log_in(page)
    page.goto("/admin/intake/submission/")
    submission = Submission.objects.get(full_name="Marek Nowak")
    clicks = 0

    def click(locator) -> None:
        nonlocal clicks
        clicks += 1
        with page.expect_navigation():
            locator.click()

    click(page.get_by_role("link", name=submission.reference))
    # The decision is at the top: the suggestion and the review come before the answers.
    review = page.get_by_label("Recommendation").bounding_box()
    answers = page.get_by_role("heading", name="About you").bounding_box()
    assert review["y"] < answers["y"]
    assert axe_violations(page) == ""
    screenshot(page, "review-desk-intake", full_page=False)
    page.get_by_label("Recommendation").select_option("acupressure")
    clicks += 1
    click(page.get_by_role("button", name="Save and send to patient…").first)
    assert "Send recommendation to patient" in page.title()
    assert len(mail.outbox) == 0  # nothing goes before the confirmation
    click(page.get_by_role("button", name="Yes, send"))

    assert clicks <= 5
    assert page.get_by_text("Queued 1 recommendation(s) for sending.").count() == 1
    submission.refresh_from_db()
    assert submission.status == Submission.Status.RECOMMENDED
    assert submission.recommendation_sent_at is not None
    assert len(mail.outbox) == 1


def test_no_clear_suggestion_is_said_plainly_on_the_intake_and_in_the_queue(page, reviewer_account):
    from intake.triage import suggest

    submission = Submission.objects.get(full_name="Hannah Price")
    data = suggest.load_engine_data()
    answers = suggest.Answers(age=40, pressure="medium")  # nothing that points anywhere
    submission.suggestion = suggest.suggest(
        answers, data.modalities, data.guidance, data.precaution_names
    )
    submission.top_suggestion = submission.suggestion["top"]
    submission.save()
    log_in(page)

    page.goto("/admin/intake/submission/?top=undecided")
    row = page.locator("#result_list tbody tr", has_text=submission.reference)
    assert row.get_by_text("No clear suggestion").is_visible()
    page.get_by_role("link", name=submission.reference).click()
    page.wait_for_load_state()

    assert page.get_by_text("No clear suggestion: the reviewer decides.").first.is_visible()
    assert axe_violations(page) == ""
