"""The clinic outcomes page in the admin: how the patients recommended each treatment say they
got on, over a date range (intake/aftercare/outcomes.py does the sums).

Staff who may view submissions may open it. It shows counts, means and shares only, never a
name, reference or answer of one patient, and a group under outcomes.MIN_GROUP patients shows
its count alone. Opening it is recorded like the queue's list view.
"""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone

from intake.aftercare.charts import improved_bars, peg_change_bars
from intake.aftercare.outcomes import MIN_GROUP, patient_changes, response, summarise
from intake.models import AuditEvent

DEFAULT_DAYS = 365
EARLIEST = datetime.date(2000, 1, 1)


class DateRangeForm(forms.Form):
    """The intakes to count, by the day they were sent. A GET form: the dates are not
    personal, and the address can be bookmarked."""

    start = forms.DateField(
        label="From",
        help_text="For example, 2026-01-31",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": "Enter the first day of the period",
            "invalid": "Enter the first day as a real date, for example 2026-01-31",
        },
    )
    end = forms.DateField(
        label="To",
        help_text="For example, 2026-12-31",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": "Enter the last day of the period",
            "invalid": "Enter the last day as a real date, for example 2026-12-31",
        },
    )

    def clean_start(self) -> datetime.date:
        start = self.cleaned_data["start"]
        if start < EARLIEST:
            raise forms.ValidationError(f"The first day must be on or after {EARLIEST:%-d %B %Y}")
        return start

    def clean(self):
        start, end = self.cleaned_data.get("start"), self.cleaned_data.get("end")
        if start and end and start > end:
            self.add_error("end", "The last day must be the same as or after the first day")
        return self.cleaned_data


def default_range() -> dict[str, datetime.date]:
    today = timezone.localdate()
    return {"start": today - datetime.timedelta(days=DEFAULT_DAYS), "end": today}


def outcomes_view(request: HttpRequest, *, model_admin) -> TemplateResponse:
    """The page; `model_admin` is the Submission admin, whose view permission it needs."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    form = DateRangeForm(request.GET or default_range())
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Clinic outcomes",
        "opts": model_admin.model._meta,
        "form": form,
        "min_group": MIN_GROUP,
    }
    status = 200
    if form.is_valid():
        context.update(results(form.cleaned_data["start"], form.cleaned_data["end"]))
        AuditEvent.record(user=request.user, action=AuditEvent.Action.VIEW_LIST, detail="outcomes")
    else:
        status = 400
    return TemplateResponse(
        request, "admin/intake/submission/outcomes.html", context, status=status
    )


def results(start: datetime.date, end: datetime.date) -> dict:
    groups = summarise(patient_changes(start, end))
    return {
        "start": start,
        "end": end,
        "groups": groups,
        "response": response(start, end),
        "approximate": sum(g.approximate for g in groups if g.followed is None),
        "change_chart": peg_change_bars(groups) if groups else None,
        "improved_chart": improved_bars(groups) if groups else None,
    }
