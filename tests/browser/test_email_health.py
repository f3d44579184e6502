"""A reviewer sees on the admin home that emails are not going out, and sends a failed link
to saved answers again, in Chromium."""

import uuid

import pytest
from django.utils import timezone

from intake.demo.factories import ReviewerFactory
from intake.models import EmailSend
from intake.patient.drafts import draft_save
from tests.browser.support import axe_violations, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def failed_link(settings):
    """Emails wait for a worker, none is running, and a link to saved answers has failed."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    draft_save(key=uuid.uuid4(), answers={}, email="ada@example.org", site_url="http://x")
    sending = EmailSend.objects.get()
    sending.status = EmailSend.Status.FAILED
    sending.failed_at = timezone.now()
    sending.reason = "The mail server refused the address: 550 No such mailbox"
    sending.save()
    return sending


def test_a_reviewer_is_warned_and_sends_a_failed_email_again(page, failed_link):
    ReviewerFactory(username="rita", password="a long reviewer pass")
    page.goto("/admin/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()

    warning = page.get_by_role("alert")
    assert "Emails may not be going out" in warning.inner_text()
    assert "No email worker is running" in warning.inner_text()
    panel = page.locator(".clinic-failed-emails")
    assert "Answers saved to finish later" in panel.inner_text()
    assert "550 No such mailbox" in panel.inner_text()
    assert page.get_by_role("checkbox", name="Send email 1 again").is_checked()
    assert axe_violations(page) == ""
    screenshot(page, "admin-home-email-warning")

    with page.expect_navigation():
        page.get_by_role("button", name="Send the ticked emails again").click()

    assert "Queued 1 failed email(s) to be sent again." in page.content()
    failed_link.refresh_from_db()
    assert failed_link.status == EmailSend.Status.QUEUED
