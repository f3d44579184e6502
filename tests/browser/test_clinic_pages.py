"""A treatment page links to its people's profiles on the team page. (These pages' accessibility
and fit on a phone are checked with every public page, in test_accessibility.py.)"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_practitioner_link_on_a_treatment_page_lands_on_their_profile(page):
    page.goto("/treatments/acupuncture/")

    page.get_by_role("link", name="Sam Sample").click()

    # expect() waits for the team page to load; is_visible() would read the old page.
    expect(page.get_by_role("heading", name="Sam Sample", level=2)).to_be_visible()
    assert page.url.endswith("/team/#sam-sample")
