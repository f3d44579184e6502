"""The review's own pages beside the admin's: "How suggestions are made", and the confirmation
steps before a recommendation is sent or a patient's data is erased. Each takes the Submission
admin as `model_admin`, for its permissions, its site's context and its messages.

The exports (record, PDF, FHIR, CSV) are in intake/review/admin_exports.py and the outcomes page
in intake/review/admin_outcomes.py.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from intake.models import EmailSend, Submission
from intake.review.audit import record_views
from intake.services import recommendation_send, submission_erase
from intake.triage.safety import reference_context


def how_suggestions_view(request: HttpRequest, *, model_admin) -> TemplateResponse:
    """The clinical safety reference, generated from the code and the precaution rows."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        **reference_context(),
        "title": "How suggestions are made",
        "opts": model_admin.model._meta,
    }
    return TemplateResponse(request, "admin/intake/submission/how_suggestions.html", context)


def send_view(request: HttpRequest, object_id: str, *, model_admin) -> HttpResponse:
    """ "Send recommendation" for one intake, from its page."""
    submission = get_object_or_404(model_admin.get_queryset(request), pk=object_id)
    if not model_admin.has_change_permission(request, submission):
        return HttpResponse(status=403)
    return send_confirmation(request, [submission], model_admin=model_admin)


def send_confirmation(
    request: HttpRequest, submissions: list[Submission], *, model_admin
) -> HttpResponse:
    """Lists what will be sent; sends on "Yes, send". Already sent ones are named."""
    ready = [s for s in submissions if s.recommended_modality_id or s.is_referral]
    if request.POST.get("confirm") == "yes":
        return send_ready(request, submissions, ready, model_admin=model_admin)
    record_views(request, ready)  # the page names the patients it will write to
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Send recommendation to patient",
        "opts": model_admin.model._meta,
        "ready": ready,
        "not_ready": [s for s in submissions if s not in ready],
        "already_sent": [s for s in ready if s.recommendation_sent_at],
        "waiting": [s for s in ready if recommendation_waiting(s)],
        "action_ids": [s.pk for s in submissions],
        "single": len(submissions) == 1,
    }
    return TemplateResponse(request, "admin/intake/submission/send_confirmation.html", context)


def send_ready(
    request: HttpRequest, submissions: list[Submission], ready: list[Submission], *, model_admin
) -> HttpResponseRedirect:
    """After "Yes, send": queues the ready ones, names those skipped, and goes back."""
    base_url = request.build_absolute_uri("/")
    for submission in ready:
        recommendation_send(submission=submission, base_url=base_url, by=request.user)
    model_admin.message_user(
        request,
        f"Queued {len(ready)} recommendation(s) for sending. Each intake shows when "
        "its email has gone.",
    )
    skipped = len(submissions) - len(ready)
    if skipped:
        model_admin.message_user(
            request,
            f"{skipped} intake(s) had no recommendation yet and were not sent.",
            messages.WARNING,
        )
    if len(submissions) == 1:
        url = reverse("admin:intake_submission_change", args=[submissions[0].pk])
    else:
        url = reverse("admin:intake_submission_changelist")
    return HttpResponseRedirect(url)


def recommendation_waiting(submission: Submission) -> bool:
    return submission.emails.filter(
        kind=EmailSend.Kind.RECOMMENDATION, status=EmailSend.Status.QUEUED
    ).exists()


def erase_confirmation(
    request: HttpRequest, submissions: list[Submission], *, model_admin
) -> TemplateResponse | None:
    """Names the patients whose data will be erased; erases on "Yes"."""
    if request.POST.get("confirm") == "yes":
        for submission in submissions:
            submission_erase(submission=submission, by=request.user)
        model_admin.message_user(request, f"Erased {len(submissions)} patient record(s).")
        return None
    record_views(request, submissions)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Erase patient's data",
        "opts": model_admin.model._meta,
        "submissions": submissions,
    }
    return TemplateResponse(request, "admin/intake/submission/erase_confirmation.html", context)
