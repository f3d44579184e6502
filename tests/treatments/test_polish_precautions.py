"""The precautions in Polish (migration 0018): every seeded precaution and its advice has its
Polish, a treatment page's "Safety" list shows it, and a row staff have reworded in English
is left to them, shown in English and marked as such, until they translate it."""

import importlib
import re

import pytest
from django.apps import apps as django_apps
from django.db.models import Q

from treatments.models import Precaution, PrecautionGuidance

pytestmark = pytest.mark.django_db

migration = importlib.import_module("treatments.migrations.0018_pl_precautions")

MODALITY_SLUGS = [
    "massage-therapy",
    "medical-massage",
    "relaxation-massage",
    "acupressure",
    "acupuncture",
]


def lacking_polish(model, field: str) -> list[int]:
    """Rows with English in field but no Polish: they fall back to English on /pl/ pages."""
    english = Q(**{f"{field}_en_gb": ""}) | Q(**{f"{field}_en_gb__isnull": True})
    polish = Q(**{f"{field}_pl": ""}) | Q(**{f"{field}_pl__isnull": True})
    return list(model.objects.exclude(english).filter(polish).values_list("pk", flat=True))


def safety_list(html: str) -> str:
    start = html.index('<ul class="guidance-list">')
    return html[start : html.index("</ul>", start)]


def guidance(precaution: str, modality: str) -> PrecautionGuidance:
    return PrecautionGuidance.objects.get(precaution__slug=precaution, modality__slug=modality)


@pytest.mark.parametrize("field", ["name", "question", "detail_prompt"])
def test_every_precaution_has_its_polish(field):
    """Retired questions too: old intakes still show them."""
    assert lacking_polish(Precaution, field) == []


def test_every_precaution_guidance_has_its_polish_advice():
    assert PrecautionGuidance.objects.count() > 100
    assert lacking_polish(PrecautionGuidance, "advice") == []


def test_a_treatment_page_in_polish_gives_the_safety_advice_in_polish(client):
    html = client.get("/pl/treatments/acupuncture/").content.decode()
    device = guidance("implanted-device", "acupuncture")

    assert "nie wolno stosować elektroakupunktury" in device.advice_pl
    assert device.advice_pl in html
    assert device.advice_en_gb not in html
    assert "<strong>Rozrusznik serca lub inne wszczepione urządzenie.</strong>" in html


@pytest.mark.parametrize("slug", MODALITY_SLUGS)
def test_no_advice_on_a_polish_treatment_page_is_left_in_english(client, slug):
    items = safety_list(client.get(f"/pl/treatments/{slug}/").content.decode())

    assert items.count("<li ") >= 15
    assert 'lang="en-gb"' not in items


def test_the_english_page_still_gives_the_english_advice(client):
    html = client.get("/treatments/acupuncture/").content.decode()
    device = guidance("implanted-device", "acupuncture")

    assert device.advice_en_gb in html
    assert device.advice_pl not in html


def test_a_row_reworded_by_staff_is_left_in_english_and_marked_as_english(client):
    row = guidance("blood-thinners", "acupuncture")
    reworded = "Please check with the doctor who prescribed your blood thinner first."
    PrecautionGuidance.objects.filter(pk=row.pk).update(advice_en_gb=reworded, advice_pl=None)

    migration.polish(django_apps, None)  # as if 0018 ran after the staff's change
    row.refresh_from_db()
    html = client.get("/pl/treatments/acupuncture/").content.decode()

    assert row.advice_pl is None
    assert f'<span lang="en-gb">{reworded}</span>' in safety_list(html)


def test_the_polish_is_only_written_where_none_is(client):
    row = guidance("fever", "acupuncture")
    PrecautionGuidance.objects.filter(pk=row.pk).update(advice_pl="Tekst od personelu.")

    migration.polish(django_apps, None)
    row.refresh_from_db()

    assert row.advice_pl == "Tekst od personelu."


def test_reversing_clears_only_the_polish_the_migration_wrote():
    staff = guidance("fever", "acupuncture")
    PrecautionGuidance.objects.filter(pk=staff.pk).update(advice_pl="Tekst od personelu.")

    migration.no_polish(django_apps, None)

    assert PrecautionGuidance.objects.get(pk=staff.pk).advice_pl == "Tekst od personelu."
    everyone_else = set(
        PrecautionGuidance.objects.exclude(pk=staff.pk).values_list("pk", flat=True)
    )
    assert set(lacking_polish(PrecautionGuidance, "advice")) == everyone_else
    assert lacking_polish(Precaution, "question") != []


def test_the_polish_keeps_the_numbers_and_drug_names_of_the_english():
    """Numbers, the NHS's GP and named medicines carry over: a translation may reword the
    advice but not lose what it points the patient to."""
    for row in PrecautionGuidance.objects.all():
        for token in re.findall(r"\b(?:\d+|GP|NHS)\b", row.advice_en_gb):
            assert token in row.advice_pl, (row, token)
    assert "warfaryn" in guidance("blood-thinners", "acupuncture").advice_pl
