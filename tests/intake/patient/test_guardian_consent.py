"""A patient under 16 sends the intake only with a parent's or guardian's agreement: the check
page asks for their name and their tick, the submission keeps the name, staff read it beside
the patient's details, and erasing the intake leaves it nowhere. Patients 16 and over see no
change."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from intake.models import Submission
from intake.triage.engine_answers import GUARDIAN_AGE
from tests.helpers import change_url, fill_in, review_data, submit
from tests.intake.test_retention import rows_mentioning

pytestmark = pytest.mark.django_db

CHECK = "/intake/check/"
HEADING = "A parent or guardian must agree"
NAME_MISSING = "Enter the full name of the parent or guardian who agrees."
AGREEMENT_MISSING = "A parent or guardian must agree before we can store these answers."
GUARDIAN = "Grace Lovelace-Byron"
BRING_THEM = "Your parent or guardian will need to come with you to every appointment."


def born(years_ago: int, days_later: int = 0) -> datetime.date:
    """The date of birth of someone who turns `years_ago` today, moved `days_later` days."""
    today = timezone.localdate()
    return datetime.date(today.year - years_ago, today.month, today.day) + datetime.timedelta(
        days=days_later
    )


def aged(answers: dict, birthday: datetime.date) -> dict:
    about = {
        **answers["about-you"],
        "date_of_birth_day": str(birthday.day),
        "date_of_birth_month": str(birthday.month),
        "date_of_birth_year": str(birthday.year),
    }
    return {**answers, "about-you": about}


@pytest.fixture
def child(client, answers):
    """Ada at 12, with every step answered: the check page is next."""
    fill_in(client, aged(answers, born(12)))
    return client


def send(client, **extra):
    key = client.get(CHECK).context["form"]["key"].value()
    return client.post(CHECK, {"consent": "on", "key": key, **extra})


def test_the_age_is_16():
    assert GUARDIAN_AGE == 16


def test_a_child_sees_the_guardian_part_before_the_send_button(child):
    response = child.get(CHECK)

    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h2>{HEADING}</h2>" in html
    assert "Because you are under 16, a parent or guardian must read these answers" in html
    assert "They will need to come with you to every appointment." in html
    assert '<label for="id_guardian_name"' in html
    assert "I am this patient&#x27;s parent or guardian, and I agree" in html
    # The guardian's part, then the patient's own consent (kept as it was), then the button.
    order = [
        html.index(HEADING),
        html.index('name="guardian_name"'),
        html.index('name="guardian_consent"'),
        html.index('name="consent"'),
        html.index("Send my answers</button>"),
    ]
    assert order == sorted(order)
    assert "I agree that the clinic may store and use my answers to plan my care." in html


def test_a_child_cannot_send_without_the_guardian(child):
    response = send(child)

    html = response.content.decode()
    assert response.status_code == 200
    assert Submission.objects.count() == 0
    assert "<title>Error:" in html
    summary = html[html.index('class="error-summary"') : html.index("<h1>")]
    assert f'<a href="#id_guardian_name">{NAME_MISSING}</a>' in summary
    assert f'<a href="#id_guardian_consent">{AGREEMENT_MISSING}</a>' in summary
    # And by each field, as the patient's consent shows its own.
    after_summary = html[html.index("<h1>") :]
    assert NAME_MISSING in after_summary
    assert AGREEMENT_MISSING in after_summary


@pytest.mark.parametrize(
    ("extra", "missing"),
    [
        ({"guardian_name": GUARDIAN}, AGREEMENT_MISSING),
        ({"guardian_consent": "on"}, NAME_MISSING),
        ({"guardian_name": "  \t ", "guardian_consent": "on"}, NAME_MISSING),
    ],
)
def test_a_child_needs_both_the_name_and_the_tick(child, extra, missing):
    response = send(child, **extra)

    html = response.content.decode()
    assert response.status_code == 200
    assert Submission.objects.count() == 0
    assert missing in html
    [given] = {NAME_MISSING, AGREEMENT_MISSING} - {missing}
    assert given not in html


def test_a_guardians_name_that_cannot_be_stored_is_refused_with_a_message(child):
    response = send(child, guardian_name="Grace\x00 Byron", guardian_consent="on")

    html = response.content.decode()
    assert response.status_code == 200
    assert "contains a character we cannot store" in html
    assert Submission.objects.count() == 0


def test_a_guardians_name_over_120_characters_is_refused(child):
    response = send(child, guardian_name="G" * 121, guardian_consent="on")

    assert "The parent or guardian&#x27;s name must be 120 characters or fewer." in (
        response.content.decode()
    )
    assert Submission.objects.count() == 0


def test_with_the_guardian_a_child_sends_and_the_name_is_kept(child):
    response = send(
        child, guardian_name=f"  Grace   {GUARDIAN.split()[-1]}\n", guardian_consent="on"
    )

    assert response.status_code == 302
    assert response["Location"] == "/intake/confirmation/"
    submission = Submission.objects.get()
    assert submission.guardian_name == f"Grace {GUARDIAN.split()[-1]}"
    assert submission.full_name == "Ada Lovelace"
    assert submission.date_of_birth == born(12)
    confirmation = child.get("/intake/confirmation/").content.decode()
    assert BRING_THEM in confirmation


def test_a_child_given_the_page_again_keeps_the_guardians_name_typed(child):
    """A form from another tab or an expired session is shown again to be sent again: the
    agreement is asked again, the name typed is not lost."""
    response = child.post(
        CHECK,
        {
            "consent": "on",
            "key": "00000000-0000-4000-8000-000000000000",
            "guardian_name": GUARDIAN,
            "guardian_consent": "on",
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Please check your answers and send them again." in html
    assert HEADING in html
    assert f'value="{GUARDIAN}"' in html
    assert not response.context["form"]["guardian_consent"].value()
    assert AGREEMENT_MISSING not in html
    assert Submission.objects.count() == 0


def test_one_whose_16th_birthday_is_tomorrow_still_needs_a_guardian(client, answers):
    fill_in(client, aged(answers, born(16, days_later=1)))

    assert HEADING in client.get(CHECK).content.decode()
    response = send(client)

    assert NAME_MISSING in response.content.decode()
    assert Submission.objects.count() == 0


def test_one_who_turns_16_today_sends_alone(client, answers):
    fill_in(client, aged(answers, born(16)))

    page = client.get(CHECK).content.decode()
    response = submit(client)

    assert HEADING not in page
    assert 'name="guardian_name"' not in page
    assert response.status_code == 302
    assert Submission.objects.get().guardian_name == ""


def test_an_adult_sees_no_guardian_part_and_sends_as_before(client, answers):
    fill_in(client, answers)

    page = client.get(CHECK).content.decode()
    response = submit(client)

    assert HEADING not in page
    assert "guardian" not in page
    assert response.status_code == 302
    assert Submission.objects.get().guardian_name == ""
    assert BRING_THEM not in client.get("/intake/confirmation/").content.decode()


def test_an_adult_cannot_post_a_guardian_into_their_intake(client, answers):
    fill_in(client, answers)

    response = submit(client, guardian_name="Someone Else", guardian_consent="on")

    assert response.status_code == 302
    assert Submission.objects.get().guardian_name == ""


def test_a_child_who_corrects_their_date_of_birth_to_an_adults_sends_alone(child, answers):
    child.post("/intake/about-you/", answers["about-you"])

    response = submit(child)

    assert response.status_code == 302
    assert Submission.objects.get().guardian_name == ""


# --- Staff ---


@pytest.fixture
def sent_with_guardian(answers, django_capture_on_commit_callbacks) -> Submission:
    """Ada at 12, sent from her own browser with her guardian's agreement."""
    browser = Client()
    fill_in(browser, aged(answers, born(12)))
    with django_capture_on_commit_callbacks(execute=True):
        response = send(browser, guardian_name=GUARDIAN, guardian_consent="on")
    assert response.status_code == 302
    return Submission.objects.get()


