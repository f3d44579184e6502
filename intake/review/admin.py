"""The review queue: where staff read intakes and record what they recommend.

Staff never change what a patient said: the patient's answers are shown read-only, and the only
form fields are the review's. Reviewers (see the Reviewers group) can view and change, but not
add or delete, submissions.

The Submission admin is put together from: the audit records (intake/review/audit.py), the
columns and read-only panels (panels.py), the queue's filters (filters.py), the review form
(forms.py), the confirmation and reference pages (admin_views.py), the exports
(admin_exports.py) and the outcomes page (admin_outcomes.py).
"""

from functools import partial

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from simple_history.admin import SimpleHistoryAdmin

from intake.emails import emails_retry
from intake.models import AuditEvent, EmailSend, ErasureRecord, Submission
from intake.review import admin_emails  # noqa: F401 (registers the emails' admin)
from intake.review.admin_exports import SubmissionExports
from intake.review.admin_outcomes import outcomes_view
from intake.review.admin_views import (
    erase_confirmation,
    how_suggestions_view,
    send_confirmation,
    send_view,
)
from intake.review.audit import AuditedAdminMixin
from intake.review.filters import QUEUE_FILTERS
from intake.review.forms import ReviewForm
from intake.review.panels import FIELDSETS, READONLY_FIELDS, SubmissionPanels
from intake.services import suggestion_recompute
from intake.triage.overrides import RED_FLAGS
from intake.triage.suggest import REFER, load_engine_data
from treatments.models import Modality


