"""Real-browser tests: Playwright for Python driving Debian's Chromium.

Chromium is found at $CHROMIUM_PATH (default /usr/bin/chromium). Without it these tests skip
with one line of reason, unless REQUIRE_BROWSER=1, where they fail: CI sets that.
"""

import importlib
import os
from pathlib import Path

import pytest

from tests.browser.support import DESKTOP, PHONE

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the test
# itself (fixtures, assertions) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
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
        reason = f"Chromium not found at {CHROMIUM_PATH} (set CHROMIUM_PATH or install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason + "; REQUIRE_BROWSER=1 makes this a failure")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def seeded_content(live_server, transactional_db):
    """Browser tests use a real, committed database (the live server reads it from another
    thread), which is emptied after each test; this puts back what the data migrations make
    (treatment content, the Reviewers group) first, as every real database has it."""
    from django.apps import apps
    from django.contrib.auth.models import Group

    from treatments.models import Modality

    if not Modality.objects.exists():
        seed = importlib.import_module("treatments.migrations.0002_seed_content")
        seed.load(apps, None)
    if not Group.objects.filter(name="Reviewers").exists():
        group = importlib.import_module("intake.migrations.0002_reviewers_group")
        group.create_group(apps, None)


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport=DESKTOP, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, live_server):
    context = browser.new_context(
        viewport=PHONE, base_url=live_server.url, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()
