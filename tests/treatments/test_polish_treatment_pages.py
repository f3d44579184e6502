"""The treatment pages in Polish (migration 0019): what each treatment is, how a session goes and
the "At a glance" facts read in Polish, with no English sentence of theirs left on the page; a
row staff have reworded keeps its English until they translate it."""

import importlib
import re
from html import unescape

import pytest
from django.apps import apps as django_apps

from treatments.models import Modality

pytestmark = pytest.mark.django_db

migration = importlib.import_module("treatments.migrations.0019_pl_treatment_pages")

FIELDS = ["body", "session", "cultural_origin", "typical_tools", "practitioner"]
LONG_FIELDS = ["body", "session"]
SLUGS = ["massage-therapy", "medical-massage", "relaxation-massage", "acupressure", "acupuncture"]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if s]


def polish_page(client, slug: str) -> str:
    response = client.get(f"/pl/treatments/{slug}/")
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_every_published_treatment_has_its_page_in_polish():
    missing = [
        (modality.slug, field)
        for modality in Modality.objects.published()
        for field in FIELDS
        if not getattr(modality, f"{field}_pl")
    ]

    assert Modality.objects.published().count() == len(SLUGS)
    assert missing == []


def test_the_polish_keeps_the_english_paragraphs():
    for modality in Modality.objects.all():
        for field in LONG_FIELDS:
            english, polish = getattr(modality, f"{field}_en_gb"), getattr(modality, f"{field}_pl")
            assert polish.count("\n\n") == english.count("\n\n"), (modality.slug, field)


@pytest.mark.parametrize("slug", SLUGS)
def test_the_polish_page_shows_the_polish_body_and_session(client, slug):
    modality = Modality.objects.get(slug=slug)
    page = polish_page(client, slug)

    for field in LONG_FIELDS:
        first, *rest = getattr(modality, f"{field}_pl").split("\n\n")
        # No lang="en-gb" on the div: it holds Polish, not the English fallback.
        assert f"<div><p>{first}</p>" in page, field
        for paragraph in rest:
            assert f"<p>{paragraph}</p>" in page, (field, paragraph[:60])
    assert f"<span>{modality.cultural_origin_pl}</span>" in page
    assert f"<dd>{modality.practitioner_pl}</dd>" in page
    assert f"<dd>{modality.typical_tools_pl}</dd>" in page


@pytest.mark.parametrize("slug", SLUGS)
def test_the_polish_page_has_none_of_their_english_sentences(client, slug):
    modality = Modality.objects.get(slug=slug)
    page = polish_page(client, slug)

    english = [s for field in LONG_FIELDS for s in sentences(getattr(modality, f"{field}_en_gb"))]
    assert len(english) > 5
    assert [s for s in english if s in page] == []


def test_a_row_staff_reworded_keeps_its_english_fallback(client):
    reworded = "Acupuncture, as our acupuncturist gives it: fine needles at chosen points."
    Modality.objects.filter(slug="acupuncture").update(body_en_gb=reworded, body_pl=None)

    migration.polish(django_apps, None)

    assert Modality.objects.get(slug="acupuncture").body_pl is None
    assert f'<div lang="en-gb"><p>{reworded}</p></div>' in polish_page(client, "acupuncture")


def test_a_polish_text_staff_wrote_first_is_kept():
    own = "Akupunktura w naszej klinice: cienkie igły w wybranych punktach."
    Modality.objects.filter(slug="acupuncture").update(body_pl=own)

    migration.polish(django_apps, None)

    assert Modality.objects.get(slug="acupuncture").body_pl == own


def test_reversing_clears_only_the_polish_it_filled():
    own = "Akupunktura w naszej klinice: cienkie igły w wybranych punktach."
    Modality.objects.filter(slug="acupuncture").update(body_pl=own)

    migration.no_polish(django_apps, None)

    acupuncture = Modality.objects.get(slug="acupuncture")
    assert acupuncture.body_pl == own
    assert acupuncture.session_pl is None
    assert Modality.objects.exclude(body_pl=None).count() == 1
    assert Modality.objects.get(slug="acupuncture").name_pl == "Akupunktura"  # 0017's, untouched
