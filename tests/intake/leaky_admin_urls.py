"""The site's URLs plus one admin view that shows a patient and writes no audit record: the
kind of view the audit walk (test_audit_walk.py) must catch."""

from django.contrib import admin
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path

from clinic.urls import urlpatterns as site_urlpatterns
from intake.models import Submission


def print_without_audit(request, object_id):
    submission = get_object_or_404(Submission, pk=object_id)
    return HttpResponse(f"<h1>{submission.full_name}</h1>")


leaky = [
    path(
        "intake/submission/<path:object_id>/print/",
        admin.site.admin_view(print_without_audit),
        name="intake_submission_print",
    )
]
admin_urls, app_name, namespace = admin.site.urls
# The site's own patterns appended, not included: i18n_patterns may only be at the root.
urlpatterns = [path("admin/", (leaky + admin_urls, app_name, namespace)), *site_urlpatterns]
