"""Every public page and the admin run under the strict Content-Security-Policy with no
violation: the page fixture fails a test on any CSP message in Chromium's console. The pages
the accessibility walk visits (tests/pages.py) are checked there, in the same way; this walk
takes the rest: the intake, follow-up and saved-answers pages reached without a session."""

from tests.browser.test_review import reviewer_account  # noqa: F401 -- fixture
from tests.pages import public_urls
from tests.site_urls import admin_routes_without_parameters, public_pages, url_of

# Every routed public page (tests/site_urls.py), plus the other treatments, a comparison query
# and a missing page.
EXTRA_PUBLIC = [
    "/treatments/massage-therapy/",
    "/treatments/medical-massage/",
    "/treatments/relaxation-massage/",
    "/treatments/acupressure/",
    "/treatments/acupuncture/",
    "/treatments/compare/?m=acupressure&m=acupuncture",
    "/treatments/compare/massage-therapy-vs-acupressure/",
    "/treatments/compare/medical-massage-vs-relaxation-massage/",
    "/no-such-page/",
]
PUBLIC = public_pages() + EXTRA_PUBLIC
# The admin's index and every list page of the site's own apps (from the resolver), a filtered
# queue; the test adds an intake's change page.
ADMIN = [
    "admin:index",
    *(
        name
        for name in admin_routes_without_parameters()
        if name.startswith(("admin:intake_", "admin:treatments_")) and name.endswith("_changelist")
    ),
    "/admin/intake/submission/?has_red_flag__exact=1",
]


# A violation is reported while the page loads, before the load event that goto waits for.
def test_public_pages_have_no_csp_violations(page):
    walked_for_accessibility = set(public_urls())
    for url in map(url_of, PUBLIC):
        if url not in walked_for_accessibility:
            response = page.goto(url)
            assert "'none'" in response.headers["content-security-policy"], url


def test_admin_pages_have_no_csp_violations(page, reviewer_account):  # noqa: F811
    from intake.models import Submission

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a long reviewer pass")
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    submission = Submission.objects.first()
    for url in [*map(url_of, ADMIN), f"/admin/intake/submission/{submission.pk}/change/"]:
        page.goto(url)
    # The admin's own scripts run: the actions checkbox selects every row.
    page.goto("/admin/intake/submission/")
    page.get_by_role("checkbox", name="Select all objects on this page for an action").check()
    assert page.get_by_text("12 of 12 selected").count() == 1
