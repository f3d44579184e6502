"""axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing on any page a patient can see, at
phone and desktop widths: every public page (listed from the resolver, tests/pages.py), each
intake step blank, with its errors and with wrong answers, check with and without consent, the
confirmation, the page shown when the answers have expired, and the follow-up questionnaire.
Each page also has one <h1> and no sideways scroll, and each public page the strict
Content-Security-Policy, with no violation in the console (the page fixture fails on any).
One browser page per width walks them all and reports every problem at the end, so one
failure does not hide the next."""

import pytest
from django.utils import timezone

from intake.aftercare.follow_up import token_issue
from intake.models import FollowUp, Submission
from tests.browser.support import axe_violations, layout_problems, screenshot
from tests.pages import public_urls, wrong_answers

pytestmark = pytest.mark.django_db(transaction=True)

# Pages kept as screenshots in tests/browser/screenshots/, to look at.
SHOWN = {
    "/",
    "/treatments/",
    "/treatments/compare/acupuncture-vs-acupressure/",
    "/treatments/compare/massage-therapy-vs-acupressure/",
    "/treatments/compare/?m=acupressure&m=acupuncture&m=medical-massage",
    "/treatments/medical-massage/",
    "check",
    "check-errors",
    "symptoms-errors",
    "goals-errors",
}

# Sets a form's answers as the browser would post them (a name's value, or list of values).
FILL = """answers => {
  const form = document.querySelector('main form[method=post]');
  for (const [name, value] of Object.entries(answers)) {
    const values = [].concat(value);
    for (const input of form.querySelectorAll(`[name="${name}"]`)) {
      if (input.type === 'radio' || input.type === 'checkbox') {
        input.checked = values.includes(input.value);
      } else {
        input.value = values[0];
      }
    }
  }
}"""


class Walk:
    """Checks each page it is shown and keeps every problem, by page, for one report."""

    def __init__(self, page, viewport: str):
        self.page, self.viewport, self.problems, self.seen = page, viewport, [], []

    def check(self, name: str) -> None:
        page = self.page
        self.seen.append(name)
        self.problems += [f"{name}: {problem}" for problem in layout_problems(page)]
        if report := axe_violations(page):
            self.problems.append(f"{name}:\n{report}")
        if name in SHOWN:
            slug = name.strip("/").replace("/", "-").replace("?", "-").replace("&", "-")
            screenshot(page, f"{slug or 'home'}-{self.viewport}")

    def press(self, button: str) -> None:
        with self.page.expect_navigation():
            self.page.get_by_role("button", name=button).click()

    def answer(self, data: dict, name: str) -> None:
        self.page.evaluate(FILL, data)
        self.press("Continue")
        if self.page.title().startswith("Error:"):
            self.problems.append(f"{name}: the answers were refused")


@pytest.fixture(params=["phone", "desktop"])
def walk(request) -> Walk:
    fixture = "phone_page" if request.param == "phone" else "page"
    return Walk(request.getfixturevalue(fixture), request.param)


def test_every_public_page_passes_axe(walk):
    urls = public_urls()
    for url in urls:
        response = walk.page.goto(url)
        walk.check(url)
        if "'none'" not in response.headers["content-security-policy"]:
            walk.problems.append(f"{url}: not under the strict Content-Security-Policy")

    assert len(walk.seen) == len(urls) > 30
    assert walk.problems == [], "\n".join(walk.problems)


def test_every_intake_state_passes_axe(walk, answers):
    page = walk.page
    page.goto("/intake/symptoms/")  # no answers yet: the "no longer here" page
    walk.check("intake-expired")
    wrong = wrong_answers(answers)
    for slug, data in answers.items():
        page.goto(f"/intake/{slug}/")
        walk.check(f"{slug}-blank")
        walk.press("Continue")
        walk.check(f"{slug}-errors")
        if slug in wrong:
            page.evaluate(FILL, wrong[slug])
            walk.press("Continue")
            walk.check(f"{slug}-wrong")
        walk.answer(data, slug)
    walk.check("check")
    # On a phone as on a desktop, "Change" sits beside the answer, not on a line of its own.
    row = page.locator(".summary-list__row").first
    value, action = (
        row.locator(f".summary-list__{part}").bounding_box() for part in ("value", "action")
    )
    assert abs(value["y"] - action["y"]) < 4 and action["x"] > value["x"], walk.viewport
    walk.press("Send my answers")
    walk.check("check-errors")
    page.get_by_label("I agree that the clinic may store").check()
    walk.press("Send my answers")
    walk.check("confirmation")

    assert page.get_by_role("heading", level=1).inner_text() == "We have your answers"

    # Weeks later, the follow-up questionnaire from the emailed link, blank and with errors.
    submission = Submission.objects.get()
    follow_up = FollowUp.objects.create(submission=submission, weeks=2, due_at=timezone.now())
    page.goto(f"/follow-up/{token_issue(follow_up)}/")
    walk.check("follow-up-blank")
    walk.press("Send my answers")
    walk.check("follow-up-errors")

    assert len(walk.seen) == 1 + 5 * 2 + 3 + 3 + 2
    assert walk.problems == [], "\n".join(walk.problems)


def test_the_axe_check_reports_what_is_wrong_and_where(page):
    page.set_content(
        '<html lang="en"><title>A form</title><main><h1>A form</h1><input id="age"></main>'
    )

    report = axe_violations(page)

    assert report.startswith("label (critical): Form elements must have labels")
    assert '#age: <input id="age">' in report


def test_the_layout_check_finds_extra_headings_and_a_sideways_scroll(page):
    start = '<!doctype html><html lang="en"><title>Layout</title><h1>One</h1>'
    page.set_content(start + "<h1 hidden>Two</h1>")
    assert layout_problems(page) == ["2 level-one headings, not one"]

    page.set_content(start + '<p style="width: 2000px">Wide</p>')
    assert layout_problems(page) == ["scrolls sideways at 1280 px"]

    page.set_content(start + "<p>Fits</p>")
    assert layout_problems(page) == []
