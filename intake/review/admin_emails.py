"""Every email the site sends, of every kind (links to saved answers included, which belong to
no intake yet), with its status; failed ones can be sent again. Staff who can see intakes see
these; those who can change intakes can send again. Rows are written only by the worker."""

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from intake.emails import emails_retry
from intake.models import EmailSend


@admin.register(EmailSend)
class EmailSendAdmin(admin.ModelAdmin):
    list_display = ["kind", "status", "about", "queued_at", "attempts", "last_attempt_at", "reason"]
    list_filter = ["status", "kind"]
    search_fields = ["submission__reference"]
    list_select_related = ["submission"]
    date_hierarchy = "queued_at"
    ordering = ["-queued_at", "-pk"]
    actions = ["retry"]
    fields = [
        "kind",
        "status",
        "about",
        "queued_at",
        "attempts",
        "last_attempt_at",
        "next_attempt_at",
        "sent_at",
        "failed_at",
        "reason",
        "message_id",
    ]
    readonly_fields = fields

    @admin.display(description="About")
    def about(self, sending: EmailSend) -> str:
        if sending.appointment_id is not None:
            # By URL name only: intake never imports the appointments app.
            url = reverse("admin:appointments_appointment_change", args=[sending.appointment_id])
            return format_html('<a href="{}">An appointment</a>', url)
        if sending.submission_id is None:
            return "Answers saved to finish later"
        url = reverse("admin:intake_submission_change", args=[sending.submission_id])
        return format_html('<a href="{}">{}</a>', url, sending.submission.reference)

    @admin.action(description="Send the selected failed emails again", permissions=["retry"])
    def retry(self, request: HttpRequest, queryset: QuerySet):
        count = emails_retry(sendings=queryset.failed(), by=request.user)
        self.message_user(request, f"Queued {count} failed email(s) to be sent again.")

    def has_retry_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("intake.change_submission")

    # Seen by whoever may see intakes (the Reviewers group) without a permission of its own.
    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        user = request.user
        return user.has_perm("intake.view_emailsend") or user.has_perm("intake.view_submission")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
