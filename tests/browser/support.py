"""Helpers for browser tests: the axe-core check and screenshots."""

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


def screenshot(page, name: str) -> Path:
    """Saves a full-page screenshot under tests/browser/screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
