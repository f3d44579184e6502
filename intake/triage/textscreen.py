"""Reading the patient's own words for signs that a red flag may be there.

A patient may describe cauda equina symptoms only in "What is troubling you?" ("my bottom feels
numb and I can't tell when I need to pee") and answer "No" to the tick-box question. This is a
keyword screen over the free-text answers, for a handful of topics where a delay can do harm.

It infers no diagnosis. A match raises a marker, "Check now: the patient's own words may
describe a red flag", for a person to read, puts the intake at the top of the queue and alerts
the clinic; on the check page the patient is asked the matching red-flag question again, and
only their "Yes" makes a red flag. So a false positive costs a reviewer a minute, and a miss may
cost far more: the patterns are broad on purpose. Negation is handled only where it is cheap
and safe ("no chest pain" right before the words); a topic about suicidal thoughts is never
negated ("no reason to live" is a match).

Sources: NHS pages on cauda equina syndrome, meningitis, chest pain, headaches and suicidal
thoughts; NICE NG59 and CKS back pain (red flags), NICE NG240 (meningitis), NICE CKS headache
assessment (thunderclap headache), NICE NG225 (self-harm: ask, and signpost to help).
"""

import re
from dataclasses import dataclass

# How far apart (in characters) two words may be and still describe one thing, such as
# "numb" and "groin" in "numb all round my groin".
NEAR = 60
NEGATION = re.compile(r"\b(?:no|not|without|denies|never had|nil)\s+(?:any\s+|new\s+)?$")


def near(first: str, second: str) -> str:
    """A pattern for `first` and `second` within NEAR characters of each other, either order."""
    return rf"(?:{first})[\s\S]{{0,{NEAR}}}?(?:{second})|(?:{second})[\s\S]{{0,{NEAR}}}?(?:{first})"


CANT = r"can'?t|cannot|can not|unable to|couldn'?t|could not|struggl\w* to|trouble"
NUMB = (
    r"numb\w*|tingl\w*|pins and needles|no feeling|(?:lost|loss of|reduced|no) "
    r"(?:feeling|sensation)|(?:" + CANT + r") feel|dead|anaesthe\w*|anesthe\w*"
)
SADDLE = (
    r"groin|genital\w*|saddle|bottom|buttock\w*|bum|backside|perine\w*|private\w*|crotch|"
    r"anus|back passage|vagina\w*|penis|scrotum|testic\w*|between (?:my|the) legs|inner thigh\w*"
)
WATERWORKS = (
    r"bladder|bowels?|urin\w*|pee|peeing|wee|weeing|poo|pooing|poop\w*|stools?|toilet|loo|"
    r"wet(?:ting)? (?:my ?self|the bed)|soil(?:ed|ing)|pass(?:ing)? water"
)
CONTROL = (
    r"control|leak\w*|accident\w*|" + CANT + r"|difficult\w*|problem\w*|retention|"
    r"tell when|know when|feel when|stopped|incontinen\w*|not able|hold it|empty"
)
STIFF_NECK = r"stiff\w* neck|neck (?:is |feels |was )?(?:very )?(?:stiff|rigid)|" + (
    r"(?:" + CANT + r") (?:bend|move|turn) my neck"
)
FEVER = r"fever\w*|temperature|temp\b|hot and cold|shiver\w*|chills|sweat\w*|feel(?:ing)? hot"
HEADACHE = r"headache|head ?ache|pain in (?:my|the) head|head pain|migraine"


@dataclass(frozen=True)
class Topic:
    value: str
    label: str  # for staff: what the words may describe
    patterns: tuple[str, ...]  # any of these matching raises the topic
    # The red flag (intake/triage/redflags.py) whose question the check page asks again; ""
    # for none.
    recheck: str = ""
    negatable: bool = True
    source: str = ""


