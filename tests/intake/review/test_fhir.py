"""The intake in FHIR R4: the Questionnaires at their canonical URLs, and one intake with its
follow-ups exported by staff as a Bundle of QuestionnaireResponses.

Validation uses fhir.resources' R4B models (fhir.resources 8.x ships R5 and R4B; the last
release with true R4 4.0.1 models, 6.4.0, needs pydantic 1). Questionnaire and
QuestionnaireResponse are the same in R4 (4.0.1) and R4B (4.3.0): the package's own generated
models for the two releases differ there only in whether list members may be null. The
tests add the R4 checks the models cannot make: every answer's linkId is an item of its
Questionnaire, with the value type the item declares.
"""

import json

import pytest
from django.urls import reverse
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from intake.demo.factories import OutcomeFactory
from intake.models import AuditEvent, Outcome, Submission
from intake.review.fhir import QUESTIONNAIRE_VERSION, link_ids
from treatments.models import Modality, Precaution

pytestmark = pytest.mark.django_db

INTAKE_URL = "/fhir/Questionnaire/intake"
FOLLOW_UP_URL = "/fhir/Questionnaire/follow-up"

# The promise made to everyone who stored a response: these linkIds keep their meaning. A
# change here is a new item (and a new QUESTIONNAIRE_VERSION), never a rename.
INTAKE_LINK_IDS = [
    "step.about-you",
    "full_name",
    "date_of_birth",
    "email",
    "phone",
    "contact_method",
    "step.symptoms",
    "main_concern",
    "body_regions",
    "pain_now",
    "pain_week_average",
    "duration",
    "interference",
    "interference_enjoyment",
    "interference_activity",
    "conditions",
    "step.goals",
    "goals",
    "step.health",
    "red_flags",
    "red_flag_saddle_numbness",
    "red_flag_bladder_bowel",
    "red_flag_leg_weakness",
    "red_flag_fever_back_pain",
    "red_flag_chest_pain_now",
    "red_flag_upper_back_pain",
    "red_flag_major_trauma",
    "red_flag_weight_loss",
    "red_flag_night_pain",
    "red_flag_injected_drugs",
    "red_flag_osteoporosis_fall",
    # retired in 2026.12.1 (split into the two above; now the precaution "cancer-history"),
    # kept hidden for older answers
    "red_flag_chest_pain",
    "red_flag_cancer_history",
    # then "precaution.<slug>" (and ".detail") for every precaution row: see below
    "step.preferences",
    "needles",
    "pressure",
    "self_care",
    "curious_about",
    "anything_else",
    # added in 2026.12.2: asked of a patient under 16 on the check page
    "step.check",
    "guardian_name",
]
FOLLOW_UP_LINK_IDS = [
    "had_treatment",
    "modality",
    "sessions",
    "pain_average",
    "interference_enjoyment",
    "interference_activity",
    "change",
]
VALUE_TYPES = {
    "boolean": "valueBoolean",
    "integer": "valueInteger",
    "date": "valueDate",
    "string": "valueString",
    "text": "valueString",
    "choice": "valueCoding",
}


