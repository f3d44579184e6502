"""Intakes leaving the admin: the CSV of selected intakes, one intake as FHIR, and the
printable record of one intake (a page for the browser's Print, and the same as a PDF).

Each is an audited read: one AuditEvent per intake exported, with its own action, written
only once the export has been made. Exporting needs its own permission, "Can export intakes"
(the Reviewers group has it; an owner can withdraw it), besides the right to view intakes.
Nothing from an export is kept on the server: it is made in memory for the one response.
"""

import csv
import datetime
import json
import logging

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import display_for_field, label_for_field, lookup_field
from django.contrib.staticfiles import finders
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

from intake.aftercare.follow_up import timeline
from intake.models import REFER_LABEL, AuditEvent, Outcome, Submission
from intake.review.fhir import CONTENT_TYPE, submission_bundle

logger = logging.getLogger(__name__)

EXPORT_PERMISSION = "intake.export_submission"
NOT_GIVEN = "Not given"
# The print page's styles: one file, for the browser and for WeasyPrint alike.
RECORD_STYLESHEETS = ["css/print-record.css"]


class SubmissionExports:
    """The export actions and views of SubmissionAdmin (intake/review/admin.py)."""

    def has_export_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm(EXPORT_PERMISSION)

    def export_urls(self) -> list:
        def view(method):
            return self.admin_site.admin_view(method)

        return [
            path(
                "<path:object_id>/record/", view(self.print_record), name="intake_submission_record"
            ),
            path("<path:object_id>/pdf/", view(self.record_pdf), name="intake_submission_pdf"),
            path("<path:object_id>/fhir/", view(self.export_fhir), name="intake_submission_fhir"),
        ]

    def render_change_form(self, request, context, *args, **kwargs):
        context["can_export"] = self.has_export_permission(request)
        return super().render_change_form(request, context, *args, **kwargs)

    def exportable(self, request: HttpRequest, object_id: str) -> Submission:
        """The intake, if this person may both see and export it."""
        submission = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not (
            self.has_view_permission(request, submission) and self.has_export_permission(request)
        ):
            raise PermissionDenied
        return submission

    # --- CSV of the selected intakes ---

    @admin.action(description="Export selected as CSV", permissions=["export"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = datetime.date.today().isoformat()
        response["Content-Disposition"] = f'attachment; filename="intakes-{stamp}.csv"'
        writer = csv.writer(response)
        writer.writerow(CSV_COLUMNS)
        outcomes = Prefetch(
            "outcomes",
            Outcome.objects.select_related("follow_up", "modality").order_by("answered_at", "pk"),
        )
        rows = queryset.select_related("assigned_to", "recommended_modality")
        for s in rows.prefetch_related(outcomes):
            writer.writerow([csv_safe(value) for value in csv_row(s)])
            AuditEvent.record(user=request.user, action=AuditEvent.Action.EXPORT, submission=s)
        return response

    # --- One intake as FHIR ---

    def export_fhir(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The intake and its follow-up answers as a FHIR R4 Bundle of QuestionnaireResponses,
        downloaded as a file."""
        submission = self.exportable(request, object_id)
        bundle = submission_bundle(submission, request.build_absolute_uri("/"))
        response = HttpResponse(json.dumps(bundle, ensure_ascii=False), content_type=CONTENT_TYPE)
        response["Content-Disposition"] = download_name(submission, "fhir.json")
        AuditEvent.record(
            user=request.user, action=AuditEvent.Action.EXPORT_FHIR, submission=submission
        )
        return response

    # --- The printable record ---

    def print_record(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """One intake on a page of its own, with no navigation, for the browser's Print."""
        submission = self.exportable(request, object_id)
        context = {**self.record_context(request, submission), "stylesheets": RECORD_STYLESHEETS}
        response = TemplateResponse(request, "admin/intake/submission/record.html", context)
        response.render()
        AuditEvent.record(user=request.user, action=AuditEvent.Action.PRINT, submission=submission)
        return response

    def record_pdf(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The printable record as a PDF, made on the server by WeasyPrint."""
        submission = self.exportable(request, object_id)
        html = render_to_string(
            "admin/intake/submission/record.html",
            self.record_context(request, submission),
            request=request,
        )
        try:
            pdf = record_pdf_bytes(html)
        except PdfUnavailable:
            logger.warning("No PDF: WeasyPrint cannot load Pango here (docs/deployment.md).")
            return HttpResponse(PDF_UNAVAILABLE, status=503, content_type="text/plain")
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = download_name(submission, "pdf")
        AuditEvent.record(
            user=request.user, action=AuditEvent.Action.EXPORT_PDF, submission=submission
        )
        return response

    def record_context(self, request: HttpRequest, submission: Submission) -> dict:
        answers = [
            (name, [self.answer_row(submission, field) for field in options["fields"]])
            for name, options in self.fieldsets
            if "answers" in options.get("classes", [])
        ]
        return {
            "submission": submission,
            "answers": answers,
            "cautions": cautions(submission.suggestion),
            "recommendation": recommendation_label(submission),
            "outcomes": self.outcome_timeline(submission),
            "printed_at": timezone.now(),
            "printed_by": request.user.get_username(),
        }

    def answer_row(self, submission: Submission, name: str) -> tuple[str, str]:
        """A question's label and its answer in words, as the admin's read-only fields show."""
        label = label_for_field(name, Submission, self)
        field, _attr, value = lookup_field(name, submission, self)
        if field is not None:
            value = display_for_field(value, field, NOT_GIVEN)
        return label[0].upper() + label[1:], value if value not in (None, "") else NOT_GIVEN


PDF_UNAVAILABLE = (
    "This server cannot make PDFs (its system lacks the Pango library). Open the printable "
    "record instead and use your browser's Print command, which can also save a PDF."
)


class PdfUnavailable(Exception):
    """WeasyPrint cannot run here: the system's Pango library is missing."""


def record_pdf_bytes(html: str) -> bytes:
    """The record as PDF. WeasyPrint fetches nothing: the styles are read from the static
    files, and any other URL in the page is refused."""
    try:
        import weasyprint  # imported when used: it loads Pango, which only this needs
    except (ImportError, OSError) as error:
        raise PdfUnavailable from error

    def refuse(url: str, *args, **kwargs):
        raise ValueError(f"The record does not load {url}")

    stylesheets = [weasyprint.CSS(filename=finders.find(name)) for name in RECORD_STYLESHEETS]
    document = weasyprint.HTML(string=html, url_fetcher=refuse, base_url=str(settings.BASE_DIR))
    return document.write_pdf(stylesheets=stylesheets)


def download_name(submission: Submission, extension: str) -> str:
    # The reference only: a file name travels in logs and download lists, a patient's name not.
    return f'attachment; filename="intake-{submission.reference}.{extension}"'


def recommendation_label(submission: Submission) -> str:
    if submission.is_referral:
        return REFER_LABEL
    if submission.recommended_modality_id:
        return submission.recommended_modality.name
    return "No recommendation yet"


def cautions(suggestion: dict) -> list[dict]:
    """The cautions the engine raised, per treatment, from the snapshot taken at intake."""
    found = []
    for entry in suggestion.get("ranking", []):
        for caution in entry.get("cautions", []):
            found.append({"modality": entry["name"], **caution})
    return found


CSV_COLUMNS = [
    "reference",
    "submitted",
    "name",
    "email",
    "status",
    "top suggestion",
    "recommendation",
    "red flag",
    "cautions",
    "assigned to",
    "reviewed at",
    "sent at",
    # Outcomes (intake/aftercare/follow_up.py): the baseline PEG and the latest follow-up answered.
    "baseline PEG",
    "baseline PEG approximate",
    "follow-ups answered",
    "latest follow-up week",
    "latest follow-up answered at",
    "latest had treatment",
    "latest treatment",
    "latest sessions",
    "latest PEG",
    "PEG change",
    "latest overall change",
]


def csv_row(s: Submission) -> list:
    recommendation = REFER_LABEL if s.is_referral else getattr(s.recommended_modality, "name", "")
    return [
        s.reference,
        s.created_at.isoformat(),
        s.full_name,
        s.email,
        s.get_status_display(),
        s.top_suggestion,
        recommendation,
        "yes" if s.has_red_flag else "no",
        "yes" if s.has_cautions else "no",
        s.assigned_to.get_username() if s.assigned_to else "",
        s.reviewed_at.isoformat() if s.reviewed_at else "",
        s.recommendation_sent_at.isoformat() if s.recommendation_sent_at else "",
        *outcome_cells(s),
    ]


def outcome_cells(s: Submission) -> list:
    """The outcome columns: the baseline, how many follow-ups were answered, and the latest."""
    outcomes = list(s.outcomes.all())  # prefetched, oldest first
    points = timeline(s, outcomes)
    start, latest = points[0], points[-1]
    cells = [start.peg, "yes" if start.approximate else "no", len(outcomes)]
    if not outcomes:
        return cells + [""] * 8
    answer = outcomes[-1]
    return [
        *cells,
        latest.days // 7,
        answer.answered_at.isoformat(),
        "yes" if answer.had_treatment else "no",
        getattr(answer.modality, "name", ""),
        answer.sessions if answer.sessions is not None else "",
        latest.peg,
        round(latest.peg - start.peg, 1),
        answer.get_change_display(),
    ]


def csv_safe(value) -> str:
    """Stops a spreadsheet from running a cell as a formula (CSV injection)."""
    if isinstance(value, int | float):
        return str(value)  # a number is never a formula, and a change may well be negative
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
