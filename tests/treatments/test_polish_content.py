"""Treatment content in Polish: what is translated shows, what is not falls back to English,
and the condition pages' 999 signs are in Polish under the intake's own emergency words."""

import pytest

from treatments.models import Condition, Precaution

pytestmark = pytest.mark.django_db


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
    condition = Condition.objects.get(slug="sciatica")
    english_summary = condition.summary_en_gb.split("\n")[0]

    assert condition.summary_pl is None
    assert english_summary in client.get("/pl/conditions/sciatica/").content.decode()


def test_the_admin_lists_what_lacks_a_translation(superuser_client):
    page = superuser_client.get("/admin/treatments/condition/").content.decode()

    assert "Missing translations" in page
    assert "Polski: summary" in page


def test_english_shown_in_place_of_a_missing_translation_is_marked_as_english(client):
    polish = client.get("/pl/conditions/sciatica/").content.decode()
    english = client.get("/conditions/sciatica/").content.decode()

    assert '<div lang="en-gb">' in polish  # the summary, not yet translated
    assert '<ul lang="en-gb">' not in polish  # the 999 signs are translated
    assert 'lang="en-gb">' not in english.split("<main", 1)[1]
