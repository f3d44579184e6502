"""When the database is down: friendly 503 pages that ask to come back, and recovery without a
restart once it answers again."""

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

from intake.models import Submission
from tests.helpers import count_h1, fill_in, submit
from tests.site_urls import public_routes, url_of

pytestmark = pytest.mark.django_db

DOWN = "could not connect to server: Connection refused (db.internal:5432)"

# Every public page from the resolver, less those with their own tests below: /healthz
# answers JSON, the intake and follow-up pages need a session or a link, and the FHIR
# questionnaire is JSON for other systems (tests/intake/review/test_fhir.py).
# The privacy notice, the accessibility statement and the brand stylesheet read nothing from the
# database but the clinic's settings, which fall back to their defaults, so they still show
# (tested below).
STILL_SHOWN = ("privacy", "accessibility", "brand_css")
# Booking's form, its done page and its emailed or signed links need a chosen time, a booking or
# a link: tests/appointments/test_booking.py has their database-down test. The language link
# only sets a cookie and redirects: no database (tests/clinic/test_languages.py).
BOOKING_STEPS = ("appointments:details", "appointments:done", "appointments:from_intake")
BOOKING_LINKS = ("appointments:manage", "calendar:feed")
OWN_TESTS = ("healthz", "intake:", "follow_up:", "fhir:", *BOOKING_STEPS, *BOOKING_LINKS)
OWN_TESTS = (*OWN_TESTS, "language", *STILL_SHOWN)
PUBLIC_PAGES = [
    *(name for name in public_routes() if not name.startswith(OWN_TESTS)),
    "/treatments/compare/?m=acupuncture&m=acupressure",
]


def refuse(*args, **kwargs):
    raise OperationalError(DOWN)


@pytest.fixture
def database_down(monkeypatch):
    """Every query fails as if the database server could not be reached."""
    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    monkeypatch.setattr(CursorWrapper, "executemany", refuse)
    return monkeypatch


@pytest.fixture
def web(client):
    """A client that gets the error page, as a visitor would, instead of the exception."""
    client.raise_request_exception = False
    return client


def assert_friendly_503(response) -> None:
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Sorry, we cannot show this page right now" in html
    assert count_h1(html) == 1
    assert "Traceback" not in html
    assert "OperationalError" not in html
    assert DOWN not in html
    assert "Connection refused" not in html
    assert "no-store" in response["Cache-Control"]


@pytest.fixture(params=PUBLIC_PAGES)
def url(request, db) -> str:
    """A public page's path, read from the content while the database still answers."""
    return url_of(request.param)


def test_public_page_is_a_friendly_503_when_the_database_is_down(web, url, database_down):
    assert_friendly_503(web.get(url))


@pytest.mark.parametrize("route", STILL_SHOWN)
def test_pages_without_content_still_show_when_the_database_is_down(web, database_down, route):
    response = web.get(url_of(route))

    assert response.status_code == 200
    html = response.content.decode()
    assert count_h1(html) == (0 if route == "brand_css" else 1)
    assert "Riverside Manual Therapy Clinic" in html or "--clinic-primary: #1d5c57;" in html


def test_public_page_comes_back_when_the_database_does(web, url, database_down):
    assert web.get(url).status_code == 503

    database_down.undo()

    response = web.get(url)
    assert response.status_code == 200
    assert "Retry-After" not in response
    assert count_h1(response.content.decode()) == 1


def test_an_intake_step_is_a_friendly_503_when_the_session_cannot_be_saved(
    web, answers, database_down
):
    response = web.post("/intake/about-you/", answers["about-you"])

    assert_friendly_503(response)
    assert "answers you had already saved are kept" in response.content.decode()


def test_an_intake_step_saves_again_once_the_database_is_back(web, answers, database_down):
    web.post("/intake/about-you/", answers["about-you"])
    database_down.undo()

    response = web.post("/intake/about-you/", answers["about-you"])

    assert response.status_code == 302
    assert response["Location"] == "/intake/symptoms/"
    assert web.session["intake_answers"]["about-you"]["full_name"] == ["Ada Lovelace"]


def test_the_admin_is_a_friendly_503_for_a_signed_in_reviewer(web, reviewer, monkeypatch):
    web.force_login(reviewer)  # the session row is written while the database still answers
    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    monkeypatch.setattr(CursorWrapper, "executemany", refuse)

    assert_friendly_503(web.get("/admin/"))

    monkeypatch.undo()
    response = web.get("/admin/")
    assert response.status_code == 200
    assert "Site administration" in response.content.decode()


def test_the_admin_queue_is_a_friendly_503_for_a_signed_in_reviewer(web, reviewer, monkeypatch):
    web.force_login(reviewer)
    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    monkeypatch.setattr(CursorWrapper, "executemany", refuse)

    assert_friendly_503(web.get("/admin/intake/submission/"))


def test_healthz_is_a_503_json_with_retry_after(web, database_down):
    response = web.get("/healthz")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "30"
    assert response.json() == {"status": "unavailable", "database": "down"}
    assert DOWN not in response.content.decode()


def test_healthz_is_ok_again_once_the_database_is_back(web, database_down):
    web.get("/healthz")
    database_down.undo()

    response = web.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up", "cache": "up"}


# --- The final submit, when only saving the intake fails ---


@pytest.fixture
def insert_fails(monkeypatch):
    """The database answers, except that inserting a submission fails."""
    execute = CursorWrapper.execute

    def execute_unless_inserting_a_submission(self, sql, params=None):
        if sql.startswith('INSERT INTO "intake_submission"'):
            raise OperationalError("server closed the connection unexpectedly")
        return execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", execute_unless_inserting_a_submission)
    return monkeypatch


def test_a_failed_save_says_so_and_keeps_the_answers(web, answers, insert_fails):
    fill_in(web, answers)

    response = submit(web)

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "We could not save your answers" in html
    assert "Nothing you entered has been lost" in html
    assert count_h1(html) == 1
    assert "server closed the connection" not in html
    assert not Submission.objects.exists()
    saved = web.session["intake_answers"]
    assert list(saved) == list(answers)
    assert saved["about-you"]["email"] == ["ada@example.org"]
    assert "intake_confirmation" not in web.session


def test_the_same_intake_is_sent_once_the_database_is_back(
    web, answers, insert_fails, django_capture_on_commit_callbacks
):
    fill_in(web, answers)
    key = web.session["intake_key"]
    assert submit(web).status_code == 503

    insert_fails.undo()
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(web)

    assert response.status_code == 302
    assert response["Location"] == "/intake/confirmation/"
    submission = Submission.objects.get()
    assert str(submission.idempotency_key) == key
    assert submission.full_name == "Ada Lovelace"
    assert submission.screening_answers.exists()
    assert "intake_answers" not in web.session
    confirmation = web.get("/intake/confirmation/")
    assert submission.reference in confirmation.content.decode()
