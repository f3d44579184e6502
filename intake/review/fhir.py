"""The intake and its follow-ups in FHIR R4: Questionnaires, and QuestionnaireResponses.

Two Questionnaires are served at stable canonical URLs, /fhir/Questionnaire/intake and
/fhir/Questionnaire/follow-up (intake/review/fhir_views.py). Their question texts and choices are
read from the patient's own forms (intake/patient/forms.py) and the precaution rows, so they say
what the patient was asked. Every linkId comes from a name that never changes with the wording or
the order of the questions: a step's slug ("step.symptoms"), a form field's name ("pain_now"),
a red flag's value ("red_flag_saddle_numbness") or a precaution's slug
("precaution.pregnancy"); never a database id or a position. tests/intake/review/test_fhir.py pins
them: renaming one breaks the promise made to whoever stored an older response, so a change
is a new item and a new version.

One intake is exported as a Bundle (type "collection") of its QuestionnaireResponse and one
per answered follow-up, each pointing at its Questionnaire's canonical URL and version. The
responses are built by walking the Questionnaire's items, so an answer can only be given to
an item that exists, with the value type the item declares.
"""

import datetime
import uuid
from collections.abc import Iterable

from django import forms
from django.urls import reverse
from django.utils import timezone

from intake.aftercare.follow_up_forms import FollowUpForm
from intake.models import Outcome, Submission
from intake.patient.fields import PREGNANCY_SLUG, ScaleField
from intake.patient.forms import (
    AboutYouForm,
    GoalsForm,
    PreferencesForm,
    SubmitForm,
    SymptomsForm,
)
from intake.patient.health_form import RED_FLAG_SECTION
from intake.triage.redflags import ASKED_FLAGS, FORMERLY_ASKED_FLAGS
from treatments.models import Precaution

# Bump when an item is added or retired; a linkId never changes meaning within one URL.
# 2026.12.1: "Cancer at any time" retired as a red-flag question (now a precaution), and
# "Chest pain, or new upper back pain" split into chest pain now (999) and upper back pain.
# 2026.12.2: the check page's "Parent or guardian's full name" (step.check), asked when the
# patient is under 16.
QUESTIONNAIRE_VERSION = "2026.12.2"
INTAKE, FOLLOW_UP = "intake", "follow-up"
QUESTIONNAIRES = (INTAKE, FOLLOW_UP)
# R4 is 4.0 in the FHIR media type; JSON is always UTF-8.
CONTENT_TYPE = "application/fhir+json; fhirVersion=4.0"

# The standard R4 extensions used here (core extensions, hl7.org/fhir/R4/extensibility).
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
HIDDEN = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden"

# The intake's steps, as in its URLs (/intake/<slug>/), with the forms that ask them.
STEPS = [
    ("about-you", "About you", AboutYouForm),
    ("symptoms", "What brings you here", SymptomsForm),
    ("goals", "Your goals", GoalsForm),
    ("health", "Your health", None),  # its questions come from the red flags and precautions
    ("preferences", "Your preferences", PreferencesForm),
]


def canonical_url(base_url: str, name: str) -> str:
    """The Questionnaire's canonical URL on this site, e.g. https://clinic.example/fhir/..."""
    return base_url.rstrip("/") + reverse("fhir:questionnaire", args=[name])


def reference_system(base_url: str) -> str:
    """The namespace of intake references, for Identifier.system."""
    return base_url.rstrip("/") + "/fhir/sid/intake-reference"


# --- Questionnaires ---


def questionnaire(name: str, base_url: str) -> dict:
    items = intake_items() if name == INTAKE else follow_up_items()
    title = {
        INTAKE: "Intake: before your first treatment",
        FOLLOW_UP: "Follow-up: how things have gone since your intake",
    }[name]
    return {
        "resourceType": "Questionnaire",
        "id": name,
        "url": canonical_url(base_url, name),
        "version": QUESTIONNAIRE_VERSION,
        "name": "".join(part.title() for part in name.split("-")),
        "title": title,
        "status": "active",
        "subjectType": ["Patient"],
        "item": items,
    }


def intake_items() -> list[dict]:
    groups = []
    for slug, text, form_class in STEPS:
        children = health_items() if form_class is None else form_items(form_class())
        groups.append({"linkId": f"step.{slug}", "text": text, "type": "group", "item": children})
    return [*groups, check_items()]


def check_items() -> dict:
    """The check page's one answer kept: who agreed for a patient under 16. Asked only then,
    so not required here."""
    guardian = field_item("guardian_name", SubmitForm(needs_guardian=True).fields["guardian_name"])
    guardian.pop("required", None)
    return {"linkId": "step.check", "text": "Check and send", "type": "group", "item": [guardian]}


def follow_up_items() -> list[dict]:
    items = form_items(FollowUpForm())
    # The treatment is only asked about after a "yes".
    yes = {"question": "had_treatment", "operator": "=", "answerBoolean": True}
    for item in items:
        if item["linkId"] in {"modality", "sessions"}:
            item["enableWhen"] = [yes]
    return items


