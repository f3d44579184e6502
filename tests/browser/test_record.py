"""The printable record of one intake in Chromium: reached from the intake's page, the
answers and outcomes on a page of its own with no navigation, as it prints, and axe-core
finds nothing on it."""

import pytest
from django.contrib.auth.models import Group

from intake.demo.factories import OutcomeFactory
from intake.models import AuditEvent, Submission
from tests.browser.support import SCREENSHOTS, axe_violations, screenshot
from treatments.models import Modality

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def followed_up(demo, django_user_model) -> Submission:
    """A demo intake with acupressure recommended and two follow-ups answered, and a reviewer."""
    user = django_user_model.objects.create_user(
        username="rita", password="a long reviewer pass", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Reviewers"))
    submission = demo["Marek Nowak"]
    acupressure = Modality.objects.get(slug="acupressure")
    submission.record_recommendation(modality=acupressure, reviewer=user)
    submission.note_to_patient = "Acupressure may suit you; we can show you points to use."
    submission.save()
    for weeks, pain in [(2, 4), (6, 2)]:
        OutcomeFactory(
            submission=submission,
            weeks=weeks,
            had_treatment=True,
            modality=acupressure,
            sessions=weeks // 2,
            pain_average=pain,
            interference_enjoyment=pain,
            interference_activity=pain,
            change=2,
        )
    return submission


def sign_in(page) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def test_the_printable_record_from_the_intake_page(page, followed_up):
    sign_in(page)
    page.goto(f"/admin/intake/submission/{followed_up.pk}/change/")
    with page.expect_navigation():
        page.get_by_role("link", name="Printable record").click()

    assert page.locator("h1").inner_text() == f"Intake record {followed_up.reference}"
    assert page.get_by_text("Stiff, aching neck from desk work").is_visible()
    assert page.locator("svg.outcome-chart circle").count() == 3
    assert page.locator("nav, #header, .breadcrumbs, a").count() == 0
    assert axe_violations(page) == ""
    screenshot(page, "record-screen")
    assert AuditEvent.objects.filter(action=AuditEvent.Action.PRINT).count() == 1

    # As printed: the note about printing is not on paper; the record is.
    page.emulate_media(media="print")
    assert not page.get_by_text("Use your browser's Print command").is_visible()
    assert page.get_by_text("Stiff, aching neck from desk work").is_visible()
    screenshot(page, "record-print")
    SCREENSHOTS.mkdir(exist_ok=True)
    assert page.pdf(path=str(SCREENSHOTS / "record-chromium-print.pdf")).startswith(b"%PDF")
