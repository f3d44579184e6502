"""Public content pages are cached with Django's cache framework, shared with proxies, and
fresh after every change; intake and admin pages are never cached; public pages never touch
the session."""

import time
from unittest import mock

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils.cache import get_cache_key

from clinic.content_cache import CONTENT_PAGE_SECONDS, PAGES, content_version
from tests.helpers import admin_form_data, fill_in
from treatments.models import Comparison, Condition, Modality, Practitioner, Service

pytestmark = pytest.mark.django_db

LISTS = ["home", "privacy", "treatments:modality_list", "treatments:compare"]
LISTS += ["treatments:condition_list", "treatments:team", "treatments:prices"]
LISTS += ["treatments:contact"]


def content_urls() -> list[str]:
    """Every kind of public content page, once."""
    urls = [reverse(name) for name in LISTS]
    urls.append(reverse("treatments:compare") + "?m=acupuncture&m=acupressure")
    for model in (Modality, Comparison, Condition):
        urls.append(model.objects.published().first().get_absolute_url())
    return urls


def stored(url: str) -> bool:
    """Whether Django's page cache holds a page for this URL at the current content version."""
    request = RequestFactory().get(url)
    prefix = f"content-{content_version()}"
    return get_cache_key(request, key_prefix=prefix, cache=caches[PAGES]) is not None


def test_public_pages_are_public_have_an_etag_and_never_vary_by_cookie(client):
    for url in content_urls():
        response = client.get(url)

        assert response.status_code == 200, url
        assert "Cookie" not in response.get("Vary", ""), url
        assert not response.cookies, url
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert cache_control == {"public", f"max-age={CONTENT_PAGE_SECONDS}"}, url
        assert response["ETag"], url
        assert "nonce" not in response.content.decode(), url  # one page for everyone
        assert stored(url), url


def test_a_signed_in_reviewer_gets_the_same_public_page_without_their_session(reviewer_client):
    response = reviewer_client.get("/treatments/")

    assert "Cookie" not in response.get("Vary", "")
    assert "public" in response["Cache-Control"]
    assert not response.cookies  # the session was not touched, so not saved or sent again


def test_public_pages_neither_end_nor_extend_an_idle_staff_session(reviewer_client):
    """The staff session timeout acts under /admin/ only, where staff work."""
    assert reviewer_client.get("/admin/").status_code == 200
    session = reviewer_client.session
    session["staff_session_seen"] = time.time() - 16 * 60
    session.save()

    assert reviewer_client.get("/treatments/").status_code == 200
    response = reviewer_client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in reviewer_client.session


def test_a_browser_with_the_page_gets_a_304(client):
    etag = client.get("/treatments/acupuncture/")["ETag"]

    response = client.get("/treatments/acupuncture/", headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert client.get("/treatments/", headers={"if-none-match": etag}).status_code == 200


def test_an_invalid_comparison_choice_is_not_kept(client):
    url = "/treatments/compare/?m=not-a-treatment"
    response = client.get(url)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private"
    assert not stored(url)


def test_a_page_that_sets_a_cookie_is_never_shared():
    from django.http import HttpResponse

    from clinic.content_cache import cache_content_page

    def view(request):
        response = HttpResponse("Yours alone.")
        response.set_cookie("seen", "1")
        return response

    response = cache_content_page(view)(RequestFactory().get("/a-page/"))

    assert response["Cache-Control"] == "private"
    assert not stored("/a-page/")


@pytest.mark.parametrize("url", ["/intake/", "/intake/about-you/", "/intake/check/"])
def test_intake_pages_are_never_cached(client, answers, url):
    fill_in(client, answers)
    response = client.get(url)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "ETag" not in response
    assert not stored(url)


@pytest.mark.parametrize(
    ("who", "url"),
    [
        ("superuser_client", "/admin/"),
        ("superuser_client", "/admin/intake/submission/"),
        ("client", "/admin/login/"),
    ],
)
def test_admin_pages_are_never_cached(request, who, url):
    response = request.getfixturevalue(who).get(url)

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert "ETag" not in response
    assert not stored(url)


def test_a_model_save_shows_on_the_next_request(client):
    assert "A summary saved in the shell." not in client.get("/treatments/").content.decode()
    modality = Modality.objects.get(slug="acupressure")
    modality.summary = "A summary saved in the shell."

    modality.save()

    assert "A summary saved in the shell." in client.get("/treatments/").content.decode()


def test_a_delete_shows_on_the_next_request(client):
    assert "Sam Sample" in client.get("/team/").content.decode()  # now cached

    Practitioner.objects.filter(slug="sam-sample").delete()

    assert "Sam Sample" not in client.get("/team/").content.decode()


def test_an_admin_edit_shows_on_the_next_request(superuser_client, client):
    assert "£70" in client.get("/prices/").content.decode()  # now cached
    service = Service.objects.get(modality__slug="acupuncture", name="First visit")
    url = reverse("admin:treatments_service_change", args=[service.pk])
    data = admin_form_data(superuser_client.get(url))
    data["price"] = "74.00"

    assert superuser_client.post(url, data).status_code == 302

    html = client.get("/prices/").content.decode()
    assert "£74" in html
    assert "£70" not in html.split('id="prices-acupuncture"')[1].split("</table>")[0]


def test_a_change_retires_the_pages_again_once_committed(django_capture_on_commit_callbacks):
    """A page rendered between the save and the commit shows the content before the change;
    it is retired when the change is committed."""
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Modality.objects.get(slug="acupressure").save()
    before_commit = content_version()

    for callback in callbacks:
        callback()

    assert callbacks
    assert content_version() != before_commit


def test_migrate_retires_the_pages_as_data_migrations_send_no_signals(client):
    client.get("/treatments/")
    version = content_version()

    call_command("migrate", verbosity=0)

    assert content_version() != version
    assert not stored("/treatments/")


def test_a_bulk_update_shows_when_the_cached_page_times_out(client):
    """QuerySet.update() sends no signal: the page's timeout is what bounds its age."""
    client.get("/treatments/")  # now cached
    Modality.objects.filter(slug="acupressure").update(summary="A bulk-updated summary.")

    assert "A bulk-updated summary." not in client.get("/treatments/").content.decode()
    later = time.time() + CONTENT_PAGE_SECONDS + 1
    with mock.patch("time.time", return_value=later):
        assert "A bulk-updated summary." in client.get("/treatments/").content.decode()


def test_a_new_condition_is_offered_in_the_intake_at_once():
    from intake.patient.forms import SymptomsForm

    assert "tennis-elbow" not in dict(SymptomsForm().fields["conditions"].choices)  # now cached

    Condition.objects.create(name="Tennis elbow", slug="tennis-elbow", summary="Elbow pain.")

    assert "tennis-elbow" in dict(SymptomsForm().fields["conditions"].choices)
