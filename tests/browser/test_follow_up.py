"""The follow-up pages in Chromium: the patient answers through the emailed link, and staff
see the outcome chart. axe-core finds nothing on any of them."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from intake.demo.factories import ReviewerFactory
from intake.models import FollowUp, Outcome
from intake.services import recommendation_send
from tests.browser.support import axe_violations, screenshot
from treatments.models import Modality

pytestmark = pytest.mark.django_db(transaction=True)

LINK = re.compile(r"https?://[^/\s]+(/follow-up/[A-Za-z0-9_-]+/)")


@pytest.fixture
def invited(live_server, demo):
    """A demo intake with acupressure recommended, its two-week invitation sent."""
    user = ReviewerFactory(username="rita", password="a long reviewer pass")
    submission = demo["Marek Nowak"]
    submission.record_recommendation(
        modality=Modality.objects.get(slug="acupressure"), reviewer=user
    )
    submission.save()
    recommendation_send(submission=submission, base_url=live_server.url, by=user)
    FollowUp.objects.filter(weeks=2).update(due_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("send_follow_ups", verbosity=0)
    return submission, LINK.search(mail.outbox[-1].body).group(1)


def test_the_patient_answers_and_staff_see_the_chart(page, invited):
    submission, path = invited

    page.goto(path)
    assert page.locator("h1").inner_text() == "How are you getting on?"
    assert axe_violations(page) == ""
    screenshot(page, "follow-up-desktop")

    with page.expect_navigation():
        page.get_by_role("button", name="Send my answers").click()
    assert page.locator(".error-summary").is_visible()
    assert axe_violations(page) == ""

    which = page.get_by_label("If yes, which treatment did you have?")
    assert not which.is_visible()  # asked only after a yes
    page.get_by_label("No", exact=True).check()
    assert not which.is_visible()
    page.get_by_label("Yes", exact=True).check()
    assert which.is_visible()
    assert page.get_by_label("If yes, how many sessions have you had?").is_visible()
    which.select_option(label="Acupressure")
    page.get_by_label("If yes, how many sessions have you had?").fill("3")
    for name, value in [
        ("pain_average", "3"),
        ("interference_enjoyment", "2"),
        ("interference_activity", "4"),
    ]:
        page.locator(f"input[name={name}][value='{value}']").check()
    page.get_by_label("Much improved", exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send my answers").click()
    assert page.locator("h1").inner_text() == "Thank you"
    assert axe_violations(page) == ""
    assert Outcome.objects.get().peg == 3.0

    page.goto(path)
    assert page.locator("h1").inner_text() == "Already answered"
    assert axe_violations(page) == ""

    page.goto(path + "stop/")
    assert axe_violations(page) == ""
    with page.expect_navigation():
        page.get_by_role("button", name="Stop follow-up emails").click()
    assert page.locator("h1").inner_text() == "Follow-up emails stopped"
    assert axe_violations(page) == ""
    assert FollowUp.objects.get(weeks=6).opted_out

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    page.goto(f"/admin/intake/submission/{submission.pk}/change/")
    chart = page.locator("svg.outcome-chart")
    assert chart.is_visible()
    assert chart.locator("circle").count() == 2
    assert "2 weeks" in page.locator("table.outcomes__table").inner_text()
    assert axe_violations(page) == ""
    chart.scroll_into_view_if_needed()
    screenshot(page, "follow-up-admin-chart-desktop")
    screenshot(page.locator(".outcomes"), "outcome-chart")


def test_an_expired_link_page_is_accessible(page, invited):
    _submission, path = invited
    FollowUp.objects.filter(weeks=2).update(expires_at=timezone.now())

    page.goto(path)

    assert page.locator("h1").inner_text() == "This link has expired"
    assert axe_violations(page) == ""
