"""After the visit: follow-up invitations, the patient's answers, and stopping them."""

import datetime
import re
import smtplib

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from intake.aftercare.follow_up import VALID_DAYS, baseline, follow_ups_due, token_hash
from intake.models import AuditEvent, EmailSend, FollowUp, Outcome, Submission
from intake.services import submission_erase, submissions_purge
from tests.helpers import change_url, count_h1, review_data, submit

LINK = re.compile(r"https?://testserver(/follow-up/[A-Za-z0-9_-]+/)")
STOP_LINK = re.compile(r"https?://testserver(/follow-up/[A-Za-z0-9_-]+/stop/)")

GOOD_ANSWERS = {
    "had_treatment": "yes",
    "modality": "",  # filled in with the recommended modality's id
    "sessions": "4",
    "pain_average": "3",
    "interference_enjoyment": "2",
    "interference_activity": "2",
    "change": "2",
}


@pytest.fixture
def recommended(client, answers, reviewer_client) -> Submission:
    """An intake sent by the patient, with acupressure recommended and the email sent."""
    answers["symptoms"] |= {"interference_enjoyment": "6", "interference_activity": "5"}
    for slug, data in answers.items():
        assert client.post(f"/intake/{slug}/", data).status_code == 302
    submit(client)
    submission = Submission.objects.get()
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="acupressure")
    )
    send_url = reverse("admin:intake_submission_send", args=[submission.pk])
    reviewer_client.post(send_url, {"confirm": "yes"})
    submission.refresh_from_db()
    assert submission.recommendation_sent_at is not None
    mail.outbox.clear()
    return submission


def make_due(submission: Submission, weeks: int) -> None:
    FollowUp.objects.filter(submission=submission, weeks=weeks).update(
        due_at=timezone.now() - datetime.timedelta(minutes=1)
    )


def send_due() -> str:
    call_command("send_follow_ups", verbosity=0)
    return mail.outbox[-1].body if mail.outbox else ""


def answers_for(submission: Submission, **changes) -> dict:
    return {**GOOD_ANSWERS, "modality": str(submission.recommended_modality_id), **changes}


def test_the_whole_loop_from_recommendation_to_outcome_and_opt_out(client, recommended):
    # Sending the recommendation scheduled one follow-up per configured week, none due yet.
    follow_ups = list(recommended.follow_ups.all())
    assert [f.weeks for f in follow_ups] == [2, 6]
    assert follow_ups[0].due_at > timezone.now() + datetime.timedelta(days=13)
    assert send_due() == ""

    # Two weeks on, the command queues the invitation and the worker sends it.
    make_due(recommended, 2)
    body = send_due()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ada@example.org"]
    assert "Aching" not in body and "back" not in body.lower().replace("back to", "")
    sending = EmailSend.objects.get(submission=recommended, kind=EmailSend.Kind.FOLLOW_UP)
    assert sending.status == EmailSend.Status.SENT
    path = LINK.search(body).group(1)
    token = path.split("/")[2]
    stored = FollowUp.objects.get(submission=recommended, weeks=2)
    assert stored.token_hash == token_hash(token) and token not in stored.token_hash
    assert stored.expires_at > timezone.now() + datetime.timedelta(days=VALID_DAYS - 1)

    # Sending again does not invite twice.
    assert send_due() == body and len(mail.outbox) == 1

    # The patient answers through the link.
    page = client.get(path)
    assert page.status_code == 200 and count_h1(page.content.decode()) == 1
    assert page["Cache-Control"].startswith("max-age=0") or "no-cache" in page["Cache-Control"]
    assert page["Referrer-Policy"] == "same-origin"
    response = client.post(path, answers_for(recommended))
    assert response.status_code == 302 and response["Location"] == "/follow-up/thanks/"
    outcome = Outcome.objects.get()
    assert outcome.submission == recommended and outcome.follow_up == stored
    assert outcome.had_treatment and outcome.modality.slug == "acupressure"
    assert (outcome.sessions, outcome.pain_average, outcome.change) == (4, 3, 2)
    assert outcome.peg == round(7 / 3, 1)

    # The link is refused when used again, kindly.
    again = client.get(path)
    assert again.status_code == 410 and "Already answered" in again.content.decode()
    assert client.post(path, answers_for(recommended)).status_code == 410
    assert Outcome.objects.count() == 1

    # Opting out (from any link ever sent) stops the six-week invitation.
    stop_path = STOP_LINK.search(body).group(1)
    confirm = client.get(stop_path)
    assert confirm.status_code == 200 and FollowUp.objects.filter(opted_out=True).count() == 0
    assert client.post(stop_path).status_code == 302
    assert FollowUp.objects.get(weeks=6).opted_out
    make_due(recommended, 6)
    call_command("send_follow_ups", verbosity=0)
    assert len(mail.outbox) == 1
    assert not follow_ups_due().exists()


