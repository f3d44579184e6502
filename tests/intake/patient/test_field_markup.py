"""The markup of a question: question, hint, error, then the answer (the GOV.UK order)."""

import re

from intake.triage.redflags import ASKED_FLAGS
from tests.helpers import fill_in
from tests.intake.patient.test_steps import post_step


def order_of(html: str, *needles: str) -> list[int]:
    return [html.index(needle) for needle in needles]


def test_a_hint_comes_after_the_legend_and_before_the_options(client, filled_in):
    html = client.get("/intake/preferences/").content.decode()

    positions = order_of(
        html,
        "How do you feel about needles?</legend>",
        'id="id_needles_helptext"',
        'id="id_needles_0"',
    )
    assert positions == sorted(positions)


def test_an_error_sits_between_the_question_and_its_answer(client, answers):
    response = post_step(client, answers, "about-you", email="nope", contact_method="")
    html = response.content.decode()

    positions = order_of(html, ">Email address</label>", 'id="id_email_error"', 'id="id_email"')
    assert positions == sorted(positions)
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert 'class="form-group form-group--error"' in html

    html = post_step(client, answers, "preferences", needles="").content.decode()
    positions = order_of(
        html,
        "How do you feel about needles?</legend>",
        'id="id_needles_error"',
        'id="id_needles_0"',
    )
    assert positions == sorted(positions)


def test_no_legend_carries_a_for_attribute(client, filled_in):
    for step in ["about-you", "symptoms", "goals", "health", "preferences"]:
        html = client.post(f"/intake/{step}/", {}).content.decode()
        assert "<legend for" not in html, step
        assert "<legend" in html, step


def test_the_error_summary_lists_the_messages_in_the_order_of_the_page(client, answers):
    """On the health step the red flags come first on the page, so first in the summary."""
    fill_in(client, answers, upto="goals")
    html = client.post("/intake/health/", {}).content.decode()

    anchors = re.findall(r'<li><a href="#([^"]+)"', html)
    assert len(anchors) >= len(ASKED_FLAGS) + 7  # the red flags, then one question per theme
    assert anchors[0].startswith("id_red_flag_")
    positions = order_of(html, *(f'id="{anchor}"' for anchor in anchors))
    assert positions == sorted(positions)
