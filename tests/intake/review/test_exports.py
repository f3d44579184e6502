"""Intakes leaving the admin: the printable record, its PDF, the FHIR and CSV exports.

Each needs the right to view intakes and the right to export them; each leaves one audit
event; none puts the patient's data in a URL or a log line.
"""

import io
import logging

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from pypdf import PdfReader

from intake.models import AuditEvent, Submission
from tests.helpers import change_url, count_h1

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:intake_submission_changelist")


def record_url(submission: Submission) -> str:
    return reverse("admin:intake_submission_record", args=[submission.pk])


def pdf_url(submission: Submission) -> str:
    return reverse("admin:intake_submission_pdf", args=[submission.pk])


def fhir_url(submission: Submission) -> str:
    return reverse("admin:intake_submission_fhir", args=[submission.pk])


def export_by_each_way(client, submission: Submission) -> dict:
    """Every export of one intake, as staff would make it, by its audit action."""
    return {
        AuditEvent.Action.PRINT: client.get(record_url(submission)),
        AuditEvent.Action.EXPORT_PDF: client.get(pdf_url(submission)),
        AuditEvent.Action.EXPORT_FHIR: client.get(fhir_url(submission)),
        AuditEvent.Action.EXPORT: client.post(
            CHANGELIST, {"action": "export_csv", "_selected_action": [submission.pk]}
        ),
    }


@pytest.fixture
def red_flagged(demo) -> Submission:
    """Daniel Okoro's intake: a red flag (bladder trouble), a referral and a note."""
    submission = demo["Daniel Okoro"]
    submission.status = Submission.Status.REFERRED
    submission.note_to_patient = "Please see your GP today about the bladder trouble."
    submission.save()
    return submission


@pytest.fixture
def cautioned(demo) -> Submission:
    """Sophie Laurent's intake: 20 weeks pregnant, which raises cautions."""
    return demo["Sophie Laurent"]


# --- The printable record ---


def test_the_printable_record_has_the_answers_flags_and_review_and_no_navigation(
    reviewer_client, red_flagged
):
    response = reviewer_client.get(record_url(red_flagged))

    assert response.status_code == 200
    body = response.content.decode()
    assert count_h1(body) == 1
    assert f"Intake record {red_flagged.reference}" in body
    assert "Daniel Okoro" in body
    assert "struggle to pass urine" in body  # the main concern
    assert "Red flags: refer to a physician before treatment" in body
    assert "New trouble controlling or passing urine or stools" in body
    assert "Refer to a physician" in body  # the review's recommendation
    assert "Please see your GP today about the bladder trouble." in body
    assert "Answers at intake and after the visit" in body  # the outcome table
    # A page of its own for paper: no admin header, menus, breadcrumbs or links.
    assert "<nav" not in body and "<a " not in body
    assert 'id="header"' not in body and "breadcrumbs" not in body
    assert "css/print-record.css" in body
    assert "no-store" in response["Cache-Control"]


def test_the_printable_record_lists_the_cautions(reviewer_client, cautioned):
    body = reviewer_client.get(record_url(cautioned)).content.decode()

    assert "Pregnancy" in body
    assert "flag--caution" in body or "flag--avoid" in body
    assert "20 weeks" in body


def test_the_change_page_links_to_the_exports(reviewer_client, red_flagged):
    body = reviewer_client.get(change_url(red_flagged)).content.decode()

    for url in (record_url(red_flagged), pdf_url(red_flagged), fhir_url(red_flagged)):
        assert f'href="{url}"' in body


# --- The PDF ---


def test_the_pdf_is_made_on_the_server_with_the_record(reviewer_client, red_flagged):
    response = reviewer_client.get(pdf_url(red_flagged))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="intake-{red_flagged.reference}.pdf"'
    )
    assert response.content.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert red_flagged.reference in text
    assert "Daniel Okoro" in text
    assert "New trouble controlling or passing urine" in text


