"""Forty patients press "Confirm booking" for the same time at once, against a real server on
PostgreSQL: exactly one booking, and 39 pages that say the time has just been taken and offer
the nearest free times."""

import http.cookiejar
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.db import connection

from appointments.models import Appointment, Diary, Occupied, WorkingHours
from tests.appointments.conftest import local, working_day
from treatments.models import Modality, Practitioner, Service

pytestmark = [
    pytest.mark.usefixtures("committed_db"),
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="concurrency is tested on PostgreSQL (SQLite serialises all writes)",
    ),
]


class Patient:
    """A browser of one's own: cookies, and redirects reported rather than followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base_url: str):
        self.base_url = base_url.replace("//localhost:", "//127.0.0.1:")
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), self.NoRedirect
        )

    def open(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.base_url + path, body, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


def test_40_patients_booking_one_time_make_one_booking(live_server):
    service = Service.objects.create(
        modality=Modality.objects.get(slug="acupuncture"),
        name="Race",
        duration_minutes=45,
        price=50,
    )
    practitioner = Practitioner.objects.create(name="Race", slug="race", role="x", bio="x")
    diary = Diary.objects.create(practitioner=practitioner, horizon_days=366)
    diary.services.add(service)
    day = working_day()
    WorkingHours.objects.create(diary=diary, weekday=day.weekday(), start="09:00", end="17:00")
    at = local(day, 10).astimezone(__import__("datetime").UTC).strftime("%Y%m%dT%H%M%SZ")
    path = f"/book/details/?service={service.pk}&practitioner=race&at={at}"
    patients = [Patient(live_server.url) for _ in range(40)]

    def prepare(patient: Patient) -> dict:
        status, html = patient.open(path)
        assert status == 200
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return {
            "csrfmiddlewaretoken": token,
            "service": service.pk,
            "practitioner": "race",
            "at": at,
            "full_name": "Racing Patient",
            "email": f"race{id(patient)}@example.org",  # 40 different patients
            "phone": "01632 960 001",
        }

    with ThreadPoolExecutor(max_workers=8) as pool:
        forms = list(pool.map(prepare, patients))
    connection.close()  # the live server's threads need the database connections
    start = threading.Barrier(40)

    def confirm(pair):
        patient, form = pair
        start.wait()
        return patient.open("/book/details/", form)

    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(pool.map(confirm, zip(patients, forms, strict=True)))

    statuses = sorted(status for status, _ in results)
    assert statuses == [302] + [409] * 39, statuses
    taken = [html for status, html in results if status == 409]
    assert all("That time has just been taken" in html for html in taken)
    assert all("The nearest free times" in html and "11:00" in html for html in taken)
    assert Appointment.objects.count() == 1
    assert Occupied.objects.count() == 11  # 45 minutes and the 10-minute buffer, in 5s
