"""The engine's 3.0 results as a reviewer meets them in the admin: "no clear suggestion" on an
intake, and every new rule on "How suggestions are made"."""

from django.urls import reverse

from intake.triage import suggest
from tests.helpers import change_url


def test_an_intake_with_no_clear_suggestion_says_the_reviewer_decides(reviewer_client, demo):
    submission = demo["Hannah Price"]
    data = suggest.load_engine_data()
    answers = suggest.Answers(age=40, pressure="medium")
    submission.suggestion = suggest.suggest(
        answers, data.modalities, data.guidance, data.precaution_names
    )
    submission.top_suggestion = submission.suggestion["top"]
    submission.save()

    page = reviewer_client.get(change_url(submission)).content.decode()

    assert submission.top_suggestion == suggest.UNDECIDED
    assert "No clear suggestion: the reviewer decides." in page
    assert submission.top_suggestion_label == suggest.UNDECIDED_LABEL
    queue = reviewer_client.get(reverse("admin:intake_submission_changelist"), {"top": "undecided"})
    assert list(queue.context["cl"].result_list) == [submission]


def test_how_suggestions_are_made_shows_every_new_rule(reviewer_client):
    page = reviewer_client.get(reverse("admin:intake_submission_how")).content.decode()

    assert f"suggestion engine (version {suggest.ENGINE_VERSION})" in page
    for words in (
        "NICE NG240",  # meningitis picture
        "NICE NG133",  # pre-eclampsia
        "NICE NG234",  # cancer with spinal pain
        "NG226",  # osteoarthritis: no acupuncture
        "chronic primary pain only",  # NG193 scope
        "No clear suggestion: the reviewer decides",
        "takes no points off",
        "with or without a fall",
    ):
        assert words in page, words


def test_how_suggestions_are_made_is_for_staff_only(client):
    response = client.get(reverse("admin:intake_submission_how"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]
