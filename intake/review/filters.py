"""The review queue's filters: by what is still to do, the engine's top suggestion, the red
flags' urgency, who has the intake, and what became of its emails."""

from django.contrib import admin
from django.db.models import Exists, OuterRef

from intake.models import AWAITING_SOMEONE, POSTPONE_LABEL, REFER_LABEL, EmailSend
from intake.review.forms import published_modalities
from intake.triage.redflags import Urgency
from intake.triage.suggest import POSTPONE, REFER, UNDECIDED, UNDECIDED_LABEL


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
        if self.value() == self.OPEN:
            return queryset.filter(AWAITING_SOMEONE)
        if self.value() == self.DONE:
            return queryset.exclude(AWAITING_SOMEONE)
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


QUEUE_FILTERS = [
    QueueFilter,
    "status",
    TopSuggestionFilter,
    ("has_red_flag", admin.BooleanFieldListFilter),
    ("has_text_flag", admin.BooleanFieldListFilter),
    UrgencyFilter,
    ("has_cautions", admin.BooleanFieldListFilter),
    AssignedFilter,
    EmailStatusFilter,
    "language",
    ("created_at", admin.DateFieldListFilter),
]
