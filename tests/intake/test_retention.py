"""Retention and erasure: old intakes are purged, a patient's data is erased on request, and
nothing of theirs is left anywhere in the database afterwards."""

import datetime
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from intake.models import AuditEvent, ErasureRecord, ScreeningAnswer, Submission
from tests.helpers import change_url, fill_in, review_data, submit

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:intake_submission_changelist")
ERASURES = reverse("admin:intake_erasurerecord_changelist")


@pytest.fixture
def patient(answers, django_capture_on_commit_callbacks) -> Submission:
    """Ada, who sent her intake through the site from her own browser."""
    browser = Client()
    fill_in(browser, answers)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(browser)
    assert response.status_code == 302
    return Submission.objects.get(email="ada@example.org")


@pytest.fixture
def reviewed(patient, reviewer, demo) -> Submission:
    """Ada's intake, opened, reviewed, sent and looked at again by a reviewer (who then logs
    out), so that it has audit records, history rows and an admin log entry."""
    staff = Client()
    staff.force_login(reviewer)
    staff.get(change_url(patient))
    response = staff.post(
        change_url(patient),
        review_data(patient, recommendation="relaxation-massage", note_to_patient="See you."),
    )
    assert response.status_code == 302
    staff.post(reverse("admin:intake_submission_send", args=[patient.pk]), {"confirm": "yes"})
    staff.get(reverse("admin:intake_submission_history", args=[patient.pk]))
    patient.refresh_from_db()
    assert patient.history.count() >= 2
    return patient


def age(submissions, days: int) -> None:
    """Makes submissions look as if they were sent `days` days ago."""
    when = timezone.now() - datetime.timedelta(days=days)
    Submission.objects.filter(pk__in=[s.pk for s in submissions]).update(created_at=when)


def purge(**options) -> str:
    out = StringIO()
    call_command("purge_intakes", stdout=out, **options)
    return out.getvalue()


def rows_mentioning(needles: list[str], *, skip=()) -> list[tuple[str, dict]]:
    """Every row of every table (sessions decoded) in which any of `needles` appears."""
    found = []
    for model in apps.get_models():
        if model in skip:
            continue
        for row in model._default_manager.values():
            text = str(row)
            if model is Session:
                text += str(Session.objects.get(pk=row["session_key"]).get_decoded())
            if any(needle.lower() in text.lower() for needle in needles):
                found.append((model._meta.label, row))
    return found


def ada(submission: Submission) -> list[str]:
    return [submission.full_name, submission.email, submission.main_concern]


# --- purge_intakes ---


def test_purge_deletes_old_intakes_with_their_answers_and_history(demo, reviewer_client):
    old = [demo["Daniel Okoro"], demo["Ruth Evans"]]
    kept = demo["Priya Shah"]
    for submission in [*old, kept]:
        reviewer_client.post(
            change_url(submission), review_data(submission, recommendation="refer")
        )
    age(old, 31)
    age([kept], 29)
    old_ids = [s.pk for s in old]
    assert ScreeningAnswer.objects.filter(submission_id__in=old_ids).exists()
    assert Submission.history.filter(id__in=old_ids).count() >= 4

    output = purge(older_than=30)

    assert "Deleted 2 intake(s) older than 30 days." in output
    assert not Submission.objects.filter(pk__in=old_ids).exists()
    assert not ScreeningAnswer.objects.filter(submission_id__in=old_ids).exists()
    assert not Submission.history.filter(id__in=old_ids).exists()
    assert Submission.objects.count() == len(demo) - 2
    assert kept.screening_answers.exists()
    assert Submission.history.filter(id=kept.pk).count() >= 2


def test_purge_blanks_the_reference_on_audit_records_and_records_the_purge(demo, reviewer_client):
    old, kept = demo["Daniel Okoro"], demo["Priya Shah"]
    reviewer_client.get(change_url(old))
    reviewer_client.get(change_url(kept))
    age([old], 31)

    purge(older_than=30)

    assert AuditEvent.objects.get(submission_id=old.pk).reference == ""
    assert AuditEvent.objects.get(submission_id=kept.pk).reference == kept.reference
    assert not AuditEvent.objects.filter(reference=old.reference).exists()
    purged = AuditEvent.objects.get(action=AuditEvent.Action.PURGE)
    assert (purged.user, purged.username, purged.submission_id, purged.reference) == (
        None,
        "system",
        None,
        "",
    )


