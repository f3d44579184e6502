"""Save and come back later: asking for the link, and the pages the emailed link opens.

The link's random token is the only thing in its URL; the answers stay on the server. A GET
never uses a link up or deletes anything (mail scanners open links): the patient presses a
button. Pages are never cached, and the site's Referrer-Policy (same-origin) keeps the token
out of Referer headers to other sites.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from clinic.session_age import answers_kept_for
from intake.aftercare.follow_up import LinkState
from intake.models import IntakeDraft
from intake.patient.drafts import draft_find, draft_open, draft_save
from intake.patient.flow import IntakeSession
from intake.patient.forms import DraftForm
from intake.patient.ratelimit import draft_save_allowed
from intake.patient.views import answers_gone, session_advice

CLOSED_STATUS = {LinkState.UNKNOWN: 404}  # used and expired links: 410 Gone


@sensitive_post_parameters()
@never_cache
def save(request: HttpRequest) -> HttpResponse:
    """Where to send the link. The answers, kept in the session up to now, are saved with it."""
    flow = IntakeSession(request.session)
    if flow.is_empty():
        return answers_gone(request)
    form = DraftForm(data=request.POST or None, initial={"email": flow.email_given()})
    if request.method == "POST" and form.is_valid():
        if not draft_save_allowed(request):
            context = {
                "saving": True,
                "kept_for": answers_kept_for(),
                "advice": session_advice(flow),
            }
            return render(request, "intake/rate_limited.html", context, status=429)
        draft_save(
            key=flow.key,
            answers=flow.answers(),
            email=form.cleaned_data["email"],
            site_url=request.build_absolute_uri("/"),
        )
        return redirect("intake:saved")
    context = {"form": form, "draft_days": settings.INTAKE_DRAFT_DAYS, "back_url": flow.next_url()}
    return render(request, "intake/save.html", context)


@never_cache
def saved(request: HttpRequest) -> HttpResponse:
    """Where the link went and how long it works."""
    flow = IntakeSession(request.session)
    draft = IntakeDraft.objects.filter(key=request.session.get(flow.KEY)).first()
    if draft is None:
        return redirect("intake:start")
    context = {"draft": draft, "continue_url": None if flow.is_empty() else flow.next_url()}
    return render(request, "intake/saved.html", context)


@require_POST
@never_cache
def keep_alive(request: HttpRequest) -> HttpResponse:
    """The timeout warning's "Keep going": the session's time starts again. 410 when the
    answers are gone already, so the page can say so."""
    flow = IntakeSession(request.session)
    if flow.is_empty():
        return HttpResponse(status=410)
    flow.keep_alive()
    return HttpResponse(status=204)


@never_cache
def resume(request: HttpRequest, token: str) -> HttpResponse:
    """The emailed link: a page with one button, which loads the answers into this browser."""
    draft, state = draft_find(token)
    if state == LinkState.EXPIRED:
        draft.delete()  # its time is up: the purge command would delete it anyway
    if state != LinkState.OPEN:
        return closed(request, state, token=token if state == LinkState.USED else "")
    if request.method == "POST":
        answers = draft_open(draft)
        if answers is None:
            return closed(request, LinkState.USED, token=token)
        request.session.cycle_key()  # a fresh session id for the answers in this browser
        flow = IntakeSession(request.session)
        flow.restore(answers=answers, key=str(draft.key))
        return redirect(flow.next_url())
    return render(request, "intake/resume.html", {"draft": draft, "token": token})


@never_cache
def delete(request: HttpRequest, token: str) -> HttpResponse:
    """Deleting saved answers on request, from any link sent for them, used or not."""
    draft, state = draft_find(token)
    if draft is None:
        return closed(request, state)
    if request.method == "POST":
        flow = IntakeSession(request.session)
        if flow.holds(draft.key):
            flow.forget()
        draft.delete()
        return redirect("intake:resume_deleted")
    return render(request, "intake/draft_delete.html", {"draft": draft})


@never_cache
def deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "intake/draft_message.html", {"state": "deleted"})


def closed(request: HttpRequest, state: LinkState, *, token: str = "") -> HttpResponse:
    context = {"state": state.value, "token": token, "draft_days": settings.INTAKE_DRAFT_DAYS}
    return render(
        request, "intake/draft_message.html", context, status=CLOSED_STATUS.get(state, 410)
    )
