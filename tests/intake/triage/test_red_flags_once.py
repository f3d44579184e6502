"""Red flags are found in the answers in one place (derived.flags_from_answers), once per
request: the check page and the send pass them on instead of finding them again."""

import datetime
import itertools
from contextlib import contextmanager
from unittest import mock

import pytest

from intake.models import Submission
from intake.triage import derived
from intake.triage.redflags import Urgency
from intake.triage.topics import TOPICS
from tests.helpers import fill_in, health_answers

# Words that make the check page ask the numbness question again (intake/patient/recheck.py).
NUMB_WORDS = "Low back ache, and my bottom feels numb since Monday."


@contextmanager
def counted():
    """Counts the calls of flags_from_answers and of the derivation under it."""
    find, derive = derived.flags_from_answers, derived.derive
    with (
        mock.patch.object(derived, "flags_from_answers", wraps=find) as found,
        mock.patch.object(derived, "derive", wraps=derive) as derivations,
    ):
        yield found, derivations


def red_flag_answers(answers: dict) -> dict:
    answers["symptoms"]["body_regions"] = ["lower_back"]
    answers["symptoms"]["main_concern"] = NUMB_WORDS
    answers["health"] = health_answers(fever="yes", red_flag_chest_pain_now="yes")
    return answers


def test_the_check_page_finds_the_red_flags_once(client, answers):
    fill_in(client, red_flag_answers(answers))

    with counted() as (found, derived):
        response = client.get("/intake/check/")

    assert response.status_code == 200
    assert "Contact your GP or call" in response.content.decode()  # the advice is there
    assert (found.call_count, derived.call_count) == (1, 1)


def test_sending_finds_the_red_flags_once_and_saves_them(client, answers):
    fill_in(client, red_flag_answers(answers))
    key = client.get("/intake/check/").context["form"]["key"].value()
    data = {"consent": "on", "key": key, "recheck_saddle_numbness": "yes"}

    with counted() as (found, derived):
        response = client.post("/intake/check/", data)

    assert response["Location"] == "/intake/confirmation/"
    assert (found.call_count, derived.call_count) == (1, 1)
    submission = Submission.objects.get()
    assert submission.red_flags == ["chest_pain_now", "saddle_numbness"]
    assert submission.derived_red_flags == ["fever_back_pain"]
    assert submission.red_flag_urgency == Urgency.EMERGENCY


def test_a_check_page_shown_again_finds_the_red_flags_once(client, answers):
    fill_in(client, red_flag_answers(answers))
    key = client.get("/intake/check/").context["form"]["key"].value()

    with counted() as (found, derived):
        response = client.post("/intake/check/", {"key": key})  # no consent, no answer

    assert response.status_code == 200
    assert (found.call_count, derived.call_count) == (1, 1)


@pytest.mark.parametrize("recheck", sorted({t.recheck for t in TOPICS if t.recheck}))
def test_a_flag_asked_again_changes_no_derived_flag(recheck):
    # The check page asks these after the flags are found; a "Yes" is added to them
    # (AnswerFlags.with_asked) without deriving again, which holds only while no derivation
    # reads them.
    answered = itertools.product(
        [[], ["night_pain"], ["major_trauma"], ["cancer_history"]],
        [[], ["head"], ["neck"], ["upper_back"], ["lower_back"], ["knees"]],
        [(), ("fever", "cancer-treatment", "osteoporosis", "weakened-immunity")],
        ["under_6_weeks", "over_3_months"],
    )
    for asked, regions, screening_yes, duration in answered:
        answers = {
            "date_of_birth": datetime.date(1960, 1, 1),
            "body_regions": regions,
            "duration": duration,
            "pain_now": 5,
            "pain_week_average": 4,
        }
        kwargs = {"screening_yes": screening_yes, "today": None}
        before = derived.flags_from_answers({**answers, "red_flags": asked}, **kwargs)
        after = derived.flags_from_answers({**answers, "red_flags": [*asked, recheck]}, **kwargs)
        assert after.derived == before.derived
        assert before.with_asked([recheck]) == after
