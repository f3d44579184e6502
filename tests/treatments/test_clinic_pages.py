"""The clinic as people and prices: the team, prices and contact pages, and what each treatment
page says about who gives it, what it costs, what to expect and how to book."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.helpers import count_h1
from treatments.models import Location, Modality, Practitioner, Registration, Service, WhatToExpect

pytestmark = pytest.mark.django_db


def page(client, url: str) -> str:
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert count_h1(html) == 1
    assert re.search(r"<title>[^<]+</title>", html)
    return html


@pytest.mark.parametrize("url", ["/team/", "/prices/", "/contact/"])
def test_new_pages_are_linked_from_every_page(client, url):
    assert f'href="{url}"' in page(client, "/")
    assert f'href="{url}"' in page(client, url)


def test_team_page_shows_each_published_practitioner_with_their_details(client):
    sam = Practitioner.objects.get(slug="sam-sample")
    Registration.objects.create(
        practitioner=sam,
        text="Register of Acupuncturists, no. 12",
        register_url="https://r.example/12",
    )

    html = page(client, "/team/")

    for practitioner in Practitioner.objects.all():
        assert practitioner.name in html
        assert f'id="{practitioner.slug}"' in html
    assert "Register of Acupuncturists, no. 12" in html
    assert 'href="https://r.example/12"' in html
    assert "English, Spanish" in html
    assert "Degree in acupuncture (example)" in html
    assert 'href="/treatments/acupuncture/"' in html


def test_unpublished_practitioners_are_hidden_everywhere(client):
    Practitioner.objects.filter(slug="sam-sample").update(is_published=False)

    for url in ["/team/", "/treatments/acupuncture/", "/treatments/acupressure/"]:
        assert "Sam Sample" not in page(client, url), url


def test_team_page_says_so_when_nobody_is_listed(client, set_clinic):
    set_clinic(phone="020 7946 0000")
    Practitioner.objects.update(is_published=False)

    html = page(client, "/team/")

    assert "We have not listed our practitioners yet" in html
    assert "020 7946 0000" in html


def test_prices_page_lists_services_by_treatment_with_the_may_change_note(client):
    html = page(client, "/prices/")

    assert "Prices are set by the clinic and may change" in html
    for service in Service.objects.select_related("modality"):
        assert service.modality.name in html
        assert service.price_display in html
    assert "75 minutes" in html  # the example first acupuncture visit
    assert "£70" in html
    assert "sample prices for this demonstration site" in html


def test_prices_use_the_currency_setting(client, settings):
    settings.CLINIC_CURRENCY = "EUR"
    Service.objects.filter(modality__slug="acupuncture", name="Follow-up").update(
        price=Decimal("52.50")
    )

    html = page(client, "/prices/")

    assert "€52.50" in html
    assert "£" not in html


def test_a_currency_without_a_symbol_shows_its_code(settings):
    settings.CLINIC_CURRENCY = "CHF"
    service = Service(price=Decimal("1200"))

    assert service.price_display == "CHF 1,200"


def test_unpublished_services_and_their_empty_treatments_are_hidden(client):
    Service.objects.filter(modality__slug="acupuncture").update(is_published=False)

    html = page(client, "/prices/")

    assert 'id="prices-acupuncture"' not in html
    assert 'id="prices-acupressure"' in html
    assert "Sessions and prices" not in page(client, "/treatments/acupuncture/")


def test_treatment_page_shows_what_to_expect_prices_practitioners_and_booking(client, set_clinic):
    set_clinic(phone="020 7946 0000")
    set_clinic(email="desk@willow.example")
    set_clinic(booking_url="")
    expect = WhatToExpect.objects.get(modality__slug="acupuncture")

    html = page(client, "/treatments/acupuncture/")

    assert "What to wear" in html
    assert expect.what_to_wear.split(".")[0] in html
    assert "When you might notice a change" in html
    assert "75 minutes" in html and "£70" in html
    assert "Sam Sample" in html
    assert 'href="/team/#sam-sample"' in html
    assert "Alex Example" not in html  # gives massage, not acupuncture
    assert 'href="tel:02079460000"' in html
    assert 'href="mailto:desk@willow.example?subject=Booking%3A%20Acupuncture"' in html
    assert "Book online" not in html


def test_a_services_own_booking_page_wins_over_the_clinics(client, set_clinic):
    set_clinic(booking_url="https://book.clinic.example/")
    Service.objects.filter(modality__slug="acupuncture", name="First visit").update(
        booking_url="https://book.clinic.example/acupuncture-first"
    )

    html = page(client, "/treatments/acupuncture/")

    assert 'href="https://book.clinic.example/acupuncture-first"' in html  # the first visit
    assert 'href="https://book.clinic.example/"' in html  # the follow-up, and the page's button


def test_a_treatment_without_services_or_content_still_offers_phone_and_email(client, set_clinic):
    set_clinic(phone="020 7946 0000")
    Service.objects.filter(modality__slug="acupuncture").delete()
    WhatToExpect.objects.filter(modality__slug="acupuncture").delete()

    html = page(client, "/treatments/acupuncture/")

    assert "What to wear" not in html
    assert "Sessions and prices" not in html
    assert 'href="tel:02079460000"' in html


def test_contact_page_shows_address_hours_getting_here_and_access(client, set_clinic):
    set_clinic(address="7 Willow Lane, Riverside")
    set_clinic(opening_hours="Tuesday to Saturday, 8am to 8pm")
    Location.objects.update(map_url="https://maps.example/willow")

    html = page(client, "/contact/")

    assert "7 Willow Lane, Riverside" in html
    assert "Tuesday to Saturday, 8am to 8pm" in html
    for heading in ["How to get here", "Step-free access", "Parking", "Other accessibility"]:
        assert heading in html
    assert 'href="https://maps.example/willow"' in html
    assert "<iframe" not in html


def test_contact_page_prefers_a_locations_own_address_and_falls_back_without_one(client):
    Location.objects.update(address="Unit 3, Mill Yard\nRiverside")
    assert "Unit 3, Mill Yard<br>Riverside" in page(client, "/contact/")

    Location.objects.all().delete()
    html = page(client, "/contact/")
    assert "Opening hours" in html


def test_new_pages_load_nothing_from_another_host(client):
    Location.objects.update(map_url="https://maps.example/willow")
    for url in ["/team/", "/prices/", "/contact/"]:
        html = page(client, url)
        assert not re.search(r"""src=["'](?:https?:)?//""", html), url