def test_an_expired_link_is_refused_with_a_friendly_page(client, recommended):
    make_due(recommended, 2)
    path = LINK.search(send_due()).group(1)
    FollowUp.objects.filter(weeks=2).update(expires_at=timezone.now())

    response = client.get(path)

    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert client.post(path, answers_for(recommended)).status_code == 410
    assert not Outcome.objects.exists()


def test_an_unknown_token_is_not_found(client, db):
    response = client.get("/follow-up/not-a-real-token/")
    assert response.status_code == 404
    assert "Link not recognised" in response.content.decode()
    assert client.post("/follow-up/not-a-real-token/stop/").status_code == 404


def test_a_mail_scanner_opening_the_stop_link_stops_nothing(client, recommended):
    make_due(recommended, 2)
    stop_path = STOP_LINK.search(send_due()).group(1)

    client.get(stop_path)

    assert not FollowUp.objects.filter(opted_out=True).exists()


def test_opting_out_makes_the_unused_link_stop_working(client, recommended):
    make_due(recommended, 2)
    body = send_due()
    client.post(STOP_LINK.search(body).group(1))

    response = client.get(LINK.search(body).group(1))

    assert response.status_code == 410 and "stopped" in response.content.decode()


def test_bad_answers_show_the_error_summary_and_save_nothing(client, recommended):
    make_due(recommended, 2)
    path = LINK.search(send_due()).group(1)

    response = client.post(
        path, answers_for(recommended, pain_average="11", modality="", change="", sessions="x")
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Choose which treatment you had." in page
    assert "Choose a number from 0 to 10." in page
    assert "Enter the number of sessions as a whole number" in page
    assert "Choose how things have changed since your intake." in page
    assert page.count("<h1") == 1
    assert not Outcome.objects.exists()
    assert FollowUp.objects.get(weeks=2).used_at is None


def test_no_treatment_needs_no_modality(client, recommended):
    make_due(recommended, 2)
    path = LINK.search(send_due()).group(1)

    client.post(path, answers_for(recommended, had_treatment="no", sessions="3"))

    outcome = Outcome.objects.get()
    assert outcome.had_treatment is False
    assert outcome.modality is None and outcome.sessions is None


def test_each_email_attempt_makes_a_new_token_and_only_the_latest_works(client, recommended):
    from intake.tasks import send_follow_up

    make_due(recommended, 2)
    first = LINK.search(send_due()).group(1)
    follow_up = FollowUp.objects.get(weeks=2)
    send_follow_up(recommended.pk, follow_up.pk)
    second = LINK.search(mail.outbox[-1].body).group(1)

    assert first != second
    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 200


def test_a_referral_is_not_followed_up(reviewer_client, demo):
    submission = demo["Priya Shah"]
    reviewer_client.post(change_url(submission), review_data(submission, recommendation="refer"))
    send_url = reverse("admin:intake_submission_send", args=[submission.pk])
    reviewer_client.post(send_url, {"confirm": "yes"})

    assert len(mail.outbox) == 1
    assert not FollowUp.objects.exists()


def test_sending_the_recommendation_again_schedules_nothing_more(reviewer_client, recommended):
    send_url = reverse("admin:intake_submission_send", args=[recommended.pk])
    reviewer_client.post(send_url, {"confirm": "yes"})

    assert len(mail.outbox) == 1
    assert recommended.follow_ups.count() == 2


def test_follow_ups_come_from_the_decision_to_send_not_from_the_mail_server(
    reviewer_client, demo, monkeypatch
):
    """A recommendation email the mail server refuses still leaves the follow-ups scheduled,
    and sending it again (a retry) adds none."""

    def refuse(**kwargs):
        raise smtplib.SMTPDataError(554, b"refused")

    monkeypatch.setattr("intake.tasks.send_message", refuse)
    submission = demo["Priya Shah"]
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="acupressure")
    )
    send_url = reverse("admin:intake_submission_send", args=[submission.pk])

    reviewer_client.post(send_url, {"confirm": "yes"})
    reviewer_client.post(send_url, {"confirm": "yes"})

    submission.refresh_from_db()
    assert submission.recommendation_sent_at is None  # never sent
    assert submission.emails.filter(status="failed").count() == 2
    assert submission.follow_ups.count() == 2


