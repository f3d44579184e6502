"""The diary in the admin: each practitioner's hours, exceptions, services and booking rules,
edited by the owner or reception; the appointments, read-only except through booking, moving
and cancelling (appointments/admin_views.py), so the occupied time always matches them.
Every list and page of appointments is audited."""

from django.contrib import admin, messages
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from appointments import admin_views
from appointments.audit import audit
from appointments.models import Appointment, Diary, DiaryException, WorkingHours


class WorkingHoursInline(admin.TabularInline):
    model = WorkingHours
    extra = 0


class DiaryExceptionInline(admin.TabularInline):
    model = DiaryException
    extra = 0

    def get_queryset(self, request):
        # Past exceptions only clutter the form.
        return super().get_queryset(request).filter(date__gte=timezone.localdate())


@admin.register(Diary)
class DiaryAdmin(admin.ModelAdmin):
    list_display = [
        "practitioner",
        "is_bookable",
        "buffer_minutes",
        "notice_hours",
        "horizon_days",
        "week_link",
    ]
    list_filter = ["is_bookable"]
    list_select_related = ["practitioner"]
    search_fields = ["practitioner__name"]
    filter_horizontal = ["services"]
    inlines = [WorkingHoursInline, DiaryExceptionInline]
    readonly_fields = ["feed_url"]
    fieldsets = [
        (None, {"fields": ["practitioner", "is_bookable", "services"]}),
        (
            "Booking rules",
            {
                "fields": [
                    "buffer_minutes",
                    "step_minutes",
                    "notice_hours",
                    "horizon_days",
                    "cancel_notice_hours",
                ]
            },
        ),
        ("Private calendar feed", {"fields": ["feed_url"]}),
    ]
    actions = ["rotate_feed"]

    @admin.display(description="Day and week")
    def week_link(self, diary: Diary) -> str:
        return format_html(
            '<a href="{}">Open the week</a>',
            reverse("admin:appointments_diary_week", args=[diary.pk]),
        )

    @admin.display(description="Feed address (secret)")
    def feed_url(self, diary: Diary) -> str:
        if diary.pk is None:
            return "Made when the diary is saved."
        return format_html(
            "<code>{}</code><br>Add it to a calendar app as a subscription. It shows each "
            "appointment's reference and service, never the patient. Anyone with the address "
            "can read it: give it a new one with the action “Give a new feed address” if it "
            "has been shared by mistake.",
            self.request_base + diary.get_feed_url(),
        )

    def get_form(self, request, obj=None, **kwargs):
        self.request_base = request.build_absolute_uri("/").rstrip("/")
        return super().get_form(request, obj, **kwargs)

    @admin.action(
        description="Give a new feed address (the old one stops working)", permissions=["rotate"]
    )
    def rotate_feed(self, request: HttpRequest, queryset):
        for diary in queryset:
            diary.feed_token_rotate()
        self.message_user(
            request, f"{queryset.count()} feed address(es) replaced.", messages.SUCCESS
        )

    def has_rotate_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("appointments.rotate_feed")

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:object_id>/week/", view(admin_views.week), name="appointments_diary_week"),
            path("<int:object_id>/book/", view(admin_views.book), name="appointments_diary_book"),
            *super().get_urls(),
        ]


@admin.register(Appointment)
class AppointmentAdmin(admin.ModelAdmin):
    list_display = ["reference", "when", "practitioner", "service", "status", "booked_online"]
    list_filter = ["status", "practitioner"]
    list_select_related = ["practitioner", "service__modality", "booked_by"]
    search_fields = ["reference", "full_name", "email"]
    date_hierarchy = "starts_at"
    fields = [
        "reference",
        "status",
        "practitioner",
        "service",
        "when",
        "full_name",
        "email",
        "phone",
        "language",
        "submission_link",
        "booked_by",
        "created_at",
        "cancelled_at",
    ]
    readonly_fields = fields

    @admin.display(description="When", ordering="starts_at")
    def when(self, appointment: Appointment) -> str:
        return f"{appointment.local_start:%a %d %b %Y, %H:%M}"

    @admin.display(description="Booked online", boolean=True)
    def booked_online(self, appointment: Appointment) -> bool:
        return appointment.booked_by_id is None

    @admin.display(description="Intake")
    def submission_link(self, appointment: Appointment) -> str:
        if appointment.submission_id is None:
            return "-"
        url = reverse("admin:intake_submission_change", args=[appointment.submission_id])
        return format_html('<a href="{}">{}</a>', url, appointment.submission.reference)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # booked from a practitioner's week, so the time is checked and held

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # cancelled instead: the record stays

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if response.status_code == 200:
            audit(None, "listed", by=request.user)
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        appointment = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "changeable": appointment is not None and appointment.is_booked,
        }
        response = super().change_view(request, object_id, form_url, extra_context)
        if appointment is not None and response.status_code == 200:
            audit(appointment, "viewed", by=request.user)
        return response

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "<int:object_id>/move/",
                view(admin_views.move),
                name="appointments_appointment_move",
            ),
            path(
                "<int:object_id>/cancel/",
                view(admin_views.cancel),
                name="appointments_appointment_cancel",
            ),
            *super().get_urls(),
        ]
