"""Short treatment texts (names, titles, summaries, sessions, opening hours) shown in English on
a Polish page, because their Polish is blank, are marked lang="en-gb" wherever they stand
(WCAG 2.2, 3.1.2 Language of Parts): on the content pages, the booking pages, and in the
intake's questions and choices that come from treatment content. With the Polish there,
nothing is marked; an English page never is.

Pages are parsed: each piece of the body's text is read with the language the page gives it,
the lang of the nearest element around it."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

import pytest
from django.utils import timezone

from appointments.models import Diary
from clinic.content_cache import bump_content_version
from intake.aftercare.follow_up import token_issue
from intake.demo.factories import SubmissionFactory
from intake.models import FollowUp
from tests.appointments.conftest import weekly_hours, working_day
from tests.helpers import OpenElements, fill_in
from treatments.models import (
    Comparison,
    Condition,
    Location,
    Modality,
    Practitioner,
    Precaution,
    Service,
)

pytestmark = pytest.mark.django_db


class TextLanguages(OpenElements):
    """The body's text, piece by piece, each with its language: the lang of the nearest
    element around it that has one (<html lang> at the least)."""

    def __init__(self):
        super().__init__()
        self.texts: list[tuple[str, str | None]] = []
        # Elements inside <html> with lang="en-gb", but for the link to the English page (its
        # name, "English", is in English on every page).
        self.marked: list[str] = []

    def opened(self, tag, attrs):
        lang = attrs.get("lang")
        if lang == "en-gb" and tag != "html" and "hreflang" not in attrs:
            self.marked.append(tag)
        return lang or (self.open[-1][1] if self.open else None)

    def handle_data(self, data):
        tags = {tag for tag, _ in self.open}
        if "body" in tags and not tags & {"script", "style"}:
            self.texts.append((" ".join(data.split()), self.open[-1][1]))


def parsed(html: str) -> TextLanguages:
    parser = TextLanguages()
    parser.feed(html)
    return parser


def languages_of(html: str, text: str) -> list[str | None]:
    """The language of each piece of the body's text that holds text, in any case (a name
    may be lowercased in a sentence). Text in <title>, meta tags and attributes is not read."""
    wanted = " ".join(text.split()).casefold()
    return [lang for piece, lang in parsed(html).texts if wanted in piece.casefold()]


def without_polish(row, field: str) -> str:
    """Blanks row's Polish for field (a QuerySet.update() sends no signal, so the cached
    pages are retired by hand) and returns the English shown in its place."""
    type(row).objects.filter(pk=row.pk).update(**{f"{field}_pl": None})
    bump_content_version()
    return getattr(row, f"{field}_en_gb")


@pytest.fixture(autouse=True)
def _opening_hours(db):
    """The seeded location gives no hours of its own (the clinic's show); these do."""
    Location.objects.update(
        opening_hours_en_gb="Monday to Friday, 9am to 6pm",
        opening_hours_pl="Od poniedziałku do piątku, 9:00 do 18:00",
    )
    bump_content_version()


@dataclass(frozen=True)
class Shown:
    """A translated field of one row, and the Polish pages that show it."""

    model: type
    lookup: dict
    field: str
    paths: tuple[str, ...]

    def row(self):
        return self.model.objects.get(**self.lookup)

    def __str__(self) -> str:
        return f"{self.model.__name__}.{self.field}"


MEDICAL_MASSAGE = "/pl/treatments/medical-massage/"
COMPARISON = "/pl/treatments/compare/medical-massage-vs-relaxation-massage/"
SHORT_MASSAGE = {"modality__slug": "relaxation-massage", "name_en_gb": "Short massage"}

SHOWN = [
    Shown(
        Modality,
        {"slug": "medical-massage"},
        "name",
        (
            "/pl/",  # its card
            "/pl/treatments/",
            MEDICAL_MASSAGE,  # breadcrumb, heading, sentences, table caption
            "/pl/treatments/massage-therapy/",  # the kinds of massage
            COMPARISON,  # the table's column, "may suit you if"
            "/pl/treatments/compare/?m=medical-massage&m=acupuncture",  # tick box and column
            "/pl/prices/",
            "/pl/team/",
            "/pl/conditions/sciatica/",
        ),
    ),
    Shown(
        Modality,
        {"slug": "medical-massage"},
        "summary",
        ("/pl/", "/pl/treatments/", MEDICAL_MASSAGE, "/pl/treatments/massage-therapy/"),
    ),
    Shown(
        Condition,
        {"slug": "sciatica"},
        "name",
        ("/pl/conditions/", "/pl/conditions/sciatica/", MEDICAL_MASSAGE),
    ),
    Shown(
        Comparison,
        {"slug": "medical-massage-vs-relaxation-massage"},
        "title",
        ("/pl/", "/pl/treatments/compare/", COMPARISON, MEDICAL_MASSAGE),
    ),
    # The safety list, and the summary of it in the side panel.
    Shown(Precaution, {"slug": "blood-clot-now"}, "name", (MEDICAL_MASSAGE,)),
    Shown(Service, SHORT_MASSAGE, "name", ("/pl/prices/", "/pl/treatments/relaxation-massage/")),
    Shown(
        Service,
        SHORT_MASSAGE,
        "description",
        ("/pl/prices/", "/pl/treatments/relaxation-massage/"),
    ),
    Shown(Location, {"name": "Our clinic"}, "opening_hours", ("/pl/contact/",)),
]


@pytest.mark.parametrize("shown", SHOWN, ids=str)
def test_english_in_place_of_polish_is_marked_wherever_it_shows(client, shown):
    english = without_polish(shown.row(), shown.field)

    for path in shown.paths:
        languages = languages_of(client.get(path).content.decode(), english)
        assert languages, f"{english!r} is not on {path}"
        assert set(languages) == {"en-gb"}, path


@pytest.mark.parametrize("shown", SHOWN, ids=str)
def test_with_its_polish_nothing_is_marked(client, shown):
    polish = getattr(shown.row(), f"{shown.field}_pl")

    for path in shown.paths:
        html = client.get(path).content.decode()
        languages = languages_of(html, polish)
        assert languages, f"{polish!r} is not on {path}"
        assert set(languages) == {"pl"}, path
        assert parsed(html).marked == [], path


@pytest.mark.parametrize("shown", SHOWN, ids=str)
def test_an_english_page_marks_nothing(client, shown):
    english = without_polish(shown.row(), shown.field)

    for path in shown.paths:
        html = client.get(path.removeprefix("/pl")).content.decode()
        assert languages_of(html, english), path
        assert parsed(html).marked == [], path


# The booking pages: the treatment, the session and what it includes.


@pytest.fixture
def bookable(db) -> Service:
    service = Service.objects.create(
        modality=Modality.objects.get(slug="acupuncture"),
        name_en_gb="Trial session",
        name_pl="Sesja próbna",
        description_en_gb="Needles in the back only.",
        description_pl="Igły tylko w plecach.",
        duration_minutes=45,
        price="55.00",
    )
    practitioner = Practitioner.objects.create(
        name="Jo Diary", slug="jo-diary", role="Acupuncturist", bio="Test practitioner."
    )
    diary = Diary.objects.create(practitioner=practitioner, notice_hours=12, horizon_days=366)
    diary.services.add(service)
    weekly_hours(diary, weekdays=range(5))
    return service


def booking_pages(client, service: Service, prefix: str) -> dict[str, str]:
    """Start, the treatment's start, free times, the form and the booked page."""
    times = client.get(f"{prefix}/book/{service.pk}/", {"from": working_day().isoformat()})
    times = times.content.decode()
    free_time = re.search(rf'href="({prefix}/book/details/\?[^"]+)"', times)[1]
    path, query = free_time.replace("&amp;", "&").split("?")
    choice = dict(parse_qsl(query))
    details = client.get(path, choice).content.decode()
    patient = {"full_name": "Grace Hopper", "email": "grace@example.org", "phone": "01632 960 001"}
    response = client.post(path, {**choice, **patient})
    assert response.status_code == 302
    return {
        "start": client.get(f"{prefix}/book/").content.decode(),
        "treatment": client.get(f"{prefix}/book/", {"treatment": "acupuncture"}).content.decode(),
        "times": times,
        "details": details,
        "booked": client.get(response["Location"]).content.decode(),
    }


NOTHING_MARKED = {name: [] for name in ["start", "treatment", "times", "details", "booked"]}

BOOKING_SHOWS = {
    ("name", "modality"): ["start", "treatment", "times", "details", "booked"],
    ("name", "service"): ["start", "treatment", "times", "details", "booked"],
    ("description", "service"): ["start", "treatment"],
}


def test_the_booking_pages_mark_english_in_place_of_polish(client, bookable):
    english = {
        ("name", "modality"): without_polish(bookable.modality, "name"),
        ("name", "service"): without_polish(bookable, "name"),
        ("description", "service"): without_polish(bookable, "description"),
    }
    pages = booking_pages(client, bookable, "/pl")

    for text, names in BOOKING_SHOWS.items():
        for name in names:
            languages = languages_of(pages[name], english[text])
            assert languages, f"{english[text]!r} is not on {name}"
            assert set(languages) == {"en-gb"}, (text, name)


def test_the_booking_pages_with_their_polish_mark_nothing(client, bookable):
    polish = {
        ("name", "modality"): bookable.modality.name_pl,
        ("name", "service"): bookable.name_pl,
        ("description", "service"): bookable.description_pl,
    }
    pages = booking_pages(client, bookable, "/pl")

    for text, names in BOOKING_SHOWS.items():
        for name in names:
            assert set(languages_of(pages[name], polish[text])) == {"pl"}, (text, name)
    assert {name: parsed(page).marked for name, page in pages.items()} == NOTHING_MARKED


def test_the_english_booking_pages_mark_nothing(client, bookable):
    without_polish(bookable, "name")
    without_polish(bookable, "description")
    without_polish(bookable.modality, "name")
    pages = booking_pages(client, bookable, "")

    assert {name: parsed(page).marked for name, page in pages.items()} == NOTHING_MARKED


# The intake: its choices and questions that come from treatment content.


def health_step(client, answers, prefix: str = "/pl") -> str:
    fill_in(client, answers, upto="goals")
    return client.get(f"{prefix}/intake/health/").content.decode()


def test_a_condition_to_tick_is_marked_where_its_polish_is_blank(client, answers):
    english = without_polish(Condition.objects.get(slug="sciatica"), "name")
    fill_in(client, answers, upto="about-you")

    html = client.get("/pl/intake/symptoms/").content.decode()

    assert set(languages_of(html, english)) == {"en-gb"}
    assert parsed(html).marked == ["label"]  # the tick box's label, and nothing else


def test_the_health_questions_mark_their_english_parts(client, answers):
    question = without_polish(Precaution.objects.get(slug="pregnancy"), "question")
    clot = Precaution.objects.get(slug="blood-clot-now")
    name = without_polish(clot, "name")
    prompt = without_polish(clot, "detail_prompt")

    html = health_step(client, answers)

    assert set(languages_of(html, question)) == {"en-gb"}  # the question's legend
    # Its tick box, the theme's hint listing it, and the label of what a "yes" asks.
    assert len(languages_of(html, name)) == 3
    assert set(languages_of(html, name)) == {"en-gb"}
    assert set(languages_of(html, prompt)) == {"en-gb"}
    # The Polish around them in the label stays Polish.
    assert set(languages_of(html, "Jeśli zaznaczono")) == {"pl"}


def test_the_health_questions_with_their_polish_mark_nothing(client, answers):
    html = health_step(client, answers)

    assert "Czy jesteś w ciąży" in html
    assert parsed(html).marked == []


def test_the_english_health_questions_mark_nothing(client, answers):
    without_polish(Precaution.objects.get(slug="pregnancy"), "question")
    without_polish(Precaution.objects.get(slug="blood-clot-now"), "detail_prompt")

    assert parsed(health_step(client, answers, prefix="")).marked == []


def test_a_label_quoted_in_a_message_stays_plain_text(client, answers):
    """The label of what a "yes" asks is marked where the page shows it, but a message that
    quotes it (a character that cannot be stored) quotes its words, not its markup."""
    clot = Precaution.objects.get(slug="blood-clot-now")
    prompt = without_polish(clot, "detail_prompt")
    fill_in(client, answers, upto="goals")
    answers["health"] |= {
        "theme_blood": "yes",
        "theme_blood_items": ["blood-clot-now"],
        "blood-clot-now_detail": "In my leg\x07",
    }

    html = client.post("/pl/intake/health/", answers["health"]).content.decode()

    message = f"Pole „Jeśli zaznaczono „{clot.name_pl}”: {prompt}” zawiera znak"
    assert " ".join(html.split()).count(message) == 2  # by the question, and in the summary
    assert "&lt;span" not in html


def test_the_check_page_marks_an_english_question(client, answers):
    question = without_polish(Precaution.objects.get(slug="pregnancy"), "question")
    fill_in(client, answers)

    html = client.get("/pl/intake/check/").content.decode()

    assert set(languages_of(html, question)) == {"en-gb"}
    assert parsed(html).marked == ["dt", "span"]  # the question, and its "Change" link's words


def follow_up_page(client) -> str:
    follow_up = FollowUp.objects.create(
        submission=SubmissionFactory(language="pl"), weeks=2, due_at=timezone.now()
    )
    return client.get(f"/pl/follow-up/{token_issue(follow_up)}/").content.decode()


def test_the_follow_up_marks_a_treatment_named_in_english(client):
    english = without_polish(Modality.objects.get(slug="medical-massage"), "name")

    html = follow_up_page(client)

    assert set(languages_of(html, english)) == {"en-gb"}
    assert parsed(html).marked == ["option"]


def test_the_follow_up_with_its_polish_marks_nothing(client):
    html = follow_up_page(client)

    assert set(languages_of(html, "Masaż medyczny")) == {"pl"}
    assert parsed(html).marked == []
