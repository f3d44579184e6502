"""Every public page and the admin run under the strict Content-Security-Policy with no
violation: the page fixture fails a test on any CSP message in Chromium's console."""

from tests.browser.test_review import reviewer_account  # noqa: F401 -- fixture

PUBLIC = [
    "/",
    "/privacy/",
    "/treatments/",
    "/treatments/massage-therapy/",
    "/treatments/medical-massage/",
    "/treatments/relaxation-massage/",
    "/treatments/acupressure/",
    "/treatments/acupuncture/",
    "/treatments/compare/?m=acupressure&m=acupuncture",
    "/treatments/compare/massage-therapy-vs-acupressure/",
    "/treatments/compare/medical-massage-vs-relaxation-massage/",
    "/conditions/",
    "/conditions/migraine-headache/",
    "/intake/",
    "/intake/about-you/",
    "/no-such-page/",
]
ADMIN = [
    "/admin/",
    "/admin/intake/submission/",
    "/admin/intake/submission/?has_red_flag__exact=1",
    "/admin/treatments/modality/",
]


def test_public_pages_have_no_csp_violations(page):
    for url in PUBLIC:
        response = page.goto(url)
        assert "'none'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")


def test_admin_pages_have_no_csp_violations(page, reviewer_account):  # noqa: F811
    from intake.models import Submission

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    submission = Submission.objects.first()
    for url in [*ADMIN, f"/admin/intake/submission/{submission.pk}/change/"]:
        page.goto(url)
        page.wait_for_load_state("networkidle")
    # The admin's own scripts run: the actions checkbox selects every row.
    page.goto("/admin/intake/submission/")
    page.get_by_role("checkbox", name="Select all objects on this page for an action").check()
    assert page.get_by_text("12 of 12 selected").count() == 1
