"""Save and come back later: the answers kept on the server, the single-use emailed link, and
every way a saved draft ends (sent, deleted on request, expired and purged)."""

import datetime
import logging
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from intake.aftercare.follow_up import LinkState
from intake.models import AuditEvent, EmailSend, IntakeDraft, Submission
from intake.patient.drafts import draft_find, token_hash
from tests.helpers import RESUME_DELETE_LINK as DELETE_LINK
from tests.helpers import RESUME_LINK as LINK
from tests.helpers import count_h1, fill_in, submit


def save_on_symptoms(client, answers, email="ada@example.org"):
    """About you answered; on the symptoms step the patient types one answer and saves."""
    fill_in(client, answers, upto="about-you")
    partial = {"main_concern": "Stiff neck in the mornings.", "save_for_later": "1"}
    response = client.post("/intake/symptoms/", partial)
    assert response.status_code == 302
    assert response["Location"] == "/intake/save/"
    return client.post("/intake/save/", {"email": email})


@pytest.fixture
def saved(client, answers):
    """A draft saved on the symptoms step; its email sent. Returns the link's path."""
    response = save_on_symptoms(client, answers)
    assert response.status_code == 302
    assert response["Location"] == "/intake/save/sent/"
    return LINK.search(mail.outbox[-1].body).group(1)


def test_saving_keeps_the_typed_answers_on_the_server_and_emails_a_link(client, answers, saved):
    draft = IntakeDraft.objects.get()
    assert draft.email == "ada@example.org"
    assert draft.answers["about-you"]["full_name"] == ["Ada Lovelace"]
    # The step was incomplete, and is kept as typed: nothing the patient sent is lost.
    assert draft.answers["symptoms"]["main_concern"] == ["Stiff neck in the mornings."]
    assert draft.expires_at - draft.saved_at == datetime.timedelta(days=7)
    assert [m.to for m in mail.outbox] == [["ada@example.org"]]
    sending = EmailSend.objects.get()
    assert (sending.kind, sending.status, sending.draft, sending.submission) == (
        EmailSend.Kind.DRAFT_LINK,
        EmailSend.Status.SENT,
        draft,
        None,
    )
    actions = set(AuditEvent.objects.values_list("action", "detail", "reference"))
    assert actions == {("email_queued", "draft_link", ""), ("email_sent", "draft_link", "")}


def test_the_link_sent_page_says_where_the_link_went_and_until_when(client, saved):
    response = client.get("/intake/save/sent/")

    html = response.content.decode()
    draft = IntakeDraft.objects.get()
    assert response.status_code == 200
    assert count_h1(html) == 1
    assert "We have emailed a link to <strong>ada@example.org</strong>" in html
    assert timezone.localtime(draft.expires_at).strftime("%Y, %H:%M") in html
    assert "no-store" in response["Cache-Control"]


def test_the_save_page_prefills_the_email_from_the_answers_and_explains(client, answers):
    fill_in(client, answers, upto="about-you")

    response = client.get("/intake/save/")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="ada@example.org"' in html
    assert "The link works once, for 7 days" in html
    assert "never your answers" in html
    assert "no-store" in response["Cache-Control"]


def test_a_bad_email_address_is_refused_with_a_message(client, answers):
    fill_in(client, answers, upto="about-you")

    response = client.post("/intake/save/", {"email": "not an address"})

    assert response.status_code == 200
    assert "Enter an email address in the correct format" in response.content.decode()
    assert not IntakeDraft.objects.exists()
    assert mail.outbox == []


def test_with_no_answers_there_is_nothing_to_save(client, db):
    response = client.post("/intake/save/", {"email": "ada@example.org"})

    assert response.status_code == 200
    assert "Your answers are no longer here" in response.content.decode()
    assert not IntakeDraft.objects.exists()


def test_the_email_holds_the_link_and_no_health_details(client, answers, saved):
    message = mail.outbox[-1]
    text = message.subject + message.body

    assert LINK.search(text) and DELETE_LINK.search(text)
    assert "works once" in message.body
    for private in [
        "Ada",
        "Lovelace",
        "Stiff neck",
        "1985",
        "pain",
        "neck",
        "symptom",
        "condition",
    ]:
        assert private.lower() not in text.lower(), private


def test_only_the_hash_of_the_token_is_stored(client, saved):
    token = LINK.search(mail.outbox[-1].body).group(2)
    draft = IntakeDraft.objects.get()

    assert len(token) >= 40
    assert draft.token_hash == token_hash(token)
    assert token not in str(IntakeDraft.objects.values().get())
    assert token not in str(list(EmailSend.objects.values()))


