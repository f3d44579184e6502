"""Helpers for browser tests: the axe-core check and screenshots."""

import os
from pathlib import Path

SCREENSHOTS = Path(__file__).parent / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> str:
    """Runs axe-core on the page for WCAG 2.0/2.1/2.2 A and AA; returns a report, empty if clean."""
    from axe_playwright_python.sync_playwright import Axe

    # Only the violations come back: the passes would be most of the work of each run.
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    return "" if results.violations_count == 0 else results.generate_report()


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