def test_the_weeks_follow_the_setting(settings, reviewer_client, demo):
    settings.FOLLOW_UP_WEEKS = [1, 4, 12]
    submission = demo["Priya Shah"]
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="acupressure")
    )
    reviewer_client.post(
        reverse("admin:intake_submission_send", args=[submission.pk]), {"confirm": "yes"}
    )

    assert list(submission.follow_ups.values_list("weeks", flat=True)) == [1, 4, 12]


def test_the_baseline_uses_the_peg_items_asked_at_intake(recommended):
    point = baseline(recommended)
    assert (point.pain, point.enjoyment, point.activity) == (5, 6, 5)
    assert point.peg == 5.3 and not point.approximate


def test_an_older_intake_has_an_approximate_baseline(recommended):
    Submission.objects.update(interference_enjoyment=None, interference_activity=None)
    recommended.refresh_from_db()

    point = baseline(recommended)

    assert (point.pain, point.enjoyment, point.activity) == (5, 4, 4)
    assert point.approximate


def answered(client, submission) -> None:
    make_due(submission, 2)
    path = LINK.search(send_due()).group(1)
    client.post(path, answers_for(submission))
    assert Outcome.objects.count() == 1


def test_erasure_removes_follow_ups_and_outcomes(client, recommended, reviewer):
    answered(client, recommended)

    submission_erase(submission=recommended, by=reviewer)

    assert not FollowUp.objects.exists() and not Outcome.objects.exists()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ERASE).exists()


def test_retention_purge_removes_follow_ups_and_outcomes(client, recommended):
    answered(client, recommended)
    Submission.objects.update(created_at=timezone.now() - datetime.timedelta(days=400))

    assert submissions_purge(older_than_days=365) == 1

    assert not FollowUp.objects.exists() and not Outcome.objects.exists()


def test_the_symptoms_step_asks_the_peg_items_but_does_not_require_them(client, answers):
    page = client.post("/intake/about-you/", answers["about-you"])
    page = client.get("/intake/symptoms/").content.decode()
    assert "interfered with your enjoyment of life" in page
    assert "interfered with your general activity" in page

    response = client.post("/intake/symptoms/", answers["symptoms"])

    assert response.status_code == 302


def test_the_privacy_notice_says_what_is_asked_after_the_visit_and_how_to_stop(
    client,
    settings,
    db,  # the clinic's name and contact are read from its settings row
):
    settings.FOLLOW_UP_WEEKS = [2, 6, 12]
    page = client.get("/privacy/").content.decode()

    assert "After your visit" in page
    assert "2, 6 and 12 weeks after our suggestion" in page
    assert "Stop follow-up emails" in page


