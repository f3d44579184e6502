"""How long the intake takes, estimated from four patients' journeys through the real pages.

The estimate is a keystroke-level model (KLM: Card, Moran and Newell, "The keystroke-level
model for user performance time with interactive systems", Communications of the ACM 23(7),
1980; and The Psychology of Human-Computer Interaction, 1983), with their standard times:

- K, a keystroke or a click: 0.28 s (an average non-secretarial typist, about 40 words a minute);
- P, pointing at something on the screen: 1.1 s;
- H, moving a hand between mouse and keyboard: 0.4 s;
- M, making up one's mind before an action: 1.35 s.

Choosing an answer is M P K; a text box is M P K H, a K for each character, then H; a button is
P K. The KLM leaves out reading, which on these pages takes longer than the clicking: the words
a patient sees in each page's <main> (not those for screen readers only, nor the numbers of a
scale) are read at 238 words a minute, the mean silent reading rate for non-fiction in English
(Brysbaert, Journal of Memory and Language 109, 2019). The walk fills the pages in Chromium as
the patient would and counts what it does; the pages then say the mean of the four journeys
(MINUTES_TO_ANSWER), and the test fails if they drift apart by more than a minute.
"""

from dataclasses import dataclass

import pytest

from intake.patient.flow import MINUTES_TO_ANSWER
from tests.browser.test_red_flags import BEFORE_HEALTH
from tests.helpers import health_answers

pytestmark = pytest.mark.django_db(transaction=True)

K, P, H, M = 0.28, 1.1, 0.4, 1.35
WORDS_PER_MINUTE = 238


# What a sighted patient sees of the page's <main>: without the words kept for screen readers
# (the check page's "Change" links name their question to them), which it hides for a moment.
SEEN_TEXT = """() => {
  const unseen = [...document.querySelectorAll('main .visually-hidden')];
  unseen.forEach(el => { el.dataset.display = el.style.display; el.style.display = 'none'; });
  const text = document.querySelector('main').innerText;
  unseen.forEach(el => { el.style.display = el.dataset.display; });
  return text;
}"""


@dataclass
class Journey:
    seconds: float = 0.0
    operators: str = ""
    words_read: int = 0

    def add(self, operators: str) -> None:
        self.operators += operators
        self.seconds += sum({"K": K, "P": P, "H": H, "M": M}[op] for op in operators)

    def read(self, page) -> None:
        words = len([w for w in page.evaluate(SEEN_TEXT).split() if not w.isdecimal()])
        self.words_read += words
        self.seconds += words * 60 / WORDS_PER_MINUTE


# Sets one page's answers in a single call (clicking each of the health step's options through
# Playwright took most of this test's 13 s) and says what a patient with a mouse would have
# done: M P K for each option not yet chosen; for a text box, M P K H, a K per character, H.
ANSWER = """answers => {
  const form = document.querySelector('main form[method=post]');
  let operators = '';
  for (const [name, value] of Object.entries(answers)) {
    for (const one of [].concat(value).map(String)) {
      const option = form.querySelector(`[name="${name}"][value="${one}"]`);
      if (option && (option.type === 'radio' || option.type === 'checkbox')) {
        if (!option.checked) { option.checked = true; operators += 'MPK'; }
      } else if (one !== '') {
        form.querySelector(`[name="${name}"]`).value = one;
        operators += 'MPKH' + 'K'.repeat(one.length) + 'H';
      }
    }
  }
  return operators;
}"""


def answer(page, journey: Journey, data: dict) -> None:
    journey.add(page.evaluate(ANSWER, data))


def press(page, journey: Journey, button: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()
    journey.add("PK")


def start(page, journey: Journey) -> None:
    page.goto("/intake/")
    journey.read(page)
    with page.expect_navigation():
        page.get_by_role("link", name="Start now").click()
    journey.add("PK")


def walk(page, steps: dict) -> Journey:
    journey = Journey()
    start(page, journey)
    for slug, data in steps.items():
        assert page.url.endswith(f"/intake/{slug}/"), page.url
        journey.read(page)
        answer(page, journey, data)
        press(page, journey, "Continue")
    assert page.url.endswith("/intake/check/"), page.url
    journey.read(page)
    page.get_by_role("checkbox", name="I agree").check()
    journey.add("MPK")
    press(page, journey, "Send my answers")
    assert page.url.endswith("/intake/confirmation/"), page.url
    return journey


def personas() -> dict[str, dict]:
    """The test patients, as the browser tests answer for them: nothing to declare (the red
    flags tests' Grace), the keyboard walk's patient with headaches (test_intake.py), an
    emergency (test_red_flags.py), and a pregnant patient (test_pregnancy_flags.py)."""
    preferences = {"needles": "unsure", "self_care": "maybe"}
    nothing = {**BEFORE_HEALTH, "health": health_answers(), "preferences": preferences}
    headaches = {
        **BEFORE_HEALTH,
        "symptoms": {
            "main_concern": "Tension headaches and a stiff neck.",
            "body_regions": ["neck", "head"],
            "pain_now": "4",
            "pain_week_average": "5",
            "duration": "over_3_months",
            "interference": "3",
            "conditions": ["migraine-headache"],
        },
        "goals": {"goals": ["headache", "stress_relief"]},
        "health": health_answers(),
        "preferences": {"needles": "avoid", "pressure": "light", "self_care": "maybe"},
    }
    emergency = {
        **nothing,
        "health": health_answers(red_flag_saddle_numbness="yes"),
        "preferences": {"needles": "unsure", "pressure": "medium", "self_care": "maybe"},
    }
    pregnant = {
        **nothing,
        "health": health_answers(pregnancy="yes", pregnancy_detail="30"),
    }
    return {
        "nothing to declare": nothing,
        "headaches": headaches,
        "emergency": emergency,
        "pregnant": pregnant,
    }


def test_the_pages_say_how_long_the_scripted_journeys_take(page):
    minutes = {}
    for name, steps in personas().items():
        page.context.clear_cookies()
        journey = walk(page, steps)
        minutes[name] = journey.seconds / 60
        print(
            f"{name}: {minutes[name]:.1f} min, {journey.words_read} words read, "
            f"{len(journey.operators)} operators ({journey.operators.count('M')} M)"
        )
    mean = sum(minutes.values()) / len(minutes)
    print(f"mean {mean:.1f} min; the pages say about {MINUTES_TO_ANSWER}")
    assert abs(mean - MINUTES_TO_ANSWER) <= 1, minutes

    page.goto("/intake/")
    assert f"It takes about {MINUTES_TO_ANSWER} minutes." in page.locator("main").inner_text()
    page.goto("/")
    assert f"about {MINUTES_TO_ANSWER} minutes" in " ".join(
        page.locator("main").inner_text().split()
    )
