"""The whole intake by keyboard alone on a phone-sized screen, from the skip link to the
confirmation: only Tab, Space, the arrow keys and Enter, typing into whichever field has the
focus. Nothing is clicked or filled by selector, so a control the keyboard cannot reach or
work stops the walk. Each step has a budget of Tab stops before Continue, so a change that
adds a row of needless stops (as the body picture's 23 shapes once did) fails here."""

from dataclasses import dataclass

import pytest

from intake.models import Submission
from treatments.models import Precaution

pytestmark = pytest.mark.django_db(transaction=True)

# Measured at 390 px (15, 48, 16, 38, 16), with a little room for one more question a step.
# Counted from the top of the page, with the header's Team, Prices and Contact links (issue 16).
BUDGET = {"about-you": 19, "symptoms": 53, "goals": 21, "health": 43, "preferences": 21}

# What the focused element is: its tag, type, label (a field's), legend (its innermost
# fieldset's: a radio group's question), text (a link's or button's) and checked state.
FOCUSED = """() => {
  const el = document.activeElement;
  const squash = s => (s || '').replace(/\\s+/g, ' ').trim();
  const legend = el.closest('fieldset')?.querySelector('legend');
  return {
    tag: el.tagName.toLowerCase(), type: el.type || '', cls: squash(el.className),
    label: squash(el.labels && el.labels[0] ? el.labels[0].innerText : ''),
    legend: squash(legend ? legend.innerText : ''), text: squash(el.innerText),
    checked: !!el.checked,
  };
}"""


@dataclass(frozen=True)
class Type:
    text: str


@dataclass(frozen=True)
class Check:
    pass


@dataclass(frozen=True)
class Choose:
    option: str


# The answers, by the label of a field or checkbox or the question of a radio group. A radio
# group not named here is left alone, except on the health step, where every question is "No".
ANSWERS = {
    "about-you": {
        "Full name": Type("Grace Hopper"),
        "Day": Type("9"),
        "Month": Type("12"),
        "Year": Type("1986"),
        "Email address": Type("grace@example.org"),
        "How should we contact you?": Choose("Email"),
    },
    "symptoms": {
        "What is troubling you?": Type("Low back pain after long days at a desk."),
        "Lower back": Check(),
        "How bad is your pain right now?": Choose("6"),
        "On average, how bad has your pain been over the past week?": Choose("5"),
        "How long have you had it?": Choose("More than 3 months"),
        "How much does it get in the way of your daily life?": Choose("4"),
    },
    "goals": {"Pain relief": Check()},
    "health": {"*": Choose("No")},
    "preferences": {
        "How do you feel about needles?": Choose("I would rather avoid needles"),
        "What pressure do you prefer?": Choose("Light"),
        "Would you like to learn techniques to use on yourself at home?": Choose("Maybe"),
    },
    "check": {"I agree that the clinic may store and use my answers to plan my care.": Check()},
}


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def answer_for(element: dict, answers: dict):
    if element["type"] == "radio":
        for question, answer in answers.items():
            if element["legend"].startswith(question):
                return answer
        return answers.get("*")
    return answers.get(element["label"]) if element["label"] else None


def choose(page, option: str) -> None:
    """In a radio group: Space if the focus is on the option, else the arrow keys, which
    move the focus and choose as they go, as in any radio group."""
    for _ in range(15):
        if focused(page)["label"] == option:
            page.keyboard.press("Space")
            assert focused(page)["checked"]
            return
        page.keyboard.press("ArrowRight")
    raise AssertionError(f"{option!r} not found in the group by the arrow keys")


def act(page, answer) -> None:
    if isinstance(answer, Type):
        page.keyboard.type(answer.text)
    elif isinstance(answer, Check):
        page.keyboard.press("Space")
        assert focused(page)["checked"]
    else:
        choose(page, answer.option)


def answer_the_page(page, answers: dict, button: str) -> int:
    """Tabs from the top of a freshly loaded page to the button, answering each control on the
    way, and presses Enter on it. Returns the Tab stops it took."""
    page.keyboard.press("Tab")
    assert focused(page)["cls"] == "skip-link"
    stops, answered = 1, set()
    while (element := focused(page))["text"] != button:
        answer = answer_for(element, answers)
        if answer is not None:
            act(page, answer)
            answered.add(element["legend"] if element["type"] == "radio" else element["label"])
        page.keyboard.press("Tab")
        stops += 1
        assert stops < 200, f"{button} never took the focus"
    missed = [n for n in answers if n != "*" and not any(a.startswith(n) for a in answered)]
    assert missed == [], f"the keyboard never reached {missed}"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    return stops


def test_the_whole_intake_by_keyboard_from_the_skip_link_within_the_tab_budget(phone_page):
    page = phone_page
    page.goto("/intake/")
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    while focused(page)["text"] != "Start now":
        page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    counted = {}
    for step in BUDGET:
        assert page.url.endswith(f"/intake/{step}/"), (step, page.url)
        counted[step] = answer_the_page(page, ANSWERS[step], "Continue")
    assert page.url.endswith("/intake/check/")
    answer_the_page(page, ANSWERS["check"], "Send my answers")

    assert page.get_by_role("heading", level=1).inner_text() == "We have your answers"
    submission = Submission.objects.get()
    assert (submission.full_name, submission.email) == ("Grace Hopper", "grace@example.org")
    assert str(submission.date_of_birth) == "1986-12-09"
    assert submission.body_regions == ["lower_back"]
    assert (submission.pain_now, submission.pain_week_average, submission.interference) == (6, 5, 4)
    assert (submission.needles, submission.pressure, submission.self_care) == (
        "avoid",
        "light",
        "maybe",
    )
    assert submission.screening_answers.count() == Precaution.objects.asked().count()
    assert not submission.screening_answers.filter(answer=True).exists()
    print("Tab stops before Continue:", counted)
    over = {step: n for step, n in counted.items() if n > BUDGET[step]}
    assert over == {}, f"Tab stops before Continue over budget: {over} (counted {counted})"