def test_purge_with_nothing_old_enough_deletes_nothing(demo):
    output = purge(older_than=30)

    assert "Deleted 0 intake(s) older than 30 days." in output
    assert Submission.objects.count() == len(demo)
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PURGE).exists()


def test_dry_run_deletes_nothing_and_says_how_many(demo):
    old = [demo["Daniel Okoro"], demo["Ruth Evans"], demo["Joan Murphy"]]
    age(old, 100)

    output = purge(older_than=30, dry_run=True)

    assert "Would delete 3 intake(s) older than 30 days." in output
    assert Submission.objects.count() == len(demo)
    assert ScreeningAnswer.objects.filter(submission__in=old).count() > 0
    assert Submission.history.filter(id__in=[s.pk for s in old]).count() == 3
    assert not AuditEvent.objects.exists()


def test_without_older_than_the_retention_setting_is_used(demo, settings):
    settings.INTAKE_RETENTION_DAYS = 90
    age([demo["Daniel Okoro"]], 91)
    age([demo["Ruth Evans"]], 89)

    output = purge()

    assert "Deleted 1 intake(s) older than 90 days." in output
    assert not Submission.objects.filter(pk=demo["Daniel Okoro"].pk).exists()
    assert Submission.objects.filter(pk=demo["Ruth Evans"].pk).exists()


@pytest.mark.parametrize("days", [0, -5])
def test_older_than_less_than_a_day_is_refused(demo, days):
    age(demo.values(), 400)

    with pytest.raises(CommandError, match="at least 1 day"):
        purge(older_than=days)

    assert Submission.objects.count() == len(demo)


def test_purge_deletes_across_several_batches(demo, monkeypatch):
    monkeypatch.setattr("intake.services.PURGE_BATCH", 5)
    age(demo.values(), 40)

    output = purge(older_than=30)

    assert f"Deleted {len(demo)} intake(s)" in output
    assert not Submission.objects.exists()
    assert not ScreeningAnswer.objects.exists()
    assert not Submission.history.exists()


# --- Nothing of the patient is left anywhere ---


def test_the_patient_is_in_the_database_before_the_purge(reviewed):
    """The check below can see the patient: it finds her while her intake is kept."""
    found = {label for label, _ in rows_mentioning(ada(reviewed))}

    assert "intake.Submission" in found


def test_after_purging_no_table_holds_the_patient(reviewed):
    age([reviewed], 800)

    purge(older_than=730)

    assert rows_mentioning(ada(reviewed)) == []


def test_after_erasing_no_table_holds_the_patient(reviewed, superuser_client):
    superuser_client.post(
        CHANGELIST,
        {"action": "erase_on_request", "_selected_action": [reviewed.pk], "confirm": "yes"},
    )

    assert rows_mentioning(ada(reviewed)) == []


# --- Erasure on request ---


def test_erasing_asks_for_confirmation_first(superuser_client, reviewed):
    response = superuser_client.post(
        CHANGELIST, {"action": "erase_on_request", "_selected_action": [reviewed.pk]}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "This cannot be undone" in html
    assert reviewed.reference in html
    assert Submission.objects.filter(pk=reviewed.pk).exists()
    assert reviewed.screening_answers.exists()
    assert not ErasureRecord.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.ERASE).exists()


def test_confirmed_erasure_deletes_the_intake_answers_and_history(superuser_client, reviewed):
    response = superuser_client.post(
        CHANGELIST,
        {"action": "erase_on_request", "_selected_action": [reviewed.pk], "confirm": "yes"},
    )

    assert response.status_code == 302
    assert not Submission.objects.filter(pk=reviewed.pk).exists()
    assert not ScreeningAnswer.objects.filter(submission_id=reviewed.pk).exists()
    assert not Submission.history.filter(id=reviewed.pk).exists()
    assert Submission.objects.count() == 12  # the demo intakes are untouched
    message = superuser_client.get(CHANGELIST).content.decode()
    assert "Erased 1 patient record(s)." in message


