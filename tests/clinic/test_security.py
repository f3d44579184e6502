"""Security headers, cookies and staff sessions, checked with the real production settings."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.urls import reverse

from tests.helpers import fill_in
from tests.site_urls import admin_routes_without_parameters, public_routes, url_of

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_NAMES = [
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_NAME",
    "CSRF_COOKIE_NAME",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "STAFF_REQUIRE_2FA",
    "DEBUG",
]
# Beyond every route (tests/site_urls.py): a query string, a page that does not exist and a
# static file, which the middleware must cover too.
EXTRA_PUBLIC_URLS = [
    "/treatments/compare/?m=acupuncture&m=acupressure",
    "/no-such-page/",
    "/static/css/clinic.css",
]


@pytest.fixture(scope="session")
def production_values() -> dict:
    """What clinic/settings.py gives with only a secret key and allowed hosts set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="clinic.settings",
        DJANGO_SECRET_KEY="x" * 60,
        DJANGO_ALLOWED_HOSTS="testserver",
    )
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n) for n in {PRODUCTION_NAMES!r}}}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture
def production(settings, production_values):
    """This test process switched to the production values (it serves the test client)."""
    for name, value in production_values.items():
        if name != "DEBUG":
            setattr(settings, name, value)
    return production_values


def test_production_defaults_are_the_secure_ones(production_values):
    assert production_values == {
        "SECURE_SSL_REDIRECT": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_NAME": "__Host-sessionid",
        "CSRF_COOKIE_NAME": "__Host-csrftoken",
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "STAFF_REQUIRE_2FA": True,
        "DEBUG": False,
    }


def assert_security_headers(response) -> None:
    csp = {
        part.split()[0]: part.split()[1:]
        for part in response["Content-Security-Policy"].split("; ")
    }
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    hsts = response["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("route", public_routes())
def test_every_public_route_sends_the_security_headers(client, production, route):
    response = client.get(url_of(route), secure=True)

    # 405: the keep-alive, which answers only a POST, refuses a GET with the headers all the same.
    assert response.status_code in (200, 302, 404, 405)
    assert_security_headers(response)


@pytest.mark.parametrize("url", EXTRA_PUBLIC_URLS)
def test_queries_missing_pages_and_static_files_send_the_security_headers(client, production, url):
    response = client.get(url, secure=True)

    assert response.status_code in (200, 404)
    assert_security_headers(response)


@pytest.mark.parametrize("route", admin_routes_without_parameters())
def test_the_admin_sends_the_security_headers_and_no_store(client, production, route):
    response = client.get(url_of(route), secure=True)

    assert_security_headers(response)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("route", admin_routes_without_parameters())
def test_the_admin_sends_no_store_to_a_signed_in_reviewer(reviewer_client, production, route):
    response = reviewer_client.get(url_of(route), secure=True)

    assert_security_headers(response)
    assert "no-store" in response["Cache-Control"]


def test_plain_http_is_redirected_to_https(client, production):
    response = client.get("/treatments/")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/treatments/"


# The pages that carry a patient's answers or a follow-up link: never kept by a browser or proxy.
PRIVATE_NAMESPACES = ("intake:", "follow_up:")
PRIVATE_ROUTES = [name for name in public_routes() if name.startswith(PRIVATE_NAMESPACES)]


@pytest.mark.parametrize("route", PRIVATE_ROUTES)
def test_intake_and_follow_up_pages_are_no_store(client, production, route):
    assert "no-store" in client.get(url_of(route), secure=True)["Cache-Control"]


@pytest.mark.parametrize("url", ["/admin/login/", "/nope/"])
def test_admin_login_and_error_pages_are_no_store(client, production, url):
    assert "no-store" in client.get(url, secure=True)["Cache-Control"]


def test_session_and_csrf_cookies_are_host_only_secure_httponly_and_lax(
    client, production, answers
):
    page = client.get("/intake/about-you/", secure=True)
    csrf = page.cookies["__Host-csrftoken"]
    client.post("/intake/about-you/", answers["about-you"], secure=True)
    session = client.cookies["__Host-sessionid"]

    for cookie in (session, csrf):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"
        assert cookie["path"] == "/"
        assert not cookie["domain"]


def test_no_personal_data_in_intake_urls(client, answers):
    fill_in(client, answers)
    page = client.get("/intake/check/").content.decode()

    for value in ["Ada", "Lovelace", "ada@example.org", "1985"]:
        for link in [part.split('"')[0] for part in page.split('href="')[1:]]:
            assert value not in link


# --- Staff sessions ---


def test_staff_login_gives_a_new_session_key(client, reviewer):
    client.get("/admin/login/")
    client.session["probe"] = 1
    before = client.session.session_key

    response = client.post(
        "/admin/login/?next=/admin/", {"username": "rita", "password": "a long reviewer pass"}
    )

    assert response.status_code == 302
    assert client.session.session_key != before


def test_staff_are_signed_out_after_15_idle_minutes(reviewer_client):
    assert reviewer_client.get("/admin/").status_code == 200
    session = reviewer_client.session
    session["staff_session_seen"] = time.time() - 16 * 60
    session.save()

    response = reviewer_client.get("/admin/intake/submission/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in reviewer_client.session


def test_activity_keeps_a_staff_session_alive(reviewer_client):
    reviewer_client.get("/admin/")
    session = reviewer_client.session
    session["staff_session_seen"] = time.time() - 14 * 60
    session.save()

    assert reviewer_client.get("/admin/").status_code == 200


def test_staff_sessions_end_after_8_hours_whatever_the_activity(reviewer_client):
    reviewer_client.get("/admin/")
    session = reviewer_client.session
    session["staff_session_started"] = time.time() - 8 * 3600 - 60
    session.save()

    response = reviewer_client.get("/admin/")

    assert response.status_code == 302
    assert "_auth_user_id" not in reviewer_client.session


def test_logout_clears_the_server_session_and_the_browser(reviewer_client):
    from django.contrib.sessions.models import Session

    reviewer_client.get("/admin/")
    key = reviewer_client.session.session_key

    response = reviewer_client.post(reverse("admin:logout"))

    assert response.status_code == 200
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert not Session.objects.filter(session_key=key).exists()


# --- Staff login: lockout ---


def login(client, password: str, **extra):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "rita", "password": password, **extra},
        REMOTE_ADDR="203.0.113.9",
    )


