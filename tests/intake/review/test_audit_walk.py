"""Every admin page that shows a patient's data writes one audit record.

The walk lists the admin's URLs from the resolver (not by hand), opens each as a superuser,
and runs each of the submission admin's actions. A page whose body carries the patient's name,
email or concern must have written exactly one audit record. A new view added without one
fails here: the last test proves the walk catches such a view.
"""

from dataclasses import dataclass

import pytest
from django.contrib import admin
from django.urls import URLPattern, reverse

from intake.models import AuditEvent, Submission
from tests.helpers import change_url
from tests.site_urls import routes

pytestmark = pytest.mark.django_db


@dataclass
class Walked:
    shows_data: set[str]
    unaudited: list[tuple[str, int]]


def admin_patterns() -> list[URLPattern]:
    """Every named view in the admin's part of the resolver (the first of each name, the one
    `reverse` finds, should a URLconf include the admin twice)."""
    found = {}
    for name, _, pattern in routes():
        if name.startswith("admin:"):
            found.setdefault(name, pattern)
    return list(found.values())


def url_for(pattern: URLPattern, submission: Submission) -> str | None:
    """The pattern's URL with this submission's ids in it (None: no way to fill it in)."""
    history_id = submission.history.order_by("history_id").first().history_id
    values = {"object_id": submission.pk, "pk": submission.pk, "id": submission.pk}
    values["app_label"] = "intake"
    regex = getattr(pattern.pattern, "regex", None)
    names = list(getattr(pattern.pattern, "converters", {})) or list(regex.groupindex)
    if "content_type_id" in names or "url" in names:
        return None  # "view on site" and the catch-all only redirect
    if regex is not None and regex.groups and not regex.groupindex:
        return reverse(f"admin:{pattern.name}", args=[submission.pk, history_id][: regex.groups])
    return reverse(f"admin:{pattern.name}", kwargs={name: values[name] for name in names})


def shows_patient_data(response, submission: Submission) -> bool:
    body = response.content.decode(errors="replace")
    markers = [submission.full_name, submission.email, submission.main_concern[:30]]
    return response.status_code == 200 and any(marker in body for marker in markers)


def walk(client, submission: Submission, prefix: str = "") -> Walked:
    """Opens every admin view whose name starts with `prefix` (all of them by default) and
    runs each action of the submission admin."""
    walked = Walked(shows_data=set(), unaudited=[])

    def check(name: str, send) -> None:
        before = AuditEvent.objects.count()
        response = send()
        if shows_patient_data(response, submission):
            walked.shows_data.add(name)
            written = AuditEvent.objects.count() - before
            if written != 1:
                walked.unaudited.append((name, written))

    for pattern in admin_patterns():
        if not pattern.name.startswith(prefix):
            continue
        url = url_for(pattern, submission)
        if url is not None:
            check(pattern.name, lambda url=url: client.get(url))
    changelist = reverse("admin:intake_submission_changelist")
    for action in admin.site.get_model_admin(Submission).actions:
        data = {"action": action, "_selected_action": [submission.pk]}
        check(f"action:{action}", lambda data=data: client.post(changelist, data))
    return walked


@pytest.fixture
def submission(demo, reviewer, medical_massage) -> Submission:
    """An intake with a history entry and a recommendation ready to send."""
    submission = demo["Callum Reid"]
    submission.record_recommendation(modality=medical_massage, reviewer=reviewer)
    submission.save()
    return submission


@pytest.fixture
def medical_massage():
    from treatments.models import Modality

    return Modality.objects.get(slug="medical-massage")


def test_every_admin_page_that_shows_a_patient_writes_one_audit_record(
    superuser_client, submission
):
    walked = walk(superuser_client, submission)

    assert walked.unaudited == []
    # The walk really reached the pages that show a patient (it cannot pass by seeing none).
    assert {
        "intake_submission_changelist",
        "intake_submission_change",
        "intake_submission_simple_history",
        "intake_submission_send",
        "action:send_recommendations",
        "action:export_csv",
        "action:erase_on_request",
        "intake_submission_record",
        "intake_submission_fhir",
    } <= walked.shows_data


def test_a_reviewer_opening_a_history_entry_writes_one_record(
    reviewer_client, reviewer, submission
):
    entry = submission.history.order_by("history_id").first()
    url = reverse("admin:intake_submission_simple_history", args=[submission.pk, entry.history_id])

    response = reviewer_client.get(url)

    assert response.status_code == 200
    assert submission.full_name in response.content.decode()
    event = AuditEvent.objects.get()
    assert (event.action, event.user, event.submission_id, event.reference) == (
        AuditEvent.Action.VIEW_HISTORY_ENTRY,
        reviewer,
        submission.pk,
        submission.reference,
    )


def test_the_queue_records_one_list_view_and_no_search_terms(reviewer_client, submission):
    response = reviewer_client.get(
        reverse("admin:intake_submission_changelist"), {"q": submission.full_name}
    )

    assert response.status_code == 200
    assert list(AuditEvent.objects.values_list("action", "submission_id", "reference")) == [
        (AuditEvent.Action.VIEW_LIST, None, "")
    ]


def test_a_page_that_refuses_writes_no_record(client, django_user_model, submission):
    staff = django_user_model.objects.create_user("sam", password="x" * 20, is_staff=True)
    client.force_login(staff)

    assert client.get(change_url(submission)).status_code == 403
    assert AuditEvent.objects.count() == 0


def test_no_autocomplete_lists_submissions(superuser_client, submission):
    # No form field points at a submission, so the autocomplete cannot be asked for names.
    response = superuser_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "intake", "model_name": "submission", "field_name": "id", "term": "Callum"},
    )

    assert response.status_code == 403
    assert submission.full_name not in response.content.decode()


@pytest.mark.urls("tests.intake.leaky_admin_urls")
def test_the_walk_catches_a_new_view_that_shows_a_patient_without_a_record(
    superuser_client, submission
):
    # The submission's own views are enough to show the new one is found and caught; the
    # test above walks every view.
    walked = walk(superuser_client, submission, prefix="intake_submission_")

    assert walked.unaudited == [("intake_submission_print", 0)]
    assert "intake_submission_change" in walked.shows_data
