"""The patient's intake: start page, question steps, check your answers, confirmation.

Every page here carries or may carry health data, so none may be stored by a browser or proxy
(never_cache sends Cache-Control: no-store). No personal data is ever put in a URL. Every view
that takes a patient's answers hides all of them from error reports
(sensitive_post_parameters), such as the email Django sends admins about a server error.
"""

import logging

from django.conf import settings
from django.db import DatabaseError, DataError
from django.forms import CheckboxSelectMultiple, MultiWidget, RadioSelect
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from clinic.session_age import answers_kept_for
from intake.models import Submission
from intake.patient.flow import STEPS, STEPS_BY_SLUG, IntakeSession, Step
from intake.patient.forms import SubmitForm
from intake.patient.ratelimit import submission_allowed
from intake.patient.recheck import CheckSendForm, own_words_topics, wants_support
from intake.services import submission_create
from intake.triage import derived
from intake.triage.advice import IMMEDIATE_ADVICE, advice_groups
from intake.triage.derived import AnswerFlags
from treatments.booking import booking_for

logger = logging.getLogger(__name__)


@never_cache
def start(request: HttpRequest) -> HttpResponse:
    context = {
        "first_step": STEPS[0],
        "steps": STEPS,
        "kept_for": answers_kept_for(),
        "draft_days": settings.INTAKE_DRAFT_DAYS,
    }
    return render(request, "intake/start.html", context)


def answers_gone(request: HttpRequest) -> HttpResponse:
    """A later step or the check page with no answers at all: say so, never a silent step 1."""
    context = {
        "first_step": STEPS[0],
        "kept_for": answers_kept_for(),
        "draft_days": settings.INTAKE_DRAFT_DAYS,
    }
    return render(request, "intake/answers_gone.html", context)


@sensitive_post_parameters()
@never_cache
def step(request: HttpRequest, slug: str) -> HttpResponse:
    current = STEPS_BY_SLUG.get(slug)
    if current is None:
        raise Http404("No such intake step.")
    flow = IntakeSession(request.session)
    missing = flow.first_missing_before(current)
    if missing is not None and flow.is_empty():
        return answers_gone(request)
    if missing is not None:
        return redirect(missing.url)

    returning_to_check = request.GET.get("from") == "check" or "return_to_check" in request.POST
    if request.method == "POST" and "save_for_later" in request.POST:
        flow.save_unchecked(current, request.POST)
        return redirect("intake:save")
    if request.method == "POST":
        form = current.form_class(data=request.POST)
        if form.is_valid():
            flow.save(current, form)
            return redirect(next_url(current, returning_to_check))
    else:
        form = flow.form(current)
    return render(
        request,
        "intake/step.html",
        {
            "form": form,
            "step": current,
            "number": STEPS.index(current) + 1,
            "total": len(STEPS) + 1,
            "back_url": previous_url(current),
            "returning_to_check": returning_to_check,
            "advice": advice_groups(red_flags_so_far(flow, current)),
            "kept_for": answers_kept_for(),
            "draft_days": settings.INTAKE_DRAFT_DAYS,
            "timeout": timeout_warning(flow),
        },
    )


def timeout_warning(flow: IntakeSession) -> dict | None:
    """What the page's timeout warning needs, when there are answers to lose. Showing the page
    starts the session's time without activity again (or it started a moment ago, when the
    step before was sent), so the script counts from the load."""
    if flow.is_empty():
        return None
    elapsed = flow.keep_alive_for_page()
    return {
        "expires_in": settings.SESSION_COOKIE_AGE - elapsed,
        "warn_before": min(settings.INTAKE_TIMEOUT_WARNING, settings.SESSION_COOKIE_AGE),
    }


def next_url(current: Step, returning_to_check: bool) -> str:
    index = STEPS.index(current)
    if returning_to_check or index == len(STEPS) - 1:
        return reverse("intake:check")
    return STEPS[index + 1].url


def previous_url(current: Step) -> str:
    index = STEPS.index(current)
    return STEPS[index - 1].url if index else reverse("intake:start")


def red_flags_so_far(flow: IntakeSession, current: Step) -> list[str]:
    """The red flags, asked and derived, once the health step is behind the patient."""
    health = STEPS_BY_SLUG["health"]
    if STEPS.index(current) <= STEPS.index(health) or not flow.has(health):
        return []
    forms = {}
    for step in STEPS[: STEPS.index(health) + 1]:
        form = flow.form(step)
        if not form.is_bound or not form.is_valid():
            return []
        forms[step.slug] = form
    return answer_flags(forms).all