@admin.register(Submission)
class SubmissionAdmin(AuditedAdminMixin, SubmissionPanels, SubmissionExports, SimpleHistoryAdmin):
    form = ReviewForm
    list_display = [
        "reference",
        "flags",
        "submitted",
        "full_name",
        "concern",
        "pain_now",
        "top_suggestion_name",
        "status",
        "assigned",
    ]
    list_display_links = ["reference", "full_name"]
    save_on_top = True  # the decision is at the top of a long page: so are its buttons
    list_filter = QUEUE_FILTERS
    search_fields = ["=reference", "full_name", "=email"]
    list_select_related = ["assigned_to"]
    list_per_page = 50
    # Counting 100,000 rows on every page view is the slowest part of a big changelist.
    show_full_result_count = False
    actions = [
        "assign_to_me",
        "mark_in_review",
        "send_recommendations",
        "retry_failed_emails",
        "recompute_suggestions",
        "export_csv",
        "erase_on_request",
    ]
    history_list_display = ["status", "assigned_to", "recommended_modality"]

    fieldsets = FIELDSETS
    readonly_fields = READONLY_FIELDS

    # --- Permissions: intakes come only from patients ---

    def has_add_permission(self, request):
        return False

    def get_fieldsets(self, request, obj=None):
        """A reviewer who may only view reads the recommendation as recorded: the review's
        form-only fields (a choice, an override box) have nothing to show read-only."""
        fieldsets = super().get_fieldsets(request, obj)
        if self.has_change_permission(request, obj):
            return fieldsets
        shown_as = {"recommendation": "recommended_modality", "override_red_flags": None}
        return [
            (
                name,
                {**options, "fields": [shown_as.get(f, f) for f in fields if shown_as.get(f, f)]},
            )
            for name, options in fieldsets
            for fields in [options["fields"]]
        ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("recommended_modality")

    def get_ordering(self, request):
        # Red-flag intakes first while they await a decision, most urgent first; then newest.
        return ["-queue_urgency", "-created_at"]

    def changelist_view(self, request, extra_context=None):
        # The queue needs the width for its columns more than the admin's app list beside it.
        extra_context = {"is_nav_sidebar_enabled": False, **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    # --- Saving a review (the change itself is audited by AuditedAdminMixin) ---

    def save_model(self, request, obj: Submission, form, change):
        choice = form.cleaned_data.get("recommendation")
        overriding = False
        if "recommendation" in form.changed_data and choice:
            modality = None if choice == REFER else Modality.objects.get(slug=choice)
            obj.record_recommendation(modality=modality, reviewer=request.user)
            overriding = obj.has_red_flag and modality is not None
        super().save_model(request, obj, form, change)
        kinds = ([RED_FLAGS] if overriding else []) + getattr(form, "overridden", [])
        for kind in kinds:  # which warning, by kind only (intake/triage/overrides.py)
            AuditEvent.record(
                user=request.user, action=AuditEvent.Action.OVERRIDE, submission=obj, detail=kind
            )

    def response_change(self, request, obj):
        # "Save and send": the review is saved, then the usual confirmation page opens, so
        # the patient is written to only after "Yes, send", as from the queue's action.
        if "_saveandsend" in request.POST:
            return HttpResponseRedirect(reverse("admin:intake_submission_send", args=[obj.pk]))
        return super().response_change(request, obj)

    # --- Actions ---

    @admin.action(description="Assign to me")
    def assign_to_me(self, request, queryset: QuerySet):
        for submission in queryset:
            submission.assigned_to = request.user
            submission.save(update_fields=["assigned_to", "updated_at"])
            AuditEvent.record(
                user=request.user, action=AuditEvent.Action.CHANGE, submission=submission
            )
        self.message_user(request, f"Assigned {queryset.count()} intake(s) to you.")

    @admin.action(description="Mark as in review")
    def mark_in_review(self, request, queryset: QuerySet):
        for submission in queryset.filter(status=Submission.Status.NEW):
            submission.status = Submission.Status.IN_REVIEW
            submission.save(update_fields=["status", "updated_at"])
            AuditEvent.record(
                user=request.user, action=AuditEvent.Action.CHANGE, submission=submission
            )
        self.message_user(request, "Marked the new intakes among those selected as in review.")

    @admin.action(description="Send recommendation to patient…")
    def send_recommendations(self, request, queryset: QuerySet):
        return send_confirmation(request, list(queryset), model_admin=self)

    @admin.action(description="Retry failed emails")
    def retry_failed_emails(self, request, queryset: QuerySet):
        failed = EmailSend.objects.failed().filter(submission__in=queryset)
        count = emails_retry(sendings=failed, by=request.user)
        if count:
            self.message_user(request, f"Queued {count} failed email(s) for sending again.")
        else:
            self.message_user(request, "None of the selected intakes had a failed email.")

    @admin.action(description="Recompute suggestion (keeps the original)")
    def recompute_suggestions(self, request, queryset: QuerySet):
        data = load_engine_data()  # once for the whole selection
        for submission in queryset:
            suggestion_recompute(submission=submission, data=data)
            AuditEvent.record(
                user=request.user, action=AuditEvent.Action.RECOMPUTE, submission=submission
            )
        self.message_user(request, f"Recomputed the suggestion for {queryset.count()} intake(s).")

    @admin.action(description="Erase patient's data (on their request)…", permissions=["delete"])
    def erase_on_request(self, request, queryset: QuerySet):
        return erase_confirmation(request, list(queryset), model_admin=self)

    # --- The review's own pages (intake/review/admin_views.py) ---

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(partial(function, model_admin=self))

        return [
            path(
                "how-suggestions-are-made/",
                view(how_suggestions_view),
                name="intake_submission_how",
            ),
            path("outcomes/", view(outcomes_view), name="intake_submission_outcomes"),
            path("<path:object_id>/send/", view(send_view), name="intake_submission_send"),
            *self.export_urls(),
            *super().get_urls(),
        ]


class ReadOnlyForSuperusers(admin.ModelAdmin):
    """Records nobody may add, change or delete through the site; superusers may read them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_module_permission(self, request):
        return self.has_view_permission(request)


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyForSuperusers):
    list_display = ["at", "username", "action", "detail", "reference", "submission_id"]
    list_filter = ["action", ("at", admin.DateFieldListFilter)]
    search_fields = ["=reference", "username"]
    show_full_result_count = False


@admin.register(ErasureRecord)
class ErasureRecordAdmin(ReadOnlyForSuperusers):
    list_display = ["erased_at", "erased_by"]
    list_select_related = ["erased_by"]
