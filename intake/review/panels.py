"""What the review shows of a submission: the queue's columns, and the intake's page in
reading order (its fieldsets): the engine's suggestion with the red flags, the review, the
patient's answers (read-only), the outcomes after the visit and the emails sent. Staff never
change what a patient said."""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin import helpers
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince

from clinic.content_cache import cached_content
from intake.aftercare.charts import peg_timeline
from intake.aftercare.follow_up import timeline
from intake.models import BodyRegion, Curiosity, EmailSend, Goal, Submission
from intake.review.admin_textscreen import CHECK_NOW_FLAG, own_words_rows
from intake.triage.derived import age_on
from intake.triage.engine_answers import GUARDIAN_AGE
from intake.triage.redflags import Urgency
from treatments.models import Condition

RED_FLAG_WORDS = {
    Urgency.EMERGENCY: "Emergency",
    Urgency.URGENT: "Urgent",
    Urgency.BEFORE_TREATMENT: "Red flag",
}


def labels(choices, values) -> str:
    names = dict(choices)
    return ", ".join(str(names.get(v, v)) for v in values) or "None given"


ANSWER_FIELDS = {
    "About you": [
        "full_name",
        "date_of_birth_and_age",
        "guardian",
        "email",
        "phone",
        "contact_method",
    ],
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
RECORD_FIELDS = ["reference", "created_at", "language", "consent_version", "consented_at"]
REVIEW_READONLY = ["reviewed_by", "reviewed_at", "recommendation_sent_at", "email_status"]

# The decision first: what the engine suggests (with the red flags), then the review, and
# the patient's answers below it for reading.
FIELDSETS = [
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
    *[(name, {"fields": fields, "classes": ["answers"]}) for name, fields in ANSWER_FIELDS.items()],
    ("After the visit", {"fields": ["outcome_timeline"]}),
    ("Record", {"fields": RECORD_FIELDS, "classes": ["collapse"]}),
]
READONLY_FIELDS = [f for fields in ANSWER_FIELDS.values() for f in fields] + [
    "suggestion_summary",
    "outcome_timeline",
    *REVIEW_READONLY,
    *RECORD_FIELDS,
]


class SubmissionPanels:
    """The display methods of SubmissionAdmin (intake/review/admin.py): list columns and the
    read-only panels of the intake's page."""

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.has_text_flag:
            context["own_words"] = own_words_rows(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    # --- List columns ---

    def action_checkbox(self, obj: Submission) -> str:
        """The row's tick box, the markup Django's own gives it, written out: Django renders a
        form widget's templates for each of the queue's 50 rows, the costliest part of the
        queue's page at 100,000 intakes (0.4 of its 1.3 s over 10 views, profiled)."""
        # Staff pages are in English (clinic/languages.py): Django's words, untranslated.
        label = format_html("Select this object for an action - {}", str(obj))
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            obj.pk,
            label,
        )

    @admin.display(description="submitted", ordering="created_at")
    def submitted(self, obj: Submission) -> str:
        """When, and in which language when it is not the site's own: the queue has no room
        for a column that would read "English" on nearly every row."""
        ago = f"{timesince(obj.created_at).split(',')[0]} ago"
        if obj.language == settings.LANGUAGE_CODE:
            return ago
        return format_html("{}<br>in {}", ago, obj.get_language_display())

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
        born = obj.date_of_birth
        return f"{born:%-d %B %Y} (age {age_on(born, timezone.localdate())})"

    @admin.display(description="parent or guardian who agreed")
    def guardian(self, obj: Submission) -> str:
        if obj.guardian_name:
            return obj.guardian_name
        age = age_on(obj.date_of_birth, timezone.localdate(obj.created_at))
        if age < GUARDIAN_AGE:  # sent before the check page asked
            return f"None recorded (under {GUARDIAN_AGE} when sent)"
        return f"Not needed ({GUARDIAN_AGE} or over when sent)"

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