def form_items(form: forms.Form) -> list[dict]:
    return [field_item(name, field) for name, field in form.fields.items()]


def field_item(name: str, field: forms.Field) -> dict:
    item = {"linkId": name, "text": str(field.label), "type": item_type(field)}
    if field.required:
        item["required"] = True
    if isinstance(field, forms.MultipleChoiceField):
        item["repeats"] = True
    if item["type"] == "choice":
        item["answerOption"] = [
            {"valueCoding": {"code": str(code), "display": str(label)}}
            for code, label in choices_of(field)
        ]
    if isinstance(field, ScaleField):
        item["extension"] = bounds(0, 10)
    elif isinstance(field, forms.IntegerField):
        item["extension"] = bounds(field.min_value, field.max_value)
    if isinstance(field, forms.CharField) and field.max_length:
        item["maxLength"] = field.max_length
    return item


def item_type(field: forms.Field) -> str:
    if isinstance(field, ScaleField | forms.IntegerField):
        return "integer"
    if isinstance(field, forms.TypedChoiceField) and choice_codes(field) == {"yes", "no"}:
        return "boolean"
    if isinstance(field, forms.ChoiceField):  # ModelChoiceField and MultipleChoiceField too
        return "choice"
    if isinstance(field, forms.MultiValueField):  # the date of birth's three boxes
        return "date"
    if isinstance(field, forms.CharField) and isinstance(field.widget, forms.Textarea):
        return "text"
    return "string"


def choices_of(field: forms.Field) -> list[tuple[str, str]]:
    if isinstance(field, forms.ModelChoiceField):
        return [(m.slug, m.name) for m in field.queryset]
    return [(str(code), str(label)) for code, label in field.choices if code != ""]


def choice_codes(field: forms.ChoiceField) -> set[str]:
    return {str(code) for code, _ in field.choices}


def bounds(low: int | None, high: int | None) -> list[dict]:
    extensions = []
    if low is not None:
        extensions.append({"url": MIN_VALUE, "valueInteger": low})
    if high is not None:
        extensions.append({"url": MAX_VALUE, "valueInteger": high})
    return extensions


def health_items() -> list[dict]:
    """The red flags, then one yes/no per precaution. Red flags and precautions no longer asked
    stay, hidden and read-only, so that older responses still find their question."""
    items = [
        # Shown first, as in the intake, with the heading the patient read above them.
        {"linkId": "red_flags", "text": RED_FLAG_SECTION, "type": "display"},
        *(
            {"linkId": f"red_flag_{flag.value}", "text": flag.label, "type": "boolean"}
            for flag in ASKED_FLAGS
        ),
        *(
            {"linkId": f"red_flag_{flag.value}", "text": flag.label, "type": "boolean"} | retired()
            for flag in FORMERLY_ASKED_FLAGS
        ),
    ]
    for precaution in Precaution.objects.order_by("display_order", "name"):
        items += precaution_items(precaution)
    return items


def precaution_items(precaution: Precaution) -> list[dict]:
    link_id = f"precaution.{precaution.slug}"
    question = {"linkId": link_id, "text": precaution.question, "type": "boolean"}
    detail = None
    if precaution.slug == PREGNANCY_SLUG:
        detail = {"text": "If yes: How many weeks pregnant are you?", "type": "integer"}
        detail["extension"] = bounds(1, 42)
    elif precaution.detail_prompt:
        detail = {"text": f"If yes: {precaution.detail_prompt}", "type": "string"}
        detail["maxLength"] = 200
    items = [question]
    if detail:
        detail["linkId"] = f"{link_id}.detail"
        detail["enableWhen"] = [{"question": link_id, "operator": "=", "answerBoolean": True}]
        items.append(detail)
    if not precaution.is_asked:
        for item in items:
            item.update(retired(item))
    return items


def retired(item: dict | None = None) -> dict:
    """What marks an item no longer asked: hidden and read-only."""
    extensions = (item or {}).get("extension", [])
    return {"readOnly": True, "extension": [*extensions, {"url": HIDDEN, "valueBoolean": True}]}


# --- Responses ---