def test_without_pango_the_pdf_says_how_to_print_instead(reviewer_client, red_flagged, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as if it could not be loaded

    response = reviewer_client.get(pdf_url(red_flagged))

    assert response.status_code == 503
    assert "printable record" in response.content.decode()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT_PDF).exists()


# --- Permissions: view and export, least privilege ---


def test_anonymous_people_are_sent_to_sign_in_and_nothing_is_exported(client, red_flagged):
    for action, response in export_by_each_way(client, red_flagged).items():
        assert response.status_code == 302, action
        assert response["Location"].startswith("/admin/login/"), action
    assert AuditEvent.objects.count() == 0


def test_staff_without_permissions_are_refused(staff_without_group_client, red_flagged):
    for action, response in export_by_each_way(staff_without_group_client, red_flagged).items():
        assert response.status_code == 403, action
        assert "Daniel Okoro" not in response.content.decode(errors="replace")
    assert AuditEvent.objects.count() == 0


def test_a_reviewer_whose_export_right_is_withdrawn_can_review_but_not_export(
    reviewer_client, reviewer, red_flagged
):
    export = Permission.objects.get(codename="export_submission")
    reviewer.groups.get().permissions.remove(export)

    responses = export_by_each_way(reviewer_client, red_flagged)

    for action in (AuditEvent.Action.PRINT, AuditEvent.Action.EXPORT_PDF):
        assert responses[action].status_code == 403, action
    assert responses[AuditEvent.Action.EXPORT_FHIR].status_code == 403
    # The CSV action is not offered: the changelist refuses it instead of exporting.
    assert not responses[AuditEvent.Action.EXPORT]["Content-Type"].startswith("text/csv")
    assert not AuditEvent.objects.exclude(action=AuditEvent.Action.VIEW_LIST).exists()
    change_page = reviewer_client.get(change_url(red_flagged))
    assert change_page.status_code == 200
    assert record_url(red_flagged) not in change_page.content.decode()


def test_an_unknown_intake_is_not_found(reviewer_client):
    assert reviewer_client.get("/admin/intake/submission/999999/record/").status_code == 404
    assert reviewer_client.get("/admin/intake/submission/999999/fhir/").status_code == 404


# --- Audit: one event per export ---


def test_each_export_leaves_exactly_one_audit_event(reviewer_client, reviewer, red_flagged):
    for action, response in export_by_each_way(reviewer_client, red_flagged).items():
        assert response.status_code == 200, action
        events = AuditEvent.objects.filter(action=action)
        assert events.count() == 1, action
        event = events.get()
        assert (event.user, event.submission_id, event.reference) == (
            reviewer,
            red_flagged.pk,
            red_flagged.reference,
        )
    assert AuditEvent.objects.count() == 4


def test_each_kind_of_export_has_its_own_words_in_the_audit_log():
    labels = dict(AuditEvent.Action.choices)

    assert labels["export"] == "Exported as CSV"
    assert labels["export_fhir"] == "Exported as FHIR"
    assert labels["print"] == "Opened the printable record"
    assert labels["export_pdf"] == "Downloaded the record as PDF"


# --- No health data in URLs or logs ---


def test_export_urls_and_file_names_carry_no_patient_data(reviewer_client, red_flagged):
    urls = [record_url(red_flagged), pdf_url(red_flagged), fhir_url(red_flagged)]
    responses = export_by_each_way(reviewer_client, red_flagged)

    for url in urls:
        assert url == f"/admin/intake/submission/{red_flagged.pk}/{url.split('/')[-2]}/"
    for response in responses.values():
        disposition = response.get("Content-Disposition", "")
        assert "Okoro" not in disposition and "Daniel" not in disposition


def test_exports_log_no_patient_data(reviewer_client, red_flagged, caplog):
    with caplog.at_level(logging.DEBUG):
        export_by_each_way(reviewer_client, red_flagged)

    logged = caplog.text
    for personal in ("Daniel", "Okoro", red_flagged.email, "urine", "bladder"):
        assert personal not in logged
