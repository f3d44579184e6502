"""Staff editing the clinic's people, prices and premises: owners edit, reviewers only read,
and a practitioner's photo must be a real image of sensible size with a description."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from clinic.images import PHOTO_MAX_BYTES
from treatments.models import Location, Practitioner, Service, WhatToExpect

pytestmark = pytest.mark.django_db

MODELS = {
    "practitioner": Practitioner,
    "service": Service,
    "whattoexpect": WhatToExpect,
    "location": Location,
}


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def png(width: int = 40, height: int = 40, *, noise: bool = False) -> bytes:
    if noise:  # random pixels do not compress: a big file from a plausible photo size
        image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = Image.new("RGB", (width, height), (29, 92, 87))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def practitioner_form(**changes) -> dict:
    data = {
        "name": "Robin Example",
        "slug": "robin-example",
        # Translated content: the English column (treatments/translation.py).
        "role_en_gb": "Acupuncturist",
        "is_published": "on",
        "display_order": "0",
        "photo_alt": "",
        "modalities": [],
        "qualifications_en_gb": "",
        "languages_en_gb": "",
        "bio_en_gb": "Robin gives acupuncture.",
        "booking_url": "",
        "registrations-TOTAL_FORMS": "0",
        "registrations-INITIAL_FORMS": "0",
        "registrations-MIN_NUM_FORMS": "0",
        "registrations-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


ADD_URL = reverse("admin:treatments_practitioner_add")


def errors(response) -> dict:
    return response.context["adminform"].form.errors


def test_an_owner_adds_a_practitioner_with_a_photo_stored_under_a_random_name(superuser_client):
    photo = SimpleUploadedFile("robin-at-home.png", png(), content_type="image/png")

    response = superuser_client.post(
        ADD_URL, practitioner_form(photo=photo, photo_alt="Robin smiling in a treatment room")
    )

    assert response.status_code == 302, errors(response)
    robin = Practitioner.objects.get(slug="robin-example")
    assert robin.photo.name.startswith("practitioners/")
    assert "robin" not in robin.photo.name
    assert robin.photo.storage.exists(robin.photo.name)
    assert robin.photo.url.startswith("/media/practitioners/")


def test_the_team_page_shows_the_photo_with_its_description(superuser_client, client):
    photo = SimpleUploadedFile("r.png", png(), content_type="image/png")
    superuser_client.post(ADD_URL, practitioner_form(photo=photo, photo_alt="Robin, smiling"))
    robin = Practitioner.objects.get(slug="robin-example")

    html = client.get("/team/").content.decode()

    assert f'src="{robin.photo.url}" alt="Robin, smiling"' in html


def test_a_photo_without_a_description_is_refused(superuser_client):
    photo = SimpleUploadedFile("r.png", png(), content_type="image/png")

    response = superuser_client.post(ADD_URL, practitioner_form(photo=photo, photo_alt="  "))

    assert response.status_code == 200
    assert errors(response)["photo_alt"] == ["Describe the photo for people who cannot see it."]
    assert not Practitioner.objects.filter(slug="robin-example").exists()


def test_no_description_is_needed_without_a_photo(superuser_client):
    response = superuser_client.post(ADD_URL, practitioner_form())

    assert response.status_code == 302
    assert Practitioner.objects.filter(slug="robin-example").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.png", b"%PDF-1.7 this is not an image at all"),
        ("photo.jpg", b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"),
    ],
)
def test_a_file_that_is_not_an_image_is_refused(superuser_client, name, content):
    upload = SimpleUploadedFile(name, content, content_type="image/png")

    response = superuser_client.post(ADD_URL, practitioner_form(photo=upload, photo_alt="Robin"))

    assert response.status_code == 200
    assert "Upload a valid image" in errors(response)["photo"][0]
    assert (
        not Practitioner.objects.exists()
        or not Practitioner.objects.filter(slug="robin-example").exists()
    )


def test_an_image_of_another_type_is_refused(superuser_client):
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="GIF")
    upload = SimpleUploadedFile("robin.gif", buffer.getvalue(), content_type="image/gif")

    response = superuser_client.post(ADD_URL, practitioner_form(photo=upload, photo_alt="Robin"))

    assert response.status_code == 200
    assert "File extension “gif” is not allowed" in errors(response)["photo"][0]


def test_a_photo_over_the_size_limit_is_refused_with_its_size(superuser_client):
    content = png(900, 900, noise=True)
    assert len(content) > PHOTO_MAX_BYTES
    upload = SimpleUploadedFile("big.png", content, content_type="image/png")

    response = superuser_client.post(ADD_URL, practitioner_form(photo=upload, photo_alt="Robin"))

    assert response.status_code == 200
    message = errors(response)["photo"][0]
    assert message.startswith("The photo is 2.") and "choose one of 2 MB or less" in message
    assert not Practitioner.objects.filter(slug="robin-example").exists()


def test_the_admin_lists_mark_the_examples(superuser_client):
    for model in ["practitioner", "service", "location"]:
        response = superuser_client.get(reverse(f"admin:treatments_{model}_changelist"))
        assert "is_example" in response.context["cl"].list_display, model
        assert ">Example</a>" in response.content.decode(), model  # the column's sortable header
        assert response.context["cl"].result_count >= 1


@pytest.mark.parametrize("model", MODELS)
def test_reviewers_can_read_but_not_change_add_or_delete(reviewer_client, model):
    obj = MODELS[model].objects.first()
    change_url = reverse(f"admin:treatments_{model}_change", args=[obj.pk])
    before = str(obj)

    assert reviewer_client.get(reverse(f"admin:treatments_{model}_changelist")).status_code == 200
    page = reviewer_client.get(change_url)
    assert page.status_code == 200
    assert 'type="submit"' not in page.content.decode().split('id="content-main"')[1]
    assert reviewer_client.post(change_url, {"name": "Changed"}).status_code == 403
    assert reviewer_client.get(reverse(f"admin:treatments_{model}_add")).status_code == 403
    delete_url = reverse(f"admin:treatments_{model}_delete", args=[obj.pk])
    assert reviewer_client.post(delete_url, {"post": "yes"}).status_code == 403
    obj.refresh_from_db()
    assert str(obj) == before


@pytest.mark.parametrize("model", MODELS)
def test_owners_can_change_and_delete(superuser_client, model):
    obj = MODELS[model].objects.first()

    change = superuser_client.get(reverse(f"admin:treatments_{model}_change", args=[obj.pk]))
    delete = superuser_client.post(
        reverse(f"admin:treatments_{model}_delete", args=[obj.pk]), {"post": "yes"}
    )

    assert 'name="_save"' in change.content.decode()
    assert delete.status_code == 302
    assert not MODELS[model].objects.filter(pk=obj.pk).exists()


@pytest.mark.parametrize("model", MODELS)
def test_staff_outside_the_group_and_outsiders_get_nothing(
    staff_without_group_client, client, model
):
    url = reverse(f"admin:treatments_{model}_changelist")

    assert staff_without_group_client.get(url).status_code == 403
    client.logout()
    assert client.get(url).status_code == 302


def test_a_photo_is_stored_upright_smaller_and_without_its_metadata(superuser_client):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0132] = "2026:05:01 08:30:00"  # when it was taken
    exif[0x0112] = 6  # orientation: turned a quarter; shown upright it is 1000 wide, 2000 high
    buffer = io.BytesIO()
    Image.new("RGB", (2000, 1000), (200, 180, 160)).save(buffer, format="JPEG", exif=exif)
    upload = SimpleUploadedFile("phone.jpg", buffer.getvalue(), content_type="image/jpeg")

    response = superuser_client.post(
        ADD_URL, practitioner_form(photo=upload, photo_alt="Robin at the clinic")
    )

    assert response.status_code == 302, errors(response)
    robin = Practitioner.objects.get(slug="robin-example")
    with robin.photo.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "JPEG"
        assert image.size == (600, 1200)
        assert dict(image.getexif()) == {}
