"""The review queue: where staff read intakes and record what they recommend.

Staff never change what a patient said: the patient's answers are shown read-only, and the only
form fields are the review's. Reviewers (see the Reviewers group) can view and change, but not
add or delete, submissions.
"""

from functools import partial

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince
from simple_history.admin import SimpleHistoryAdmin

from clinic.content_cache import cached_content
from intake.aftercare.charts import peg_timeline
from intake.aftercare.follow_up import timeline
from intake.emails import emails_retry
from intake.models import (
    POSTPONE_LABEL,
    REFER_LABEL,
    AuditEvent,
    BodyRegion,
    Curiosity,
    EmailSend,
    ErasureRecord,
    Goal,
    Submission,
)
from intake.review import admin_emails  # noqa: F401 (registers the emails' admin)
from intake.review.admin_exports import SubmissionExports
from intake.review.admin_outcomes import outcomes_view
from intake.review.admin_textscreen import CHECK_NOW_FLAG, own_words_rows
from intake.services import (
    recommendation_send,
    submission_erase,
    submissions_delete,
    suggestion_recompute,
)
from intake.triage.overrides import RED_FLAGS, WarningOverrideForm
from intake.triage.redflags import Urgency
from intake.triage.safety import reference_context
from intake.triage.suggest import POSTPONE, REFER, UNDECIDED, UNDECIDED_LABEL, load_engine_data
from treatments.models import Condition, Modality, Practitioner

RED_FLAG_WORDS = {
    Urgency.EMERGENCY: "Emergency",
    Urgency.URGENT: "Urgent",
    Urgency.BEFORE_TREATMENT: "Red flag",
}


def labels(choices, values) -> str:
    names = dict(choices)
    return ", ".join(str(names.get(v, v)) for v in values) or "None given"


def published_modalities() -> list[tuple[str, str]]:
    return cached_content(
        "modality-choices", lambda: list(Modality.objects.published().values_list("slug", "name"))
    )


def recommendation_choices() -> list[tuple[str, str]]:
    return [("", "No recommendation yet"), *published_modalities(), (REFER, REFER_LABEL)]


MIN_OVERRIDE_REASON = 20


