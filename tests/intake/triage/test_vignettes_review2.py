"""A second clinical review of the own-words topics, the questions the check page asks again,
the optional weeks of pregnancy and the under-16s (December 2026), with the patients' words.

Each sentence is one a patient might type, in English or Polish, with or without Polish
letters. What a careful clinician wants: a sign that may need a doctor, a midwife or A&E now
is asked about on the check page (a question that turns out not to apply costs the patient a
click); ordinary words ask nothing. The xfail tests are misses that words alone cannot mend:
each names the change it needs.
"""

import pytest

from intake.triage.textscreen import screen
from intake.triage.topics import TOPICS_BY_VALUE


def found(words: str, *yes: str) -> list[str]:
    """The topics the check page would ask about for these words, for a patient who answered
    these precautions yes (a knock to the head is read only with blood thinners, the warning
    signs in pregnancy only in pregnancy)."""
    return [value for value in screen(words) if TOPICS_BY_VALUE[value].applies_to(set(yes))]


# --- near() reads both its words whole: plurals and inflections it used to reach (a856292) ---
# Before, the end of the first word met the other word unbounded, so "legs", "headaches",
# "hurting" and "peed" were found through "leg", "headache", "hurt" and "pee". The whole-word
# reading lost them: misses of the emergency and urgent topics, mended in words.py.

LOST_TO_WHOLE_WORDS = [
    ("my legs are swollen and red", "dvt"),
    ("one of my thighs is red and hot", "dvt"),
    ("od lotu kłopot z nogami: są opuchnięte i ciepłe", "dvt"),
    ("headaches that came on suddenly, like nothing before", "sudden_severe_headache"),
    ("hurting in my chest since Monday", "chest_pain"),
    ("I peed a little on the bus and I can't control it", "bladder_bowel"),
]


@pytest.mark.parametrize(("words", "topic"), LOST_TO_WHOLE_WORDS)
def test_plurals_and_inflections_are_found_again(words, topic):
    assert topic in screen(words)
