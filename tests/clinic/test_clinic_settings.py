"""The clinic's settings row: one row only, a brand colour that must stay readable, seeded from
the old environment variables, edited in the admin and shown at once."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.test import Client

from clinic.admin import ClinicSettingsForm
from clinic.brand import brand_css, contrast_ratio, validate_brand_colour
from clinic.models import ClinicSettings
from clinic.translation import ClinicSettingsTranslation

pytestmark = pytest.mark.django_db

CHANGE_URL = "/admin/clinic/clinicsettings/1/change/"
TRANSLATED = ClinicSettingsTranslation.fields


def form_data(**changes) -> dict:
    row = ClinicSettings.load()
    data = {
        field: getattr(row, field)
        # Every field of the admin's form but the logo (a file, which a test posts itself).
        for field in ClinicSettingsForm.Meta.fields
        if field != "logo"
    }
    # The owner's words per language (clinic/translation.py): each language's column.
    for field in TRANSLATED:
        english = data.pop(field)
        data[f"{field}_en_gb"] = english
        data[f"{field}_pl"] = getattr(row, f"{field}_pl") or ""
    management = {
        "premises_photos-TOTAL_FORMS": "0",
        "premises_photos-INITIAL_FORMS": "0",
        "premises_photos-MIN_NUM_FORMS": "0",
        "premises_photos-MAX_NUM_FORMS": "1000",
    }
    return {**data, **management, **changes}


def test_contrast_ratio_is_computed_as_wcag_defines_it():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_the_default_and_dark_colours_pass_the_contrast_check():
    for colour in ["#1d5c57", "#6b2140", "#000000", "#1a3a6b"]:
        validate_brand_colour(colour)


@pytest.mark.parametrize("colour", ["#7fb3ad", "#ffdd00", "#ffffff", "#888888"])
def test_a_colour_too_light_to_read_is_refused_with_its_ratio(colour):
    with pytest.raises(ValidationError) as refused:
        validate_brand_colour(colour)

    message = refused.value.messages[0]
    assert f"{colour} is too light to read" in message
    assert "at least 4.5:1" in message
    assert "Choose a darker shade" in message


@pytest.mark.parametrize("colour", ["teal", "#12345", "1d5c57", "#1d5c5g", "#1d5c57;}"])
def test_a_colour_that_is_not_a_hex_colour_is_refused(colour):
    with pytest.raises(ValidationError, match="six hexadecimal digits"):
        validate_brand_colour(colour)


def test_the_stylesheet_never_carries_anything_but_a_colour():
    assert "--clinic-primary: #6b2140;" in brand_css("#6b2140")
    assert "}" not in brand_css("red;} body{display:none")[:-3]
    assert "--clinic-primary: #1d5c57;" in brand_css("red;} body{display:none")


def test_there_is_one_row_and_the_database_refuses_a_second():
    assert ClinicSettings.objects.count() == 1

    with pytest.raises(IntegrityError):
        ClinicSettings.objects.create(id=2, name="Another clinic")


def test_the_row_is_seeded_from_the_old_environment_variables(monkeypatch):
    migration = importlib.import_module("clinic.migrations.0001_initial")
    ClinicSettings.objects.all().delete()
    monkeypatch.setenv("CLINIC_NAME", "Willow Tree Therapies")
    monkeypatch.setenv("CLINIC_OPENING_HOURS", "Tuesday to Saturday")
    monkeypatch.setenv("CLINIC_PHONE", "  ")

    migration.seed_from_environment(apps, None)

    row = ClinicSettings.objects.get()
    assert row.name == "Willow Tree Therapies"
    assert row.opening_hours == "Tuesday to Saturday"
    assert row.phone == "01234 567890"  # blank in the environment: the default


def test_the_admin_list_opens_the_one_row_and_it_cannot_be_added_or_deleted(superuser_client):
    assert superuser_client.get("/admin/clinic/clinicsettings/").url == CHANGE_URL
    assert superuser_client.get("/admin/clinic/clinicsettings/add/").status_code == 403
    assert superuser_client.get("/admin/clinic/clinicsettings/1/delete/").status_code == 403


def test_staff_without_permission_cannot_open_the_settings(reviewer_client):
    assert reviewer_client.get(CHANGE_URL).status_code == 403
    assert Client().get(CHANGE_URL).status_code == 302  # to the login page


def test_a_save_in_the_admin_shows_on_the_public_pages_at_once(superuser_client, client):
    assert "01234 567890" in client.get("/").content.decode()  # now cached

    response = superuser_client.post(CHANGE_URL, form_data(phone="020 7946 0000"))

    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert "020 7946 0000" in html and 'href="tel:02079460000"' in html


def test_a_light_colour_is_refused_in_the_admin_and_not_saved(superuser_client):
    response = superuser_client.post(CHANGE_URL, form_data(brand_colour="#7fb3ad"))

    assert response.status_code == 200
    assert "#7fb3ad is too light to read" in response.content.decode()
    assert ClinicSettings.load().brand_colour == "#1d5c57"


def test_a_plain_http_booking_page_or_social_link_is_refused(superuser_client):
    response = superuser_client.post(
        CHANGE_URL,
        form_data(booking_url="http://book.example/", social_links="http://social.example/us"),
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "booking_url" in errors
    assert errors["social_links"] == ["Enter an address starting https://."], errors


def test_https_booking_page_and_links_are_saved(superuser_client):
    response = superuser_client.post(
        CHANGE_URL,
        form_data(
            booking_url="https://book.clinic.example/",
            map_url="https://maps.example/willow",
            social_links="https://social.example/willow",
        ),
    )

    assert response.status_code == 302
    assert ClinicSettings.load().booking_url == "https://book.clinic.example/"


def test_the_brand_stylesheet_is_served_by_the_site_with_the_colour(client, set_clinic):
    set_clinic(brand_colour="#6b2140")

    response = client.get("/brand.css")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert "--clinic-primary: #6b2140;" in response.content.decode()
    assert '/brand.css?c=6b2140"' in client.get("/").content.decode()


def test_premises_photos_and_social_links_show_with_their_descriptions(client, set_clinic):
    set_clinic(social_links="https://social.example/willow\n\nhttps://www.other.example/w")
    ClinicSettings.load().premises_photos.create(
        image="premises/room.jpg", alt="The treatment room, with a massage table"
    )

    contact = client.get("/contact/").content.decode()

    assert 'alt="The treatment room, with a massage table"' in contact
    assert 'href="https://social.example/willow"' in contact
    assert ">other.example/w</a>" in contact


def test_the_accessibility_statement_gives_the_clinics_contact_and_the_tools(client, set_clinic):
    set_clinic(phone="020 7946 0000", email="desk@willow.example")

    html = client.get("/accessibility/").content.decode()

    assert "axe-core" in html and "Nu HTML Checker" in html and "200% zoom" in html
    assert 'href="tel:02079460000"' in html
    assert "desk@willow.example" in html
    assert 'href="/accessibility/"' in client.get("/privacy/").content.decode()


def test_massage_therapy_shows_a_price_on_the_home_page(client):
    html = client.get("/").content.decode()

    card = html[html.index(">Massage therapy</a>") :]
    assert "From £55" in card[: card.index("</article>")]
