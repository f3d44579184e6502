"""Real threads against a real server on PostgreSQL: one row per intake, never a 5xx."""

import http.cookiejar
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection

from intake.models import Submission
from tests.helpers import fill_in

pytestmark = [
    pytest.mark.usefixtures("committed_db"),
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="concurrency is tested on PostgreSQL (SQLite serialises all writes)",
    ),
]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A client with its own cookies, that reports redirects instead of following them."""

    def __init__(self, base_url: str, session_key: str):
        # An IP address, not "localhost": cookie jars treat a dotless host name specially.
        self.base_url = base_url.replace("//localhost:", "//127.0.0.1:")
        self.jar = http.cookiejar.CookieJar()
        host = urllib.parse.urlparse(self.base_url).hostname
        self.jar.set_cookie(cookie(settings.SESSION_COOKIE_NAME, session_key, host))
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect
        )

    def open(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.base_url + path, body, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def prepare_submit(self) -> dict:
        status, html = self.open("/intake/check/")
        assert status == 200
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        key = re.search(r'name="key" value="([^"]+)"', html).group(1)
        return {"csrfmiddlewaretoken": token, "key": key, "consent": "on"}


def cookie(name: str, value: str, host: str) -> http.cookiejar.Cookie:
    return http.cookiejar.Cookie(
        0,
        name,
        value,
        None,
        False,
        host,
        False,
        False,
        "/",
        True,
        False,
        None,
        False,
        None,
        None,
        {},
    )


@pytest.fixture
def answered_session(client, answers):
    """Saved answers for every step, as a patient's session holds them before sending."""
    fill_in(client, answers)
    saved = client.session["intake_answers"]

    def new_session() -> str:
        store = SessionStore()
        store["intake_answers"] = saved
        store["intake_key"] = str(uuid.uuid4())
        store.create()
        return store.session_key

    return new_session


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 100_000


def test_40_parallel_submits_of_one_intake_make_one_row(live_server, answered_session):
    browser = Browser(live_server.url, answered_session())
    form = browser.prepare_submit()
    start = threading.Barrier(40)

    def send(_):
        start.wait()
        return browser.open("/intake/check/", form)

    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(pool.map(send, range(40)))

    statuses = [status for status, _ in results]
    assert all(status < 500 for status in statuses), statuses
    assert statuses.count(302) == 40
    assert Submission.objects.count() == 1


def test_500_parallel_distinct_submits_make_500_rows(live_server, answered_session):
    browsers = [Browser(live_server.url, answered_session()) for _ in range(500)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        forms = list(pool.map(Browser.prepare_submit, browsers))
    connection.close()  # the live server's threads need the database connections

    def send(pair):
        browser, form = pair
        return browser.open("/intake/check/", form)[0]

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(send, zip(browsers, forms, strict=True)))

    assert [s for s in statuses if s >= 500] == []
    assert statuses.count(302) == 500
    assert Submission.objects.count() == 500
    assert Submission.objects.values("idempotency_key").distinct().count() == 500