def get_json(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json; fhirVersion=4.0"
    return json.loads(response.content)


def items_by_link_id(items: list[dict]) -> dict[str, dict]:
    found = {}
    for item in items:
        found[item["linkId"]] = item
        found.update(items_by_link_id(item.get("item", [])))
    return found


def answered_items(items: list[dict]):
    """Every response item that carries answers, however deeply nested."""
    for item in items:
        if "answer" in item:
            yield item
        yield from answered_items(item.get("item", []))


def assert_answers_match(response: dict, questionnaire: dict) -> int:
    """Each answer's linkId is an item of the Questionnaire, with that item's value type and,
    for a choice, one of its options. Returns how many items were answered."""
    assert response["questionnaire"] == f"{questionnaire['url']}|{questionnaire['version']}"
    items = items_by_link_id(questionnaire["item"])
    count = 0
    for answered in answered_items(response["item"]):
        item = items[answered["linkId"]]  # a KeyError is an answer with no question
        expected = VALUE_TYPES[item["type"]]
        assert len(answered["answer"]) == 1 or item.get("repeats"), answered["linkId"]
        for answer in answered["answer"]:
            assert list(answer) == [expected], (answered["linkId"], answer)
            if expected == "valueCoding":
                codes = {o["valueCoding"]["code"] for o in item["answerOption"]}
                assert answer["valueCoding"]["code"] in codes, answered["linkId"]
        count += 1
    return count


@pytest.fixture
def followed_up(demo) -> Submission:
    """A pregnant patient's intake, with acupressure recommended and two follow-ups answered."""
    submission = demo["Sophie Laurent"]
    acupressure = Modality.objects.get(slug="acupressure")
    submission.recommended_modality = acupressure
    submission.status = Submission.Status.RECOMMENDED
    submission.save()
    for weeks, pain, change in [(2, 4, 3), (6, 2, 2)]:
        OutcomeFactory(
            submission=submission,
            weeks=weeks,
            had_treatment=True,
            modality=acupressure,
            sessions=weeks // 2,
            pain_average=pain,
            interference_enjoyment=pain,
            interference_activity=pain - 1,
            change=change,
        )
    return submission


def export(client, submission: Submission):
    return client.get(reverse("admin:intake_submission_fhir", args=[submission.pk]))


# --- The Questionnaires ---


def test_the_intake_questionnaire_is_served_at_its_canonical_url(client):
    resource = get_json(client, INTAKE_URL)

    Questionnaire.model_validate(resource)
    assert resource["url"] == "http://testserver" + INTAKE_URL
    assert resource["version"] == QUESTIONNAIRE_VERSION
    assert resource["status"] == "active"
    assert client.get(INTAKE_URL + "/").status_code == 404  # one spelling only
    assert client.get("/fhir/Questionnaire/nothing").status_code == 404
    assert client.post(INTAKE_URL).status_code == 405


def test_the_follow_up_questionnaire_is_served_at_its_canonical_url(client):
    resource = get_json(client, FOLLOW_UP_URL)

    Questionnaire.model_validate(resource)
    assert resource["url"] == "http://testserver" + FOLLOW_UP_URL
    assert link_ids(resource["item"]) == FOLLOW_UP_LINK_IDS
    modality = items_by_link_id(resource["item"])["modality"]
    assert modality["enableWhen"] == [
        {"question": "had_treatment", "operator": "=", "answerBoolean": True}
    ]


def test_the_link_ids_do_not_change(client):
    resource = get_json(client, INTAKE_URL)

    precautions = []
    for precaution in Precaution.objects.all():
        precautions.append(f"precaution.{precaution.slug}")
        if precaution.slug == "pregnancy" or precaution.detail_prompt:
            precautions.append(f"precaution.{precaution.slug}.detail")
    health_end = INTAKE_LINK_IDS.index("step.preferences")
    expected = INTAKE_LINK_IDS[:health_end] + precautions + INTAKE_LINK_IDS[health_end:]
    assert link_ids(resource["item"]) == expected
    assert len(set(expected)) == len(expected)  # unique within the Questionnaire (que-2)


def test_link_ids_follow_names_not_wording_or_order(client):
    precaution = Precaution.objects.get(slug="pregnancy")
    precaution.question = "Are you expecting a baby?"
    precaution.display_order = 999
    precaution.save()

    items = items_by_link_id(get_json(client, INTAKE_URL)["item"])

    assert items["precaution.pregnancy"]["text"] == "Are you expecting a baby?"
    assert items["precaution.pregnancy.detail"]["type"] == "integer"


def test_a_precaution_no_longer_asked_stays_hidden_so_old_answers_resolve(client):
    Precaution.objects.filter(slug="pregnancy").update(is_asked=False)

    item = items_by_link_id(get_json(client, INTAKE_URL)["item"])["precaution.pregnancy"]

    assert item["readOnly"] is True
    assert {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
            "valueBoolean": True} in item["extension"]  # fmt: skip


def test_the_pain_scales_are_integers_from_0_to_10(client):
    items = items_by_link_id(get_json(client, INTAKE_URL)["item"])

    assert items["pain_now"]["type"] == "integer"
    assert [e["valueInteger"] for e in items["pain_now"]["extension"]] == [0, 10]
    assert items["body_regions"]["repeats"] is True
    assert items["date_of_birth"]["type"] == "date"


def test_the_questionnaire_holds_no_patient_data(client, demo):
    body = client.get(INTAKE_URL).content.decode()

    assert "Sophie Laurent" not in body and "Callum" not in body


# --- One intake exported ---


def test_an_intake_exports_as_a_valid_bundle_whose_answers_match_their_questions(
    client, reviewer_client, followed_up
):
    response = export(reviewer_client, followed_up)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json; fhirVersion=4.0"
    assert response["Content-Disposition"] == (
        f'attachment; filename="intake-{followed_up.reference}.fhir.json"'
    )
    bundle = json.loads(response.content)
    Bundle.model_validate(bundle)
    resources = [entry["resource"] for entry in bundle["entry"]]
    for resource in resources:
        QuestionnaireResponse.model_validate(resource)
    intake, *follow_ups = resources
    assert len(follow_ups) == 2
    assert assert_answers_match(intake, get_json(client, INTAKE_URL)) > 20
    for follow_up in follow_ups:
        assert assert_answers_match(follow_up, get_json(client, FOLLOW_UP_URL)) == 7


def test_the_exported_answers_are_the_patients(reviewer_client, followed_up):
    bundle = json.loads(export(reviewer_client, followed_up).content)
    intake, first, second = (entry["resource"] for entry in bundle["entry"])

    answers = {item["linkId"]: item["answer"] for item in answered_items(intake["item"])}
    assert intake["identifier"]["value"] == followed_up.reference
    assert intake["status"] == "completed"
    assert answers["full_name"] == [{"valueString": "Sophie Laurent"}]
    assert answers["precaution.pregnancy"] == [{"valueBoolean": True}]
    assert answers["precaution.pregnancy.detail"] == [{"valueInteger": 20}]
    assert answers["red_flag_bladder_bowel"] == [{"valueBoolean": False}]
    assert {a["valueCoding"]["code"] for a in answers["goals"]} == {"stress_relief", "sleep"}
    assert answers["date_of_birth"][0]["valueDate"].startswith("1992-")
    later = {item["linkId"]: item["answer"] for item in answered_items(second["item"])}
    assert later["pain_average"] == [{"valueInteger": 2}]
    assert later["change"] == [{"valueCoding": {"code": "2", "display": "Much improved"}}]
    assert later["modality"][0]["valueCoding"]["code"] == "acupressure"
    assert first["authored"] < second["authored"]


def test_the_parent_or_guardian_who_agreed_travels_with_a_childs_intake(
    reviewer_client, followed_up
):
    answers = {
        item["linkId"]: item["answer"]
        for item in answered_items(
            json.loads(export(reviewer_client, followed_up).content)["entry"][0]["resource"]["item"]
        )
    }
    assert "guardian_name" not in answers  # an adult's intake: nobody else agreed

    followed_up.guardian_name = "Grace Laurent"
    followed_up.save(update_fields=["guardian_name"])
    bundle = json.loads(export(reviewer_client, followed_up).content)
    intake = bundle["entry"][0]["resource"]
    answers = {item["linkId"]: item["answer"] for item in answered_items(intake["item"])}
    assert answers["guardian_name"] == [{"valueString": "Grace Laurent"}]
    assert intake["questionnaire"].endswith("|2026.12.2")


def test_a_retired_red_flag_question_is_answered_only_for_intakes_that_ticked_it(
    client, reviewer_client, followed_up
):
    """ "Cancer at any time" was a red-flag question until 2026.12.1: an older intake that
    ticked it still exports its "yes" against the hidden item; a new one leaves it unanswered."""
    item = items_by_link_id(get_json(client, INTAKE_URL)["item"])["red_flag_cancer_history"]
    assert item["readOnly"] is True

    bundle = json.loads(export(reviewer_client, followed_up).content)
    answered = {i["linkId"] for i in answered_items(bundle["entry"][0]["resource"]["item"])}
    assert "red_flag_cancer_history" not in answered

    Submission.objects.filter(pk=followed_up.pk).update(red_flags=["cancer_history"])
    bundle = json.loads(export(reviewer_client, followed_up).content)
    intake = bundle["entry"][0]["resource"]
    answers = {i["linkId"]: i["answer"] for i in answered_items(intake["item"])}
    assert answers["red_flag_cancer_history"] == [{"valueBoolean": True}]
    assert assert_answers_match(intake, get_json(client, INTAKE_URL)) > 20


def test_a_follow_up_without_treatment_answers_no_treatment_questions(reviewer_client, followed_up):
    Outcome.objects.filter(submission=followed_up).update(
        had_treatment=False, modality=None, sessions=None
    )

    bundle = json.loads(export(reviewer_client, followed_up).content)

    answered = {i["linkId"] for i in answered_items(bundle["entry"][1]["resource"]["item"])}
    assert "modality" not in answered and "sessions" not in answered
    assert "had_treatment" in answered


def test_an_fhir_export_leaves_one_audit_event(reviewer_client, reviewer, followed_up):
    export(reviewer_client, followed_up)

    event = AuditEvent.objects.get()
    assert (event.action, event.user, event.submission_id, event.reference) == (
        AuditEvent.Action.EXPORT_FHIR,
        reviewer,
        followed_up.pk,
        followed_up.reference,
    )
