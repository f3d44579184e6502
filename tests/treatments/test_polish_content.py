"""Treatment content in Polish: what is translated shows, what is not falls back to English,
and the condition pages' 999 signs are in Polish under the intake's own emergency words."""

import pytest

from clinic.content_cache import bump_content_version
from treatments.models import Condition, ConditionUse, Modality, Precaution

pytestmark = pytest.mark.django_db


def without_polish(row, field: str) -> None:
    """Blanks row's Polish for field, as staff leave a row they reworded in English, and
    retires the cached pages (a QuerySet.update() sends no signal)."""
    type(row).objects.filter(pk=row.pk).update(**{f"{field}_pl": None})
    bump_content_version()


def sciatica_note_without_polish() -> ConditionUse:
    use = ConditionUse.objects.filter(condition__slug="sciatica").first()
    without_polish(use, "note")
    use.refresh_from_db()
    return use


def test_every_asked_health_question_has_its_polish():
    missing = Precaution.objects.asked().filter(question_pl__isnull=True)

    assert list(missing.values_list("slug", flat=True)) == []


def test_every_condition_with_999_signs_has_them_in_polish():
    missing = Condition.objects.exclude(emergency_signs_en_gb="").filter(
        emergency_signs_pl__isnull=True
    )

    assert list(missing.values_list("slug", flat=True)) == []


def test_a_condition_page_in_polish_gives_the_emergency_signs_in_polish(client):
    html = client.get("/pl/conditions/sciatica/").content.decode()

    assert "<h1>Rwa kulszowa</h1>" in html
    assert "Natychmiast zadzwoń pod" in html
    assert "<li>Rwa kulszowa w obu nogach</li>" in html
    assert "Sciatica in both legs" not in html


def test_an_untranslated_field_falls_back_to_english(client):
    use = sciatica_note_without_polish()

    assert use.note_pl is None
    assert use.note_en_gb in client.get("/pl/conditions/sciatica/").content.decode()


def test_a_translated_summary_keeps_its_111_advice_in_polish(client):
    html = client.get("/pl/conditions/low-back-pain/").content.decode()

    assert "Skontaktuj się dziś z lekarzem rodzinnym (GP) lub zadzwoń pod 111" in html
    assert "Contact your GP or call 111 today" not in html


def test_the_admin_lists_what_lacks_a_translation(superuser_client):
    Modality.objects.filter(slug="acupuncture").update(body_pl=None, session_pl=None)

    page = superuser_client.get("/admin/treatments/modality/").content.decode()

    assert "Missing translations" in page
    assert "Polski: body, session</td>" in page


def test_english_shown_in_place_of_a_missing_translation_is_marked_as_english(client):
    use = sciatica_note_without_polish()
    polish = client.get("/pl/conditions/sciatica/").content.decode()
    english = client.get("/conditions/sciatica/").content.decode()

    assert f'<p lang="en-gb">{use.note_en_gb}</p>' in polish  # the note without its Polish
    assert '<ul lang="en-gb">' not in polish  # the 999 signs are translated
    assert '<div lang="en-gb">' not in polish  # and the summary
    assert 'lang="en-gb">' not in english.split("<main", 1)[1]
