"""Each step's questions: validation, messages, and moving back and forth."""

import datetime

import pytest

from intake.models import ScreeningAnswer, Submission
from intake.triage.redflags import ASKED_FLAGS
from tests.helpers import count_h1, fill_in, health_answers, submit

pytestmark = pytest.mark.django_db


def post_step(client, answers, slug, **changes):
    """Answers the steps before `slug` as given, then posts `slug` with some answers changed."""
    earlier = list(answers)[: list(answers).index(slug)]
    if earlier:
        fill_in(client, answers, upto=earlier[-1])
    data = {**answers[slug], **changes}
    return client.post(f"/intake/{slug}/", data)


def errors_of(response) -> dict:
    return {name: [str(e) for e in errs] for name, errs in response.context["form"].errors.items()}


def test_each_step_page_renders_with_one_h1(client, answers):
    for slug in answers:
        response = client.get(f"/intake/{slug}/")
        assert response.status_code == 200, slug
        assert count_h1(response.content.decode()) == 1
        assert "Cache-Control" in response
        client.post(f"/intake/{slug}/", answers[slug])


def test_a_later_step_sends_the_patient_back_to_the_first_unanswered_one(client, answers):
    fill_in(client, answers, upto="about-you")

    response = client.get("/intake/health/")

    assert response.status_code == 302
    assert response["Location"] == "/intake/symptoms/"


def test_unknown_step_is_not_found(client):
    assert client.get("/intake/not-a-step/").status_code == 404


def test_back_keeps_the_answers(client, answers):
    fill_in(client, answers, upto="symptoms")

    html = client.get("/intake/about-you/").content.decode()

    assert 'value="Ada Lovelace"' in html
    assert 'value="1985"' in html
    symptoms = client.get("/intake/symptoms/").content.decode()
    assert "Aching lower back" in symptoms


def test_change_link_returns_to_check_your_answers(client, answers):
    fill_in(client, answers)
    check = client.get("/intake/check/").content.decode()
    assert 'href="/intake/goals/?from=check#id_goals_0"' in check

    page = client.get("/intake/goals/?from=check")
    assert "Save and return to your answers" in page.content.decode()
    response = client.post("/intake/goals/", {"goals": ["sleep"], "return_to_check": "1"})

    assert response["Location"] == "/intake/check/"
    assert "Better sleep" in client.get("/intake/check/").content.decode()


def test_check_page_lists_every_answer(client, answers):
    fill_in(client, answers)

    html = client.get("/intake/check/").content.decode()

    for text in [
        "Ada Lovelace",
        "10 December 1985",
        "ada@example.org",
        "Lower back",
        "Neck",
        "More than 3 months",
        "Pain relief",
        "I would rather avoid needles",
        "Firm",
        "I work shifts.",
    ]:
        assert text in html, text
    assert html.count(">Change<") >= 20


def test_errors_show_a_summary_linked_to_the_fields_and_an_error_title(client, answers):
    response = post_step(client, answers, "about-you", full_name="", email="nope")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error:" in html
    assert "There is a problem" in html
    assert 'href="#id_full_name">Enter your full name.' in html
    assert 'href="#id_email">Enter an email address in the correct format' in html
    assert "autofocus" in html


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("", "", "", "Enter your date of birth."),
        ("31", "2", "1990", "must be a real date"),
        ("10", "13", "1990", "must be a real date"),
        ("10", "", "1990", "must include a month"),
        ("aa", "1", "1990", "numbers only"),
        ("1", "1", "90", "Enter the year in full"),
        ("1", "1", "1850", "older than 120"),
    ],
)
def test_date_of_birth_must_be_a_real_plausible_date(client, answers, day, month, year, message):
    response = post_step(
        client,
        answers,
        "about-you",
        date_of_birth_day=day,
        date_of_birth_month=month,
        date_of_birth_year=year,
    )

    assert any(message in e for e in errors_of(response)["date_of_birth"])


def test_date_of_birth_cannot_be_in_the_future(client, answers):
    tomorrow = datetime.date.today() + datetime.timedelta(days=2)
    response = post_step(
        client,
        answers,
        "about-you",
        date_of_birth_day=str(tomorrow.day),
        date_of_birth_month=str(tomorrow.month),
        date_of_birth_year=str(tomorrow.year),
    )

    assert errors_of(response)["date_of_birth"] == ["Your date of birth must be in the past."]


def test_phone_is_needed_when_the_patient_asks_to_be_called(client, answers):
    response = post_step(client, answers, "about-you", contact_method="phone", phone="")
    assert "Enter a phone number, or choose" in errors_of(response)["phone"][0]

    response = post_step(client, answers, "about-you", phone="call me maybe")
    assert "Enter a phone number, like" in errors_of(response)["phone"][0]

    response = post_step(
        client, answers, "about-you", contact_method="phone", phone="+44 7700 900982"
    )
    assert response.status_code == 302


def test_oversized_text_is_refused_with_a_count(client, answers):
    response = post_step(client, answers, "symptoms", main_concern="x" * 2001)

    assert (
        "2,000 characters or fewer (you have entered 2001)"
        in errors_of(response)["main_concern"][0]
    )


def test_control_characters_are_refused(client, answers):
    response = post_step(client, answers, "symptoms", main_concern="back\x00pain\x1b[31m")

    assert "character we cannot store" in errors_of(response)["main_concern"][0]


