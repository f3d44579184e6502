"""A staff member who may only view intakes (the `view_submission` permission alone) reads
every intake read-only: no 500, no form to change it, and the view is audited."""

import pytest
from django.contrib.auth.models import Permission

from intake.demo.factories import SubmissionFactory
from intake.models import AuditEvent, Submission
from tests.helpers import change_url
from tests.intake.review.test_audit_walk import admin_patterns, url_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="vera", password="a long viewer password", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="view_submission"))
    client.force_login(user)
    client.raise_request_exception = False
    return client


@pytest.fixture
def recommended(db) -> Submission:
    submission = SubmissionFactory(screening_yes={}, main_concern="Stiff neck after gardening.")
    submission.status = Submission.Status.REFERRED
    submission.note_to_patient = "Please see your GP about the numbness first."
    submission.save()
    return submission


def test_a_view_only_reviewer_reads_an_intake_read_only(viewer_client, recommended):
    response = viewer_client.get(change_url(recommended))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Stiff neck after gardening." in html
    assert "Please see your GP about the numbness first." in html
    assert 'name="note_to_patient"' not in html
    assert 'name="recommendation"' not in html
    assert 'name="_save"' not in html
    assert AuditEvent.objects.filter(
        submission_id=recommended.pk, action=AuditEvent.Action.VIEW
    ).exists()


def test_a_view_only_reviewer_cannot_change_an_intake(viewer_client, recommended):
    response = viewer_client.post(
        change_url(recommended), {"status": "new", "note_to_patient": "changed"}
    )

    assert response.status_code == 403
    recommended.refresh_from_db()
    assert recommended.note_to_patient == "Please see your GP about the numbness first."


def test_no_admin_page_of_an_intake_is_a_server_error_for_a_view_only_reviewer(
    viewer_client, recommended
):
    pages = [
        url
        for pattern in admin_patterns()
        if pattern.name.startswith(("index", "intake_submission"))
        and (url := url_for(pattern, recommended))
    ]
    assert len(pages) > 4

    for url in pages:
        assert viewer_client.get(url).status_code < 500, url
