"""One patient's whole path in Polish, in Chromium (issue 28): the public pages reached by the
language link, the intake saved on a phone and finished on another device, the
recommendation, and the follow-up answered through its emailed link. Every page is
<html lang="pl"> and neither a page nor an email has an English sentence left."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from clinic.context_processors import clinic_details
from clinic.models import LanguageReview
from intake.demo.factories import ReviewerFactory
from intake.models import FollowUp, Outcome, Submission
from intake.services import recommendation_send
from tests.browser.conftest import open_page
from tests.browser.support import DESKTOP, layout_problems, pick, screenshot
from tests.browser.test_red_flags import answer_no_to_everything
from tests.helpers import english_left, visible_text
from treatments.models import Modality, Practitioner

pytestmark = pytest.mark.django_db(transaction=True)

RESUME_LINK = re.compile(r"https?://[^/\s]+(/pl/intake/resume/[A-Za-z0-9_-]+/)")
FOLLOW_UP_LINK = re.compile(r"https?://[^/\s]+(/pl/follow-up/[A-Za-z0-9_-]+/)")
PATIENT = ("Zofia Kowalska", "zofia@example.org")


def names() -> list[str]:
    """Names a Polish page or email may show as they are: the clinic's, its practitioners'
    and the patient's own."""
    practitioners = Practitioner.objects.values_list("name", flat=True)
    return [clinic_details().name, *practitioners, *PATIENT]


def read_in_polish(page, heading: str) -> None:
    """The page is in Polish, with this <h1>, and fits the screen."""
    assert page.locator("html").get_attribute("lang") == "pl", page.url
    assert page.get_by_role("heading", level=1).inner_text() == heading
    assert layout_problems(page) == [], page.url
    assert english_left(visible_text(page.content()), *names()) == [], page.url


def polish_email(subject: str) -> str:
    """The last email sent: its subject starts as given, its body is all Polish."""
    email = mail.outbox[-1]
    assert email.to == [PATIENT[1]]
    assert email.subject.startswith(subject), email.subject
    assert english_left(email.body, *names()) == [], email.subject
    return email.body


def click(page, role: str, name: str, *, exact: bool = True) -> None:
    with page.expect_navigation():
        page.get_by_role(role, name=name, exact=exact).first.click()


def read_the_public_pages(page) -> None:
    """Polish offered, as once the owner has marked it reviewed: the link shows on every page."""
    LanguageReview.objects.filter(language="pl").update(
        reviewed=True, reviewed_by="A. Tłumacz", reviewed_on="2026-12-01"
    )
    page.goto("/")
    click(page, "link", "Polski")
    read_in_polish(page, "Terapia manualna przy bólu, napięciu i stresie")
    click(page, "link", "Akupresura")
    read_in_polish(page, "Akupresura")
    page.go_back()
    click(page, "link", "Akupunktura i akupresura")
    read_in_polish(page, "Akupunktura i akupresura")


def fill_about_you(page) -> None:
    page.get_by_label("Imię i nazwisko").fill(PATIENT[0])
    page.get_by_label("Dzień").fill("3")
    page.get_by_label("Miesiąc").fill("5")
    page.get_by_label("Rok").fill("1979")
    page.get_by_label("Adres e-mail").fill(PATIENT[1])
    pick(page, "Jak mamy się z Tobą kontaktować?", "E-mail")


def fill_symptoms(page) -> None:
    page.get_by_label("Co Ci dolega?").fill("Bolą mnie plecy po pracy przy biurku.")
    page.get_by_label("Dolna część pleców", exact=True).check()
    pick(page, "Jak silny jest ból w tej chwili?", "5")
    pick(page, "Jak silny był przeciętnie ból w ostatnim tygodniu?", "4")
    pick(page, "Od jak dawna to trwa?", "Dłużej niż 3 miesiące")
    pick(page, "Jak bardzo przeszkadza to w codziennym życiu?", "4")


