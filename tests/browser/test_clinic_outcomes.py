"""The clinic outcomes page and an intake's outcome chart in Chromium, on a phone and on a
desktop, with past patients made from the demo's intakes: charts drawn, nothing for axe-core
to report."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from intake.aftercare.follow_up import baseline
from intake.demo.factories import past_patient
from intake.models import Outcome, Submission
from tests.browser.support import axe_violations, screenshot
from treatments.models import Modality

pytestmark = pytest.mark.django_db(transaction=True)

OUTCOMES = "/admin/intake/submission/outcomes/"


@pytest.fixture
def reviewer_account(django_user_model, demo):
    """A reviewer, and ten of the demo's intakes without a red flag made past patients: five
    recommended each of two treatments (enough for figures, not "too few to say"), their
    scores moving by different amounts over two follow-ups, answered by now."""
    ten_weeks_ago = timezone.localdate() - datetime.timedelta(weeks=10)
    treatments = Modality.objects.filter(slug__in=["acupressure", "medical-massage"])
    calm = [submission for submission in demo.values() if not submission.has_red_flag]
    for index, submission in enumerate(calm[:10]):
        later = 6 - index % 5
        past_patient(
            submission,
            treatments[index % 2],
            answers=((later + 1,) * 3, (later,) * 3),
            change=Outcome.Change.MUCH_IMPROVED if later < 4 else Outcome.Change.NO_CHANGE,
            sent=ten_weeks_ago,
        )
    user = django_user_model.objects.create_user(
        username="rita", password="a long reviewer pass", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


def log_in(page) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


@pytest.mark.parametrize("device", ["page", "phone_page"])
def test_the_outcomes_page_draws_its_charts_and_passes_axe(request, reviewer_account, device):
    page = request.getfixturevalue(device)
    log_in(page)
    with page.expect_navigation():
        page.get_by_role("link", name="Clinic outcomes").first.click()

    assert page.locator("h1").inner_text() == "Clinic outcomes"
    charts = page.locator("svg.outcome-bars")
    assert charts.count() == 2 and charts.first.is_visible()
    assert charts.first.locator("rect").count() >= 3
    assert page.locator("table.clinic-outcomes__table").count() == 2
    assert axe_violations(page) == ""
    name = "desktop" if device == "page" else "phone"
    screenshot(page, f"clinic-outcomes-{name}")
    change_chart = page.locator(".clinic-outcomes__section").first
    screenshot(change_chart, f"clinic-outcomes-change-chart-{name}")

    # A period that ends before it starts is explained, next to the field, and stays accessible.
    page.get_by_label("From", exact=True).fill("2026-06-01")
    page.get_by_label("To", exact=True).fill("2026-05-01")
    with page.expect_navigation():
        page.get_by_role("button", name="Show outcomes").click()
    assert (
        "The last day must be the same as or after the first day"
        in page.locator(".errornote").inner_text()
    )
    assert page.locator("svg.outcome-bars").count() == 0
    assert axe_violations(page) == ""


@pytest.mark.parametrize("device", ["page", "phone_page"])
def test_an_intake_outcome_chart_passes_axe(request, reviewer_account, device):
    page = request.getfixturevalue(device)
    # The past patient whose score moved most, so that the screenshot shows a change.
    past = Submission.objects.filter(outcomes__isnull=False).distinct().prefetch_related("outcomes")
    submission = max(past, key=lambda s: baseline(s).peg - list(s.outcomes.all())[-1].peg)
    log_in(page)
    page.goto(f"/admin/intake/submission/{submission.pk}/change/")

    chart = page.locator("svg.outcome-chart")
    assert chart.is_visible() and chart.locator("circle").count() >= 2
    assert axe_violations(page) == ""
    name = "desktop" if device == "page" else "phone"
    screenshot(page.locator(".outcomes"), f"intake-outcome-chart-{name}")
