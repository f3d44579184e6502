"""The audit log: one record per staff view, change or action on a submission, without patient
data, readable by superusers only and changed by nobody through the site."""

import datetime

import pytest
from django.urls import reverse

from intake.models import AuditEvent
from tests.helpers import change_url, review_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:intake_submission_changelist")
AUDIT_CHANGELIST = reverse("admin:intake_auditevent_changelist")
AUDIT_ADD = reverse("admin:intake_auditevent_add")


@pytest.fixture
def event(demo, reviewer):
    """An audit record written the normal way: a reviewer opened a submission."""
    return AuditEvent.record(
        user=reviewer, action=AuditEvent.Action.VIEW, submission=demo["Hannah Price"]
    )


def history_url(submission) -> str:
    return reverse("admin:intake_submission_history", args=[submission.pk])


def send_url(submission) -> str:
    return reverse("admin:intake_submission_send", args=[submission.pk])


def audit_url(name: str, event: AuditEvent) -> str:
    return reverse(f"admin:intake_auditevent_{name}", args=[event.pk])


def events() -> list[tuple[str, int | None, str]]:
    return list(
        AuditEvent.objects.order_by("pk").values_list("action", "submission_id", "reference")
    )


# --- One record for every view, change and action ---


def test_opening_a_submission_writes_one_view_record(reviewer_client, reviewer, demo):
    submission = demo["Priya Shah"]

    response = reviewer_client.get(change_url(submission))

    assert response.status_code == 200
    assert submission.reference in response.content.decode()
    assert AuditEvent.objects.count() == 1
    event = AuditEvent.objects.get()
    assert event.action == AuditEvent.Action.VIEW
    assert event.user == reviewer
    assert event.username == "rita"
    assert event.submission_id == submission.pk
    assert event.reference == submission.reference


def test_opening_a_submission_twice_writes_two_view_records(reviewer_client, demo):
    submission = demo["Priya Shah"]

    reviewer_client.get(change_url(submission))
    reviewer_client.get(change_url(submission))

    assert events() == [("view", submission.pk, submission.reference)] * 2


def test_saving_a_review_writes_one_change_record_and_no_view(reviewer_client, reviewer, demo):
    submission = demo["Callum Reid"]

    response = reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="medical-massage")
    )

    assert response.status_code == 302
    assert response["Location"] == CHANGELIST  # the queue, not this submission's page
    assert events() == [("change", submission.pk, submission.reference)]
    event = AuditEvent.objects.get()
    assert (event.user, event.username) == (reviewer, "rita")
    submission.refresh_from_db()
    assert submission.recommended_modality.slug == "medical-massage"


def test_saving_and_continuing_records_the_change_then_the_view_it_leads_to(reviewer_client, demo):
    submission = demo["Callum Reid"]

    response = reviewer_client.post(
        change_url(submission),
        review_data(submission, internal_notes="Call first.", _continue="1"),
        follow=True,
    )

    assert response.status_code == 200
    assert response.redirect_chain == [(change_url(submission), 302)]
    assert events() == [
        ("change", submission.pk, submission.reference),
        ("view", submission.pk, submission.reference),
    ]


def test_an_invalid_save_that_shows_the_answers_again_is_recorded_as_a_view(reviewer_client, demo):
    submission = demo["Hannah Price"]

    response = reviewer_client.post(
        change_url(submission), review_data(submission, status="recommended")
    )

    assert response.status_code == 200
    assert "Work stress" in response.content.decode()  # the patient's answers, shown again
    assert events() == [("view", submission.pk, submission.reference)]


def test_the_history_page_writes_one_history_record(reviewer_client, reviewer, demo):
    submission = demo["Joan Murphy"]

    response = reviewer_client.get(history_url(submission))

    assert response.status_code == 200
    assert events() == [("history", submission.pk, submission.reference)]
    assert AuditEvent.objects.get().user == reviewer


