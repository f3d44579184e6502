"""Two-factor setup in Chromium, whether required or chosen: the QR code shows under the strict
CSP (the page fixture fails on any violation), the page passes axe, and the backup codes appear
once."""

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.support import axe_violations, screenshot


@pytest.mark.parametrize("required", [True, False], ids=["required", "optional"])
def test_a_new_staff_member_sets_up_two_factor_login(page, settings, django_user_model, required):
    settings.STAFF_REQUIRE_2FA = required
    user = django_user_model.objects.create_user(
        username="nia", password="a long new staff pass", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Reviewers"))

    page.goto("/admin/login/")
    assert axe_violations(page) == ""
    page.get_by_label("Username").fill("nia")
    page.get_by_label("Password").fill("a long new staff pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()

    if not required:  # signed in already; setting up is a choice, from the user links
        assert page.url.endswith("/admin/")
        with page.expect_navigation():
            page.get_by_role("link", name="Two-factor login").click()
    assert page.url.endswith("/admin/two-factor/")
    qr = page.locator("figure svg")
    assert qr.is_visible()
    assert qr.bounding_box()["width"] >= 100
    assert axe_violations(page) == ""
    screenshot(page, "two-factor-setup")

    device = TOTPDevice.objects.get(user=user, confirmed=False)
    code = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    page.get_by_label("The 6-digit code your app shows now").fill(f"{code:06d}")
    with page.expect_navigation():
        page.get_by_role("button", name="Confirm").click()

    assert page.locator(".two-factor__codes li").count() == 10
    assert axe_violations(page) == ""
    page.get_by_role("link", name="Continue to the staff site").click()
    page.wait_for_url("**/admin/")
    assert page.get_by_role("link", name="Submissions").count() == 1
