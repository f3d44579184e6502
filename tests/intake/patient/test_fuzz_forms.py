"""Every other form a person can send, fuzzed as tests/intake/patient/test_fuzz.py fuzzes the
intake's steps: "save and come back later" (the step and the address page), the staff sign-in
(with and without two-factor), the follow-up questionnaire, the emailed links' buttons, two-factor
setup and the staff review form. Whatever is posted, the answer is a page, never a 5xx.

FUZZ_EXAMPLES inputs per form (50 by default, 600 in CI); `FUZZ_EXAMPLES=1000` for the
1,000-input run (docs/development.md gives its time).
"""

import datetime
import urllib.parse

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.aftercare.follow_up import token_issue
from intake.aftercare.follow_up_forms import FollowUpForm
from intake.demo.factories import SubmissionFactory
from intake.models import FollowUp, Outcome
from intake.patient.flow import STEPS, form_data_keys
from tests.helpers import FUZZ_EXAMPLES, change_url, fill_in
from tests.intake.patient.test_fuzz import values

pytestmark = pytest.mark.django_db

FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

# What breaks databases and forms: NUL, the limits of columns, scripts and strange addresses.
awkward = st.sampled_from(
    [
        "\x00",
        "a\x00b",
        "x" * 151,
        "x" * 256,
        "é" * 1000,
        "<script>alert(1)</script>",
        "ada@example.org",
        "a" * 250 + "@example.org",
        "ada@example.org\x00",
        "https://evil.example/",
        "//evil.example",
        "/admin/",
        "' OR 1=1 --",
    ]
)
text = st.one_of(values, awkward, st.emails().map(str))


def form_posts(keys: list[str]):
    """Posts with the form's own keys (sometimes several values, sometimes awkward ones)
    and a few unknown keys."""
    known = st.dictionaries(st.sampled_from(keys), st.lists(text, max_size=3), max_size=len(keys))
    unknown = st.dictionaries(
        st.text(min_size=1, max_size=20), st.lists(text, max_size=2), max_size=2
    )
    return st.tuples(known, unknown).map(lambda pair: {**pair[1], **pair[0]})


@pytest.fixture
def web(client, settings):
    """A browser that gets the page a visitor would, with the hourly limits out of the way
    (a refusal at the limit is a 429, a page, but would hide the forms behind it)."""
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 10**6
    settings.AXES_FAILURE_LIMIT = 10**6
    client.raise_request_exception = False
    return client


# --- Save and come back later ---


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.slug)
def test_saving_any_step_for_later_never_gives_a_server_error(web, answers, step):
    fill_in(web, answers)
    keys = form_data_keys(step.form_class())

    @FUZZ
    @given(data=form_posts(keys), email=text)
    def check(data, email):
        response = web.post(f"/intake/{step.slug}/", {**data, "save_for_later": "1"})
        assert response.status_code == 302, response.status_code
        response = web.post("/intake/save/", {"email": email})
        assert response.status_code in (200, 302), response.status_code
        assert web.get("/intake/save/sent/").status_code in (200, 302)

    check()


@FUZZ
@given(data=form_posts(["email", "save_for_later", "csrfmiddlewaretoken"]))
def test_the_save_page_never_gives_a_server_error(web, answers, data):
    if "intake_answers" not in web.session:
        fill_in(web, answers, upto="about-you")

    assert web.post("/intake/save/", data).status_code in (200, 302)


@FUZZ
@given(token=st.one_of(st.text(max_size=120), awkward), delete=st.booleans())
def test_the_emailed_links_buttons_never_give_a_server_error(web, db, token, delete):
    path = f"/intake/resume/{urllib.parse.quote(token, safe='')}/" + ("delete/" if delete else "")

    assert web.post(path).status_code in (200, 302, 404, 410)
    assert web.get(path).status_code in (200, 302, 404, 410)


# --- The staff sign-in ---

LOGIN_KEYS = ["username", "password", "otp_token", "next", "this_is_the_login_form"]


@pytest.mark.parametrize("two_factor", [False, True], ids=["password", "two-factor"])
def test_the_staff_sign_in_never_gives_a_server_error(web, reviewer, settings, two_factor):
    settings.STAFF_REQUIRE_2FA = two_factor

    @FUZZ
    @given(data=form_posts(LOGIN_KEYS), next_url=st.one_of(st.none(), text))
    def check(data, next_url):
        query = "" if next_url is None else "?" + urllib.parse.urlencode({"next": next_url})
        response = web.post("/admin/login/" + query, data)
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:  # a guessed password: sign out for the next example
            web.logout()

    check()


def test_two_factor_setup_never_gives_a_server_error(web, reviewer, settings):
    settings.STAFF_REQUIRE_2FA = True
    web.force_login(reviewer)

    @FUZZ
    @given(data=form_posts(["code"]))
    def check(data):
        assert web.post("/admin/two-factor/", data).status_code in (200, 302)

    check()


# --- The follow-up questionnaire ---


@pytest.fixture
def follow_up_link(db) -> tuple[str, FollowUp]:
    submission = SubmissionFactory(screening_yes={})
    follow_up = FollowUp.objects.create(submission=submission, weeks=2, due_at=timezone.now())
    follow_up.invited_at = timezone.now() - datetime.timedelta(days=1)
    token = token_issue(follow_up)
    return f"/follow-up/{token}/", follow_up


def test_the_follow_up_questionnaire_never_gives_a_server_error(web, follow_up_link):
    path, follow_up = follow_up_link
    keys = form_data_keys(FollowUpForm())

    @FUZZ
    @given(data=form_posts(keys))
    def check(data):
        # Each example answers an open link: a valid answer uses it up, so it is opened again.
        Outcome.objects.filter(follow_up=follow_up).delete()
        FollowUp.objects.filter(pk=follow_up.pk).update(used_at=None)
        assert web.post(path, data).status_code in (200, 302)

    check()


# --- The staff review form ---

REVIEW_KEYS = [
    "recommendation",
    "override_red_flags",
    "red_flag_override_reason",
    "recommended_practitioner",
    "note_to_patient",
    "internal_notes",
    "status",
    "assigned_to",
    "_save",
    "_continue",
]


def test_the_review_form_never_gives_a_server_error(web, reviewer):
    web.force_login(reviewer)
    submission = SubmissionFactory(screening_yes={})
    choices = st.sampled_from(["new", "in_review", "recommended", "referred", "acupressure"])

    @FUZZ
    @given(data=form_posts(REVIEW_KEYS), status=choices)
    def check(data, status):
        response = web.post(change_url(submission), {"status": status, **data})
        assert response.status_code in (200, 302), response.status_code

    check()