@pytest.mark.parametrize(
    ("action", "recorded"),
    [
        ("assign_to_me", "change"),
        ("mark_in_review", "change"),
        ("recompute_suggestions", "recompute"),
        ("export_csv", "export"),
    ],
)
def test_each_action_writes_one_record_per_submission(
    reviewer_client, reviewer, demo, action, recorded
):
    chosen = [demo["Aisha Begum"], demo["Megan Hughes"]]

    response = reviewer_client.post(
        CHANGELIST, {"action": action, "_selected_action": [s.pk for s in chosen]}
    )

    assert response.status_code in (200, 302)
    assert sorted(events()) == sorted((recorded, s.pk, s.reference) for s in chosen)
    assert set(AuditEvent.objects.values_list("username", flat=True)) == {"rita"}
    assert set(AuditEvent.objects.values_list("user", flat=True)) == {reviewer.pk}


def test_actions_on_nothing_selected_write_no_record(reviewer_client, demo):
    response = reviewer_client.post(CHANGELIST, {"action": "export_csv", "index": "0"}, follow=True)

    assert response.status_code == 200
    assert "Items must be selected" in response.content.decode()
    # Only the queue the reviewer is sent back to, which lists patients, is recorded.
    assert events() == [("list", None, "")]


@pytest.mark.parametrize("via", ["send_url", "action"])
def test_sending_a_recommendation_records_it_queued_by_the_reviewer_then_sent(
    reviewer_client, reviewer, demo, via
):
    submission = demo["Marek Nowak"]
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="acupressure")
    )
    AuditEvent.objects.all().delete()

    if via == "send_url":
        response = reviewer_client.post(send_url(submission), {"confirm": "yes"})
    else:
        response = reviewer_client.post(
            CHANGELIST,
            {
                "action": "send_recommendations",
                "_selected_action": [submission.pk],
                "confirm": "yes",
            },
        )

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.recommendation_sent_at is not None
    queued, sent = AuditEvent.objects.order_by("pk")
    assert (queued.action, queued.user, queued.detail) == (
        "email_queued",
        reviewer,
        "recommendation",
    )
    assert (sent.action, sent.username, sent.detail) == ("email_sent", "system", "recommendation")
    assert {queued.reference, sent.reference} == {submission.reference}


def test_sending_writes_no_view_record_unless_the_redirect_is_followed(reviewer_client, demo):
    submission = demo["Marek Nowak"]
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="acupressure")
    )

    response = reviewer_client.post(send_url(submission), {"confirm": "yes"})

    assert response.status_code == 302
    assert response["Location"] == change_url(submission)
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.VIEW).exists()


# --- What a record holds ---


def test_no_audit_record_holds_patient_data(reviewer_client, demo):
    for submission in demo.values():
        reviewer_client.get(change_url(submission))
        reviewer_client.get(history_url(submission))
    for name in ["Marek Nowak", "Daniel Okoro"]:
        submission = demo[name]
        choice = "refer" if name == "Daniel Okoro" else "acupressure"
        reviewer_client.post(
            change_url(submission),
            review_data(submission, recommendation=choice, note_to_patient="See you soon."),
        )
        reviewer_client.post(send_url(submission), {"confirm": "yes"})
    every = [s.pk for s in demo.values()]
    for action in ["assign_to_me", "mark_in_review", "recompute_suggestions", "export_csv"]:
        reviewer_client.post(CHANGELIST, {"action": action, "_selected_action": every})

    fields = AuditEvent._meta.concrete_fields
    assert {f.name for f in fields} == {
        "id",
        "at",
        "user",
        "username",
        "submission_id",
        "reference",
        "action",
        "detail",
    }
    assert AuditEvent.objects.count() >= 3 * len(demo)
    values = [
        str(field.value_from_object(event))
        for event in AuditEvent.objects.all()
        for field in fields
    ]
    values += [str(event) for event in AuditEvent.objects.all()]
    for submission in demo.values():
        personal = [
            submission.full_name,
            *submission.full_name.split(),
            submission.email,
            submission.main_concern,
            submission.date_of_birth.isoformat(),
            str(submission.date_of_birth),
            f"{submission.date_of_birth:%-d %B %Y}",
        ]
        for needle in personal:
            assert not [v for v in values if needle in v], needle


