"""The admin home's email panel: failed emails of every kind, with a way to send them again."""

from django import template

from intake.models import EmailSend

register = template.Library()

SHOWN = 10


@register.inclusion_tag("admin/intake/failed_emails.html", takes_context=True)
def failed_emails(context) -> dict:
    failed = EmailSend.objects.failed().select_related("submission").order_by("-failed_at")
    return {
        "failed": list(failed[:SHOWN]),
        "count": failed.count(),
        "may_retry": context["request"].user.has_perm("intake.change_submission"),
        "csrf_token": context.get("csrf_token"),
    }