def finish_the_intake(page) -> None:
    """From the symptoms step to the confirmation, answering every step in the browser."""
    read_in_polish(page, "Z czym przychodzisz")
    fill_symptoms(page)
    click(page, "button", "Dalej")
    read_in_polish(page, "Twoje cele")
    page.get_by_label("Zmniejszenie bólu").check()
    click(page, "button", "Dalej")
    read_in_polish(page, "Twoje zdrowie")
    answer_no_to_everything(page)
    click(page, "button", "Dalej")
    read_in_polish(page, "Twoje preferencje")
    pick(page, "Jaki masz stosunek do igieł?", "Wolę unikać igieł")
    pick(page, "Jaki nacisk wolisz?", "Lekki")
    pick(page, "Czy chcesz nauczyć się technik, które możesz stosować sam(a) w domu?", "Być może")
    click(page, "button", "Dalej")
    read_in_polish(page, "Sprawdź odpowiedzi przed wysłaniem")
    page.get_by_label("Zgadzam się, aby klinika przechowywała").check()
    click(page, "button", "Wyślij moje odpowiedzi")
    read_in_polish(page, "Mamy Twoje odpowiedzi")


def answer_the_follow_up(page) -> None:
    which = page.get_by_label("Jeśli tak, jaki to był zabieg?")
    assert not which.is_visible()  # asked only after "Tak"
    page.get_by_label("Tak", exact=True).check()
    which.select_option(label="Akupresura")
    page.get_by_label("Jeśli tak, ile sesji się odbyło?").fill("3")
    for name, value in [
        ("pain_average", "3"),
        ("interference_enjoyment", "2"),
        ("interference_activity", "4"),
    ]:
        page.locator(f"input[name={name}][value='{value}']").check()
    page.get_by_label("Duża poprawa", exact=True).check()
    screenshot(page, "polish-journey-follow-up-phone")
    click(page, "button", "Wyślij moje odpowiedzi")


def test_a_patient_goes_the_whole_way_in_polish(phone_page, browser, live_server):
    page = phone_page
    read_the_public_pages(page)

    # The intake, begun on a phone and saved on its second step.
    click(page, "link", "Wypełnij formularz zgłoszeniowy")
    read_in_polish(page, "Powiedz nam, z czym przychodzisz do kliniki")
    click(page, "link", "Zacznij teraz", exact=False)  # the arrow after it is in its name
    read_in_polish(page, "O Tobie")
    fill_about_you(page)
    click(page, "button", "Dalej")
    click(page, "button", "Zapisz i wróć później")
    read_in_polish(page, "Zapisz odpowiedzi i wróć później")
    assert page.get_by_label("Adres e-mail").input_value() == PATIENT[1]
    screenshot(page, "polish-journey-save-phone")
    click(page, "button", "Wyślij mi link")
    read_in_polish(page, "Wysłaliśmy Ci link")
    screenshot(page, "polish-journey-link-sent-phone")
    link = RESUME_LINK.search(polish_email("Link do dokończenia formularza"))[1]

    # Finished on another device, from the emailed link.
    other_device = open_page(browser, live_server, viewport=DESKTOP)
    desktop = next(other_device)
    desktop.goto(link)
    read_in_polish(desktop, "Kontynuuj wypełnianie formularza")
    click(desktop, "button", "Kontynuuj z moimi odpowiedziami")
    finish_the_intake(desktop)
    next(other_device, None)  # closes the context; fails on any CSP violation there
    polish_email("Otrzymaliśmy Twój formularz zgłoszeniowy")
    submission = Submission.objects.get()
    assert (submission.language, submission.full_name) == ("pl", PATIENT[0])

    # Staff recommend acupressure, as the admin's "send" does.
    reviewer = ReviewerFactory(username="rita")
    submission.record_recommendation(
        modality=Modality.objects.get(slug="acupressure"), reviewer=reviewer
    )
    submission.save()
    recommendation_send(submission=submission, base_url=live_server.url, by=reviewer)
    assert "/pl/treatments/acupressure/" in polish_email("Nasza propozycja dla Ciebie: Akupresura")

    # Two weeks on, the follow-up, answered on the phone.
    FollowUp.objects.filter(weeks=2).update(due_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("send_follow_ups", verbosity=0)
    page.goto(FOLLOW_UP_LINK.search(polish_email("Jak się czujesz?"))[1])
    read_in_polish(page, "Jak się czujesz?")
    answer_the_follow_up(page)
    read_in_polish(page, "Dziękujemy")
    outcome = Outcome.objects.select_related("follow_up", "modality").get()
    assert (outcome.follow_up.weeks, outcome.follow_up.used_at is not None) == (2, True)
    assert (outcome.modality.slug, outcome.sessions, outcome.peg) == ("acupressure", 3, 3.0)
