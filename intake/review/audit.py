"""One audit record for every view and every change of a submission in the admin.

Every page that shows a patient's data records who saw it (tests/intake/review/test_audit_walk.py
walks the admin's URLs and fails on a view that shows a submission without a record). Actions
and the review's own views (intake/review/admin_views.py) record their events themselves, with
`record_views` for a page that names patients.
"""

from django.db.models import QuerySet
from django.http import HttpRequest

from intake.models import AuditEvent, Submission
from intake.services import submissions_delete


def record_views(request: HttpRequest, submissions: list[Submission]) -> None:
    for submission in submissions:
        AuditEvent.record(user=request.user, action=AuditEvent.Action.VIEW, submission=submission)


class AuditedAdminMixin:
    """The Submission admin's pages and saves, each recorded once as an AuditEvent."""

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        # Actions answer through this view too; they record their own events.
        if response.status_code == 200 and "cl" in (getattr(response, "context_data", None) or {}):
            AuditEvent.record(user=request.user, action=AuditEvent.Action.VIEW_LIST)
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        # A page that shows the answers is a view, whether first opened (GET) or shown again
        # after a save that did not validate (POST).
        submission = getattr(response, "context_data", {}).get("original")
        if response.status_code == 200 and submission:
            AuditEvent.record(
                user=request.user, action=AuditEvent.Action.VIEW, submission=submission
            )
        return response

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        self.record_page_view(request, response, object_id, AuditEvent.Action.VIEW_HISTORY)
        return response

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        response = super().history_form_view(request, object_id, version_id, extra_context)
        self.record_page_view(request, response, object_id, AuditEvent.Action.VIEW_HISTORY_ENTRY)
        return response

    def delete_view(self, request, object_id, extra_context=None):
        # The confirmation page lists the screening answers that would go with it.
        response = super().delete_view(request, object_id, extra_context)
        if request.method == "GET":
            self.record_page_view(request, response, object_id, AuditEvent.Action.VIEW)
        return response

    def record_page_view(self, request, response, object_id, action: str) -> None:
        if response.status_code != 200:
            return
        submission = Submission.objects.filter(pk=object_id).only("pk", "reference").first()
        if submission:
            AuditEvent.record(user=request.user, action=action, submission=submission)

    def save_model(self, request, obj: Submission, form, change):
        super().save_model(request, obj, form, change)
        AuditEvent.record(user=request.user, action=AuditEvent.Action.CHANGE, submission=obj)

    # Deleting goes through the service that also removes the history and blanks the
    # submission's reference in the audit log (intake/services.py).

    def delete_model(self, request, obj: Submission):
        AuditEvent.record(user=request.user, action=AuditEvent.Action.DELETE, submission=obj)
        submissions_delete(ids=[obj.pk])

    def delete_queryset(self, request, queryset: QuerySet):
        for submission in queryset:
            AuditEvent.record(
                user=request.user, action=AuditEvent.Action.DELETE, submission=submission
            )
        submissions_delete(ids=[s.pk for s in queryset])