def test_erasure_leaves_one_anonymous_record_of_when_and_by_whom(
    superuser_client, superuser, reviewed
):
    superuser_client.post(
        CHANGELIST,
        {"action": "erase_on_request", "_selected_action": [reviewed.pk], "confirm": "yes"},
    )

    record = ErasureRecord.objects.get()
    assert record.erased_by == superuser
    assert timezone.now() - record.erased_at < datetime.timedelta(minutes=1)
    assert {f.name for f in ErasureRecord._meta.concrete_fields} == {
        "id",
        "erased_at",
        "erased_by",
    }
    row = str(ErasureRecord.objects.values().get())
    for needle in [*ada(reviewed), reviewed.reference]:
        assert needle not in row


def test_erasure_writes_one_erase_audit_record_without_a_reference(
    superuser_client, superuser, reviewed
):
    superuser_client.post(
        CHANGELIST,
        {"action": "erase_on_request", "_selected_action": [reviewed.pk], "confirm": "yes"},
    )

    erase = AuditEvent.objects.get(action=AuditEvent.Action.ERASE)
    assert (erase.user, erase.username) == (superuser, "owner")
    assert (erase.submission_id, erase.reference) == (None, "")
    earlier = AuditEvent.objects.filter(submission_id=reviewed.pk)
    assert earlier.count() >= 3  # view, change, history
    assert set(earlier.values_list("reference", flat=True)) == {""}


def test_erasing_several_at_once(superuser_client, demo):
    chosen = [demo["Hannah Price"].pk, demo["Megan Hughes"].pk]

    superuser_client.post(
        CHANGELIST, {"action": "erase_on_request", "_selected_action": chosen, "confirm": "yes"}
    )

    assert not Submission.objects.filter(pk__in=chosen).exists()
    assert ErasureRecord.objects.count() == 2
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ERASE).count() == 2


def test_reviewers_do_not_have_the_erase_action(reviewer_client, demo):
    target = demo["Hannah Price"]

    page = reviewer_client.get(CHANGELIST)
    response = reviewer_client.post(
        CHANGELIST,
        {"action": "erase_on_request", "_selected_action": [target.pk], "confirm": "yes"},
    )

    assert "erase_on_request" not in dict(page.context["action_form"].fields["action"].choices)
    assert response.status_code == 302
    assert Submission.objects.filter(pk=target.pk).exists()
    assert target.screening_answers.exists()
    assert not ErasureRecord.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.ERASE).exists()


def test_reviewers_are_not_even_shown_the_confirmation(reviewer_client, demo):
    target = demo["Hannah Price"]

    response = reviewer_client.post(
        CHANGELIST, {"action": "erase_on_request", "_selected_action": [target.pk]}
    )

    assert response.status_code == 302
    assert "This cannot be undone" not in response.content.decode()


def test_staff_without_the_group_cannot_erase(staff_without_group_client, demo):
    target = demo["Hannah Price"]

    response = staff_without_group_client.post(
        CHANGELIST,
        {"action": "erase_on_request", "_selected_action": [target.pk], "confirm": "yes"},
    )

    assert response.status_code == 403
    assert Submission.objects.filter(pk=target.pk).exists()
    assert not ErasureRecord.objects.exists()


# --- The erasure records: superusers read them, nobody changes them ---


@pytest.fixture
def erasure(superuser):
    return ErasureRecord.objects.create(erased_by=superuser)


def erasure_url(name: str, record: ErasureRecord) -> str:
    return reverse(f"admin:intake_erasurerecord_{name}", args=[record.pk])