def test_the_link_page_only_shows_a_button_a_get_uses_nothing_up(client, saved):
    other = Client()

    response = other.get(saved)

    assert response.status_code == 200
    assert "Carry on with my answers" in response.content.decode()
    assert IntakeDraft.objects.get().used_at is None
    assert "intake_answers" not in other.session


def test_resuming_in_another_browser_loads_the_answers_and_goes_to_the_unfinished_step(
    client, answers, saved
):
    other = Client()

    response = other.post(saved)

    assert response.status_code == 302
    assert response["Location"] == "/intake/symptoms/"
    page = other.get("/intake/symptoms/").content.decode()
    assert "Stiff neck in the mornings." in page
    assert 'value="ada@example.org"' in other.get("/intake/about-you/").content.decode()
    assert IntakeDraft.objects.get().used_at is not None


def test_a_draft_with_every_step_answered_resumes_on_the_check_page(client, answers):
    fill_in(client, answers)
    client.post("/intake/save/", {"email": "ada@example.org"})
    path = LINK.search(mail.outbox[-1].body).group(1)

    response = Client().post(path)

    assert response["Location"] == "/intake/check/"


def test_the_link_works_once(client, saved):
    assert Client().post(saved).status_code == 302

    again = Client().post(saved)
    page = Client().get(saved)

    assert again.status_code == 410
    assert page.status_code == 410
    html = page.content.decode()
    assert "This link has been used" in html
    assert "delete your saved answers" in html
    assert count_h1(html) == 1


def test_saving_again_sends_a_new_link_and_the_old_one_stops(client, answers, saved):
    response = client.post("/intake/save/", {"email": "ada@example.org"})
    assert response.status_code == 302

    new = LINK.search(mail.outbox[-1].body).group(1)
    assert new != saved
    assert IntakeDraft.objects.count() == 1
    assert Client().get(saved).status_code == 404
    assert Client().post(new).status_code == 302


def test_resumed_answers_can_be_saved_again_for_a_new_link(client, answers, saved):
    other = Client()
    other.post(saved)
    other.post("/intake/symptoms/", {**answers["symptoms"], "save_for_later": "1"})

    response = other.post("/intake/save/", {"email": "ada@example.org"})

    assert response.status_code == 302
    draft = IntakeDraft.objects.get()
    assert draft.used_at is None
    assert draft.answers["symptoms"]["pain_now"] == ["6"]
    assert Client().post(LINK.search(mail.outbox[-1].body).group(1)).status_code == 302


def test_an_unknown_link_is_not_found_and_says_how_to_start_again(client, db):
    response = client.get("/intake/resume/not-a-real-token/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "We could not find your saved answers" in html
    assert 'href="/intake/">start the form again' in html
    assert client.get("/intake/resume/" + "x" * 200 + "/").status_code == 404


def test_an_expired_link_is_gone_and_the_draft_deleted(client, saved):
    IntakeDraft.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))

    response = Client().post(saved)

    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert "kept for 7 days" in response.content.decode()
    assert not IntakeDraft.objects.exists()


def test_the_expiry_follows_the_setting(client, answers, settings):
    settings.INTAKE_DRAFT_DAYS = 3
    save_on_symptoms(client, answers)
    draft = IntakeDraft.objects.get()
    token = LINK.search(mail.outbox[-1].body).group(2)

    assert draft.expires_at - draft.saved_at == datetime.timedelta(days=3)
    assert draft_find(token) == (draft, LinkState.OPEN)
    IntakeDraft.objects.update(expires_at=timezone.now())
    assert draft_find(token)[1] == LinkState.EXPIRED


def test_sending_the_intake_deletes_the_draft_and_its_link(client, answers, saved):
    other = Client()
    other.post(saved)
    for slug in ["symptoms", "goals", "health", "preferences"]:
        assert other.post(f"/intake/{slug}/", answers[slug]).status_code == 302

    response = submit(other)

    assert response["Location"] == "/intake/confirmation/"
    assert Submission.objects.get().email == "ada@example.org"
    assert not IntakeDraft.objects.exists()
    assert not EmailSend.objects.filter(kind=EmailSend.Kind.DRAFT_LINK).exists()
    assert Client().get(saved).status_code == 404


def test_sending_from_the_first_browser_deletes_the_draft_too(client, answers, saved):
    fill_in(client, answers)

    submit(client)

    assert Submission.objects.count() == 1
    assert not IntakeDraft.objects.exists()


