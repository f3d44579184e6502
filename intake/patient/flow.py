"""The intake's steps, and the answers a patient has given so far, kept in their session.

Answers live in the server-side session (never in the URL, a cookie or the browser) until the
final step saves them in one transaction. They are kept as the submitted form data, so every
step can be shown again exactly as the patient left it and checked again before saving.
"""

import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.datastructures import MultiValueDict

from intake.patient import forms
from intake.patient.health_form import HealthForm


@dataclass(frozen=True)
class Step:
    slug: str
    form_class: type[forms.IntakeForm]

    @property
    def title(self) -> str:
        return self.form_class.title

    @property
    def url(self) -> str:
        return reverse("intake:step", args=[self.slug])


STEPS = [
    Step("about-you", forms.AboutYouForm),
    Step("symptoms", forms.SymptomsForm),
    Step("goals", forms.GoalsForm),
    Step("health", HealthForm),
    Step("preferences", forms.PreferencesForm),
]
STEPS_BY_SLUG = {step.slug: step for step in STEPS}

# How long the intake takes, as the pages say ("about N minutes"): a keystroke-level estimate of
# the four test patients' journeys through these pages, reading included, made by
# tests/browser/test_intake_time.py, which fails when the journeys drift from it by more than a
# minute. Change it there, not by guess.
MINUTES_TO_ANSWER = 9


def form_data_keys(form: forms.IntakeForm) -> list[str]:
    """The POST keys a form reads, including the parts of multi-part widgets."""
    keys = []
    for bound in form:
        widget = bound.field.widget
        if hasattr(widget, "widgets_names"):
            keys += [bound.html_name + suffix for suffix in widget.widgets_names]
        else:
            keys.append(bound.html_name)
    return keys


def storable(value: str) -> str:
    """The value without NUL characters, which no browser sends for anything a person typed
    and PostgreSQL cannot store (a saved draft's answers would be refused). Checked steps
    refuse them with a message; answers saved unchecked, to finish later, lose only them."""
    return value.replace("\x00", "")