@pytest.mark.parametrize("url", ["/team/", "/prices/", "/contact/", "/treatments/acupuncture/"])
def test_query_count_stays_fixed_as_the_team_grows(client, django_assert_max_num_queries, url):
    from django.core.cache import cache

    def add_people(start: int, count: int) -> None:
        acupuncture = Modality.objects.get(slug="acupuncture")
        for i in range(start, start + count):
            person = Practitioner.objects.create(name=f"Extra {i}", slug=f"extra-{i}", bio="Hi.")
            person.modalities.add(acupuncture)
            Registration.objects.create(practitioner=person, text=f"Register no. {i}")
            Service.objects.create(
                modality=acupuncture, name=f"Session {i}", duration_minutes=30, price=10
            )

    add_people(0, 1)
    # 11 with the languages reviewed for the language links (1, cached: clinic/languages.py).
    with django_assert_max_num_queries(11) as small:
        assert client.get(url).status_code == 200
    cache.clear()
    add_people(1, 5)

    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200


def change(client, model, obj, **changes):
    """Posts an admin change form for obj with some fields changed."""
    from tests.helpers import admin_form_data

    url = reverse(f"admin:treatments_{model}_change", args=[obj.pk])
    data = admin_form_data(client.get(url))
    data.pop("photo", None)  # a file input left empty keeps the file
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_staff_edits_show_on_the_cached_pages_at_once(superuser_client, client):
    assert "Sam Sample" in client.get("/team/").content.decode()  # now cached
    assert "£70" in client.get("/treatments/acupuncture/").content.decode()
    sam = Practitioner.objects.get(slug="sam-sample")
    service = Service.objects.get(modality__slug="acupuncture", name="First visit")

    change(superuser_client, "practitioner", sam, name="Samantha Sample")
    change(superuser_client, "service", service, price="72.00")

    assert "Samantha Sample" in client.get("/team/").content.decode()
    assert "£72" in client.get("/treatments/acupuncture/").content.decode()


def test_changing_which_treatments_someone_gives_shows_at_once(client):
    kit = Practitioner.objects.get(slug="kit-demo")
    assert "Kit Demo" not in client.get("/treatments/acupuncture/").content.decode()  # cached

    kit.modalities.add(Modality.objects.get(slug="acupuncture"))

    assert "Kit Demo" in client.get("/treatments/acupuncture/").content.decode()


def test_the_seeded_examples_are_marked_and_fictional():
    assert Practitioner.objects.count() == 3
    assert not Practitioner.objects.filter(is_example=False).exists()
    assert not Service.objects.filter(is_example=False).exists()
    assert set(Practitioner.objects.values_list("name", flat=True)) == {
        "Alex Example",
        "Sam Sample",
        "Kit Demo",
    }
    # Every leaf treatment has a price list, and every treatment says what to expect.
    for slug in ["medical-massage", "relaxation-massage", "acupressure", "acupuncture"]:
        assert Service.objects.filter(modality__slug=slug).exists(), slug
    assert WhatToExpect.objects.count() == Modality.objects.count()


def test_what_to_expect_hedges_how_soon_a_change_shows():
    for expect in WhatToExpect.objects.all():
        text = expect.noticing_a_change.lower()
        assert any(word in text for word in ["may", "might", "often", "usually"]), expect
        assert "cure" not in text and "guarantee" not in text


def test_at_a_glance_says_plainly_whether_a_treatment_can_be_self_administered(client):
    acupuncture = page(client, "/treatments/acupuncture/")
    acupressure = page(client, "/treatments/acupressure/")

    assert "<dt>Can be self-administered</dt><dd>No</dd>" in acupuncture
    assert "<dt>Can be self-administered</dt><dd>Yes, once learnt</dd>" in acupressure
