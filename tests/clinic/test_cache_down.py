"""Redis is a cache, not a dependency: with REDIS_URL pointing at a port where nothing listens,
every page and the whole intake still work, /healthz says the cache is degraded while
answering 200, the outage is logged once a minute, and the intake limit still holds."""

import logging

import pytest
from django.core.cache import cache
from django.test import Client

from clinic.cache import outages
from intake.models import Submission
from tests.helpers import count_h1, fill_in, submit
from tests.smtp import free_port
from treatments.models import Comparison, Condition, Modality

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down(settings):
    """The real Redis backend, configured as production does, at a closed port."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "clinic.cache.ClinicRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    outages._last = float("-inf")


def public_urls() -> list[str]:
    urls = ["/", "/privacy/", "/treatments/", "/intake/", "/conditions/"]
    urls += [m.get_absolute_url() for m in Modality.objects.published()]
    urls += [c.get_absolute_url() for c in Comparison.objects.published()]
    urls += [c.get_absolute_url() for c in Condition.objects.all()]
    urls += ["/treatments/compare/?m=acupuncture&m=acupressure"]
    return urls


def test_every_public_page_works_without_the_cache(client, redis_down):
    for url in public_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        assert count_h1(response.content.decode()) == 1, url
        # And again, when a working cache would have served it.
        assert client.get(url).status_code == 200, url


def test_the_whole_intake_works_without_the_cache(client, answers, redis_down, mailoutbox):
    fill_in(client, answers)  # every step answers 302
    assert client.get("/intake/check/").status_code == 200

    response = submit(client)

    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert Submission.objects.get().full_name == "Ada Lovelace"
    assert len(mailoutbox) == 1


def test_healthz_says_the_cache_is_degraded_but_answers_200(client, redis_down):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up", "cache": "degraded"}


def test_healthz_says_the_cache_is_up_when_it_answers(client):
    assert client.get("/healthz").json()["cache"] == "up"


def test_the_outage_is_logged_once_a_minute_not_on_every_request(client, redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="clinic.cache"):
        for _ in range(3):
            client.get("/")
            client.get("/healthz")

    warnings = [r for r in caplog.records if r.name == "clinic.cache"]
    assert len(warnings) == 1
    assert "not answering" in warnings[0].getMessage()


def test_a_cache_that_is_down_answers_as_a_miss(redis_down):
    assert cache.get("anything", "fallback") == "fallback"
    assert cache.add("key", 1) is False
    assert cache.set("key", 1) is None
    assert cache.get_many(["a", "b"]) == {}
    assert cache.delete("key") is False
    with pytest.raises(ValueError):
        cache.incr("key")


def other_process_cache(settings, name: str) -> None:
    """Another app server's own in-memory cache: shares nothing with the others."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name},
    }


def test_the_rate_limit_holds_across_processes_with_redis_down(client, answers, settings):
    """Ten intakes from one address through two servers, each with its own cache (and Redis
    down for the last): the eleventh is refused."""
    for number in range(10):
        other_process_cache(settings, "server-a" if number % 2 else "server-b")
        fill_in(client, answers)
        assert submit(client).status_code == 302
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "clinic.cache.ClinicRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        },
    }
    fill_in(client, answers)

    response = submit(client)

    assert response.status_code == 429
    assert Submission.objects.count() == 10


def test_the_rate_limit_counts_each_address_apart(client, answers, settings):
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 1
    fill_in(client, answers)
    assert submit(client).status_code == 302
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    fill_in(elsewhere, answers)
    assert submit(elsewhere).status_code == 302
    fill_in(client, answers)
    assert submit(client).status_code == 429
