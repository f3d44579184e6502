"""The site in Polish, in Chromium: the language link, the emergency advice the moment "Tak"
is chosen, an intake sent in Polish, and axe on the Polish pages."""

import pytest

from clinic.models import LanguageReview
from intake.models import Submission
from tests.browser.support import PHONE, axe_violations, layout_problems, post_steps, screenshot
from tests.browser.test_red_flags import BEFORE_HEALTH, answer_no_to_everything

pytestmark = pytest.mark.django_db(transaction=True)

GROIN_PL = "Nowe drętwienie lub mrowienie w okolicy pachwin, narządów płciowych lub pośladków"
EMERGENCY_PL = "Natychmiast zadzwoń pod 999 lub jedź na SOR (A&E)"


def test_the_emergency_advice_shows_in_polish_the_moment_tak_is_chosen(phone_page):
    page = phone_page
    post_steps(page, BEFORE_HEALTH, prefix="/pl")
    page.goto("/pl/intake/health/")
    assert page.get_by_role("heading", level=1).inner_text() == "Twoje zdrowie"
    heading = page.get_by_role("heading", name=EMERGENCY_PL)
    assert not heading.is_visible()

    question = page.get_by_role("group", name=GROIN_PL)
    question.get_by_label("Tak", exact=True).check()

    assert heading.is_visible()
    assert 0 <= heading.bounding_box()["y"] - question.bounding_box()["y"] < PHONE["height"]
    assert axe_violations(page) == ""
    screenshot(page, "polish-red-flag-live-phone")


def test_a_patient_sends_the_intake_in_polish(page, answers):
    post_steps(page, answers, prefix="/pl")
    page.goto("/pl/intake/check/")
    assert page.get_by_role("heading", level=1).inner_text() == "Sprawdź odpowiedzi przed wysłaniem"
    assert axe_violations(page) == ""
    page.get_by_label("Zgadzam się, aby klinika przechowywała").check()
    page.get_by_role("button", name="Wyślij moje odpowiedzi").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Mamy Twoje odpowiedzi"
    assert page.locator("html").get_attribute("lang") == "pl"
    assert axe_violations(page) == ""
    assert Submission.objects.get().language == "pl"
    screenshot(page, "polish-confirmation")


def test_the_language_link_leads_to_polish_and_back(page):
    LanguageReview.objects.filter(language="pl").update(
        reviewed=True, reviewed_by="A. Tłumacz", reviewed_on="2026-12-01"
    )
    page.goto("/treatments/")
    page.get_by_role("link", name="Polski").click()

    assert page.url.endswith("/pl/treatments/")
    assert page.get_by_role("heading", level=1).inner_text() == "Nasze zabiegi"
    page.get_by_role("link", name="English").click()
    assert page.url.endswith("/treatments/") and "/pl/" not in page.url


POLISH_PAGES = [
    "/pl/",
    "/pl/treatments/",
    "/pl/treatments/acupuncture/",
    "/pl/treatments/compare/acupuncture-vs-acupressure/",
    "/pl/conditions/low-back-pain/",
    "/pl/team/",
    "/pl/prices/",
    "/pl/contact/",
    "/pl/intake/",
    "/pl/intake/about-you/",
]


def test_polish_pages_pass_axe(page):
    # One page walks them all and reports every problem at the end, as the English walk does.
    problems = []
    for path in POLISH_PAGES:
        page.goto(path)
        if (lang := page.locator("html").get_attribute("lang")) != "pl":
            problems.append(f"{path}: lang is {lang!r}")
        problems += [f"{path}: {problem}" for problem in layout_problems(page)]
        if report := axe_violations(page):
            problems.append(f"{path}:\n{report}")
        screenshot(page, "polish" + path.replace("/", "-").rstrip("-"))

    assert problems == [], "\n".join(problems)


def test_the_health_step_in_polish_passes_axe_with_every_answer_no(page):
    post_steps(page, BEFORE_HEALTH, prefix="/pl")
    page.goto("/pl/intake/health/")
    answer_no_to_everything(page)

    assert axe_violations(page) == ""
