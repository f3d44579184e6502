"""The free-times page and the admin week cost a fixed number of queries, however many
appointments there are: one per practitioner's day for the occupied time, no query per time."""

import pytest
from django.urls import reverse

from appointments.services import appointment_book
from tests.appointments.conftest import local, working_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def busy(diary, service):
    day = working_day()
    for hour in (9, 11, 14, 16):
        appointment_book(
            diary=diary,
            service=service,
            starts_at=local(day, hour),
            full_name="A",
            email="a@example.org",
        )
    return day


def test_the_free_times_page(client, service, busy, django_assert_max_num_queries):
    client.get(reverse("appointments:times", args=[service.pk]))  # warm the clinic's settings
    with django_assert_max_num_queries(10):
        response = client.get(
            reverse("appointments:times", args=[service.pk]), {"from": busy.isoformat()}
        )
    assert response.status_code == 200


def test_the_admin_week(superuser_client, diary, busy, django_assert_max_num_queries):
    url = reverse("admin:appointments_diary_week", args=[diary.pk])
    superuser_client.get(url)
    with django_assert_max_num_queries(16):
        response = superuser_client.get(url, {"from": busy.isoformat()})
    assert response.status_code == 200
