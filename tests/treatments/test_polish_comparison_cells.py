"""The comparison tables' cells and the conditions' evidence notes in Polish (migration 0020):
every seeded row has its Polish, the Polish pages show it and none of the English, and a row
staff have reworded is left in English for them to translate."""

import importlib

import pytest
from django.apps import apps

from tests.treatments.test_polish_content import without_polish
from treatments.models import AspectValue, Comparison, Condition, ConditionUse

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("treatments.migrations.0020_pl_comparison_cells")
COMPARISONS = [
    "massage-therapy-vs-acupressure",
    "acupuncture-vs-acupressure",
    "medical-massage-vs-relaxation-massage",
]


def lacking_polish(queryset, field: str) -> list[str]:
    polish = f"{field}_pl"
    blank = queryset.filter(**{f"{polish}__isnull": True}) | queryset.filter(**{polish: ""})
    return [str(row) for row in blank]


def test_every_comparison_cell_has_its_polish():
    assert AspectValue.objects.exists()
    assert lacking_polish(AspectValue.objects.all(), "text") == []


def test_every_evidence_note_has_its_polish():
    assert ConditionUse.objects.exists()
    assert lacking_polish(ConditionUse.objects.all(), "note") == []


@pytest.mark.parametrize("slug", COMPARISONS)
def test_a_polish_comparison_page_shows_its_cells_in_polish(client, slug):
    html = client.get(f"/pl/treatments/compare/{slug}/").content.decode()

    entries = Comparison.objects.get(slug=slug).entries.all()
    cells = AspectValue.objects.filter(modality__in=entries.values("modality"))
    assert cells.count() >= 2 * 14  # every aspect, for both treatments
    for cell in cells:
        assert cell.text_pl in html, cell
        assert cell.text_en_gb not in html, cell


def test_the_polish_compare_chooser_shows_the_chosen_cells_in_polish(client):
    html = client.get("/pl/treatments/compare/?m=massage-therapy&m=acupuncture").content.decode()

    cells = AspectValue.objects.filter(modality__slug__in=["massage-therapy", "acupuncture"])
    for cell in cells:
        assert cell.text_pl in html, cell
        assert cell.text_en_gb not in html, cell


def test_polish_condition_pages_show_their_evidence_notes_in_polish(client):
    for condition in Condition.objects.published().prefetch_related("uses"):
        html = client.get(f"/pl/conditions/{condition.slug}/").content.decode()

        for use in condition.uses.all():
            assert use.note_pl in html, use
            assert use.note_en_gb not in html, use
        assert '<p lang="en-gb">' not in html, condition.slug


def test_a_polish_treatment_page_lists_its_evidence_notes_in_polish(client):
    html = client.get("/pl/treatments/acupressure/").content.decode()

    uses = ConditionUse.objects.filter(modality__slug="acupressure")
    assert uses.exists()
    for use in uses:
        assert use.note_pl in html, use
        assert use.note_en_gb not in html, use


def test_the_polish_hedges_what_the_english_hedges():
    """A note that says "may" in English says "może" (or "mogą") in Polish: the translation
    never turns a possibility into a promise."""
    for use in ConditionUse.objects.filter(note_en_gb__contains=" may "):
        assert "może" in use.note_pl or "mogą" in use.note_pl, use


def test_a_note_staff_reworded_keeps_its_english(client):
    use = ConditionUse.objects.get(condition__slug="sciatica", modality__slug="medical-massage")
    ConditionUse.objects.filter(pk=use.pk).update(note_en_gb="Reworded by our staff.")
    without_polish(use, "note")

    MIGRATION.polish(apps, schema_editor=None)  # as if the migration ran again

    use.refresh_from_db()
    assert use.note_pl is None
    html = client.get("/pl/conditions/sciatica/").content.decode()
    assert '<p lang="en-gb">Reworded by our staff.</p>' in html


def test_a_cell_staff_reworded_keeps_its_english(client):
    cell = AspectValue.objects.get(modality__slug="acupuncture", aspect__slug="needles")
    AspectValue.objects.filter(pk=cell.pk).update(text_en_gb="Reworded by our staff.")
    without_polish(cell, "text")

    MIGRATION.polish(apps, schema_editor=None)

    cell.refresh_from_db()
    assert cell.text_pl is None
    html = client.get("/pl/treatments/compare/acupuncture-vs-acupressure/").content.decode()
    assert "Reworded by our staff." in html


def test_undoing_the_migration_clears_only_the_polish_it_wrote():
    edited = ConditionUse.objects.get(condition__slug="sciatica", modality__slug="medical-massage")
    ConditionUse.objects.filter(pk=edited.pk).update(note_pl="Poprawione przez nasz zespół.")

    MIGRATION.no_polish(apps, schema_editor=None)

    edited.refresh_from_db()
    assert edited.note_pl == "Poprawione przez nasz zespół."
    assert ConditionUse.objects.filter(note_pl__isnull=False).count() == 1
    assert not AspectValue.objects.filter(text_pl__isnull=False).exists()


def test_a_table_row_left_in_english_is_marked_as_english(client):
    """A cell's text and a row's name with no Polish show in English marked lang="en-gb"
    (WCAG 3.1.2); translated, they carry nothing."""
    url = "/pl/treatments/compare/acupuncture-vs-acupressure/"
    assert 'lang="en-gb">' not in client.get(url).content.decode().split("<table")[1]

    cell = AspectValue.objects.get(modality__slug="acupuncture", aspect__slug="needles")
    without_polish(cell, "text")
    without_polish(cell.aspect, "name")

    table = client.get(url).content.decode().split("<table")[1]
    assert f'<span class="d-block" lang="en-gb">{cell.text_en_gb}</span>' in table
    assert f'<th scope="row"><span lang="en-gb">{cell.aspect.name_en_gb}</span>' in table