def intake_answers(submission: Submission) -> dict:
    """The intake's answers by linkId, as Python values (lists for repeating items)."""
    answers = {
        name: getattr(submission, name)
        for name in [
            "full_name",
            "date_of_birth",
            "email",
            "phone",
            "contact_method",
            "main_concern",
            "pain_now",
            "pain_week_average",
            "duration",
            "interference",
            "interference_enjoyment",
            "interference_activity",
            "needles",
            "pressure",
            "self_care",
            "anything_else",
            "guardian_name",
        ]
    }
    answers.update(
        body_regions=submission.body_regions,
        conditions=submission.conditions,
        goals=submission.goals,
        curious_about=submission.curious_about,
    )
    ticked = set(submission.red_flags)
    answers.update({f"red_flag_{flag.value}": flag.value in ticked for flag in ASKED_FLAGS})
    # A retired question was asked only of older intakes: a "yes" is theirs; no answer is
    # given for an intake that was never asked it.
    answers.update({f"red_flag_{f.value}": True for f in FORMERLY_ASKED_FLAGS if f.value in ticked})
    for answer in submission.screening_answers.select_related("precaution"):
        link_id = f"precaution.{answer.precaution.slug}"
        answers[link_id] = answer.answer
        if answer.precaution.slug == PREGNANCY_SLUG:
            answers[f"{link_id}.detail"] = submission.pregnancy_weeks
        elif answer.detail:
            answers[f"{link_id}.detail"] = answer.detail
    return answers


def outcome_answers(outcome: Outcome) -> dict:
    return {
        "had_treatment": outcome.had_treatment,
        "modality": outcome.modality.slug if outcome.modality else None,
        "sessions": outcome.sessions,
        "pain_average": outcome.pain_average,
        "interference_enjoyment": outcome.interference_enjoyment,
        "interference_activity": outcome.interference_activity,
        "change": outcome.change,
    }


def response_items(items: list[dict], answers: dict) -> list[dict]:
    """The response's items for the Questionnaire's items: only those answered, in order."""
    answered = []
    for item in items:
        if item["type"] == "group":
            children = response_items(item["item"], answers)
            if children:
                answered.append({"linkId": item["linkId"], "text": item["text"], "item": children})
            continue
        values = answer_values(item, answers.get(item["linkId"]))
        if values:
            answered.append({"linkId": item["linkId"], "text": item["text"], "answer": values})
    return answered


def answer_values(item: dict, value) -> list[dict]:
    values = value if isinstance(value, list) else [value]
    return [answer_value(item, v) for v in values if v is not None and v != ""]


def answer_value(item: dict, value) -> dict:
    kind = item["type"]
    if kind == "boolean":
        return {"valueBoolean": bool(value)}
    if kind == "integer":
        return {"valueInteger": int(value)}
    if kind == "date":
        return {"valueDate": value.isoformat()}
    if kind == "choice":
        displays = {
            o["valueCoding"]["code"]: o["valueCoding"]["display"] for o in item["answerOption"]
        }
        coding = {"code": str(value)}
        if str(value) in displays:  # an option since withdrawn keeps its code alone
            coding["display"] = displays[str(value)]
        return {"valueCoding": coding}
    return {"valueString": str(value)}


def questionnaire_response(
    *,
    form: dict,
    answers: dict,
    authored: datetime.datetime,
    identifier: dict,
    language: str = "",
) -> dict:
    """A completed response to the Questionnaire `form`, answering from `answers`; `language`
    is the one the patient answered in (the answers' free text is as they typed it)."""
    return {
        "resourceType": "QuestionnaireResponse",
        **({"language": bcp47(language)} if language else {}),
        "identifier": identifier,
        "questionnaire": f"{form['url']}|{form['version']}",
        "status": "completed",
        "authored": instant(authored),
        "item": response_items(form["item"], answers),
    }


def bcp47(code: str) -> str:
    """Django's language code as FHIR writes it (BCP 47): en-gb is en-GB."""
    language, _, region = code.partition("-")
    return f"{language}-{region.upper()}" if region else language


def submission_bundle(submission: Submission, base_url: str) -> dict:
    """One intake and its answered follow-ups, as a Bundle of QuestionnaireResponses."""
    system = reference_system(base_url)
    follow_up_form = questionnaire(FOLLOW_UP, base_url)  # read once for all the follow-ups
    responses = [
        questionnaire_response(
            form=questionnaire(INTAKE, base_url),
            answers=intake_answers(submission),
            authored=submission.created_at,
            identifier={"system": system, "value": submission.reference},
            language=submission.language,
        )
    ]
    outcomes = submission.outcomes.select_related("modality", "follow_up")
    for number, outcome in enumerate(outcomes, start=1):
        responses.append(
            questionnaire_response(
                form=follow_up_form,
                answers=outcome_answers(outcome),
                authored=outcome.answered_at,
                identifier={"system": system, "value": f"{submission.reference}/{number}"},
            )
        )
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": instant(timezone.now()),
        "entry": [entry(submission.reference, r) for r in responses],
    }


def entry(reference: str, resource: dict) -> dict:
    # The same response always gets the same id, so a second export can be matched to a first.
    name = f"{reference}/{resource['identifier']['value']}"
    return {"fullUrl": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}", "resource": resource}


def instant(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat(timespec="seconds")


def link_ids(items: Iterable[dict]) -> list[str]:
    """Every linkId of a Questionnaire's items, nested ones too, in order."""
    found = []
    for item in items:
        found.append(item["linkId"])
        found += link_ids(item.get("item", []))
    return found