def test_superusers_can_list_erasures_but_not_change_or_delete_them(superuser_client, erasure):
    before = ErasureRecord.objects.values().get(pk=erasure.pk)

    listing = superuser_client.get(ERASURES)
    change = superuser_client.post(erasure_url("change", erasure), {"erased_by": ""})
    delete = superuser_client.post(erasure_url("delete", erasure), {"post": "yes"})
    add = superuser_client.get(reverse("admin:intake_erasurerecord_add"))

    assert listing.status_code == 200
    assert "owner" in listing.content.decode()
    assert (change.status_code, delete.status_code, add.status_code) == (403, 403, 403)
    assert ErasureRecord.objects.values().get(pk=erasure.pk) == before


def test_reviewers_cannot_see_erasures(reviewer_client, erasure):
    assert reviewer_client.get(ERASURES).status_code == 403
    assert reviewer_client.get(erasure_url("change", erasure)).status_code == 403
    delete = reviewer_client.post(erasure_url("delete", erasure), {"post": "yes"})
    assert delete.status_code == 403
    assert ErasureRecord.objects.filter(pk=erasure.pk).exists()


# --- Outcomes, follow-up links and exports go too ---


@pytest.fixture
def exported(reviewed, reviewer) -> Submission:
    """Ada's reviewed intake with a follow-up link sent and answered, exported every way."""
    from intake.aftercare.follow_up import token_hash, token_issue
    from intake.models import Outcome

    follow_up = reviewed.follow_ups.first()
    token = token_issue(follow_up)
    Outcome.objects.create(
        submission=reviewed,
        follow_up=follow_up,
        had_treatment=False,
        pain_average=3,
        interference_enjoyment=2,
        interference_activity=2,
        change=3,
    )
    staff = Client()
    staff.force_login(reviewer)
    for name in ("record", "pdf", "fhir"):
        url = reverse(f"admin:intake_submission_{name}", args=[reviewed.pk])
        assert staff.get(url).status_code == 200
    staff.post(CHANGELIST, {"action": "export_csv", "_selected_action": [reviewed.pk]})
    reviewed.link_hash = token_hash(token)
    return reviewed


def traces(submission: Submission) -> list[str]:
    """Ada's answers, her follow-up link's hash and her intake's reference."""
    return [*ada(submission), submission.link_hash, submission.reference]


def rows_with_traces(submission: Submission) -> list[tuple[str, dict]]:
    # Ada's own browser session keeps the reference for her confirmation page until it
    # expires (clearsessions); everything else must hold no trace at all.
    return rows_mentioning(traces(submission)[:-1]) + rows_mentioning(
        [submission.reference], skip=(Session,)
    )


def test_exported_and_followed_up_intakes_are_findable_before_they_go(exported):
    found = {label for label, _ in rows_with_traces(exported)}

    assert {"intake.Submission", "intake.FollowUp", "intake.AuditEvent"} <= found
    exports = AuditEvent.objects.filter(submission_id=exported.pk, action__in=EXPORT_ACTIONS)
    assert exports.count() == 4


EXPORT_ACTIONS = [
    AuditEvent.Action.EXPORT,
    AuditEvent.Action.EXPORT_FHIR,
    AuditEvent.Action.PRINT,
    AuditEvent.Action.EXPORT_PDF,
]


def test_purging_leaves_no_outcome_follow_up_link_or_exported_reference(exported):
    from intake.models import FollowUp, Outcome

    age([exported], 800)
    purge(older_than=730)

    assert rows_with_traces(exported) == []
    assert not FollowUp.objects.exists() and not Outcome.objects.exists()
    # The record that the exports happened is kept, with no link to the patient.
    assert set(
        AuditEvent.objects.filter(action__in=EXPORT_ACTIONS).values_list("reference", flat=True)
    ) == {""}


def test_erasing_leaves_no_outcome_follow_up_link_or_exported_reference(exported, superuser_client):
    from intake.models import FollowUp, Outcome

    superuser_client.post(
        CHANGELIST,
        {"action": "erase_on_request", "_selected_action": [exported.pk], "confirm": "yes"},
    )

    assert rows_with_traces(exported) == []
    assert not FollowUp.objects.exists() and not Outcome.objects.exists()
