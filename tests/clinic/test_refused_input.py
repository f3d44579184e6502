"""A value the database refuses is the sender's to change, not an outage: a 400 page that says
so (never "the site is busy"), while a database that is down still gets the 503. And the staff
sign-in answers an over-long or strange username with a form error, and a `next=` that points
off the site with the admin's home page."""

import pytest
from axes.models import AccessAttempt
from django.db import DataError, OperationalError

from clinic import views
from tests.helpers import count_h1

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def web(client):
    client.raise_request_exception = False
    return client


def failing_home(error):
    def home(request, *args, **kwargs):
        raise error

    return home


def test_a_refused_value_is_a_400_that_says_what_to_change(web, monkeypatch):
    monkeypatch.setattr(
        views.PrivacyView, "get", failing_home(DataError("value too long for type varchar(255)"))
    )

    response = web.get("/privacy/")

    html = response.content.decode()
    assert response.status_code == 400
    assert "Something you entered could not be stored" in html
    assert "Sorry, we cannot show this page right now" not in html
    assert "varchar" not in html
    assert "Retry-After" not in response
    assert count_h1(html) == 1
    assert "no-store" in response["Cache-Control"]


def test_a_database_outage_is_still_the_503(web, monkeypatch):
    monkeypatch.setattr(views.PrivacyView, "get", failing_home(OperationalError("refused")))

    response = web.get("/privacy/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Sorry, we cannot show this page right now" in response.content.decode()


# --- The staff sign-in ---


@pytest.mark.parametrize("username", ["a" * 256, "a" * 300, "ü" * 1000])
def test_an_over_long_username_is_a_form_error(web, username):
    response = web.post(LOGIN, {"username": username, "password": "whatever it is"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a username of 150 characters or fewer." in html
    assert not AccessAttempt.objects.exists()


def test_a_nul_in_the_username_is_a_form_error(web):
    response = web.post(LOGIN, {"username": "rita\x00", "password": "a long reviewer pass"})

    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()
    assert "_auth_user_id" not in web.session


def test_the_two_factor_sign_in_refuses_an_over_long_username_too(web, settings):
    settings.STAFF_REQUIRE_2FA = True

    response = web.post(LOGIN, {"username": "a" * 300, "password": "x", "otp_token": ""})

    assert response.status_code == 200
    assert "Enter a username of 150 characters or fewer." in response.content.decode()


def test_a_username_at_the_limit_is_checked_as_usual(web, django_user_model):
    django_user_model.objects.create_user(
        username="r" * 150, password="a long reviewer pass", is_staff=True
    )

    response = web.post(LOGIN, {"username": "r" * 150, "password": "a long reviewer pass"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/admin/", "javascript:alert(1)", "/\\evil.example"],
)
def test_an_unsafe_next_after_sign_in_lands_on_the_admin_home(web, reviewer, next_url):
    response = web.post(
        f"{LOGIN}?next={next_url}",
        {"username": "rita", "password": "a long reviewer pass", "next": next_url},
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert web.get(response["Location"]).status_code == 200


def test_a_safe_next_after_sign_in_is_followed(web, reviewer):
    target = "/admin/intake/submission/"

    response = web.post(
        f"{LOGIN}?next={target}",
        {"username": "rita", "password": "a long reviewer pass", "next": target},
    )

    assert response["Location"] == target