def answer_flags(forms: dict) -> AnswerFlags:
    """The red flags of the validated steps up to and including health. A request finds them
    once, here, and passes them on (to the check page, the send, the saved submission)."""
    health = forms["health"]
    answers = {
        **forms["about-you"].cleaned_data,
        **forms["symptoms"].cleaned_data,
        "red_flags": health.red_flags(),
    }
    return derived.flags_from_answers(answers, health.screening_yes())


@sensitive_post_parameters()
@never_cache
def check(request: HttpRequest) -> HttpResponse:
    """Check your answers: shown on GET, sent on POST."""
    flow = IntakeSession(request.session)
    if request.method == "POST":
        return check_post(request, flow)
    return check_get(request, flow)


def check_get(request: HttpRequest, flow: IntakeSession) -> HttpResponse:
    forms, elsewhere = checked_answers(request, flow)
    if elsewhere is not None:
        return elsewhere
    flags = answer_flags(forms)
    send_form = CheckSendForm.for_answers(
        forms,
        flags.all,
        needs_guardian=forms["about-you"].needs_guardian(),
        initial={"key": flow.key},
    )
    return render_check(request, forms, flags, send_form)


def check_post(request: HttpRequest, flow: IntakeSession) -> HttpResponse:
    """The patient sends their answers (or sends them again)."""
    submit_form = SubmitForm(data=request.POST)  # no new key is made for a resend
    existing = sent_already(flow, submit_form)
    if existing is not None:
        finish(flow, existing)
        return redirect("intake:confirmation")
    if flow.is_empty() and flow.confirmation() is not None:
        # Sent from here already (the key may be an older page's): never an empty first step
        # that invites the patient to fill it in and send a second intake.
        return redirect("intake:confirmation")
    forms, elsewhere = checked_answers(request, flow)
    if elsewhere is not None:
        return elsewhere
    # The same answers, with the red-flag questions the patient's own words call for.
    flags = answer_flags(forms)
    submit_form = CheckSendForm.for_answers(
        forms,
        flags.all,
        needs_guardian=forms["about-you"].needs_guardian(),
        data=request.POST,
        initial={"key": flow.key},
    )
    if submit_form.is_bot():
        logger.warning("Intake refused: the honeypot field was filled in.")
        submit_form.add_error(None, _("We could not send your answers. Please call us instead."))
    elif submit_form.is_valid():
        return send(request, flow, forms, flags, submit_form)
    return render_check(request, forms, flags, submit_form)


def sent_already(flow: IntakeSession, submit_form: SubmitForm) -> Submission | None:
    """The submission this form made already from this browser: a double click, Back and send,
    or a reload. A key this session never held (another intake's) gives None, and is refused
    later like any stale form."""
    if not submit_form.is_valid():
        return None
    key = str(submit_form.cleaned_data["key"])
    if not flow.sent_from_here(key):
        return None
    return Submission.objects.filter(idempotency_key=key).first()


def checked_answers(request, flow: IntakeSession) -> tuple[dict, HttpResponse | None]:
    """The validated forms of every step, or where to send a patient whose answers are not
    all there: the first step that needs attention, or "your answers are gone"."""
    forms, needs_attention = flow.validated_forms()
    if needs_attention is None:
        return forms, None
    if flow.is_empty() and flow.confirmation() is None:
        return forms, answers_gone(request)
    return forms, redirect(needs_attention.url)


def send(
    request, flow: IntakeSession, forms: dict, flags: AnswerFlags, submit_form: CheckSendForm
) -> HttpResponse:
    if str(submit_form.cleaned_data["key"]) != flow.key:
        # A form from an earlier intake, another tab or an expired session: ask for a fresh look.
        again = ask_to_send_again(flow.key, submit_form)
        return render_check(request, forms, flags, again)
    flags = flags.with_asked(submit_form.rechecked_yes())
    # The limit is against spam, never against an emergency: answers with a red flag, or words
    # that may describe one, are saved (and staff alerted) even over the limit. The attempt is
    # counted either way.
    if not submission_allowed(request) and not (flags.all or own_words_topics(forms)):
        return render(
            request, "intake/rate_limited.html", {"kept_for": answers_kept_for()}, status=429
        )
    try:
        submission, _created = submission_create(
            key=submit_form.cleaned_data["key"],
            about=forms["about-you"],
            symptoms=forms["symptoms"],
            goals=forms["goals"],
            health=forms["health"],
            preferences=forms["preferences"],
            guardian_name=submit_form.cleaned_data.get("guardian_name", ""),
            flags=flags,
            base_url=request.build_absolute_uri("/"),
            language=request.LANGUAGE_CODE,
        )
    except DatabaseError as error:
        logger.exception("An intake could not be saved; the patient's answers stay in the session.")
        return not_saved(request, refused=isinstance(error, DataError), red_flags=flags.all)
    finish(flow, submission)
    return redirect("intake:confirmation")


