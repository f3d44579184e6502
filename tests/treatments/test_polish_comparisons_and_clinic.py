"""The comparisons' prose, what to expect and the clinic's own content in Polish (migration
0021): every seeded row has its Polish, the Polish pages show it and none of the English it
replaces, and a row staff have reworded keeps showing its English, marked as English."""

import html
import importlib
import re

import pytest
from django.apps import apps
from django.db.models import Q

from clinic.content_cache import bump_content_version
from treatments.models import (
    Comparison,
    ComparisonEntry,
    Location,
    Modality,
    Practitioner,
    Registration,
    WhatToExpect,
)

pytestmark = pytest.mark.django_db

migration = importlib.import_module("treatments.migrations.0021_pl_comparisons_and_clinic")

FIELDS = {
    Comparison: ("introduction", "similarities"),
    ComparisonEntry: ("may_suit_you",),
    WhatToExpect: ("what_to_wear", "first_visit", "noticing_a_change"),
    Practitioner: ("role", "bio", "qualifications", "languages"),
    Registration: ("text",),
    Location: ("getting_here", "step_free_access", "parking", "facilities"),
}
MODEL_FIELDS = [(model, field) for model, fields in FIELDS.items() for field in fields]


def main_text(client, url: str) -> str:
    """The page's <main>, unescaped: what a reader sees, without the language switcher's
    "English" link."""
    response = client.get(url)
    assert response.status_code == 200, url
    main = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    return html.unescape(main)


def sentences(text: str) -> list[str]:
    """A text's sentences and lines, each shown whole on a page (linebreaks, one <li> per
    qualification), whatever paragraphs and line breaks the page puts between them. A full
    stop after a short word ("no. EX-0001") ends no sentence."""
    return [part for part in re.split(r"(?<=\w\w\w[.?!…])\s+|\n+", text) if part.strip()]


def assert_shows_polish_not_english(page: str, rows, fields, url: str) -> None:
    for row in rows:
        for field in fields:
            for polish in sentences(getattr(row, f"{field}_pl")):
                assert polish in page, (url, field, polish)
            for english in sentences(getattr(row, f"{field}_en_gb")):
                assert english not in page, (url, field, english)


@pytest.mark.parametrize(
    ("model", "field"), MODEL_FIELDS, ids=[f"{m.__name__}.{f}" for m, f in MODEL_FIELDS]
)
def test_every_seeded_row_has_its_polish(model, field):
    rows = model.objects.exclude(**{f"{field}_en_gb": ""})
    missing = rows.filter(Q(**{f"{field}_pl__isnull": True}) | Q(**{f"{field}_pl": ""}))

    assert rows.exists()
    assert [str(row) for row in missing] == []


def test_each_comparison_page_in_polish_shows_its_prose_in_polish(client):
    for comparison in Comparison.objects.published():
        url = f"/pl/treatments/compare/{comparison.slug}/"
        page = main_text(client, url)

        assert_shows_polish_not_english(page, [comparison], FIELDS[Comparison], url)
        assert_shows_polish_not_english(page, comparison.entries.all(), ["may_suit_you"], url)
        assert '<div lang="en-gb">' not in page


def test_each_treatment_page_in_polish_says_what_to_expect_in_polish(client):
    for modality in Modality.objects.published().filter(what_to_expect__isnull=False):
        url = f"/pl/treatments/{modality.slug}/"
        page = main_text(client, url)

        assert_shows_polish_not_english(page, [modality.what_to_expect], FIELDS[WhatToExpect], url)


def test_the_team_page_in_polish_introduces_the_practitioners_in_polish(client):
    page = main_text(client, "/pl/team/")
    practitioners = Practitioner.objects.published()

    assert_shows_polish_not_english(page, practitioners, FIELDS[Practitioner], "/pl/team/")
    assert_shows_polish_not_english(
        page, Registration.objects.filter(practitioner__in=practitioners), ["text"], "/pl/team/"
    )
    assert "<dd>angielski, hiszpański</dd>" in page
    assert "Alex Example" in page  # names stay as they are


def test_the_contact_page_in_polish_describes_the_premises_in_polish(client):
    page = main_text(client, "/pl/contact/")

    assert_shows_polish_not_english(
        page, Location.objects.published(), FIELDS[Location], "/pl/contact/"
    )
    assert "Drzwi mają co najmniej 80 cm szerokości." in page
    assert '<div lang="en-gb">' not in page


def test_a_row_staff_reworded_keeps_its_english_fallback(client):
    reworded = "Wear anything loose: we press the points through your clothes."
    WhatToExpect.objects.filter(modality__slug="acupressure").update(
        what_to_wear_en_gb=reworded, what_to_wear_pl=None
    )

    migration.polish(apps, None)
    bump_content_version()

    assert WhatToExpect.objects.get(modality__slug="acupressure").what_to_wear_pl is None
    page = main_text(client, "/pl/treatments/acupressure/")
    assert f'<div lang="en-gb"><p>{reworded}</p></div>' in page
    assert "Luźne, wygodne ubranie." not in page


def test_undoing_it_keeps_polish_staff_have_changed_since():
    staff_polish = "Sam wykonuje akupunkturę i akupresurę."
    Practitioner.objects.filter(slug="sam-sample").update(bio_pl=staff_polish)

    migration.no_polish(apps, None)

    assert Practitioner.objects.get(slug="sam-sample").bio_pl == staff_polish
    assert Practitioner.objects.get(slug="kit-demo").bio_pl is None
    assert not WhatToExpect.objects.filter(first_visit_pl__isnull=False).exists()


def test_team_and_contact_text_left_in_english_is_marked_as_english(client):
    """A practitioner's role, qualifications, languages and registration, and the premises'
    parking and other accessibility, shown in English on a Polish page because their Polish
    is blank, carry lang="en-gb", so that a screen reader reads them as English (WCAG 3.1.2);
    in Polish they carry nothing."""
    marks = ['<span lang="en-gb">', '<ul class="plain-list" lang="en-gb">', '<dd lang="en-gb">']
    team, contact = (client.get(url).content.decode() for url in ["/pl/team/", "/pl/contact/"])
    assert not any(mark in team for mark in marks)
    assert '<div lang="en-gb">' not in contact

    practitioner = Practitioner.objects.get(slug="sam-sample")
    Practitioner.objects.filter(pk=practitioner.pk).update(
        role_pl=None, qualifications_pl=None, languages_pl=None
    )
    registration = practitioner.registrations.first()
    Registration.objects.filter(pk=registration.pk).update(text_pl=None)
    Location.objects.update(parking_pl=None, facilities_pl=None)
    bump_content_version()

    team = client.get("/pl/team/").content.decode()
    assert f'<span lang="en-gb">{practitioner.role_en_gb}</span>' in team
    assert '<ul class="plain-list" lang="en-gb"><li>Degree in acupuncture (example)</li>' in team
    assert f'<dd lang="en-gb">{practitioner.languages_en_gb}</dd>' in team
    assert f'<span lang="en-gb">{html.escape(registration.text_en_gb)}</span>' in team
    contact = client.get("/pl/contact/").content.decode()
    location = Location.objects.published().first()
    assert f'<div lang="en-gb"><p>{html.escape(location.parking_en_gb)}' in contact
    assert f'<div lang="en-gb"><p>{html.escape(location.facilities_en_gb)}' in contact
