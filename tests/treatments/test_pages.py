import re

import pytest
from django.urls import reverse

from tests.helpers import admin_form_data, count_h1
from treatments.models import (
    AspectValue,
    Comparison,
    ComparisonAspect,
    Condition,
    ConditionUse,
    Modality,
    PrecautionGuidance,
)

pytestmark = pytest.mark.django_db

MODALITY_SLUGS = [
    "massage-therapy",
    "medical-massage",
    "relaxation-massage",
    "acupressure",
    "acupuncture",
]
COMPARISON_SLUGS = [
    "massage-therapy-vs-acupressure",
    "acupuncture-vs-acupressure",
    "medical-massage-vs-relaxation-massage",
]


def assert_page(response) -> str:
    html = response.content.decode()
    assert response.status_code == 200
    assert count_h1(html) == 1
    assert re.search(r"<title>[^<]+</title>", html)
    return html


def all_page_urls() -> list[str]:
    urls = ["/", "/treatments/", "/treatments/compare/", "/conditions/"]
    urls += [f"/treatments/{slug}/" for slug in MODALITY_SLUGS]
    urls += [f"/treatments/compare/{slug}/" for slug in COMPARISON_SLUGS]
    urls += [c.get_absolute_url() for c in Condition.objects.published()]
    return urls


def test_every_treatment_comparison_and_condition_page_renders(client):
    urls = all_page_urls()
    assert len(urls) > 20

    for url in urls:
        assert_page(client.get(url))


def test_treatment_list_shows_every_published_modality(client):
    html = assert_page(client.get("/treatments/"))

    for modality in Modality.objects.all():
        assert modality.name in html
        assert modality.summary in html


def test_modality_page_shows_uses_safety_and_comparisons(client):
    acupuncture = Modality.objects.get(slug="acupuncture")

    html = assert_page(client.get("/treatments/acupuncture/"))

    assert "How a session goes" in html
    use = ConditionUse.objects.filter(modality=acupuncture).select_related("condition").first()
    assert use.condition.get_absolute_url() in html
    guidance = PrecautionGuidance.objects.filter(modality=acupuncture).first()
    assert guidance.precaution.name in html
    assert "/treatments/compare/acupuncture-vs-acupressure/" in html
    assert reverse("intake:start") in html


def test_a_treatment_page_opens_with_what_a_patient_decides_by(client):
    """Before the long sections: the uses, every precaution that rules the treatment out, the
    first that need care, the lowest price and how to book, in one panel near the top."""
    html = assert_page(client.get("/treatments/medical-massage/"))
    start = html.index('id="before-booking-heading"')
    summary = html[start : html.index("</aside>", start)]
    medical = Modality.objects.get(slug="medical-massage")
    avoid = PrecautionGuidance.objects.filter(
        modality=medical, level="avoid", precaution__is_asked=True
    )
    cheapest = medical.services.order_by("price").first()

    assert avoid.exists()
    for guidance in avoid:
        assert guidance.precaution.name in summary
    assert f"From {cheapest.price_display}" in summary
    assert "Chronic pain" in summary
    assert 'href="#safety"' in summary
    assert "To book" in summary or "Book online" in summary


@pytest.mark.parametrize(
    ("url", "model"),
    [
        ("/treatments/acupuncture/", Modality),
        ("/treatments/compare/acupuncture-vs-acupressure/", Comparison),
        ("/conditions/chronic-pain/", Condition),
    ],
)
def test_unpublished_pages_are_not_found(client, url, model):
    slug = url.rstrip("/").rsplit("/", 1)[1]
    model.objects.filter(slug=slug).update(is_published=False)

    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url", ["/treatments/reiki/", "/treatments/compare/reiki-vs-yoga/", "/conditions/gout-x/"]
)
def test_unknown_slugs_are_not_found(client, url):
    response = client.get(url)

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_an_unpublished_modality_is_not_shown_or_linked_anywhere(client):
    Modality.objects.filter(slug="acupuncture").update(is_published=False)

    for url in ["/", "/treatments/", "/treatments/compare/", "/conditions/chronic-pain/"]:
        html = client.get(url).content.decode()
        assert "/treatments/acupuncture/" not in html, url
    response = client.get("/treatments/compare/", {"m": ["acupuncture", "acupressure"]})
    assert "We do not offer a treatment called “acupuncture”" in response.content.decode()


def table_row(html: str, aspect_name: str) -> list[str]:
    """The cells' visible text in the row headed aspect_name."""
    row = re.search(rf"<tr>\s*<th scope=\"row\">{re.escape(aspect_name)}.*?</tr>", html, re.S)
    assert row, f"no row {aspect_name!r}"
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(0), re.S)
    return [re.sub(r"<[^>]+>", " ", cell).strip() for cell in cells]


def test_comparison_table_holds_the_right_facts_for_each_modality(client):
    response = client.get(
        "/treatments/compare/",
        {"m": ["acupressure", "acupuncture", "relaxation-massage", "medical-massage"]},
    )
    html = assert_page(response)

    needles = table_row(html, "Needles")
    assert needles[0].startswith("No")
    assert needles[1].startswith("Yes")
    self_care = table_row(html, "Self-administration")
    assert self_care[0].startswith("Yes")
    assert self_care[1].startswith("No")
    practise = table_row(html, "Who can practise")
    assert practise[0].startswith("Our acupressure practitioners are registered")
    assert practise[1].startswith("Our acupuncturists are registered")
    assert "icence required" not in html
    pressure = table_row(html, "Pressure and intensity")
    assert "light" in pressure[2].lower()
    assert "firm" in pressure[3].lower() or "deep" in pressure[3].lower()
    modalities = {m.slug: m for m in Modality.objects.all()}
    assert modalities["relaxation-massage"].typical_pressure in {"light", "light_medium"}


