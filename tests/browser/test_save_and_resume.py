"""Save and come back later, and the timeout warning, in Chromium: the link comes by email and
is opened in a fresh browser (another device), the intake is sent once, and every page is
checked by axe-core at phone and desktop widths."""

import re

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.utils import timezone

from intake.models import IntakeDraft, Submission
from tests.browser.conftest import open_page
from tests.browser.support import (
    DESKTOP,
    axe_violations,
    fill_about_you,
    layout_problems,
    pick,
    screenshot,
)
from tests.browser.test_red_flags import answer_no_to_everything, reach_the_health_step

pytestmark = pytest.mark.django_db(transaction=True)

LINK = re.compile(r"https?://[^/\s]+(/intake/resume/[A-Za-z0-9_-]+/)")


def h1(page) -> str:
    return page.get_by_role("heading", level=1).inner_text()


def click(page, role: str, name: str) -> None:
    with page.expect_navigation():
        page.get_by_role(role, name=name).click()


def checked(page, name: str, width: str) -> None:
    assert layout_problems(page) == [], name
    assert axe_violations(page) == "", name
    screenshot(page, f"save-{name}-{width}")


def test_save_resume_in_a_fresh_browser_and_send_once(page, browser, live_server):
    reach_the_health_step(page)
    answer_no_to_everything(page)
    click(page, "button", "Continue")
    pick(page, "How do you feel about needles?", "I would rather avoid needles")
    click(page, "button", "Save and come back later")

    assert h1(page) == "Save your answers and come back later"
    assert page.get_by_label("Email address").input_value() == "grace@example.org"
    page.get_by_label("Email address").fill("grace@")
    click(page, "button", "Send me a link")
    assert page.get_by_role("alert").is_visible()
    assert axe_violations(page) == ""
    page.get_by_label("Email address").fill("grace.h@example.org")
    click(page, "button", "Send me a link")
    assert h1(page) == "We have sent you a link"
    assert page.get_by_text("grace.h@example.org").is_visible()

    assert [m.to for m in mail.outbox] == [["grace.h@example.org"]]
    link = LINK.search(mail.outbox[-1].body).group(1)
    other_device = open_page(browser, live_server, viewport=DESKTOP)
    fresh = next(other_device)
    fresh.goto(link)
    assert h1(fresh) == "Carry on with your form"
    click(fresh, "button", "Carry on with my answers")

    # Back on the unfinished step, with what was chosen before saving.
    assert h1(fresh) == "Your preferences"
    assert fresh.get_by_label("I would rather avoid needles").is_checked()
    pick(fresh, "What pressure do you prefer?", "Light")
    pick(fresh, "Would you like to learn techniques to use on yourself at home?", "Maybe")
    click(fresh, "button", "Continue")
    assert fresh.get_by_text("Grace Hopper").count() == 1
    fresh.get_by_label("I agree that the clinic may store and use my answers").check()
    click(fresh, "button", "Send my answers")
    assert h1(fresh) == "We have your answers"

    submission = Submission.objects.get()
    assert (submission.full_name, submission.needles) == ("Grace Hopper", "avoid")
    assert not IntakeDraft.objects.exists()
    fresh.goto(link)
    assert h1(fresh) == "We could not find your saved answers"
    next(other_device, None)  # closes the context; fails on any CSP violation there


@pytest.mark.parametrize("viewport", ["phone_page", "page"])
def test_save_and_resume_pages_are_accessible(request, viewport):
    page = request.getfixturevalue(viewport)
    width = "phone" if viewport == "phone_page" else "desktop"
    fill_about_you(page)
    click(page, "button", "Save and come back later")  # on step 1 itself
    checked(page, "save-page", width)
    page.get_by_label("Email address").fill("")
    click(page, "button", "Send me a link")
    assert page.get_by_role("alert").is_visible()
    checked(page, "save-page-error", width)
    page.get_by_label("Email address").fill("grace@example.org")
    click(page, "button", "Send me a link")
    checked(page, "link-sent", width)

    link = LINK.search(mail.outbox[-1].body).group(1)
    page.goto(link)
    checked(page, "resume", width)
    click(page, "link", "delete your saved answers")
    assert h1(page) == "Delete your saved answers"
    checked(page, "delete", width)
    page.goto(link)
    click(page, "button", "Carry on with my answers")
    # Step 1 was complete when saved, so the patient carries on at step 2.
    assert page.get_by_label("What is troubling you?").is_visible()

    page.goto(link)
    assert h1(page) == "This link has been used"
    checked(page, "used", width)
    IntakeDraft.objects.update(expires_at=timezone.now())
    page.goto(link)
    assert h1(page) == "This link has expired"
    checked(page, "expired", width)
    page.goto(link)
    assert h1(page) == "We could not find your saved answers"
    checked(page, "unknown", width)
    page.goto("/intake/resume/deleted/")
    checked(page, "deleted", width)


