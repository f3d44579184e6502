"""The public content pages stay up while the database is down: each is served from the last
copy rendered, kept in the shared cache, even by a process that never rendered it (each
process has its own page cache) or after that cache's minute is up. A page never rendered is
the friendly 503; a page is never served stale while the database answers."""

import pytest
from django.core.cache import caches
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

from clinic.content_cache import PAGES, bump_content_version
from tests.clinic.test_content_cache import content_urls
from tests.helpers import count_h1
from treatments.models import Modality

pytestmark = pytest.mark.django_db


def refuse(*args, **kwargs):
    raise OperationalError("could not connect to server: Connection refused")


@pytest.fixture
def web(client):
    client.raise_request_exception = False
    return client


def database_goes_down(monkeypatch) -> None:
    """Every query fails, and the process's own page cache is empty: another process, or the
    page's minute in it is up."""
    caches[PAGES].clear()
    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    monkeypatch.setattr(CursorWrapper, "executemany", refuse)


def test_every_content_page_seen_before_stays_up_when_the_database_goes_down(web, monkeypatch):
    urls = content_urls()
    before = {url: web.get(url).content for url in urls}

    database_goes_down(monkeypatch)

    for url in urls:
        response = web.get(url)
        assert response.status_code == 200, url
        assert response.content == before[url], url
        assert count_h1(response.content.decode()) == 1, url
        if url != "/privacy/":  # it reads nothing from the database: rendered as usual
            assert "no-cache" in response["Cache-Control"], url
            assert "public" not in response["Cache-Control"], url


def test_a_page_never_rendered_is_the_friendly_503(web, monkeypatch):
    web.get("/treatments/")
    database_goes_down(monkeypatch)

    response = web.get("/conditions/")

    assert response.status_code == 503
    assert "Sorry, we cannot show this page right now" in response.content.decode()


def test_another_query_string_is_another_page(web, monkeypatch):
    web.get("/treatments/compare/?m=acupuncture&m=acupressure")
    database_goes_down(monkeypatch)

    assert web.get("/treatments/compare/?m=acupuncture&m=acupressure").status_code == 200
    assert web.get("/treatments/compare/?m=acupuncture&m=massage-therapy").status_code == 503


def test_the_last_copy_is_never_served_while_the_database_answers(web):
    modality = Modality.objects.published().first()
    web.get(modality.get_absolute_url())
    Modality.objects.filter(pk=modality.pk).update(name="Renamed in the meantime")
    bump_content_version()

    response = web.get(modality.get_absolute_url())

    assert "Renamed in the meantime" in response.content.decode()
    assert "public" in response["Cache-Control"]


def test_the_newest_rendering_is_the_copy_kept(web, monkeypatch):
    modality = Modality.objects.published().first()
    web.get(modality.get_absolute_url())
    Modality.objects.filter(pk=modality.pk).update(name="Renamed in the meantime")
    bump_content_version()
    web.get(modality.get_absolute_url())

    database_goes_down(monkeypatch)

    assert "Renamed in the meantime" in web.get(modality.get_absolute_url()).content.decode()
