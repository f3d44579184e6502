"""No input gives a 500: bodies in another character set, a stale or foreign intake key, and
hand-made admin filter values get a page that says what to do."""

import uuid

import pytest
from django.conf import settings as django_settings
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.models import Submission
from tests.helpers import FUZZ_EXAMPLES, count_h1, fill_in, submit
from tests.site_urls import routes

pytestmark = pytest.mark.django_db

CHARSETS = ["utf-16", "latin-1", "cp1252", "shift_jis", "utf-7", "base64", "no-such-charset"]
FORM = "application/x-www-form-urlencoded; charset={}"
CHANGELIST = "/admin/intake/submission/"


def plain_urls() -> list[str]:
    """Every URL in the site that takes no arguments."""
    return sorted({path for _, path, _ in routes() if not any(c in path for c in "<(^")})


def browser(**extra) -> Client:
    """A client that checks CSRF like a real browser's requests are checked, and has the
    cookie, so that the CSRF check reads the body."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False, **extra)
    client.get("/intake/about-you/")
    assert django_settings.CSRF_COOKIE_NAME in client.cookies
    return client


@pytest.mark.parametrize("charset", CHARSETS)
def test_a_form_in_another_character_set_gets_a_400_page_on_every_url(charset):
    client = browser()
    for url in [*plain_urls(), "/no-such-page/", "/intake/about-you/", "/intake/check/"]:
        response = client.generic("POST", url, b"full_name=%FF%FE\xff\xfe", FORM.format(charset))

        assert response.status_code < 500, url


def test_the_400_page_is_a_real_page(client):
    client = browser()

    response = client.generic("POST", "/intake/about-you/", b"a=\xff", FORM.format("utf-16"))

    html = response.content.decode()
    assert response.status_code == 400
    assert "Something was wrong with the request" in html
    assert count_h1(html) == 1
    assert "no-store" in response["Cache-Control"]


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=st.binary(max_size=200), charset=st.sampled_from([*CHARSETS, "utf-8"]))
def test_no_body_in_any_character_set_gives_a_server_error(body, charset):
    client = browser()
    for url in ["/intake/about-you/", "/intake/check/", "/treatments/compare/"]:
        assert client.generic("POST", url, body, FORM.format(charset)).status_code < 500


# --- "Check your answers" with a key that is not this intake's ---


def test_a_key_from_another_intake_asks_to_check_and_send_again(client, answers):
    fill_in(client, answers)
    client.get("/intake/check/")

    response = client.post("/intake/check/", {"consent": "on", "key": str(uuid.uuid4())})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Please check your answers and send them again." in html
    assert "You must agree" not in html
    assert 'name="consent"' in html and "checked" not in html.split('name="consent"')[1][:40]
    assert not Submission.objects.exists()
    assert submit(client).status_code == 302  # the form it shows sends the intake
    assert Submission.objects.count() == 1


def test_a_key_of_someone_elses_sent_intake_never_shows_their_confirmation(client, answers):
    other = Client()
    fill_in(other, answers)
    key = other.get("/intake/check/").context["form"]["key"].value()
    submit(other)
    reference = Submission.objects.get().reference
    fill_in(client, answers)

    response = client.post("/intake/check/", {"consent": "on", "key": key}, follow=True)

    assert reference not in response.content.decode()
    assert "Please check your answers and send them again." in response.content.decode()


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    data=st.dictionaries(
        st.sampled_from(["consent", "key", "website", "csrfmiddlewaretoken", "\x00"]),
        st.lists(
            st.one_of(st.just(str(uuid.uuid4())), st.text(max_size=40), st.just("on")),
            max_size=3,
        ),
        max_size=4,
    )
)
def test_check_answers_never_gives_a_server_error(client, answers, data):
    """Duplicated keys, missing keys, NUL bytes, foreign and malformed keys."""
    if "intake_answers" not in client.session:
        fill_in(client, answers)
    client.raise_request_exception = False
    assert client.post("/intake/check/", data).status_code in (200, 302, 429)


# --- Admin filters ---

FIELDS = ["status", "reference", "full_name", "pain_now", "created_at", "body_regions", "email"]
LOOKUPS = ["", "__exact", "__regex", "__iregex", "__contains", "__in", "__gte", "__year"]
PARAMS = ["q", "o", "p", "top", "assigned", "email", "e", "all", "_changelist_filters"]
VALUES = st.one_of(
    st.sampled_from(
        ["\x00", "a\x00b", "(", "[", "*", "99999999999999999999", "-1", "", "2026-13-45"]
    ),
    st.text(max_size=20),
)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    query=st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(PARAMS),
                st.builds("{}{}".format, st.sampled_from(FIELDS), st.sampled_from(LOOKUPS)),
            ),
            VALUES,
        ),
        max_size=4,
    )
)
def test_no_admin_filter_value_gives_a_server_error(reviewer_client, query):
    reviewer_client.raise_request_exception = False

    response = reviewer_client.get(CHANGELIST, query)

    assert response.status_code in (200, 302, 400)


@pytest.mark.parametrize(
    "query",
    [{"status": "\x00"}, {"q": "a\x00"}, {"status__regex": "("}, {"full_name__iregex": "["}],
    ids=["nul-filter", "nul-search", "bad-regex", "bad-iregex"],
)
def test_a_bad_admin_filter_gets_the_400_page(reviewer_client, query):
    reviewer_client.raise_request_exception = False

    response = reviewer_client.get(CHANGELIST, query)

    assert response.status_code == 400
    assert "Something was wrong with the request" in response.content.decode()


def test_good_admin_filters_still_work(reviewer_client, answers):
    patient = Client()
    fill_in(patient, answers)
    submit(patient)

    response = reviewer_client.get(
        CHANGELIST, {"has_red_flag__exact": "0", "status__exact": "new", "pain_now__gte": "5"}
    )

    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