def test_table_has_caption_and_scoped_headers(client):
    html = client.get("/treatments/compare/acupuncture-vs-acupressure/").content.decode()

    assert "<caption" in html
    assert html.count('<th scope="col">') == 2
    assert html.count('<th scope="row">') == ComparisonAspect.objects.count()


def test_curated_comparison_shows_intro_table_and_which_may_suit_you(client):
    comparison = Comparison.objects.get(slug="medical-massage-vs-relaxation-massage")

    html = assert_page(client.get(comparison.get_absolute_url()))

    assert comparison.introduction.split("\n")[0] in html.replace("<p>", "\n")
    assert "Which may suit you" in html
    assert "/treatments/medical-massage/" in html
    assert "/treatments/relaxation-massage/" in html


def test_compare_page_without_a_choice_shows_the_form_and_no_error(client):
    html = assert_page(client.get("/treatments/compare/"))

    assert "There is a problem" not in html
    assert html.count('type="checkbox"') == Modality.objects.published().count()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"m": ""}, "Choose at least two treatments to compare"),
        ({"m": ["acupuncture"]}, "Choose at least two treatments to compare; you chose one"),
        ({"m": MODALITY_SLUGS}, "Choose no more than four treatments to compare; you chose 5"),
        ({"m": ["acupuncture", "reiki"]}, "We do not offer a treatment called “reiki”"),
        ({"m": ["<script>x</script>", "acupuncture"]}, "We do not offer a treatment called"),
    ],
)
def test_compare_form_explains_what_is_wrong(client, query, message):
    response = client.get("/treatments/compare/", query)

    html = assert_page(response)
    assert "There is a problem" in html
    assert message in html
    assert "<title>Error:" in html
    assert "<table" not in html
    assert "<script>x</script>" not in html


def test_compare_form_ignores_a_repeated_choice(client):
    response = client.get("/treatments/compare/", {"m": ["acupuncture", "acupuncture"]})

    assert "you chose one" in response.content.decode()


def test_compare_keeps_the_chosen_boxes_ticked(client):
    html = client.get("/treatments/compare/", {"m": ["acupuncture", "acupressure"]}).content
    html = html.decode()

    assert re.search(r'value="acupuncture"[^>]*checked', html)
    assert not re.search(r'value="medical-massage"[^>]*checked', html)


def add_content(start: int, count: int) -> None:
    """More modalities, aspects and condition links, all published and filled in."""
    condition = Condition.objects.get(slug="chronic-pain")
    for i in range(start, start + count):
        modality = Modality.objects.create(
            name=f"Extra {i}",
            slug=f"extra-{i}",
            summary="A summary.",
            body="Body.",
            session="Session.",
            practitioner="Anyone trained",
            typical_pressure="light",
            cultural_origin="Here",
            display_order=100 + i,
        )
        ConditionUse.objects.create(
            condition=condition, modality=modality, evidence="traditional", note="A note."
        )
        aspect = ComparisonAspect.objects.create(name=f"Aspect {i}", slug=f"aspect-{i}")
        for other in Modality.objects.all():
            AspectValue.objects.get_or_create(modality=other, aspect=aspect, text="A value.")


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/treatments/",
        "/treatments/acupuncture/",
        "/treatments/compare/?m=acupuncture&m=acupressure&m=extra-0",
        "/treatments/compare/acupuncture-vs-acupressure/",
        "/conditions/",
        "/conditions/chronic-pain/",
    ],
)
def test_query_count_stays_fixed_as_content_grows(client, django_assert_max_num_queries, url):
    from django.core.cache import cache

    add_content(0, 1)
    # 11: the page's content, the clinic's settings and photos (2, cached afterwards), and the
    # languages reviewed for the language links (1, cached afterwards: clinic/languages.py).
    with django_assert_max_num_queries(11) as small:
        assert client.get(url).status_code == 200
    cache.clear()
    add_content(1, 6)

    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200


def test_a_cached_page_is_served_without_queries(client, django_assert_num_queries):
    client.get("/treatments/acupuncture/")

    with django_assert_num_queries(0):
        response = client.get("/treatments/acupuncture/")
    assert response.status_code == 200


def test_staff_edit_of_a_comparison_value_in_the_admin_shows_on_the_site(superuser_client, client):
    url = "/treatments/compare/acupuncture-vs-acupressure/"
    assert "a new sentence from staff" not in client.get(url).content.decode()  # now cached
    aspect = ComparisonAspect.objects.get(slug="needles")
    change_url = reverse("admin:treatments_comparisonaspect_change", args=[aspect.pk])
    data = admin_form_data(superuser_client.get(change_url))
    index = next(
        key.split("-")[1]
        for key, value in data.items()
        if key.endswith("-modality") and value == Modality.objects.get(slug="acupuncture").pk
    )
    data[f"values-{index}-text_en_gb"] = "Fine, single-use needles: a new sentence from staff."

    response = superuser_client.post(change_url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert "a new sentence from staff" in client.get(url).content.decode()


def test_comparison_tables_show_the_most_asked_rows_first(client):
    html = assert_page(client.get("/treatments/compare/acupuncture-vs-acupressure/"))

    rows = re.findall(r'<th scope="row">\s*([^<]+?)\s*<', html)
    assert rows[:6] == [
        "Needles",
        "Who can practise",
        "Self-administration",
        "Pressure and intensity",
        "Oils",
        "Often used for",
    ]
    assert len(rows) == ComparisonAspect.objects.count()