def test_staff_see_the_outcome_timeline_as_a_chart_with_a_table(
    client, recommended, reviewer_client
):
    before = reviewer_client.get(change_url(recommended)).content.decode()
    assert "<svg" not in before.split("After the visit")[1].split(">Record<")[0]
    assert "2 weeks: due" in before

    answered(client, recommended)
    page = reviewer_client.get(change_url(recommended)).content.decode()

    outcomes = page.split("After the visit")[1]
    assert '<svg viewBox="0 0 480 240"' in outcomes
    assert 'role="img"' in outcomes
    assert "Intake: 5.3; 2 weeks: 2.3. Change since intake: -3.0." in outcomes
    assert outcomes.count("<circle") == 2
    assert "style=" not in outcomes.split("Follow-up invitations")[0]
    assert "<script" not in outcomes.split("Follow-up invitations")[0]
    assert "<caption>Answers at intake and after the visit</caption>" in outcomes
    assert "Much improved" in outcomes and "Acupressure, 4 sessions" in outcomes
    assert "2 weeks: answered" in outcomes and "6 weeks: due" in outcomes


def test_an_approximate_baseline_is_drawn_hollow_and_said_so(client, recommended, reviewer_client):
    Submission.objects.update(interference_enjoyment=None, interference_activity=None)
    answered(client, recommended)

    page = reviewer_client.get(change_url(recommended)).content.decode()

    assert "outcome-chart__dot--approximate" in page
    assert "approximate" in page.split("After the visit")[1]


def test_the_chart_scales_points_by_day_and_score(settings):
    settings.FOLLOW_UP_WEEKS = [2, 6]
    from intake.aftercare.charts import peg_timeline
    from intake.aftercare.follow_up import Point

    now = timezone.now()
    chart = peg_timeline(
        [
            Point("Intake", now, 0, 10, 10, 10, ""),
            Point("Week 6", now, 42, 0, 0, 0, "Very much improved"),
        ]
    )

    first, last = chart.dots
    assert (first.x, first.y) == (chart.left, chart.top)  # day 0, score 10: top left
    assert (last.x, last.y) == (chart.right, chart.bottom)  # last day, score 0: bottom right
    assert chart.line == f"{first.x},{first.y} {last.x},{last.y}"


def test_the_csv_export_carries_the_outcomes(client, recommended, reviewer_client):
    import csv
    import io

    answered(client, recommended)

    response = reviewer_client.post(
        "/admin/intake/submission/", {"action": "export_csv", "_selected_action": [recommended.pk]}
    )

    header, row = list(csv.reader(io.StringIO(response.content.decode())))
    cells = dict(zip(header, row, strict=True))
    assert cells["baseline PEG"] == "5.3" and cells["baseline PEG approximate"] == "no"
    assert cells["follow-ups answered"] == "1"
    assert cells["latest follow-up week"] == "2"
    assert cells["latest had treatment"] == "yes"
    assert cells["latest treatment"] == "Acupressure"
    assert cells["latest sessions"] == "4"
    assert cells["latest PEG"] == "2.3"
    assert cells["PEG change"] == "-3.0"  # a number, not quoted as a would-be formula
    assert cells["latest overall change"] == "Much improved"


def test_the_csv_export_without_outcomes_leaves_them_blank(recommended, reviewer_client):
    import csv
    import io

    response = reviewer_client.post(
        "/admin/intake/submission/", {"action": "export_csv", "_selected_action": [recommended.pk]}
    )

    header, row = list(csv.reader(io.StringIO(response.content.decode())))
    cells = dict(zip(header, row, strict=True))
    assert cells["follow-ups answered"] == "0"
    assert cells["latest PEG"] == "" and cells["PEG change"] == ""


def test_a_referral_sent_later_withdraws_the_follow_ups_not_yet_sent(reviewer_client, recommended):
    make_due(recommended, 2)
    send_due()
    saved = reviewer_client.post(
        change_url(recommended),
        review_data(recommended, recommendation="refer", status=Submission.Status.REFERRED),
    )
    assert saved.status_code == 302, saved.context["adminform"].form.errors
    reviewer_client.post(
        reverse("admin:intake_submission_send", args=[recommended.pk]), {"confirm": "yes"}
    )

    assert list(recommended.follow_ups.values_list("weeks", flat=True)) == [2]  # sent already
