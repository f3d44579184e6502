"""The reviewer's explicit, audited override beyond red flags: a treatment marked "avoid" for
this patient, any treatment on a postponed intake, and needles for a patient who would rather
avoid them. Without it: a clear error and nothing saved. With it and a reason: saved, audited
by kind."""

import pytest

from intake.demo.factories import SubmissionFactory
from intake.models import AuditEvent
from tests.helpers import change_url, review_data

REASON = "Discussed with the patient's GP on 2 December: agreed in writing."


@pytest.fixture
def clot(db):
    """An active clot: every massage is "avoid"."""
    return SubmissionFactory(screening_yes={"blood-clot-now": "Left calf, on apixaban"})


@pytest.fixture
def feverish(db):
    """A fever, with no back pain: every treatment is "avoid", the suggestion "postpone"."""
    return SubmissionFactory(screening_yes={"fever": ""})


@pytest.fixture
def needle_averse(db):
    return SubmissionFactory(needles="avoid")


CASES = [
    ("clot", "relaxation-massage", "avoid", "Relaxation massage is marked “avoid” for: Blood"),
    ("feverish", "acupressure", "postpone", "Every treatment is to be avoided for now"),
    ("needle_averse", "acupuncture", "needles", "The patient would rather avoid needles"),
]


@pytest.mark.parametrize(("persona", "treatment", "kind", "warning"), CASES)
def test_without_the_override_a_clear_error_and_nothing_saved(
    request, reviewer_client, persona, treatment, kind, warning
):
    submission = request.getfixturevalue(persona)
    data = review_data(submission, recommendation=treatment, status="recommended")

    response = reviewer_client.post(change_url(submission), data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert warning in errors["override_warnings"][0]
    assert "tick “Treat despite these warnings”" in errors["override_warnings"][0]
    assert "Give the reason" in errors["red_flag_override_reason"][0]
    submission.refresh_from_db()
    assert submission.recommended_modality is None
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.OVERRIDE).exists()


@pytest.mark.parametrize(("persona", "treatment", "kind", "warning"), CASES)
def test_a_ticked_box_without_a_reason_is_not_enough(
    request, reviewer_client, persona, treatment, kind, warning
):
    submission = request.getfixturevalue(persona)
    data = review_data(
        submission, recommendation=treatment, status="recommended", override_warnings="on"
    )

    response = reviewer_client.post(change_url(submission), data)

    assert "red_flag_override_reason" in response.context["adminform"].form.errors
    submission.refresh_from_db()
    assert submission.recommended_modality is None


@pytest.mark.parametrize(("persona", "treatment", "kind", "warning"), CASES)
def test_with_the_override_and_a_reason_it_is_saved_and_audited_by_kind(
    request, reviewer_client, reviewer, persona, treatment, kind, warning
):
    submission = request.getfixturevalue(persona)
    data = review_data(
        submission,
        recommendation=treatment,
        status="recommended",
        override_warnings="on",
        red_flag_override_reason=REASON,
    )

    response = reviewer_client.post(change_url(submission), data)

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.recommended_modality.slug == treatment
    assert submission.red_flag_override_reason == REASON
    events = AuditEvent.objects.filter(action=AuditEvent.Action.OVERRIDE)
    assert kind in {e.detail for e in events}
    assert {(e.user, e.reference) for e in events} == {(reviewer, submission.reference)}


def test_the_form_shows_the_warnings_up_front(reviewer_client, clot):
    page = reviewer_client.get(change_url(clot)).content.decode()

    assert "Treat despite these warnings" in page
    assert "Warnings on this intake: Massage therapy is marked “avoid” for: Blood clot now." in page


def test_a_treatment_without_a_warning_and_a_referral_need_no_override(
    reviewer_client, clot, needle_averse
):
    fine = review_data(needle_averse, recommendation="acupressure", status="recommended")
    assert reviewer_client.post(change_url(needle_averse), fine).status_code == 302
    referral = review_data(clot, recommendation="refer", status="referred")
    assert reviewer_client.post(change_url(clot), referral).status_code == 302
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.OVERRIDE).exists()


def test_the_red_flag_override_is_audited_as_such(reviewer_client, demo):
    daniel = demo["Daniel Okoro"]
    data = review_data(
        daniel,
        recommendation="relaxation-massage",
        status="recommended",
        override_red_flags="on",
        red_flag_override_reason=REASON,
    )

    assert reviewer_client.post(change_url(daniel), data).status_code == 302
    event = AuditEvent.objects.get(action=AuditEvent.Action.OVERRIDE)
    assert event.detail == "red_flags"


def test_outsiders_cannot_override(client, outsider_client, clot):
    data = review_data(
        clot, recommendation="relaxation-massage", override_warnings="on",
        red_flag_override_reason=REASON, status="recommended",
    )  # fmt: skip
    response = outsider_client.post(change_url(clot), data)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    clot.refresh_from_db()
    assert clot.recommended_modality is None