def finish(flow: IntakeSession, submission: Submission) -> None:
    flow.finish(
        key=str(submission.idempotency_key),
        reference=submission.reference,
        red_flags=submission.all_red_flags,
        support=wants_support(submission.text_flags),
        guardian=bool(submission.guardian_name),
    )


def not_saved(request: HttpRequest, *, refused: bool, red_flags: list[str]) -> HttpResponse:
    """The answers stay in the session. An outage (503) passes, so the patient may send them
    again in a minute; a value the database refused (400) would fail the same way, so the
    page asks them to change it. Red-flag advice leads either way."""
    context = {
        "kept_for": answers_kept_for(),
        "refused": refused,
        "advice": advice_groups(red_flags),
    }
    response = render(request, "intake/not_saved.html", context, status=400 if refused else 503)
    if not refused:
        response["Retry-After"] = "30"
    return response


def ask_to_send_again(key: str, sent: CheckSendForm) -> SubmitForm:
    """The send form for this intake, consent not yet given, with the reason it is shown again.
    A parent's or guardian's name, typed already, is kept; their agreement is asked again."""
    data = {"key": key, "guardian_name": sent.cleaned_data.get("guardian_name", "")}
    form = CheckSendForm(data=data, flags=sent.flags, needs_guardian=sent.needs_guardian)
    form.is_valid()
    form.errors.clear()  # no "you must agree" before they have had the chance
    form.add_error(None, _("Please check your answers and send them again."))
    return form


def render_check(
    request, forms: dict, flags: AnswerFlags, submit_form: CheckSendForm
) -> HttpResponse:
    flow = IntakeSession(request.session)
    sections = [{"step": step, "rows": rows_with_anchors(forms[step.slug])} for step in STEPS]
    flags = flags.with_asked(submit_form.rechecked_yes())
    return render(
        request,
        "intake/check.html",
        {
            "sections": sections,
            "form": submit_form,
            "advice": advice_groups(flags.all),
            "support": wants_support(own_words_topics(forms)),
            "number": len(STEPS) + 1,
            "total": len(STEPS) + 1,
            "kept_for": answers_kept_for(),
            "draft_days": settings.INTAKE_DRAFT_DAYS,
            "timeout": timeout_warning(flow),
        },
    )


def rows_with_anchors(form) -> list[tuple[str, str, str]]:
    """(question, answer, id) for "check your answers": each "Change" link lands on its question."""
    ids = {bound.label: answer_id(bound) for bound in form}
    return [(question, answer, ids.get(question, "")) for question, answer in form.summary()]


def answer_id(bound) -> str:
    """The id of a field's first input (the error summary links to the same)."""
    widget = bound.field.widget
    if isinstance(widget, MultiWidget):
        return f"{bound.auto_id}_0"
    if isinstance(widget, RadioSelect | CheckboxSelectMultiple) and bound.subwidgets:
        return bound.subwidgets[0].id_for_label
    return bound.id_for_label


@never_cache
def confirmation(request: HttpRequest) -> HttpResponse:
    confirmed = IntakeSession(request.session).confirmation()
    if confirmed is None:
        return redirect("intake:start")
    advice = advice_groups(confirmed["red_flags"])
    return render(
        request,
        "intake/confirmation.html",
        {
            "reference": confirmed["reference"],
            "advice": advice,
            "support": confirmed.get("support", False),
            "guardian": confirmed.get("guardian", False),
            # Advice to act on now comes before "We have your answers" (on a phone,
            # the first screen), so nothing reassures before it.
            "advice_first": bool(advice) and advice[0].key in IMMEDIATE_ADVICE,
            "booking": booking_for(),
        },
    )


def session_advice(flow: IntakeSession) -> list:
    """The red-flag advice of the answers kept in this session so far (none before the health
    step is answered), for pages that refuse or pause: they must still say it."""
    return advice_groups(red_flags_so_far(flow, STEPS[-1]))