def test_the_timeout_warning_offers_to_keep_going_or_save(phone_page, settings):
    settings.SESSION_COOKIE_AGE = 64
    settings.INTAKE_TIMEOUT_WARNING = 60  # the warning opens 4 seconds after each page load
    page = phone_page
    page.clock.install()  # the page's clock, moved on by the test instead of waited for
    fill_about_you(page)
    click(page, "button", "Continue")
    session = Session.objects.get()
    dialog = page.get_by_role("alertdialog", name="Do you need more time?")
    assert not dialog.is_visible()
    page.get_by_label("What is troubling you?").fill("A stiff neck.")

    page.clock.fast_forward(5_000)
    dialog.wait_for(state="visible")
    assert dialog.evaluate("el => el.contains(document.activeElement)")
    assert "delete your answers in 59 seconds" in dialog.inner_text()
    assert axe_violations(page) == ""
    screenshot(page, "save-timeout-warning-phone", full_page=False)  # the dialog in view
    before = Session.objects.get(pk=session.pk).expire_date
    dialog.get_by_role("button", name="Keep going").click()
    dialog.wait_for(state="hidden")
    page.wait_for_function(
        "() => document.activeElement && document.activeElement.tagName !== 'DIALOG'"
    )
    assert Session.objects.get(pk=session.pk).expire_date > before

    # It comes back as the time runs out again; this time the patient saves what they typed.
    page.clock.fast_forward(5_000)
    dialog.wait_for(state="visible")
    with page.expect_navigation():
        dialog.get_by_role("button", name="Save and come back later").click()
    assert h1(page) == "Save your answers and come back later"
    click(page, "link", "Back to your answers")
    assert page.get_by_label("What is troubling you?").input_value() == "A stiff neck."

    # Left too long: the session is gone before "Keep going", and the page says so.
    Session.objects.all().delete()
    page.clock.fast_forward(5_000)
    dialog.wait_for(state="visible")
    with page.expect_navigation():
        dialog.get_by_role("button", name="Keep going").click()
    assert h1(page) == "Your answers are no longer here"
    assert page.get_by_text("open the link in the email we sent you").is_visible()


def seconds_shown(text: str) -> int:
    """The seconds of a countdown under a minute, such as "59 seconds"; fails on anything else."""
    number, unit = text.split()
    assert unit == "seconds", text
    return int(number)


def test_the_timeout_warning_counts_down_and_says_when_the_answers_are_gone(phone_page, settings):
    settings.SESSION_COOKIE_AGE = 150
    settings.INTAKE_TIMEOUT_WARNING = 140  # the warning opens 10 seconds after the page loads
    page = phone_page
    page.clock.install()
    fill_about_you(page)
    click(page, "button", "Continue")
    dialog = page.get_by_role("alertdialog", name="Do you need more time?")
    left = dialog.locator(".timeout-dialog__left")

    page.clock.fast_forward(11_000)
    dialog.wait_for(state="visible")
    assert left.inner_text() == "2 minutes"  # 139 seconds: never more time than there is
    page.clock.fast_forward(30_000)
    assert left.inner_text() == "1 minute"
    page.clock.fast_forward(50_000)
    # The installed clock also runs in real time, so a busy machine's second or two of
    # Playwright calls shows here (CI once read "58 seconds").
    assert 56 <= seconds_shown(left.inner_text()) <= 59
    page.clock.fast_forward(40_000)
    assert 16 <= seconds_shown(left.inner_text()) <= 19

    # Nobody came back: the session ends on the server and the page says what happened.
    Session.objects.all().delete()
    with page.expect_navigation():
        page.clock.fast_forward(20_000)
    assert h1(page) == "Your answers are no longer here"
