"""Emergencies at the edges (issue 24): the emails, the refusal pages and the confirmation say
each red flag's own advice, first, and the rate limit never stops an emergency."""

import re

import pytest
from django.core import mail
from django.template.loader import render_to_string

from clinic.context_processors import clinic_details
from intake.demo.factories import SubmissionFactory
from intake.models import EmailSend, Submission
from intake.tasks import send_acknowledgement, send_recommendation
from intake.triage import redflags
from intake.triage.advice import ADVICE_ORDER, advice_heading
from intake.triage.redflags import FLAGS, Flag, Urgency
from tests.helpers import fill_in, health_answers, submit

pytestmark = pytest.mark.django_db

FIRST_WORDS = {
    "emergency": "Call 999 or go to A&E now",
    "maternity": "Call your maternity unit or midwife now",
    "cancer_team": "Call your cancer team's 24-hour helpline now",
    "urgent": "Contact your GP or call 111 today",
    "before_treatment": "See your GP before any treatment",
}

# Pregnancy warning signs come with the engine's own flags; until then, one stands in for them.
MATERNITY_STAND_IN = Flag(
    "test_maternity_sign",
    "A warning sign in pregnancy",
    Urgency.EMERGENCY,
    "Test only",
    team="maternity",
)


@pytest.fixture(autouse=True)
def _a_maternity_flag(monkeypatch, settings):
    settings.CLINIC_EMERGENCY_NUMBER = "999"
    settings.CLINIC_URGENT_ADVICE_NUMBER = "111"
    if not any(flag.team == "maternity" for flag in FLAGS):
        monkeypatch.setattr(redflags, "FLAGS", [*FLAGS, MATERNITY_STAND_IN])
        monkeypatch.setitem(redflags.FLAGS_BY_VALUE, MATERNITY_STAND_IN.value, MATERNITY_STAND_IN)


def a_flag_of(kind: str) -> str:
    return next(flag.value for flag in redflags.FLAGS if flag.advice == kind)


def first_line(body: str) -> str:
    return body.strip().splitlines()[0]


@pytest.mark.parametrize("kind", ADVICE_ORDER)
def test_the_acknowledgement_leads_with_the_red_flags_advice(kind):
    submission = SubmissionFactory(red_flags=[a_flag_of(kind)])

    send_acknowledgement(submission.pk)

    (sent,) = mail.outbox
    assert sent.subject.startswith(FIRST_WORDS[kind])
    assert submission.reference in sent.subject
    assert first_line(sent.body) == f"{FIRST_WORDS[kind]}."
    assert "usually within two working days" not in sent.body  # not the routine one
    assert submission.main_concern not in sent.body  # still none of the answers


def test_the_acknowledgement_without_red_flags_is_the_routine_one():
    submission = SubmissionFactory()

    send_acknowledgement(submission.pk)

    (sent,) = mail.outbox
    assert sent.subject == f"We have received your intake ({submission.reference})"
    assert first_line(sent.body) == "Hello,"
    assert "usually within two working days" in sent.body


def test_the_most_pressing_advice_leads_when_there_are_several():
    flags = [a_flag_of("before_treatment"), a_flag_of("urgent"), a_flag_of("emergency")]
    submission = SubmissionFactory(red_flags=flags)

    send_acknowledgement(submission.pk)

    assert first_line(mail.outbox[0].body) == "Call 999 or go to A&E now."


@pytest.mark.parametrize("kind", ADVICE_ORDER)
def test_a_referral_keeps_the_red_flags_urgency(kind):
    submission = SubmissionFactory(red_flags=[a_flag_of(kind)])
    Submission.objects.filter(pk=submission.pk).update(status=Submission.Status.REFERRED)

    send_recommendation(submission.pk, "http://testserver/")

    (sent,) = mail.outbox
    assert sent.subject == f"{FIRST_WORDS[kind]} ({submission.reference})"
    assert first_line(sent.body) == f"{FIRST_WORDS[kind]}."
    if kind != "before_treatment":
        assert "make an appointment soon" not in sent.body.lower()


def test_an_emergency_referral_says_999_and_never_to_book_a_gp_appointment():
    submission = SubmissionFactory(red_flags=[a_flag_of("emergency")])
    Submission.objects.filter(pk=submission.pk).update(status=Submission.Status.REFERRED)

    send_recommendation(submission.pk, "http://testserver/")

    body = mail.outbox[0].body
    assert "call 999 or go to A&E now" in body
    assert "appointment soon" not in body
    assert "tel:" not in body  # plain text writes numbers plainly


