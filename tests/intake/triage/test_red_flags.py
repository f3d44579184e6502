"""Red flags: the patient's advice by urgency, derived flags, the clinic's alert, the queue's
order and the override a reviewer needs to treat despite them."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from intake.models import AuditEvent, Submission
from intake.triage.redflags import FLAGS, Urgency
from tests.helpers import change_url, fill_in, health_answers, review_data, submit

EMERGENCY = 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>'
URGENT = 'Contact your GP or call <a href="tel:111">111</a> today</h2>'
BEFORE = "See your GP before any treatment</h2>"
HEADINGS = {
    Urgency.EMERGENCY: EMERGENCY,
    Urgency.URGENT: URGENT,
    Urgency.BEFORE_TREATMENT: BEFORE,
}


def send_intake(client, answers, **health_yes) -> Submission:
    answers["health"] = health_answers(**health_yes)
    fill_in(client, answers)
    assert submit(client)["Location"] == "/intake/confirmation/"
    return Submission.objects.get()


@pytest.mark.parametrize(
    "flag", [f for f in FLAGS if f.asked and not f.pregnancy_only], ids=lambda f: f.value
)
def test_each_asked_red_flag_shows_its_urgency_heading_on_every_later_page(client, answers, flag):
    answers["health"] = health_answers(**{f"red_flag_{flag.value}": "yes"})
    fill_in(client, answers, upto="health")

    heading = HEADINGS[flag.urgency]
    assert heading in client.get("/intake/preferences/").content.decode()
    fill_in(client, answers)
    assert heading in client.get("/intake/check/").content.decode()
    submit(client)
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert heading in confirmation
    assert flag.label in confirmation
    submission = Submission.objects.get()
    assert submission.red_flags == [flag.value]
    assert submission.red_flag_urgency == flag.urgency
    assert submission.top_suggestion == "refer"


def test_emergency_numbers_come_from_the_settings(client, answers):
    with override_settings(CLINIC_EMERGENCY_NUMBER="112", CLINIC_URGENT_ADVICE_NUMBER="116 117"):
        send_intake(client, answers, red_flag_saddle_numbness="yes", red_flag_upper_back_pain="yes")
        page = client.get("/intake/confirmation/").content.decode()

    assert 'Call <a href="tel:112">112</a> or go to A&amp;E now</h2>' in page
    assert 'Contact your GP or call <a href="tel:116117">116 117</a> today</h2>' in page
    assert "999" not in page


def test_advice_is_ordered_most_urgent_first_and_reads_right_after_sending(client, answers):
    send_intake(
        client, answers, red_flag_weight_loss="yes", red_flag_injected_drugs="yes",
        red_flag_bladder_bowel="yes",
    )  # fmt: skip

    page = client.get("/intake/confirmation/").content.decode()
    assert page.index(EMERGENCY) < page.index(URGENT) < page.index(BEFORE)
    assert "You can still send this form" not in page
    assert "Our team has been alerted" in page


def test_fever_on_the_screening_with_back_pain_on_the_body_map_is_derived(client, answers):
    answers["symptoms"]["body_regions"] = ["lower_back"]
    submission = send_intake(client, answers, fever="yes")

    assert submission.red_flags == []
    assert submission.derived_red_flags == ["fever_back_pain"]
    assert submission.red_flag_urgency == Urgency.URGENT
    assert submission.top_suggestion == "refer"
    assert URGENT in client.get("/intake/confirmation/").content.decode()
    assert "derived from" in submission.red_flag_labels()[0]


def test_fever_without_back_pain_is_a_precaution_not_a_red_flag(client, answers):
    answers["symptoms"]["body_regions"] = ["knees"]
    answers["symptoms"]["conditions"] = []
    submission = send_intake(client, answers, fever="yes")

    assert submission.has_red_flag is False
    assert submission.top_suggestion == "postpone"


def test_new_back_pain_at_fifty_or_over_is_derived_from_the_date_of_birth(client, answers):
    fifty_five_years_ago = datetime.date.today().year - 55
    answers["about-you"]["date_of_birth_year"] = str(fifty_five_years_ago)
    answers["symptoms"]["duration"] = "under_6_weeks"
    submission = send_intake(client, answers)

    assert submission.derived_red_flags == ["over_50_new_pain"]
    assert submission.red_flag_urgency == Urgency.BEFORE_TREATMENT
    assert BEFORE in client.get("/intake/confirmation/").content.decode()


def test_long_standing_back_pain_at_fifty_five_is_flagged_as_never_assessed(client, answers):
    # No condition named by a doctor: the pain is taken as never assessed (engine 3.0).
    answers["about-you"]["date_of_birth_year"] = str(datetime.date.today().year - 55)
    answers["symptoms"]["conditions"] = []
    submission = send_intake(client, answers)

    assert submission.derived_red_flags == ["over_50_new_pain"]


def test_long_standing_knee_pain_at_fifty_five_is_not_a_red_flag(client, answers):
    answers["about-you"]["date_of_birth_year"] = str(datetime.date.today().year - 55)
    answers["symptoms"]["body_regions"] = ["knees"]
    answers["symptoms"]["conditions"] = []
    submission = send_intake(client, answers)

    assert submission.has_red_flag is False


# --- The clinic's alert ---


@override_settings(CLINIC_ALERT_EMAIL="duty@clinic.example")
def test_a_red_flag_intake_alerts_the_clinic_at_once_without_health_details(
    client, answers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submission = send_intake(client, answers, red_flag_saddle_numbness="yes")

    alerts = [m for m in mail.outbox if m.to == ["duty@clinic.example"]]
    assert len(alerts) == 1
    alert = alerts[0]
    assert submission.reference in alert.subject
    assert "Emergency" in alert.subject
    assert f"http://testserver/admin/intake/submission/{submission.pk}/change/" in alert.body
    for private in ("Ada", "Lovelace", "groin", "numbness", "Aching lower back", "desk"):
        assert private not in alert.subject + alert.body


@override_settings(CLINIC_ALERT_EMAIL="duty@clinic.example")
def test_an_intake_without_red_flags_sends_no_alert(
    client, answers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_intake(client, answers)

    assert [m for m in mail.outbox if m.to == ["duty@clinic.example"]] == []
    assert len(mail.outbox) == 1  # the patient's acknowledgement


# --- The queue and the review ---


def test_the_queue_puts_undecided_red_flags_first_most_urgent_first(
    reviewer_client, demo, reviewer
):
    daniel = demo["Daniel Okoro"]  # emergency
    rows = list(reviewer_client.get("/admin/intake/submission/").context["cl"].result_list)
    assert rows[0] == daniel
    urgencies = [row.red_flag_urgency for row in rows if row.has_red_flag]
    assert urgencies == sorted(urgencies, reverse=True)

    # Once decided, an intake takes its place by date again.
    daniel.status = Submission.Status.REFERRED
    daniel.save()
    rows = list(reviewer_client.get("/admin/intake/submission/").context["cl"].result_list)
    assert rows.index(daniel) > 0


def test_recording_a_treatment_on_a_red_flag_intake_needs_an_override(reviewer_client, demo):
    daniel = demo["Daniel Okoro"]

    response = reviewer_client.post(
        change_url(daniel),
        review_data(daniel, recommendation="medical-massage", status="recommended"),
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "Refer to a physician, or tick" in errors["override_red_flags"][0]
    assert "Give the reason" in errors["red_flag_override_reason"][0]
    daniel.refresh_from_db()
    assert daniel.recommended_modality is None
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.OVERRIDE).exists()


def test_a_short_reason_is_not_enough(reviewer_client, demo):
    daniel = demo["Daniel Okoro"]
    data = review_data(
        daniel,
        recommendation="medical-massage",
        status="recommended",
        override_red_flags="on",
        red_flag_override_reason="ok",
    )

    response = reviewer_client.post(change_url(daniel), data)

    assert "red_flag_override_reason" in response.context["adminform"].form.errors


def test_an_override_with_a_reason_is_saved_audited_and_shown(reviewer_client, reviewer, demo):
    daniel = demo["Daniel Okoro"]
    reason = "Seen by Dr Shah at A&E on 3 November: cauda equina ruled out by MRI."
    data = review_data(
        daniel,
        recommendation="relaxation-massage",
        status="recommended",
        override_red_flags="on",
        red_flag_override_reason=reason,
    )

    response = reviewer_client.post(change_url(daniel), data)

    assert response.status_code == 302
    daniel.refresh_from_db()
    assert daniel.recommended_modality.slug == "relaxation-massage"
    assert daniel.red_flag_override_reason == reason
    event = AuditEvent.objects.get(action=AuditEvent.Action.OVERRIDE)
    assert (event.user, event.reference) == (reviewer, daniel.reference)
    page = reviewer_client.get(change_url(daniel)).content.decode()
    assert "Overridden:" in page
    assert "cauda equina ruled out by MRI" in page


def test_a_referral_on_a_red_flag_intake_needs_no_override(reviewer_client, demo):
    daniel = demo["Daniel Okoro"]

    response = reviewer_client.post(
        change_url(daniel), review_data(daniel, recommendation="refer", status="referred")
    )

    assert response.status_code == 302
    daniel.refresh_from_db()
    assert daniel.status == Submission.Status.REFERRED
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.OVERRIDE).exists()


def test_under_refer_every_modality_shows_on_hold(reviewer_client, demo):
    html = reviewer_client.get(change_url(demo["Daniel Okoro"])).content.decode()

    assert html.count("on hold until a doctor has assessed the red flags") == 5
    assert "not suggested" not in html


# --- How suggestions are made ---


def test_reviewers_can_read_how_suggestions_are_made(reviewer_client):
    response = reviewer_client.get("/admin/intake/submission/how-suggestions-are-made/")

    html = response.content.decode()
    assert response.status_code == 200
    for flag in FLAGS:
        assert flag.label in html
    assert "Stress without injury" in html
    assert "NICE NG59" in html
    assert "Blood thinners or a bleeding disorder" in html


def test_how_suggestions_are_made_is_for_staff_only(client, django_user_model):
    anonymous = client.get("/admin/intake/submission/how-suggestions-are-made/")
    assert anonymous.status_code == 302
    assert "/admin/login/" in anonymous["Location"]

    user = django_user_model.objects.create_user(username="sam", password="x" * 20, is_staff=True)
    client.force_login(user)
    no_permission = client.get("/admin/intake/submission/how-suggestions-are-made/")
    assert no_permission.status_code == 403


@pytest.mark.django_db
def test_docs_clinical_safety_is_generated_from_the_code_and_data():
    # Fails when a red flag, rule or precaution changes without regenerating the document:
    # run `python manage.py clinical_safety_doc` on a freshly migrated database.
    call_command("clinical_safety_doc", check=True, verbosity=0)


@pytest.mark.django_db
def test_a_missing_guidance_row_raises_a_system_warning():
    from django.core.checks import run_checks

    from treatments.models import PrecautionGuidance

    assert not [w for w in run_checks(databases=["default"]) if w.id == "treatments.W001"]
    PrecautionGuidance.objects.filter(
        precaution__slug="blood-thinners", modality__slug="acupuncture"
    ).delete()

    warnings = [w for w in run_checks(databases=["default"]) if w.id == "treatments.W001"]
    assert len(warnings) == 1
    assert "Blood thinners or a bleeding disorder / Acupuncture" in warnings[0].msg


# --- Safety data is never stale ---


def test_a_queryset_update_of_a_precaution_reaches_the_health_step_and_engine_at_once(
    client, answers
):
    from treatments.models import Precaution, PrecautionGuidance

    fill_in(client, answers, upto="goals")
    assert "Blood thinners or a bleeding disorder" in client.get("/intake/health/").content.decode()

    # Bulk updates send no signals: nothing may depend on them for safety data.
    Precaution.objects.filter(slug="blood-thinners").update(name="Medicine that thins your blood")
    PrecautionGuidance.objects.filter(
        precaution__slug="blood-thinners", modality__slug="relaxation-massage"
    ).update(level="avoid")

    page = client.get("/intake/health/").content.decode()
    assert "Medicine that thins your blood" in page
    submission = send_intake(
        client, answers, **{"blood-thinners": "yes", "blood-thinners_detail": "Apixaban"}
    )
    ranking = {e["slug"]: e for e in submission.suggestion["ranking"]}
    assert ranking["relaxation-massage"]["excluded"] is True
