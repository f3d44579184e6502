"""The pregnancy warning signs on the health step: asked with "Are you pregnant?", required
only when the answer is yes, and each a maternity flag (the maternity unit, not the GP)."""

import pytest

from intake.models import Submission
from intake.triage.redflags import PREGNANCY_FLAGS, Urgency
from tests.helpers import fill_in, health_answers, submit

MATERNITY = "Call your maternity unit or midwife now</h2>"
PREGNANT = {"pregnancy": "yes", "pregnancy_detail": "30"}


def send(client, answers, **health) -> Submission:
    answers["health"] = health_answers(**health)
    fill_in(client, answers)
    assert submit(client)["Location"] == "/intake/confirmation/"
    return Submission.objects.get()


def test_the_warning_signs_are_on_the_page_inside_the_pregnancy_detail(client, answers):
    fill_in(client, answers, upto="goals")
    page = client.get("/intake/health/").content.decode()
    detail = page[page.index('id="pregnancy_if_yes"') :]
    for flag in PREGNANCY_FLAGS:
        # Without JavaScript every detail is shown, so the questions are always reachable.
        assert f'name="red_flag_{flag.value}"' in detail
        assert 'data-red-flag-urgency="maternity"' in detail
    # The advice the script shows at once on "Yes" has the maternity words.
    assert 'data-red-flag-advice="maternity"' in page


@pytest.mark.parametrize("flag", PREGNANCY_FLAGS, ids=lambda f: f.value)
def test_each_warning_sign_in_pregnancy_is_a_maternity_flag(client, answers, flag):
    submission = send(client, answers, **PREGNANT, **{f"red_flag_{flag.value}": "yes"})

    assert submission.red_flags == [flag.value]
    assert submission.red_flag_urgency == Urgency.EMERGENCY
    assert submission.top_suggestion == "refer"
    assert MATERNITY in client.get("/intake/confirmation/").content.decode()


def test_pregnant_with_no_warning_sign_is_not_held(client, answers):
    submission = send(client, answers, **PREGNANT)

    assert not [f for f in submission.all_red_flags if f.startswith("pregnancy_")]


def test_the_warning_signs_must_be_answered_when_pregnant(client, answers):
    fill_in(client, answers, upto="goals")
    data = health_answers(**PREGNANT)
    for flag in PREGNANCY_FLAGS:
        del data[f"red_flag_{flag.value}"]
    response = client.post("/intake/health/", data)

    assert response.status_code == 200
    for flag in PREGNANCY_FLAGS:
        assert f"red_flag_{flag.value}" in response.context["form"].errors


def test_the_warning_signs_are_not_needed_and_ignored_when_not_pregnant(client, answers):
    # Without JavaScript a "yes" may be left in the hidden-by-script detail: "No" wins.
    yes = {f"red_flag_{flag.value}": "yes" for flag in PREGNANCY_FLAGS}
    submission = send(client, answers, pregnancy="no", **yes)

    assert not [f for f in submission.all_red_flags if f.startswith("pregnancy_")]