def test_the_patient_deletes_the_saved_answers_from_the_emailed_link(client, saved):
    path = DELETE_LINK.search(mail.outbox[-1].body).group(1)
    other = Client()

    page = other.get(path)
    assert page.status_code == 200
    assert IntakeDraft.objects.exists()  # a GET (a mail scanner) deletes nothing
    response = other.post(path)

    assert response.status_code == 302
    assert response["Location"] == "/intake/resume/deleted/"
    assert "Your saved answers are deleted" in other.get(response["Location"]).content.decode()
    assert not IntakeDraft.objects.exists()
    assert Client().get(saved).status_code == 404
    assert Client().post(path).status_code == 404


def test_deleting_from_the_browser_that_holds_the_answers_forgets_them_there_too(client, saved):
    path = DELETE_LINK.search(mail.outbox[-1].body).group(1)

    client.post(path)

    assert "intake_answers" not in client.session
    assert "Your answers are no longer here" in client.get("/intake/goals/").content.decode()


def test_a_used_link_may_still_delete_the_saved_answers(client, saved):
    Client().post(saved)

    response = Client().post(saved + "delete/")

    assert response.status_code == 302
    assert not IntakeDraft.objects.exists()


def test_the_purge_command_deletes_expired_drafts_only(client, answers, saved):
    expired = IntakeDraft.objects.create(
        key="6d1f3f0a-1b9e-4c53-9a4b-4d3b2b8f4d10",
        email="old@example.org",
        answers={"about-you": {"full_name": ["Old"]}},
        expires_at=timezone.now() - datetime.timedelta(minutes=1),
    )

    dry = StringIO()
    call_command("purge_intakes", dry_run=True, stdout=dry)
    assert "Would delete 1 expired saved draft(s)." in dry.getvalue()
    assert IntakeDraft.objects.count() == 2
    out = StringIO()
    call_command("purge_intakes", stdout=out)

    assert "Deleted 1 expired saved draft(s)." in out.getvalue()
    assert list(IntakeDraft.objects.values_list("email", flat=True)) == ["ada@example.org"]
    assert not IntakeDraft.objects.filter(pk=expired.pk).exists()


def test_saving_is_rate_limited_per_client_apart_from_sending(client, answers, settings):
    settings.INTAKE_SUBMISSIONS_PER_HOUR = 2
    fill_in(client, answers, upto="about-you")
    for _ in range(2):
        assert client.post("/intake/save/", {"email": "ada@example.org"}).status_code == 302

    response = client.post("/intake/save/", {"email": "ada@example.org"})

    assert response.status_code == 429
    assert "requests for a link" in response.content.decode()
    assert len(mail.outbox) == 2
    other_address = Client(REMOTE_ADDR="198.51.100.7")
    fill_in(other_address, answers, upto="about-you")
    assert other_address.post("/intake/save/", {"email": "b@example.org"}).status_code == 302
    # The intake itself can still be sent: saves are counted apart.
    fill_in(client, answers)
    assert submit(client)["Location"] == "/intake/confirmation/"


def test_no_answer_or_address_reaches_the_logs(client, answers, caplog):
    caplog.set_level(logging.DEBUG)
    save_on_symptoms(client, answers)
    body = mail.outbox[-1].body
    Client().post(LINK.search(body).group(1))
    Client().post(DELETE_LINK.search(body).group(1))

    logged = "\n".join(record.getMessage() for record in caplog.records)
    for private in ["ada@example.org", "Stiff neck", "Lovelace"]:
        assert private not in logged


def test_the_save_button_is_on_every_step_after_continue(client, answers):
    fill_in(client, answers)
    for slug in answers:
        html = client.get(f"/intake/{slug}/").content.decode()
        continue_at = html.index(">Continue</button>")
        save_at = html.index('name="save_for_later"')
        assert continue_at < save_at, slug  # Enter in a field still means Continue
    check = client.get("/intake/check/").content.decode()
    assert 'href="/intake/save/">Save and come back later</a>' in check


def test_the_privacy_notice_states_how_long_saved_answers_are_kept(client, db, settings):
    settings.INTAKE_DRAFT_DAYS = 5
    html = client.get("/privacy/").content.decode()
    assert "Save and come back later" in html
    assert "for 5 days" in html


def test_after_expiry_the_answers_gone_page_points_to_the_emailed_link(client, answers):
    fill_in(client, answers, upto="goals")
    client.cookies.pop("sessionid")

    html = client.post("/intake/health/", answers["health"]).content.decode()

    assert "open the link in the email we sent you" in html
    assert "for 7 days after you saved" in html
