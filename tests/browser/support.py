"""Helpers for browser tests: the axe-core check, the layout check, answers, screenshots."""

import os
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings

from tests.helpers import tool_missing

SCREENSHOTS = Path(__file__).parent / "screenshots"
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> str:
    """Runs axe-core on the page for WCAG 2.0/2.1/2.2 A and AA; returns a report, empty if clean.

    axe-core (over half a megabyte) is sent once per browser context, as a script every later
    page of the context runs as it opens, not again for each page a walk checks."""
    if not page.evaluate("typeof axe === 'object'"):
        page.evaluate(axe_script())
        page.context.add_init_script(axe_script())
    # Only the violations come back: the passes would be most of the work of each run.
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    violations = page.evaluate("options => axe.run(options).then(r => r.violations)", options)
    return "\n".join(violation_report(violation) for violation in violations)


@cache
def axe_script() -> str:
    """axe-core from npm (pinned in package-lock.json; `make test` installs it): its releases
    reach PyPI late, and 4.14 checks a page in two thirds of the time 4.12 took."""
    if not AXE.exists():
        reason = f"axe-core not found at {AXE} (`make test` runs npm ci)"
        tool_missing(reason)
    return AXE.read_text()


def violation_report(violation: dict) -> str:
    """One axe-core rule's failures: the rule, what it asks, and each element at fault."""
    lines = [f"{violation['id']} ({violation['impact']}): {violation['help']}"]
    for node in violation["nodes"]:
        lines.append(f"  {' '.join(map(str, node['target']))}: {node['html'][:200]}")
        lines.append(f"    {node['failureSummary']}".replace("\n", "\n    "))
    return "\n".join(lines)


# The page's level-one headings, shown or hidden, and its laid-out width, in one script call
# (a role query for the headings took a tenth of an axe walk's time).
LAYOUT = """() => [
  document.querySelectorAll('h1, [role=heading][aria-level="1"]').length,
  document.documentElement.scrollWidth,
]"""


def layout_problems(page) -> list[str]:
    """What is wrong with the page's frame: not exactly one <h1>, or a sideways scroll."""
    headings, scroll_width = page.evaluate(LAYOUT)
    width = page.viewport_size["width"]
    problems = [] if headings == 1 else [f"{headings} level-one headings, not one"]
    if scroll_width > width:
        problems.append(f"scrolls sideways at {width} px")
    return problems


def pick(page, group: str, option: str) -> None:
    page.get_by_role("group", name=group).get_by_label(option, exact=True).check()


def fill_about_you(page) -> None:
    """Opens "About you" and types its answers, without sending them."""
    page.goto("/intake/about-you/")
    page.get_by_label("Full name").fill("Grace Hopper")
    page.get_by_label("Day").fill("9")
    page.get_by_label("Month").fill("12")
    page.get_by_label("Year").fill("1986")
    page.get_by_label("Email address").fill("grace@example.org")
    pick(page, "How should we contact you?", "Email")


def post_steps(page, answers: dict[str, dict], *, prefix: str = "") -> None:
    """Answers intake steps (by slug, in order) through the browser context's own HTTP client,
    which shares the page's cookies: for tests about a later step, which need not type the
    earlier ones again (test_intake.py and the keyboard walk type every step). `prefix` is a
    language's ("/pl"): the steps in that language."""
    for slug, data in answers.items():
        form = page.request.get(f"{prefix}/intake/{slug}/").text()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
        body = urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        response = page.request.post(
            f"{prefix}/intake/{slug}/", data=body, headers=headers, max_redirects=0
        )
        assert response.status == 302, f"{slug}: the answers were refused"


def screenshot(target, name: str, *, full_page: bool = True) -> Path | None:
    """Saves a screenshot under tests/browser/screenshots/ (git-ignored) when SCREENSHOTS=1
    (`make screenshots`): of a Page (the full page, or only the viewport), or of a Locator.

    They are for a person to look at, and encoding them was a fifth of Chromium's work in a
    run of the suite, so an ordinary `make test` takes none."""
    if os.environ.get("SCREENSHOTS") != "1":
        return None
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    options = {"full_page": full_page} if hasattr(target, "goto") else {}
    target.screenshot(path=str(path), **options)
    return path
