"""The patient's follow-up pages, reached by the single-use link in the invitation email.

No login: the random token is the only thing in the URL. Pages are never cached, and the
site's Referrer-Policy (same-origin) keeps the token out of Referer headers to other sites.
(Not no-referrer: a browser then posts the form with "Origin: null", which CSRF refuses.)
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from intake.aftercare.follow_up import LinkState, follow_up_find, follow_ups_stop, outcome_save
from intake.aftercare.follow_up_forms import FollowUpForm

CLOSED_STATUS = {LinkState.UNKNOWN: 404}  # used, expired and stopped links: 410 Gone


@sensitive_post_parameters()
@never_cache
def answer(request: HttpRequest, token: str) -> HttpResponse:
    follow_up, state = follow_up_find(token)
    if state != LinkState.OPEN:
        return closed(request, state)
    form = FollowUpForm(data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if outcome_save(follow_up=follow_up, answers=form.cleaned_data) is None:
            return closed(request, LinkState.USED)
        return redirect("follow_up:thanks")
    return render(request, "intake/follow_up.html", {"form": form, "weeks": follow_up.weeks})


@never_cache
def stop(request: HttpRequest, token: str) -> HttpResponse:
    """One button (a GET only shows it: mail scanners open links, and must not opt anyone
    out). Any link ever sent for the intake may stop the rest, used or expired."""
    follow_up, state = follow_up_find(token)
    if state == LinkState.UNKNOWN:
        return closed(request, state)
    if request.method == "POST":
        follow_ups_stop(follow_up)
        return redirect("follow_up:stopped")
    context = {"already": state == LinkState.STOPPED}
    return render(request, "intake/follow_up_stop.html", context)


@never_cache
def thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "intake/follow_up_message.html", {"state": "thanks"})


@never_cache
def stopped(request: HttpRequest) -> HttpResponse:
    return render(request, "intake/follow_up_message.html", {"state": "stopped_now"})


def closed(request: HttpRequest, state: LinkState) -> HttpResponse:
    return render(
        request,
        "intake/follow_up_message.html",
        {"state": state.value},
        status=CLOSED_STATUS.get(state, 410),
    )
