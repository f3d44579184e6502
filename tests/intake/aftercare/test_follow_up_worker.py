"""The follow-up loop end to end with the production task backend, the real worker and a real
SMTP server: intake, recommendation, two invitations arriving, two answers, the intake's chart
and the clinic outcomes page."""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from intake.models import EmailSend, FollowUp, Submission
from tests.helpers import change_url, fill_in, review_data, submit
from tests.intake.review.test_clinic_outcomes import URL as OUTCOMES_URL
from tests.intake.review.test_clinic_outcomes import cells, past_patient
from tests.intake.test_email_queue import PATIENT, durable, mail_server, run_worker  # noqa: F401
from treatments.models import Modality

pytestmark = pytest.mark.usefixtures("committed_db")

LINK = re.compile(r"https?://testserver(/follow-up/[A-Za-z0-9_-]+/)")


def body_of(message) -> str:
    return message.get_payload(decode=True).decode()


def invitation_for(weeks: int, mail_server) -> str:  # noqa: F811
    """Makes the follow-up due, runs the command and the worker; the link that arrived."""
    FollowUp.objects.filter(weeks=weeks).update(
        due_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("send_follow_ups", verbosity=0)
    before = len(mail_server.inbox.messages)
    run_worker()
    assert len(mail_server.inbox.messages) == before + 1
    message = mail_server.inbox.messages[-1]
    assert message["To"] == PATIENT and "How are you getting on?" in message["Subject"]
    return LINK.search(body_of(message)).group(1)


CHANGE_TABLE = "Change in PEG score, intake to latest follow-up"


def acupressure_had_it(page: str) -> list[str]:
    return next(row for row in cells(page, CHANGE_TABLE) if row[:2] == ["Acupressure", "Had it"])


def test_two_follow_ups_answered_through_the_worker_and_smtp(
    client,
    answers,
    reviewer_client,
    durable,  # noqa: F811
    mail_server,  # noqa: F811
):
    # Four earlier patients had acupressure and went from PEG 6 to 4: too few to say, so far.
    call_command("load_demo", force=True, stdout=StringIO())
    acupressure = Modality.objects.get(slug="acupressure")
    for submission in Submission.objects.all()[:4]:
        past_patient(submission, acupressure, answers=[(4, 4, 4)])
    before = reviewer_client.get(OUTCOMES_URL).content.decode()
    assert acupressure_had_it(before) == ["Acupressure", "Had it", "4", "Too few to say", "0"]

    mail_server.start()
    answers["symptoms"] |= {"interference_enjoyment": "7", "interference_activity": "6"}
    fill_in(client, answers)
    submit(client)
    submission = Submission.objects.get(email=PATIENT)
    reviewer_client.post(
        change_url(submission), review_data(submission, recommendation="acupressure")
    )
    reviewer_client.post(
        reverse("admin:intake_submission_send", args=[submission.pk]), {"confirm": "yes"}
    )
    run_worker()  # the acknowledgement and the recommendation
    submission.refresh_from_db()
    assert len(mail_server.inbox.to(PATIENT)) == 2
    assert submission.follow_ups.count() == 2

    for weeks, pain, change in [(2, "4", "3"), (6, "2", "2")]:
        path = invitation_for(weeks, mail_server)
        response = client.post(
            path,
            {
                "had_treatment": "yes",
                "modality": str(submission.recommended_modality_id),
                "sessions": str(weeks // 2),
                "pain_average": pain,
                "interference_enjoyment": pain,
                "interference_activity": pain,
                "change": change,
            },
        )
        assert response.status_code == 302
        assert client.get(path).status_code == 410  # used

    assert list(submission.outcomes.values_list("pain_average", flat=True)) == [4, 2]
    sent = EmailSend.objects.filter(kind=EmailSend.Kind.FOLLOW_UP, status=EmailSend.Status.SENT)
    assert sent.count() == 2
    page = reviewer_client.get(change_url(submission)).content.decode()
    assert "Intake: 6.0; 2 weeks: 4.0; 6 weeks: 2.0. Change since intake: -4.0." in page

    # The fifth patient makes a group big enough for figures: the changes -2, -2, -2, -2 and
    # -4 have a mean of -2.4 and a standard deviation of 0.9; all five much improved.
    outcomes = reviewer_client.get(OUTCOMES_URL).content.decode()
    assert acupressure_had_it(outcomes) == ["Acupressure", "Had it", "5", "-2.4", "0.9", "0"]
    assert "Acupressure, had it: -2.4 (SD 0.9), n = 5" in outcomes
    assert "Acupressure, had it: 100% (5 of 5)" in outcomes
