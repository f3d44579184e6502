"""The health step's theme tick boxes show only each precaution's short name ("Weakened immune
system"); under each, its whole question ("...for example from long-term steroid tablets...")
is the box's hint, named by the box's aria-describedby and kept out of its label, in the page's
language, and marked as English where its Polish is blank. A precaution asked on its own shows
its question once, as its question. Found by the clinical safety audit."""

import pytest

from intake.patient.health_form import HealthForm
from tests.helpers import VOID_ELEMENTS, OpenElements, fill_in
from tests.treatments.test_polish_fallback_names import without_polish
from treatments.models import Precaution

pytestmark = pytest.mark.django_db


class Element:
    def __init__(self, attrs: dict):
        self.attrs = attrs
        self.text = ""


class HealthPage(OpenElements):
    """The page's tick boxes (by value), the elements with an id, the labels (by the input
    they name), each with its text, and every piece of the body's text."""

    def __init__(self, html: str):
        super().__init__()
        self.boxes: dict[str, dict] = {}
        self.by_id: dict[str, Element] = {}
        self.labels: dict[str, Element] = {}
        self.texts: list[str] = []
        self.feed(html)

    def opened(self, tag, attrs):
        if tag == "input" and attrs.get("type") == "checkbox":
            self.boxes[attrs["value"]] = attrs
        if tag in VOID_ELEMENTS:
            return None
        element = Element(attrs)
        if "id" in attrs:
            assert attrs["id"] not in self.by_id, f"id {attrs['id']} twice"
            self.by_id[attrs["id"]] = element
        if tag == "label" and "for" in attrs:
            self.labels[attrs["for"]] = element
        return element

    def handle_data(self, data):
        self.texts.append(" ".join(data.split()))
        for _, element in self.open:
            element.text += data

    def hint_of(self, slug: str) -> Element:
        return self.by_id[self.boxes[slug]["aria-describedby"]]

    def label_of(self, slug: str) -> str:
        return " ".join(self.labels[self.boxes[slug]["id"]].text.split())


def words(text: str) -> str:
    return " ".join(text.split())


def health_page(client, answers, prefix: str = "") -> HealthPage:
    fill_in(client, answers, upto="goals")
    return HealthPage(client.get(f"{prefix}/intake/health/").content.decode())


def ticked_in_themes() -> list[Precaution]:
    """The precautions asked in a theme of several, each a tick box."""
    themes = HealthForm().themes
    return [p for _, precautions in themes if len(precautions) > 1 for p in precautions]


def asked_alone() -> list[Precaution]:
    return [ps[0] for _, ps in HealthForm().themes if len(ps) == 1]


@pytest.mark.parametrize(("prefix", "language"), [("", "en_gb"), ("/pl", "pl")])
def test_each_tick_box_is_described_by_its_precautions_question(client, answers, prefix, language):
    page = health_page(client, answers, prefix)
    precautions = ticked_in_themes()

    assert len(precautions) >= 4
    for precaution in precautions:
        question = words(getattr(precaution, f"question_{language}"))
        name = words(getattr(precaution, f"name_{language}"))
        hint = page.hint_of(precaution.slug)
        assert words(hint.text) == question, precaution.slug
        assert "lang" not in hint.attrs  # in the page's own language
        # Heard after the box's name, not in it: the label holds the name alone.
        assert page.label_of(precaution.slug) == name


def test_the_steroid_tablets_are_said_under_weakened_immune_system(client, answers):
    page = health_page(client, answers)

    assert page.label_of("weakened-immunity") == "Weakened immune system"
    assert "long-term steroid tablets" in page.hint_of("weakened-immunity").text


def test_a_question_with_its_polish_blank_is_shown_in_english_marked_as_english(client, answers):
    english = without_polish(Precaution.objects.get(slug="weakened-immunity"), "question")

    page = health_page(client, answers, "/pl")

    hint = page.hint_of("weakened-immunity")
    assert words(hint.text) == words(english)
    assert hint.attrs.get("lang") == "en-gb"
    others = [p.slug for p in ticked_in_themes() if p.slug != "weakened-immunity"]
    assert [page.hint_of(slug).attrs.get("lang") for slug in others] == [None] * len(others)


@pytest.mark.parametrize(("prefix", "language"), [("", "en_gb"), ("/pl", "pl")])
def test_a_precaution_asked_alone_shows_its_question_once(client, answers, prefix, language):
    page = health_page(client, answers, prefix)
    alone = asked_alone()

    assert "pregnancy" in [p.slug for p in alone]
    for precaution in alone:
        question = words(getattr(precaution, f"question_{language}"))
        assert page.texts.count(question) == 1, precaution.slug
        assert precaution.slug not in page.boxes