TOPICS = [
    Topic(
        "saddle_numbness",
        "Numbness around the groin, genitals or buttocks",
        (near(NUMB, SADDLE), r"saddle an\w+", r"cauda equina"),
        recheck="saddle_numbness",
        source="NHS: cauda equina syndrome; NICE NG59 and CKS back pain red flags",
    ),
    Topic(
        "bladder_bowel",
        "Trouble controlling or passing urine or stools",
        (
            near(WATERWORKS, CONTROL),
            r"incontinen\w*",
            r"wet(?:ting)? (?:my ?self|the bed)",
            r"(?:" + CANT + r") (?:pee|wee|urinate|poo|go to the toilet)",
        ),
        recheck="bladder_bowel",
        source="NHS: cauda equina syndrome; NICE NG59 and CKS back pain red flags",
    ),
    Topic(
        "stiff_neck_fever",
        "A stiff neck with a fever (or a rash that does not fade)",
        (near(STIFF_NECK, FEVER), r"meningitis", r"rash (?:that )?(?:does ?n[o']t|won'?t) fade"),
        recheck="stiff_neck_fever",
        source="NHS: meningitis; NICE NG240 (bacterial meningitis)",
    ),
    Topic(
        "chest_pain",
        "Chest pain",
        (
            r"chest (?:pain|pains|tight\w*|pressure|heav\w*|ache\w*|hurt\w*|discomfort)",
            r"(?:pain|ache|tightness|pressure) (?:in|across|on) (?:my|the) chest",
            near(r"chest", r"pain\w*|tight\w*|pressure|heav\w*|crush\w*|squeez\w*|hurts?"),
            r"heart attack",
            r"angina",
        ),
        recheck="chest_pain_now",
        source="NHS: chest pain; NICE CKS back pain (thoracic pain)",
    ),
    Topic(
        "sudden_severe_headache",
        "A sudden or very severe headache (“the worst ever”)",
        (
            r"thunderclap",
            near(r"worst|sudden\w*|explo\w*|like being hit|hit with a|excruciating", HEADACHE),
        ),
        recheck="sudden_severe_headache",
        source="NHS: headaches; NICE CKS headache assessment (thunderclap headache)",
    ),
    Topic(
        "self_harm",
        "Thoughts of suicide or of self-harm",
        (
            r"suicid\w*",
            r"kill(?:ing)? my ?self",
            r"end(?:ing)? (?:it all|my (?:own )?life)",
            r"take my (?:own )?life",
            r"self[- ]?harm\w*",
            r"(?:harm|cut)(?:ing)? my ?self",
            r"hurt(?:ing)? my ?self (?:on purpose|deliberately)",
            r"(?:do ?n[o']t|not) want to (?:live|be alive|be here|wake up)",
            r"want(?:ed)? to die|wish i (?:was|were) dead|better off dead",
            r"no (?:reason|point) (?:to|in) (?:live|living|going on)",
            r"not worth living|overdose",
        ),
        negatable=False,
        source="NHS: help for suicidal thoughts (Samaritans 116 123, NHS 111 option 2, 999); "
        "NICE NG225 (self-harm)",
    ),
]
TOPICS_BY_VALUE = {topic.value: topic for topic in TOPICS}
SELF_HARM = "self_harm"
COMPILED = {
    topic.value: [re.compile(rf"\b(?:{p})\b", re.IGNORECASE) for p in topic.patterns]
    for topic in TOPICS
}


def normalise(text: str) -> str:
    """Lower case, straight apostrophes (a phone types curly ones) and single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return " ".join(text.split())


def negated(text: str, start: int, topic: Topic) -> bool:
    """Whether the words just before a match deny it ("no chest pain", "without any fever")."""
    return topic.negatable and bool(NEGATION.search(text[max(0, start - 25) : start]))


def mentions(text: str, topic: Topic) -> bool:
    text = normalise(text)
    return any(
        not negated(text, match.start(), topic)
        for pattern in COMPILED[topic.value]
        for match in pattern.finditer(text)
    )


def screen(*texts: str) -> list[str]:
    """The topics (their values, in TOPICS' order) that any of the texts may describe."""
    present = [text for text in texts if text and text.strip()]
    return [topic.value for topic in TOPICS if any(mentions(t, topic) for t in present)]


def topics_in(*texts: str) -> dict[str, list[int]]:
    """For staff: each topic found, with the indexes of the texts it was found in."""
    found = {}
    for index, text in enumerate(texts):
        for value in screen(text):
            found.setdefault(value, []).append(index)
    return found


def rechecks(values: list[str], already: list[str]) -> list[str]:
    """The red flags to ask about again for these topics, leaving out those already answered
    yes (or derived) elsewhere."""
    flags = [TOPICS_BY_VALUE[v].recheck for v in values if v in TOPICS_BY_VALUE]
    return [flag for flag in dict.fromkeys(flags) if flag and flag not in already]