def test_a_referral_without_red_flags_keeps_its_own_words():
    submission = SubmissionFactory()
    Submission.objects.filter(pk=submission.pk).update(status=Submission.Status.REFERRED)

    send_recommendation(submission.pk, "http://testserver/")

    sent = mail.outbox[0]
    assert sent.subject.startswith("Please see a doctor before treatment")
    assert first_line(sent.body).startswith("Dear ")


# ----- The rate limit ----------------------------------------------------------------------


def over_the_limit(client, answers, settings) -> None:
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 1
    fill_in(client, answers)
    assert submit(client).status_code == 302


def test_an_emergency_over_the_rate_limit_is_saved_and_alerted(
    client, answers, settings, django_capture_on_commit_callbacks
):
    over_the_limit(client, answers, settings)
    emergency = {**answers, "health": health_answers(red_flag_saddle_numbness="yes")}
    fill_in(client, emergency)

    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)

    assert response["Location"] == "/intake/confirmation/"
    saved = Submission.objects.get(red_flags=["saddle_numbness"])
    kinds = set(EmailSend.objects.filter(submission=saved).values_list("kind", flat=True))
    assert EmailSend.Kind.RED_FLAG_ALERT in kinds
    page = client.get(response["Location"]).content.decode()
    assert 'href="tel:999"' in page


def test_a_routine_intake_over_the_rate_limit_is_still_refused(client, answers, settings):
    over_the_limit(client, answers, settings)
    fill_in(client, answers)

    response = submit(client)

    assert response.status_code == 429
    assert Submission.objects.count() == 1
    assert "red-flag-heading" not in response.content.decode()


def test_the_refused_link_request_carries_the_answers_red_flag_advice(client, answers, settings):
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 0
    emergency = {**answers, "health": health_answers(red_flag_saddle_numbness="yes")}
    fill_in(client, emergency)

    response = client.post("/intake/save/", {"email": "someone@example.org"})

    page = response.content.decode()
    assert response.status_code == 429
    assert "Please try again later" in page
    assert page.index('Call <a href="tel:999">999</a> or go to A&amp;E now') < page.index(
        "Please try again later</h1>"
    )


# ----- The confirmation ---------------------------------------------------------------------


def sent(client, answers, **yes) -> str:
    fill_in(client, {**answers, "health": health_answers(**yes)})
    response = submit(client)
    return client.get(response["Location"]).content.decode()


def test_the_emergency_confirmation_puts_the_advice_first_and_invites_no_browsing(client, answers):
    page = sent(client, answers, red_flag_saddle_numbness="yes")

    assert page.index('href="tel:999"') < page.index("We have your answers")
    assert "While you wait" not in page
    assert "nerves at the base of the spine" not in page  # said of every emergency flag


def test_a_routine_confirmation_keeps_its_order_and_its_invitation(client, answers):
    page = sent(client, answers)

    assert "red-flag-heading" not in page
    assert "While you wait" in page


def test_red_flag_advice_on_the_check_page_has_tap_to_call_numbers(client, answers):
    fill_in(client, {**answers, "health": health_answers(red_flag_fever_back_pain="yes")})

    page = client.get("/intake/check/").content.decode()

    assert 'Contact your GP or call <a href="tel:111">111</a> today' in page


# ----- One set of words, numbers a tap away --------------------------------------------------


@pytest.mark.parametrize("kind", ADVICE_ORDER)
def test_the_emails_and_the_pages_say_the_same_first_words(kind):
    html = render_to_string(
        "intake/_red_flag_heading.html",
        {"urgency": kind, "id_prefix": "", "clinic": clinic_details()},
    )

    words = " ".join(re.sub(r"<[^>]+>", "", html).replace("&amp;", "&").split())
    assert words == advice_heading(kind, clinic_details()) == FIRST_WORDS[kind]


def test_the_urgent_advice_sends_spreading_chest_pain_to_999(client, answers):
    fill_in(client, {**answers, "health": health_answers(red_flag_fever_back_pain="yes")})

    page = " ".join(client.get("/intake/check/").content.decode().split())

    assert "sudden chest pain that spreads to your arms, back, neck or jaw" in page
    assert "comes with shortness of breath" in page


@pytest.mark.parametrize("url", ["/intake/", "/", "/contact/"])
def test_emergency_numbers_on_public_pages_are_tap_to_call(client, url):
    page = client.get(url).content.decode()

    assert '<a href="tel:999">999</a>' in page
