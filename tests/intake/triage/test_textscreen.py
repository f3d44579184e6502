"""The free-text screen: the patient's own words that may describe a red flag. Misses are
what matter; a false positive costs a reviewer a minute."""

import pytest

from intake.triage.redflags import FLAGS_BY_VALUE
from intake.triage.textscreen import TOPICS, rechecks, screen, topics_in

POSITIVES = [
    ("bottom feels numb, can't tell when I need to pee", ["saddle_numbness", "bladder_bowel"]),
    ("Numbness around my groin since Tuesday", ["saddle_numbness"]),
    ("pins and needles in my private parts and back pain", ["saddle_numbness"]),
    ("I can\u2019t feel anything between my legs when I wipe", ["saddle_numbness"]),
    ("saddle anaesthesia?", ["saddle_numbness"]),
    ("I have wet myself twice this week", ["bladder_bowel"]),
    ("Lost control of my bowels yesterday", ["bladder_bowel"]),
    ("new incontinence since the fall", ["bladder_bowel"]),
    ("I cannot pee properly and my back is agony", ["bladder_bowel"]),
    ("Trouble passing urine", ["bladder_bowel"]),
    ("Very stiff neck and a high temperature since this morning", ["stiff_neck_fever"]),
    ("fever, headache and my neck is stiff", ["stiff_neck_fever"]),
    ("worried it might be meningitis", ["stiff_neck_fever"]),
    ("a rash that doesn't fade under a glass", ["stiff_neck_fever"]),
    ("chest pain when I climb stairs", ["chest_pain"]),
    ("Tightness across my chest and upper back", ["chest_pain"]),
    ("chest feels tight and heavy", ["chest_pain"]),
    ("the worst headache of my life came on this morning", ["sudden_severe_headache"]),
    ("a sudden, explosive headache", ["sudden_severe_headache"]),
    ("thunderclap pain at the back of my head", ["sudden_severe_headache"]),
    ("Some days I think about suicide", ["self_harm"]),
    ("I feel like ending it all", ["self_harm"]),
    ("sometimes I don't want to be alive", ["self_harm"]),
    ("I have been self-harming again", ["self_harm"]),
    ("no reason to live any more", ["self_harm"]),
    ("honestly I want to die", ["self_harm"]),
]

NEGATIVES = [
    "Aching lower back after long days at my desk.",
    "No chest pain, just a sore shoulder.",
    "no numbness in my groin, the GP asked",
    "No bladder or bowel problems.",
    "Neck ache from looking at screens; a mild headache most weeks.",
    "Tension headaches for years, worse with stress.",
    "Stiff neck after sleeping badly.",
    "I hurt myself lifting a box at work.",
    "This pain is killing me at work.",
    "I work shifts and cannot come in on Tuesdays.",
    "",
]


@pytest.mark.parametrize(("text", "topics"), POSITIVES)
def test_words_that_may_describe_a_red_flag_are_found(text, topics):
    assert screen(text) == topics


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_words_and_plain_denials_raise_nothing(text):
    assert screen(text) == []


def test_a_denial_elsewhere_does_not_hide_a_mention():
    assert screen("No fever. But chest pain since Sunday.") == ["chest_pain"]
    assert screen("no chest pain, but now chest tightness at night") == ["chest_pain"]


def test_thoughts_of_suicide_are_never_read_as_denied():
    assert screen("not suicidal, I think") == ["self_harm"]


def test_every_text_is_read_and_each_topic_says_where():
    assert screen("back pain", "", "I have been wetting myself") == ["bladder_bowel"]
    found = topics_in("chest pain", "sore back", "chest pain and numb bum")
    assert found == {"chest_pain": [0, 2], "saddle_numbness": [2]}


def test_each_recheck_is_a_red_flag_and_one_already_answered_is_not_asked_again():
    for topic in TOPICS:
        assert topic.recheck == "" or topic.recheck in FLAGS_BY_VALUE
    asked = rechecks(["saddle_numbness", "bladder_bowel", "self_harm"], ["bladder_bowel"])
    assert asked == ["saddle_numbness"]
