"""Real-browser tests: Playwright for Python driving Debian's Chromium.

The browser is $CHROMIUM_PATH if set; otherwise Debian's chromium-headless-shell (the same
Chromium release as the chromium package, built for headless runs only, and what Playwright itself
uses headless: about a third less CPU), or chromium where the shell is not installed. Without
either these tests skip with one line of reason, unless REQUIRE_BROWSER=1, where they fail: CI
sets that.
"""

import os
from pathlib import Path

import pytest

from tests.browser.support import DESKTOP, PHONE
from tests.helpers import tool_missing

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the test
# itself (fixtures, assertions) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"
FULL_CHROMIUM = "/usr/bin/chromium"


def chromium_path() -> str:
    if "CHROMIUM_PATH" in os.environ:
        return os.environ["CHROMIUM_PATH"]
    return HEADLESS_SHELL if Path(HEADLESS_SHELL).exists() else FULL_CHROMIUM


CHROMIUM_PATH = chromium_path()
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM_PATH).exists():
        reason = (
            f"Chromium not found at {CHROMIUM_PATH}"
            " (set CHROMIUM_PATH or install chromium-headless-shell)"
        )
        tool_missing(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _live_site(live_server, committed_db):
    """Every browser test talks to the live server, over a committed database."""


def open_page(browser, live_server, **options):
    """A new page that records every Content-Security-Policy violation Chromium reports;
    the test fails if there is any."""
    context = browser.new_context(base_url=live_server.url, **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    violations = []

    def record(message) -> None:
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", record)
    yield page
    context.close()
    assert violations == [], "CSP violations in the browser console"


@pytest.fixture
def page(browser, live_server):
    yield from open_page(browser, live_server, viewport=DESKTOP)


@pytest.fixture
def phone_page(browser, live_server):
    yield from open_page(browser, live_server, viewport=PHONE, is_mobile=True, has_touch=True)