def test_line_breaks_are_allowed_in_free_text(client, answers):
    response = post_step(client, answers, "symptoms", main_concern="Line one.\r\nLine two.")

    assert response.status_code == 302


@pytest.mark.parametrize("value", ["11", "-1", "5.5", "ten", ""])
def test_pain_scale_must_be_0_to_10(client, answers, value):
    response = post_step(client, answers, "symptoms", pain_now=value)

    assert "pain_now" in errors_of(response)


def test_unknown_choices_are_refused(client, answers):
    response = post_step(client, answers, "symptoms", body_regions=["lower_back", "tail"])
    assert "“tail” is not one of the options" in errors_of(response)["body_regions"][0]

    response = post_step(client, answers, "symptoms", duration="forever")
    assert errors_of(response)["duration"] == ["Choose one of the options given."]


def test_goals_need_at_least_one(client, answers):
    fill_in(client, answers, upto="symptoms")

    response = client.post("/intake/goals/", {})

    assert errors_of(response)["goals"] == [
        "Choose at least one thing you would like treatment to help with."
    ]


def test_health_questions_come_from_the_precautions_and_all_need_an_answer(client, answers):
    from treatments.models import Precaution

    fill_in(client, answers, upto="goals")

    response = client.post("/intake/health/", {})

    errors = errors_of(response)
    for precaution in Precaution.objects.asked():
        asked_alone = precaution.theme == Precaution.Theme.PREGNANCY
        assert (precaution.slug if asked_alone else f"theme_{precaution.theme}") in errors
    assert "red_flag_saddle_numbness" in errors
    assert len(errors) == len(ASKED_FLAGS) + 7  # every red flag, and one answer per theme


def test_a_theme_answered_yes_names_which_and_a_no_keeps_no_ticks(client, answers):
    fill_in(client, answers, upto="goals")

    response = post_step(client, answers, "health", theme_blood="yes")
    assert errors_of(response)["theme_blood_items"] == [
        "You answered yes: select which of these apply to you."
    ]

    ticked_but_no = {"theme_blood": "no", "theme_blood_items": ["blood-clot-now"]}
    response = post_step(client, answers, "health", **ticked_but_no)
    assert errors_of(response)["theme_blood"] == [
        "You answered no but selected some of these: choose yes, or clear the boxes."
    ]

    response = post_step(
        client,
        answers,
        "health",
        theme_blood="yes",
        theme_blood_items=["blood-clot-now", "varicose-veins"],
        **{"blood-clot-now_detail": ""},
    )
    assert errors_of(response)["blood-clot-now_detail"] == [
        "You answered yes: Where is the clot, or where do the doctors think it may be?"
    ]


def test_ticked_precautions_reach_the_engine_as_yes_and_the_rest_as_no(client, answers):

    answers["health"] = health_answers(
        **{"blood-clot-now": "yes", "blood-clot-now_detail": "Left calf", "fever": "yes"}
    )
    # Not the neck: a fever with neck pain would ask about meningitis before sending.
    answers["symptoms"]["body_regions"] = ["lower_back"]
    fill_in(client, answers)
    check = client.get("/intake/check/").content.decode()
    assert "Blood clot now (Left calf)" in check
    assert "Skin, infection and feeling unwell: do any of these apply to you?" in check
    submit(client)

    saved = {a.precaution.slug: (a.answer, a.detail) for a in ScreeningAnswer.objects.all()}
    assert saved["blood-clot-now"] == (True, "Left calf")
    assert saved["fever"] == (True, "")
    assert saved["blood-clot-past"] == (False, "")
    assert saved["pregnancy"] == (False, "")


def test_the_weeks_of_a_pregnancy_must_be_possible(client, answers):
    fill_in(client, answers, upto="goals")

    response = post_step(client, answers, "health", pregnancy="yes", pregnancy_detail="60")
    assert errors_of(response)["pregnancy_detail"] == ["Enter a number of weeks from 1 to 42."]


def test_a_patient_who_could_be_pregnant_need_not_give_the_weeks(client, answers):
    """The question is "are you pregnant, or could you be?": one who could be has no weeks to give,
    and must not be pushed to answer no."""
    fill_in(client, answers, upto="goals")
    page = client.get("/intake/health/").content.decode()
    assert "If you know: how many weeks pregnant are you?" in page
    assert "Leave this blank if you are not sure." in page

    answers["health"] = health_answers(pregnancy="yes", pregnancy_detail="")
    fill_in(client, answers)

    assert "Yes: weeks not known" in client.get("/intake/check/").content.decode()
    submit(client)
    submission = Submission.objects.get()
    assert submission.pregnancy_weeks is None
    assert ScreeningAnswer.objects.get(precaution__slug="pregnancy").answer is True


def test_not_sure_cannot_be_combined_with_treatments(client, answers):
    fill_in(client, answers, upto="health")

    response = post_step(client, answers, "preferences", curious_about=["not_sure", "massage"])

    assert "but not both" in errors_of(response)["curious_about"][0]


def test_extra_posted_fields_are_not_kept(client, answers):
    post_step(client, answers, "about-you", status="closed", reviewer="1")

    saved = client.session["intake_answers"]["about-you"]
    assert "status" not in saved
    assert "reviewer" not in saved