def test_the_time_is_stored_timezone_aware_in_utc(reviewer_client, demo):
    before = datetime.datetime.now(datetime.UTC)
    reviewer_client.get(change_url(demo["Priya Shah"]))
    after = datetime.datetime.now(datetime.UTC)

    at = AuditEvent.objects.get().at

    assert at.tzinfo is not None
    assert at.utcoffset() == datetime.timedelta(0)
    assert before <= at <= after


def test_a_record_without_a_user_is_written_as_the_system(demo):
    event = AuditEvent.record(user=None, action=AuditEvent.Action.PURGE)

    assert (event.user, event.username, event.submission_id, event.reference) == (
        None,
        "system",
        None,
        "",
    )


# --- Who may see the log: superusers, read-only; nobody may change it ---


def test_reviewers_cannot_see_the_audit_log(reviewer_client, event):
    assert reviewer_client.get(AUDIT_CHANGELIST).status_code == 403
    assert reviewer_client.get(audit_url("change", event)).status_code == 403
    assert reviewer_client.get(AUDIT_ADD).status_code == 403
    index = reviewer_client.get(reverse("admin:index")).content.decode()
    assert AUDIT_CHANGELIST not in index


def test_reviewers_cannot_delete_or_edit_audit_records(reviewer_client, event):
    before = AuditEvent.objects.values().get(pk=event.pk)

    delete_page = reviewer_client.get(audit_url("delete", event))
    delete = reviewer_client.post(audit_url("delete", event), {"post": "yes"})
    change = reviewer_client.post(audit_url("change", event), {"username": "nobody"})
    add = reviewer_client.post(AUDIT_ADD, {"username": "nobody", "action": "view"})

    assert (delete_page.status_code, delete.status_code) == (403, 403)
    assert (change.status_code, add.status_code) == (403, 403)
    assert AuditEvent.objects.values().get(pk=event.pk) == before
    assert AuditEvent.objects.count() == 1


def test_staff_without_the_group_cannot_see_the_audit_log(staff_without_group_client, event):
    assert staff_without_group_client.get(AUDIT_CHANGELIST).status_code == 403
    assert staff_without_group_client.get(audit_url("change", event)).status_code == 403
    delete = staff_without_group_client.post(audit_url("delete", event), {"post": "yes"})
    assert delete.status_code == 403
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_outsiders_are_sent_to_the_login_page(outsider_client, event):
    response = outsider_client.get(AUDIT_CHANGELIST)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_superusers_can_list_and_read_the_audit_log(superuser_client, event):
    listing = superuser_client.get(AUDIT_CHANGELIST)
    detail = superuser_client.get(audit_url("change", event))

    assert listing.status_code == 200
    assert event.reference in listing.content.decode()
    assert "rita" in listing.content.decode()
    assert detail.status_code == 200
    html = detail.content.decode()
    assert event.reference in html
    assert 'name="username"' not in html  # shown, not editable
    assert 'name="_save"' not in html


def test_superusers_cannot_change_audit_records(superuser_client, event):
    before = AuditEvent.objects.values().get(pk=event.pk)

    response = superuser_client.post(
        audit_url("change", event),
        {"username": "someone-else", "action": "delete", "reference": "", "user": ""},
    )

    assert response.status_code == 403
    assert AuditEvent.objects.values().get(pk=event.pk) == before


def test_superusers_cannot_delete_audit_records(superuser_client, event):
    page = superuser_client.get(audit_url("delete", event))
    delete = superuser_client.post(audit_url("delete", event), {"post": "yes"})

    assert (page.status_code, delete.status_code) == (403, 403)
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_superusers_have_no_bulk_delete_on_the_audit_log(superuser_client, event):
    action_form = superuser_client.get(AUDIT_CHANGELIST).context["action_form"]

    response = superuser_client.post(
        AUDIT_CHANGELIST,
        {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"},
    )

    assert action_form is None or "delete_selected" not in dict(
        action_form.fields["action"].choices
    )
    assert response.status_code in (200, 302)
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_superusers_cannot_add_audit_records(superuser_client, event):
    page = superuser_client.get(AUDIT_ADD)
    post = superuser_client.post(AUDIT_ADD, {"username": "made-up", "action": "view"})

    assert (page.status_code, post.status_code) == (403, 403)
    assert AuditEvent.objects.count() == 1
