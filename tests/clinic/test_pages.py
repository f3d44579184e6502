import re

import pytest
from django.db import DatabaseError
from django.urls import reverse

from tests.helpers import count_h1
from tests.site_urls import NEVER_SENT_LINKS, public_pages, url_of

pytestmark = pytest.mark.django_db

THIRD_PARTY = re.compile(r"""(?:src|href)=["'](?:https?:)?//""")


# Every page a visitor can reach, from the resolver.
PAGES = public_pages()


@pytest.mark.parametrize("route", PAGES)
def test_every_public_page_renders_with_one_h1_and_a_title(client, route):
    response = client.get(url_of(route), follow=True)  # the intake's later steps lead back

    html = response.content.decode()
    assert response.status_code == (404 if route in NEVER_SENT_LINKS else 200)
    assert count_h1(html) == 1
    assert re.search(r"<title>[^<]+</title>", html)


@pytest.mark.parametrize("route", [*PAGES, "/no-such-page/"])
def test_no_page_loads_anything_from_another_host(client, route):
    html = client.get(url_of(route), follow=True).content.decode()

    assert not THIRD_PARTY.search(html)


def test_home_page_shows_the_clinic_name_and_a_way_into_the_intake(client, set_clinic):
    set_clinic(name="Willow Tree Therapies")

    html = client.get("/").content.decode()

    assert "Willow Tree Therapies" in html
    assert 'href="/intake/"' in html
    assert "Skip to main content" in html


def test_footer_shows_contact_details_and_privacy_link(client, set_clinic):
    set_clinic(phone="020 7946 0000")
    set_clinic(email="desk@willow.example")

    html = client.get("/").content.decode()

    assert "020 7946 0000" in html
    assert "desk@willow.example" in html
    assert f'href="{reverse("privacy")}"' in html


def test_privacy_notice_states_the_retention_period(client, settings):
    settings.INTAKE_RETENTION_DAYS = 365

    html = client.get("/privacy/").content.decode()

    assert "365 days" in html


def test_unknown_url_gives_the_friendly_404_page(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert count_h1(html) == 1


def test_server_error_page_is_friendly_and_leaks_nothing(client, settings, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("clinic.views.PrivacyView.get_context_data", broken)
    client.raise_request_exception = False

    response = client.get("/privacy/")

    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, something went wrong" in html
    assert "secret internal detail" not in html
    assert "Traceback" not in html


def test_healthz_reports_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up", "cache": "up"}
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_reports_503_when_the_database_does_not_answer(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"


def test_static_files_are_served_by_whitenoise(client):
    response = client.get("/static/css/clinic.css")

    assert response.status_code == 200
    assert b"--clinic-primary" in b"".join(response.streaming_content)


def test_bootstrap_comes_from_the_registry_package_and_is_served(client):
    response = client.get("/static/bootstrap/css/bootstrap.min.css")

    assert response.status_code == 200