class ReviewForm(WarningOverrideForm, forms.ModelForm):
    """The review section: the only part of a submission staff can change."""

    recommendation = forms.ChoiceField(
        required=False,
        help_text="Choosing one and saving stamps you as the reviewer and moves the status.",
    )
    override_red_flags = forms.BooleanField(
        required=False,
        label="Treat despite the red flags",
        help_text="Only after a doctor has assessed them. Needs a reason below; it is audited.",
    )

    class Meta:
        model = Submission
        fields = [
            "recommended_practitioner",
            "note_to_patient",
            "internal_notes",
            "status",
            "assigned_to",
            "red_flag_override_reason",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recommendation"].choices = self.choices_keeping_current()
        # Published practitioners, and whoever was chosen before even if since unpublished.
        # Absent for a view-only reviewer, whose page shows every field read-only.
        if "recommended_practitioner" in self.fields:
            self.fields["recommended_practitioner"].queryset = Practitioner.objects.filter(
                Q(is_published=True) | Q(pk=self.instance.recommended_practitioner_id)
            )
        if self.instance.status == Submission.Status.REFERRED:
            self.initial["recommendation"] = REFER
        elif self.instance.recommended_modality_id:
            self.initial["recommendation"] = self.instance.recommended_modality.slug

    def choices_keeping_current(self) -> list[tuple[str, str]]:
        """The published treatments, and the one recommended before even if since unpublished:
        otherwise the intake could not be saved at all once its treatment left the site."""
        choices = recommendation_choices()
        current = self.instance.recommended_modality
        if current and current.slug not in {value for value, _ in choices}:
            choices.insert(1, (current.slug, f"{current.name} (no longer published)"))
        return choices

    def clean(self):
        cleaned = super().clean()
        choice = cleaned.get("recommendation")
        status = cleaned.get("status")
        decided = {Submission.Status.RECOMMENDED, Submission.Status.REFERRED}
        if status in decided and not choice:
            self.add_error("recommendation", "Choose a recommendation before setting this status.")
        if status == Submission.Status.RECOMMENDED and choice == REFER:
            self.add_error("status", "A referral has the status “Referred to a physician”.")
        if status == Submission.Status.REFERRED and choice and choice != REFER:
            self.add_error("status", "A recommended treatment has the status “Recommended”.")
        self.check_red_flag_override(choice)
        if choice != REFER:
            self.check_warning_override(choice, MIN_OVERRIDE_REASON)
        self.check_practitioner(cleaned.get("recommended_practitioner"), choice)
        return cleaned

    def check_red_flag_override(self, choice: str) -> None:
        """A treatment (not a referral) on an intake with red flags needs an explicit override
        with a written reason, such as the doctor's all-clear."""
        treating = bool(choice) and choice != REFER
        if not (self.instance.has_red_flag and treating and "recommendation" in self.changed_data):
            return
        if not self.cleaned_data.get("override_red_flags"):
            self.add_error(
                "override_red_flags",
                "This intake has red flags. Refer to a physician, or tick “Treat despite the red "
                "flags” and give the reason.",
            )
        reason = (self.cleaned_data.get("red_flag_override_reason") or "").strip()
        if len(reason) < MIN_OVERRIDE_REASON:
            self.add_error(
                "red_flag_override_reason",
                "Give the reason for treating despite the red flags, for example who assessed "
                f"them and when (at least {MIN_OVERRIDE_REASON} characters).",
            )

    def check_practitioner(self, practitioner, choice: str) -> None:
        """A practitioner goes with a recommended treatment they give, never a referral."""
        if practitioner is None:
            return
        modality = Modality.objects.filter(slug=choice).first() if choice != REFER else None
        if modality is None:
            self.add_error(
                "recommended_practitioner", "Choose a practitioner only with a treatment."
            )
        elif not practitioner.gives(modality):
            self.add_error(
                "recommended_practitioner",
                f"{practitioner.name} does not give {modality.name}; choose one who does, or none.",
            )


class QueueFilter(admin.SimpleListFilter):
    """The queue opens on the intakes that still need someone: a decision, or the patient told
    of one. Sent and closed ones (the demo's past patients, last year's intakes) are a click
    away; a search by reference or name looks through every intake, and an action applies to
    the intakes picked, whichever they are (the default narrows what is shown, never a choice)."""

    title = "queue"
    parameter_name = "queue"
    OPEN, DONE, ALL = "open", "done", "all"

    def __init__(self, request, params, model, model_admin):
        everything = request.GET.get("q") or request.method == "POST"
        self.default = self.ALL if everything else self.OPEN
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        return [
            (self.OPEN, "Open: to decide or to send"),
            (self.DONE, "Sent or closed"),
            (self.ALL, "All intakes"),
        ]

    def value(self):
        return super().value() or self.default

    def choices(self, changelist):
        # No "All" of the admin's own: "open" is the default, so every choice is a link.
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        waiting = Q(status__in=[Submission.Status.NEW, Submission.Status.IN_REVIEW]) | Q(
            status__in=[Submission.Status.RECOMMENDED, Submission.Status.REFERRED],
            recommendation_sent_at__isnull=True,
        )
        if self.value() == self.OPEN:
            return queryset.filter(waiting)
        if self.value() == self.DONE:
            return queryset.exclude(waiting)
        return queryset


class TopSuggestionFilter(admin.SimpleListFilter):
    title = "top suggestion"
    parameter_name = "top"

    def lookups(self, request, model_admin):
        return [
            *published_modalities(),
            (REFER, REFER_LABEL),
            (POSTPONE, POSTPONE_LABEL),
            (UNDECIDED, UNDECIDED_LABEL),
        ]

    def queryset(self, request, queryset):
        return queryset.filter(top_suggestion=self.value()) if self.value() else queryset


class UrgencyFilter(admin.SimpleListFilter):
    title = "red flag urgency"
    parameter_name = "urgency"

    def lookups(self, request, model_admin):
        return [(str(u.value), u.label) for u in sorted(Urgency, reverse=True)]

    def queryset(self, request, queryset):
        if self.value() in {str(u.value) for u in Urgency}:
            return queryset.filter(red_flag_urgency=int(self.value()))
        return queryset


class AssignedFilter(admin.SimpleListFilter):
    title = "assigned"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", "Assigned to me"), ("nobody", "Not assigned")]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assigned_to=request.user)
        if self.value() == "nobody":
            return queryset.filter(assigned_to__isnull=True)
        return queryset


class EmailStatusFilter(admin.SimpleListFilter):
    """Intakes by what became of their emails: any failed, any still queued."""

    title = "emails"
    parameter_name = "email"

    def lookups(self, request, model_admin):
        return [("failed", "An email failed"), ("queued", "An email is waiting to go")]

    def queryset(self, request, queryset):
        statuses = {"failed": EmailSend.Status.FAILED, "queued": EmailSend.Status.QUEUED}
        status = statuses.get(self.value())
        if status is None:
            return queryset
        emails = EmailSend.objects.filter(submission=OuterRef("pk"), status=status)
        return queryset.filter(Exists(emails))


ANSWER_FIELDS = {
    "About you": ["full_name", "date_of_birth_and_age", "email", "phone", "contact_method"],
    "What brings you here": [
        "main_concern",
        "where_it_hurts",
        "pain_now",
        "pain_week_average",
        "duration",
        "interference",
        "interference_enjoyment",
        "interference_activity",
        "conditions_told",
    ],
    "Goals": ["goals_chosen"],
    "Health screening": ["red_flags_answered", "screening"],
    "Preferences": ["needles", "pressure", "self_care", "curious_about_chosen", "anything_else"],
}
RECORD_FIELDS = ["reference", "created_at", "consent_version", "consented_at"]
REVIEW_READONLY = ["reviewed_by", "reviewed_at", "recommendation_sent_at", "email_status"]


@admin.register(Submission)
class SubmissionAdmin(SubmissionExports, SimpleHistoryAdmin):
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
    list_filter = [
        QueueFilter,
        "status",
        TopSuggestionFilter,
        ("has_red_flag", admin.BooleanFieldListFilter),
        ("has_text_flag", admin.BooleanFieldListFilter),
        UrgencyFilter,
        ("has_cautions", admin.BooleanFieldListFilter),
        AssignedFilter,
        EmailStatusFilter,
        ("created_at", admin.DateFieldListFilter),
    ]
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

    # The decision first: what the engine suggests (with the red flags), then the review, and
    # the patient's answers below it for reading.
    fieldsets = [
        ("Suggestion", {"fields": ["suggestion_summary"]}),
        (
            "Review",
            {
                "fields": [
                    "recommendation",
                    "override_red_flags",
                    "override_warnings",
                    "red_flag_override_reason",
                    "recommended_practitioner",
                    "note_to_patient",
                    "internal_notes",
                    "status",
                    "assigned_to",
                    *REVIEW_READONLY,
                ]
            },
        ),
        *[
            (name, {"fields": fields, "classes": ["answers"]})
            for name, fields in ANSWER_FIELDS.items()
        ],
        ("After the visit", {"fields": ["outcome_timeline"]}),
        ("Record", {"fields": RECORD_FIELDS, "classes": ["collapse"]}),
    ]
    readonly_fields = [f for fields in ANSWER_FIELDS.values() for f in fields] + [
        "suggestion_summary",
        "outcome_timeline",
        *REVIEW_READONLY,
        *RECORD_FIELDS,
    ]

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

    # --- Audit: one record for every view and every change of a submission ---
    # Every page that shows a patient's data records who saw it
    # (tests/intake/review/test_audit_walk.py walks the admin's URLs and fails on a view that
    # shows a submission without a record).

    def changelist_view(self, request, extra_context=None):
        # The queue needs the width for its columns more than the admin's app list beside it.
        extra_context = {"is_nav_sidebar_enabled": False, **(extra_context or {})}
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

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.has_text_flag:
            context["own_words"] = own_words_rows(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

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

    def delete_model(self, request, obj: Submission):
        AuditEvent.record(user=request.user, action=AuditEvent.Action.DELETE, submission=obj)
        submissions_delete(ids=[obj.pk])

    def delete_queryset(self, request, queryset: QuerySet):
        for submission in queryset:
            AuditEvent.record(
                user=request.user, action=AuditEvent.Action.DELETE, submission=submission
            )
        submissions_delete(ids=[s.pk for s in queryset])

    # --- List columns ---

    @admin.display(description="submitted", ordering="created_at")
    def submitted(self, obj: Submission) -> str:
        return f"{timesince(obj.created_at).split(',')[0]} ago"

    @admin.display(description="main concern")
    def concern(self, obj: Submission) -> str:
        text = " ".join(obj.main_concern.split())
        return text if len(text) <= 50 else text[:49] + "…"

    @admin.display(description="top suggestion", ordering="top_suggestion")
    def top_suggestion_name(self, obj: Submission) -> str:
        return obj.top_suggestion_label

    @admin.display(description="assigned", ordering="assigned_to__username")
    def assigned(self, obj: Submission) -> str:
        # The username, short enough for the queue to keep every column in sight at 1280 px.
        return obj.assigned_to.get_username() if obj.assigned_to else "Nobody"

    @admin.display(description="flags", ordering="-queue_urgency")
    def flags(self, obj: Submission) -> str:
        parts = [CHECK_NOW_FLAG] if obj.has_text_flag else []
        if obj.has_red_flag:
            words = RED_FLAG_WORDS.get(obj.red_flag_urgency, "Red flag")
            parts.append(format_html('<span class="flag flag--red">{} {}</span>', "⚠", words))
        if obj.has_cautions:
            parts.append(
                format_html('<span class="flag flag--caution">{} {}</span>', "!", "Cautions")
            )
        return format_html_join(" ", "{}", ((part,) for part in parts)) if parts else "None"

    # --- The patient's answers, read-only ---

    @admin.display(description="date of birth")
    def date_of_birth_and_age(self, obj: Submission) -> str:
        today = timezone.localdate()
        born = obj.date_of_birth
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        return f"{born:%-d %B %Y} (age {age})"

    @admin.display(description="where it hurts")
    def where_it_hurts(self, obj: Submission) -> str:
        return labels(BodyRegion.choices, obj.body_regions)

    @admin.display(description="conditions they have been told they have")
    def conditions_told(self, obj: Submission) -> str:
        names = cached_content(
            "condition-names", lambda: dict(Condition.objects.values_list("slug", "name"))
        )
        return ", ".join(names.get(slug, slug) for slug in obj.conditions) or "None given"

    @admin.display(description="goals")
    def goals_chosen(self, obj: Submission) -> str:
        return labels(Goal.choices, obj.goals)

    @admin.display(description="curious about")
    def curious_about_chosen(self, obj: Submission) -> str:
        return labels(Curiosity.choices, obj.curious_about)

    @admin.display(description="screening questions")
    def screening(self, obj: Submission) -> str:
        answers = obj.screening_answers.select_related("precaution")
        return render_to_string(
            "admin/intake/submission/_screening.html",
            {"answers": answers, "pregnancy_weeks": obj.pregnancy_weeks},
        )

    @admin.display(description="red flags")
    def red_flags_answered(self, obj: Submission) -> str:
        return "; ".join(obj.red_flag_labels()) or "None"

    @admin.display(description="engine's suggestion")
    def suggestion_summary(self, obj: Submission) -> str:
        return render_to_string(
            "admin/intake/submission/_suggestion.html",
            {
                "original": obj.suggestion,
                "recomputed": obj.suggestion_recomputed,
                "recomputed_at": obj.recomputed_at,
                "red_flag_labels": obj.red_flag_labels(),
            },
        )

    @admin.display(description="outcomes")
    def outcome_timeline(self, obj: Submission) -> str:
        # One query: each follow-up with its answer (an outcome lives as long as its follow-up).
        follow_ups = list(obj.follow_ups.select_related("outcome__modality"))
        outcomes = sorted(
            (f.outcome for f in follow_ups if hasattr(f, "outcome")),
            key=lambda o: (o.answered_at, o.pk),
        )
        points = timeline(obj, outcomes)
        return render_to_string(
            "admin/intake/submission/_outcomes.html",
            {
                "chart": peg_timeline(points) if outcomes else None,
                "rows": [
                    {"point": point, "outcome": outcome}
                    for point, outcome in zip(points, [None, *outcomes], strict=True)
                ],
                "baseline_approximate": points[0].approximate,
                "follow_ups": follow_ups,
            },
        )

    @admin.display(description="emails")
    def email_status(self, obj: Submission) -> str:
        emails = list(obj.emails.all())
        any_failed = any(e.status == EmailSend.Status.FAILED for e in emails)
        return render_to_string(
            "admin/intake/submission/_emails.html", {"emails": emails, "any_failed": any_failed}
        )

    # --- Saving a review ---

    def save_model(self, request, obj: Submission, form, change):
        choice = form.cleaned_data.get("recommendation")
        overriding = False
        if "recommendation" in form.changed_data and choice:
            modality = None if choice == REFER else Modality.objects.get(slug=choice)
            obj.record_recommendation(modality=modality, reviewer=request.user)
            overriding = obj.has_red_flag and modality is not None
        super().save_model(request, obj, form, change)
        AuditEvent.record(user=request.user, action=AuditEvent.Action.CHANGE, submission=obj)
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
        return self.send_confirmation(request, list(queryset))

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
        submissions = list(queryset)
        if request.POST.get("confirm") == "yes":
            for submission in submissions:
                submission_erase(submission=submission, by=request.user)
            self.message_user(request, f"Erased {len(submissions)} patient record(s).")
            return None
        record_views(request, submissions)
        context = {
            **self.admin_site.each_context(request),
            "title": "Erase patient's data",
            "opts": self.model._meta,
            "submissions": submissions,
        }
        return TemplateResponse(request, "admin/intake/submission/erase_confirmation.html", context)

    # --- Sending a recommendation, with a confirmation step ---

    def get_urls(self):
        send = self.admin_site.admin_view(self.send_one)
        how = self.admin_site.admin_view(self.how_suggestions_are_made)
        outcomes = self.admin_site.admin_view(partial(outcomes_view, model_admin=self))
        return [
            path("how-suggestions-are-made/", how, name="intake_submission_how"),
            path("outcomes/", outcomes, name="intake_submission_outcomes"),
            path("<path:object_id>/send/", send, name="intake_submission_send"),
            *self.export_urls(),
            *super().get_urls(),
        ]

    def how_suggestions_are_made(self, request: HttpRequest):
        """The clinical safety reference, generated from the code and the precaution rows."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            **reference_context(),
            "title": "How suggestions are made",
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/intake/submission/how_suggestions.html", context)

    def send_one(self, request: HttpRequest, object_id: str):
        submission = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.has_change_permission(request, submission):
            return HttpResponse(status=403)
        return self.send_confirmation(request, [submission])

    def send_confirmation(self, request: HttpRequest, submissions: list[Submission]):
        """Lists what will be sent; sends on "Yes, send". Already sent ones are named."""
        ready = [s for s in submissions if s.recommended_modality_id or s.is_referral]
        if request.POST.get("confirm") == "yes":
            base_url = request.build_absolute_uri("/")
            for submission in ready:
                recommendation_send(submission=submission, base_url=base_url, by=request.user)
            skipped = len(submissions) - len(ready)
            self.message_user(
                request,
                f"Queued {len(ready)} recommendation(s) for sending. Each intake shows when "
                "its email has gone.",
            )
            if skipped:
                self.message_user(
                    request,
                    f"{skipped} intake(s) had no recommendation yet and were not sent.",
                    messages.WARNING,
                )
            if len(submissions) == 1:
                url = reverse("admin:intake_submission_change", args=[submissions[0].pk])
            else:
                url = reverse("admin:intake_submission_changelist")
            return HttpResponseRedirect(url)
        record_views(request, ready)  # the page names the patients it will write to
        context = {
            **self.admin_site.each_context(request),
            "title": "Send recommendation to patient",
            "opts": self.model._meta,
            "ready": ready,
            "not_ready": [s for s in submissions if s not in ready],
            "already_sent": [s for s in ready if s.recommendation_sent_at],
            "waiting": [s for s in ready if recommendation_waiting(s)],
            "action_ids": [s.pk for s in submissions],
            "single": len(submissions) == 1,
        }
        return TemplateResponse(request, "admin/intake/submission/send_confirmation.html", context)


def record_views(request: HttpRequest, submissions: list[Submission]) -> None:
    for submission in submissions:
        AuditEvent.record(user=request.user, action=AuditEvent.Action.VIEW, submission=submission)


def recommendation_waiting(submission: Submission) -> bool:
    return submission.emails.filter(
        kind=EmailSend.Kind.RECOMMENDATION, status=EmailSend.Status.QUEUED
    ).exists()


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