class IntakeSession:
    """A patient's unfinished intake, and the confirmation of a finished one."""

    ANSWERS = "intake_answers"
    KEY = "intake_key"
    SENT_KEYS = "intake_sent_keys"
    CONFIRMATION = "intake_confirmation"
    SAVED_AT = "intake_saved_at"  # when the session's time without activity last started
    SENT_KEYS_KEPT = 5

    def __init__(self, session):
        self.session = session

    @property
    def key(self) -> str:
        """The idempotency key of this intake: one intake, one row, however often it is sent."""
        if self.KEY not in self.session:
            self.session[self.KEY] = str(uuid.uuid4())
        return self.session[self.KEY]

    def _answers(self) -> dict:
        return self.session.get(self.ANSWERS, {})

    def is_empty(self) -> bool:
        """No answers at all: never started, sent already, or deleted when the session expired."""
        return not self._answers()

    def has(self, step: Step) -> bool:
        return step.slug in self._answers()

    def save(self, step: Step, form: forms.IntakeForm) -> None:
        data = {
            key: [storable(value) for value in form.data.getlist(key)]
            for key in form_data_keys(form)
            if key in form.data
        }
        self.session[self.ANSWERS] = {**self._answers(), step.slug: data}
        self.keep_alive()
        self.key  # noqa: B018 -- make sure the intake has its key from its first answer

    def save_unchecked(self, step: Step, data) -> None:
        """Keeps what the patient typed on a step, valid or not, when they stop to save and
        come back later: nothing a person sent is lost. It is checked when they carry on."""
        form = step.form_class(data=data)
        typed = any(value.strip() for key in form_data_keys(form) for value in data.getlist(key))
        if typed or self.has(step):
            self.save(step, form)

    def answers(self) -> dict:
        """Every step's answers as posted, for saving to finish later."""
        return dict(self._answers())

    def email_given(self) -> str:
        """The email address from "About you", if the patient has got that far."""
        return (self._answers().get("about-you", {}).get("email") or [""])[0]

    def restore(self, *, answers: dict, key: str) -> None:
        """Carries on with answers saved earlier, perhaps on another device."""
        self.session[self.ANSWERS] = answers
        self.session[self.KEY] = key

    def holds(self, key) -> bool:
        """Whether this session is filling in the intake with this key."""
        return self.session.get(self.KEY) == str(key)

    def forget(self) -> None:
        """Drops the unfinished answers (the patient deleted them)."""
        self.session.pop(self.ANSWERS, None)
        self.session.pop(self.KEY, None)

    def keep_alive(self) -> None:
        """Starts the session's time without activity again (the session is saved anew)."""
        self.session[self.SAVED_AT] = int(time.time())

    def keep_alive_for_page(self) -> int:
        """Starts the session's time again for a page being shown, and returns the seconds it
        has run already. A page shown straight after its step was sent (the redirect to the
        next) is not written again: the send started the time a moment before, so the page's
        countdown starts those seconds lower instead (a minute's grace per hour of session)."""
        elapsed = int(time.time()) - self.session.get(self.SAVED_AT, 0)
        if 0 <= elapsed < settings.SESSION_COOKIE_AGE // 60:
            return elapsed
        self.keep_alive()
        return 0

    def next_url(self) -> str:
        """Where to carry on: the first step that needs the patient, or the check page."""
        _forms, needs_attention = self.validated_forms()
        return needs_attention.url if needs_attention else reverse("intake:check")

    def form(self, step: Step) -> forms.IntakeForm:
        """The step's form, bound to the saved answers if there are any."""
        data = self._answers().get(step.slug)
        if data is None:
            return step.form_class()
        return step.form_class(data=MultiValueDict(data))

    def first_missing_before(self, step: Step) -> Step | None:
        for earlier in STEPS[: STEPS.index(step)]:
            if not self.has(earlier):
                return earlier
        return None

    def validated_forms(self) -> tuple[dict[str, forms.IntakeForm], Step | None]:
        """Every step's form, re-validated; and the first step that needs the patient again."""
        validated = {}
        for step in STEPS:
            form = self.form(step)
            if not form.is_bound or not form.is_valid():
                return validated, step
            validated[step.slug] = form
        return validated, None

    def sent_from_here(self, key: str) -> bool:
        """Whether this browser's session sent (or is sending) the intake with this key. Only
        then may it see that intake's confirmation: its reference and red-flag advice."""
        return key == self.session.get(self.KEY) or key in self.session.get(self.SENT_KEYS, [])

    def finish(
        self,
        *,
        key: str,
        reference: str,
        red_flags: list[str],
        support: bool = False,
        guardian: bool = False,
    ) -> None:
        """The intake with `key` is saved: forget its answers if this session still holds them
        (a resend may come after another intake was begun here), and remember its key and
        what the confirmation shows. Only keys of saved intakes go in SENT_KEYS, so however
        often a page is sent again, the intake's own key is never pushed out. `support`: their
        own words mentioned thoughts of suicide (intake/patient/recheck.py). `guardian`: a
        parent or guardian agreed for a patient under 16, and comes to the appointments."""
        if self.holds(key):
            self.session.pop(self.ANSWERS, None)
            self.session.pop(self.KEY, None)
        sent = [k for k in self.session.get(self.SENT_KEYS, []) if k != key] + [key]
        self.session[self.SENT_KEYS] = sent[-self.SENT_KEYS_KEPT :]
        self.session[self.CONFIRMATION] = {
            "reference": reference,
            "red_flags": red_flags,
            "support": support,
            "guardian": guardian,
        }

    def confirmation(self) -> dict | None:
        return self.session.get(self.CONFIRMATION)

    def sent(self, submission) -> bool:
        """Whether this browser sent `submission`: its key is this intake's, or it is the one
        just confirmed here. A key from another session never shows that patient's intake."""
        confirmed = self.confirmation() or {}
        return (
            str(submission.idempotency_key) == self.session.get(self.KEY)
            or confirmed.get("reference") == submission.reference
        )