def test_the_reviewer_reads_who_agreed_beside_the_patients_details(
    reviewer_client, sent_with_guardian
):
    response = reviewer_client.get(change_url(sent_with_guardian))

    html = response.content.decode()
    assert response.status_code == 200
    about = html[html.index("About you") : html.index("What brings you here")]
    assert "Parent or guardian who agreed" in about
    assert GUARDIAN in about
    assert "(age 12)" in about


def test_the_printable_record_names_who_agreed(reviewer_client, sent_with_guardian):
    url = reverse("admin:intake_submission_record", args=[sent_with_guardian.pk])

    html = reviewer_client.get(url).content.decode()

    assert f'<tr><th scope="row">Parent or guardian who agreed</th><td>{GUARDIAN}</td></tr>' in html


def test_an_adults_intake_says_no_guardian_was_needed(reviewer_client, answers):
    patient = Client()
    fill_in(patient, answers)
    submit(patient)

    html = reviewer_client.get(change_url(Submission.objects.get())).content.decode()

    assert "Parent or guardian who agreed" in html
    assert "Not needed (16 or over when sent)" in html


def test_an_outsider_cannot_read_who_agreed(outsider_client, sent_with_guardian):
    response = outsider_client.get(change_url(sent_with_guardian))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert GUARDIAN not in response.content.decode()


def test_a_reviewer_cannot_change_who_agreed(reviewer_client, sent_with_guardian):
    data = review_data(sent_with_guardian, guardian_name="Someone Else")

    response = reviewer_client.post(change_url(sent_with_guardian), data)

    assert response.status_code == 302
    sent_with_guardian.refresh_from_db()
    assert sent_with_guardian.guardian_name == GUARDIAN


def test_the_review_history_keeps_no_copy_of_the_guardians_name(
    reviewer_client, sent_with_guardian
):
    reviewer_client.post(
        change_url(sent_with_guardian),
        review_data(sent_with_guardian, recommendation="relaxation-massage"),
    )

    assert sent_with_guardian.history.count() >= 1
    assert rows_mentioning([GUARDIAN], skip=[Submission]) == []


def test_erasure_leaves_the_guardians_name_nowhere(superuser_client, reviewer, sent_with_guardian):
    staff = Client()
    staff.force_login(reviewer)
    staff.post(
        change_url(sent_with_guardian),
        review_data(sent_with_guardian, recommendation="relaxation-massage"),
    )
    staff.get(change_url(sent_with_guardian))
    assert rows_mentioning([GUARDIAN]) != []

    response = superuser_client.post(
        reverse("admin:intake_submission_changelist"),
        {
            "action": "erase_on_request",
            "_selected_action": [sent_with_guardian.pk],
            "confirm": "yes",
        },
    )

    assert response.status_code == 302
    assert rows_mentioning([GUARDIAN]) == []
