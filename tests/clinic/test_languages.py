"""Choosing a language: addresses, the language links, Accept-Language, the review status,
and cached pages that never mix languages."""

import pytest
from django.test import override_settings

from clinic.models import LanguageReview

pytestmark = pytest.mark.django_db


def test_english_pages_keep_their_addresses_and_polish_ones_are_prefixed(client):
    english = client.get("/treatments/")
    polish = client.get("/pl/treatments/")

    assert english.status_code == polish.status_code == 200
    assert '<html lang="en-gb" dir="ltr">' in english.content.decode()
    assert '<html lang="pl" dir="ltr">' in polish.content.decode()
    assert english["Content-Language"] == "en-gb"
    assert polish["Content-Language"] == "pl"


@pytest.mark.parametrize("path", ["/admin/login/", "/healthz", "/fhir/Questionnaire/intake"])
def test_staff_and_machine_addresses_have_no_language_prefix(client, path):
    assert client.get(path).status_code == 200
    assert client.get("/pl" + path).status_code == 404


def test_polish_is_shipped_unreviewed():
    review = LanguageReview.objects.get(language="pl")

    assert not review.reviewed


def test_an_unreviewed_language_is_not_offered_in_production(client):
    page = client.get("/").content.decode()

    assert "Polski" not in page
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="pl").status_code == 200


@override_settings(DEBUG=True)
def test_with_debug_on_every_language_is_offered_in_its_own_name(client):
    page = client.get("/treatments/").content.decode()

    assert 'href="/language/pl/?next=%2Ftreatments%2F" lang="pl" hreflang="pl">Polski</a>' in page


def test_a_reviewed_language_is_offered_and_an_accept_language_visit_goes_there(client):
    LanguageReview.objects.filter(language="pl").update(
        reviewed=True, reviewed_by="A. Tłumacz, medical translator", reviewed_on="2026-12-01"
    )

    assert "Polski" in client.get("/").content.decode()
    response = client.get("/treatments/?m=acupressure", HTTP_ACCEPT_LANGUAGE="pl,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/pl/treatments/?m=acupressure"
    assert "Accept-Language" in response["Vary"]


def test_a_polish_page_links_back_to_english_even_before_review(client):
    page = client.get("/pl/treatments/").content.decode()

    assert 'lang="en-gb" hreflang="en-gb">English</a>' in page


def test_the_language_link_sets_the_cookie_and_english_chosen_stays_english(client):
    LanguageReview.objects.filter(language="pl").update(
        reviewed=True, reviewed_by="A. Tłumacz", reviewed_on="2026-12-01"
    )
    response = client.get("/language/en-gb/?next=/pl/intake/")

    assert response.status_code == 302
    assert response["Location"] == "/intake/"
    assert client.get("/intake/", HTTP_ACCEPT_LANGUAGE="pl").status_code == 200


def test_the_language_link_never_sends_anyone_off_the_site(client):
    response = client.get("/language/pl/?next=https://evil.example/")

    assert response["Location"] == "/pl/"


def test_marking_a_language_reviewed_needs_who_and_when():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        LanguageReview.objects.filter(language="pl").update(reviewed=True)


def test_cached_content_pages_never_mix_languages(client):
    # Each language first, then again from the cache: each keeps its own words.
    for _round in range(2):
        english = client.get("/treatments/").content.decode()
        polish = client.get("/pl/treatments/").content.decode()
        assert ">Treatments</a>" in english and ">Zabiegi</a>" not in english
        assert ">Zabiegi</a>" in polish and ">Treatments</a>" not in polish