def test_repeated_failed_logins_lock_the_account_even_with_the_right_password(
    client, reviewer, settings, caplog
):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "wrong guess").status_code == 200
    assert login(client, "wrong guess").status_code == 429  # the limit is reached

    response = login(client, "a long reviewer pass")

    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert "wrong guess" not in caplog.text
    assert "a long reviewer pass" not in caplog.text


def test_every_login_attempt_is_logged_with_time_ip_and_outcome(client, reviewer):
    from axes.models import AccessFailureLog, AccessLog

    login(client, "wrong guess")
    login(client, "a long reviewer pass")

    failure = AccessFailureLog.objects.get()
    assert failure.ip_address == "203.0.113.9"
    assert failure.username == "rita"
    assert failure.attempt_time is not None
    success = AccessLog.objects.get()
    assert success.ip_address == "203.0.113.9"
    for row in [*AccessFailureLog.objects.values(), *AccessLog.objects.values()]:
        assert "wrong guess" not in str(row)
        assert "a long reviewer pass" not in str(row)


# --- Staff login: two factors in production ---


@pytest.fixture
def enrolled(reviewer):
    """Rita with an authenticator app and ten backup codes, as the setup page leaves her."""
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=reviewer, name="Authenticator app", confirmed=True)
    backup = StaticDevice.objects.create(user=reviewer, name="Backup codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(10)]
    StaticToken.objects.bulk_create(StaticToken(device=backup, token=c) for c in codes)
    return {"user": reviewer, "backup_codes": codes}


def current_code(user) -> str:
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def test_in_production_the_admin_needs_a_second_factor(client, reviewer, settings):
    settings.STAFF_REQUIRE_2FA = True
    client.force_login(reviewer)  # password alone

    response = client.get("/admin/intake/submission/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_password_and_authenticator_code_sign_in(client, enrolled, settings):
    settings.STAFF_REQUIRE_2FA = True

    response = login(client, "a long reviewer pass", otp_token=current_code(enrolled["user"]))

    assert response.status_code == 302
    assert client.get("/admin/intake/submission/").status_code == 200


def test_a_password_without_the_code_is_refused(client, enrolled, settings):
    settings.STAFF_REQUIRE_2FA = True

    response = login(client, "a long reviewer pass")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_one_time_code_cannot_be_used_twice(client, enrolled, settings):
    from django.test import Client

    settings.STAFF_REQUIRE_2FA = True
    code = current_code(enrolled["user"])
    assert login(client, "a long reviewer pass", otp_token=code).status_code == 302

    replay = Client()
    response = login(replay, "a long reviewer pass", otp_token=code)

    assert response.status_code == 200
    assert "_auth_user_id" not in replay.session


def test_a_backup_code_works_once(client, enrolled, settings):
    from django.test import Client

    settings.STAFF_REQUIRE_2FA = True
    code = enrolled["backup_codes"][0]
    assert len(enrolled["backup_codes"]) == 10

    assert login(client, "a long reviewer pass", otp_token=code).status_code == 302
    again = Client()
    assert login(again, "a long reviewer pass", otp_token=code).status_code == 200


def test_weak_staff_passwords_are_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ["password123", "12345678901234", "short1!"]:
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("correct horse battery staple")


# --- The idle timeout is exact, and its messages read the settings ---


@pytest.fixture
def clock(monkeypatch):
    """The middleware's clock, moved by hand."""
    now = [1_000_000.0]
    monkeypatch.setattr("clinic.middleware.time.time", lambda: now[0])
    return now


def test_active_staff_stay_signed_in_at_the_shortest_idle_timeout(reviewer_client, settings, clock):
    settings.STAFF_IDLE_TIMEOUT = 60
    for _ in range(6):  # a request every 40 seconds for four minutes
        assert reviewer_client.get("/admin/").status_code == 200
        clock[0] += 40

    assert reviewer_client.get("/admin/").status_code == 200


def test_the_idle_timeout_ends_within_a_few_seconds_of_its_setting(
    reviewer_client, settings, clock
):
    from clinic.middleware import SEEN_PRECISION_SECONDS

    settings.STAFF_IDLE_TIMEOUT = 60
    reviewer_client.get("/admin/")
    clock[0] += 40
    reviewer_client.get("/admin/")

    clock[0] += 60 - SEEN_PRECISION_SECONDS
    assert reviewer_client.get("/admin/").status_code == 200
    clock[0] += 60 + 1
    response = reviewer_client.get("/admin/")
    assert response.status_code == 302
    assert "_auth_user_id" not in reviewer_client.session


@pytest.mark.parametrize(
    ("idle", "max_age", "expected"),
    [
        (120, 3600, "You were signed out after 2 minutes without activity."),
        (5400, 3600, "You were signed out after 1 hour 30 minutes without activity."),
    ],
)
def test_the_idle_message_reads_the_setting(
    reviewer_client, settings, clock, idle, max_age, expected
):
    settings.STAFF_IDLE_TIMEOUT, settings.STAFF_SESSION_MAX_AGE = idle, max_age * 10
    reviewer_client.get("/admin/")
    clock[0] += idle + 1

    page = reviewer_client.get("/admin/", follow=True).content.decode()

    assert expected in page
    assert "15 minutes" not in page


def test_the_longest_session_message_reads_the_setting(reviewer_client, settings, clock):
    settings.STAFF_SESSION_MAX_AGE = 3600
    reviewer_client.get("/admin/")
    for _ in range(4):  # active all along, every 14 minutes
        clock[0] += 14 * 60
        assert reviewer_client.get("/admin/").status_code == 200
    clock[0] += 5 * 60  # past the hour

    page = reviewer_client.get("/admin/", follow=True).content.decode()

    assert "You were signed out: staff sessions last at most 1 hour." in page
    assert "8 hours" not in page
