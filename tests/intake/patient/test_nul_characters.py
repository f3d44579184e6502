"""A NUL character (which no keyboard types, but a paste or a script may send) never costs a
patient their answers: a checked step refuses it with a message, and answers saved to finish
later are kept without it, on PostgreSQL (which cannot store one) as on SQLite."""

import pytest
from django.core import mail

from intake.models import IntakeDraft
from tests.helpers import RESUME_LINK, fill_in

pytestmark = pytest.mark.django_db

CONCERN = "My lower back aches badly when I sit\x00 for long at work."
CONCERN_KEPT = "My lower back aches badly when I sit for long at work."


def test_saving_for_later_with_a_nul_keeps_every_answer_and_sends_the_link(client, answers):
    fill_in(client, answers, upto="about-you")
    typed = {**answers["symptoms"], "main_concern": CONCERN, "save_for_later": "1"}

    assert client.post("/intake/symptoms/", typed)["Location"] == "/intake/save/"
    response = client.post("/intake/save/", {"email": "ada@example.org"})

    assert response.status_code == 302
    assert response["Location"] == "/intake/save/sent/"
    draft = IntakeDraft.objects.get()
    assert draft.answers["symptoms"]["main_concern"] == [CONCERN_KEPT]
    assert draft.answers["symptoms"]["body_regions"] == ["lower_back", "neck"]
    assert draft.answers["about-you"]["full_name"] == ["Ada Lovelace"]
    assert RESUME_LINK.search(mail.outbox[-1].body)


def test_the_resumed_answers_carry_on_without_the_nul(client, answers):
    fill_in(client, answers, upto="about-you")
    client.post("/intake/symptoms/", {"main_concern": CONCERN, "save_for_later": "1"})
    client.post("/intake/save/", {"email": "ada@example.org"})
    link = RESUME_LINK.search(mail.outbox[-1].body).group(1)

    client.post(link)
    page = client.get("/intake/symptoms/")

    assert page.status_code == 200
    assert CONCERN_KEPT in page.content.decode()


@pytest.mark.parametrize(
    ("slug", "field"),
    [("about-you", "full_name"), ("symptoms", "main_concern"), ("preferences", "anything_else")],
)
def test_a_checked_step_refuses_a_nul_with_a_message_and_keeps_the_rest(
    client, answers, slug, field
):
    fill_in(client, answers)
    data = {**answers[slug], field: "Some words\x00 with a NUL"}

    response = client.post(f"/intake/{slug}/", data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "contains a character we cannot store" in html
    assert "Some words" in html  # what they typed is shown back to correct
    saved = client.session["intake_answers"][slug][field]
    assert saved == [answers[slug][field]]  # the answer given before is kept, unchanged


def test_the_save_page_refuses_an_email_with_a_nul_with_a_message(client, answers):
    fill_in(client, answers, upto="about-you")
    client.post("/intake/symptoms/", {"main_concern": "Stiff neck.", "save_for_later": "1"})

    response = client.post("/intake/save/", {"email": "ada\x00@example.org"})

    assert response.status_code == 200
    assert "cannot store" in response.content.decode() or "correct format" in (
        response.content.decode()
    )
    assert not IntakeDraft.objects.exists()
    assert client.session["intake_answers"]["symptoms"]["main_concern"] == ["Stiff neck."]


def test_a_nul_in_a_choice_is_not_kept_in_the_answers(client, answers):
    fill_in(client, answers, upto="about-you")
    client.post("/intake/symptoms/", {"body_regions": ["neck\x00"], "save_for_later": "1"})

    response = client.post("/intake/save/", {"email": "ada@example.org"})

    assert response.status_code == 302
    assert IntakeDraft.objects.get().answers["symptoms"]["body_regions"] == ["neck"]
