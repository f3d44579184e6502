"""Reading the patient's own words for signs that a red flag may be there.

A patient may describe cauda equina symptoms only in "What is troubling you?" ("my bottom feels
numb and I can't tell when I need to pee") and answer "No" to the tick-box question. This is a
keyword screen over the free-text answers, for a handful of topics where a delay can do harm.

It infers no diagnosis. A match raises a marker, "Check now: the patient's own words may
describe a red flag", for a person to read, puts the intake at the top of the queue and alerts
the clinic; on the check page the patient is asked the matching red-flag question again, and
only their "Yes" makes a red flag. So a false positive costs a reviewer a minute, and a miss may
cost far more: the patterns are broad on purpose. Negation is handled only where it is cheap
and safe ("no chest pain" right before the words, reaching no further than its clause); a
topic about suicidal thoughts is never negated ("no reason to live" is a match).

Every topic has English and Polish patterns, and both are always read: a patient may write
Polish on the English pages or the reverse. Polish words inflect, so the Polish patterns are
stems (one "krocz" stem for krocze, krocza, kroczu); and people often type Polish without its
letters ("bol w klatce"), so the text and the patterns are both read without diacritics
(`fold`): "ból" and "bol" are one word here. A bare Polish "nie" is not a denial, because it
is how many of these symptoms are said ("nie czuję krocza", "nie kontroluję moczu"); only
plain denials are ("nie mam bólu w klatce", "bez gorączki", "brak drętwienia").

The topics and their words are in intake/triage/topics.py; this module is how they are read.

Sources: NHS pages on cauda equina syndrome, meningitis, chest pain, headaches, back pain
(unexplained weight loss) and suicidal thoughts; NICE NG59 and CKS back pain (red flags), NICE
NG240 (meningitis), NICE CKS headache assessment (thunderclap headache), NICE NG225 (self-harm:
ask, and signpost to help).
"""

import re
import unicodedata

from intake.triage.topics import TOPICS, TOPICS_BY_VALUE, Topic

NEGATION_EN = r"(?:no|not|without|denies|never had|nil)\s+(?:any\s+|new\s+)?"
# "nie mam bólu", "nie miałam żadnego drętwienia", "bez gorączki", "brak problemów z moczem".
NEGATION_PL = (
    r"(?:nie mam|nie miał\w*|nie miewam|nie ma|nie było|nie odczuwam|nie odczuwał\w*|"
    r"nie występuj\w*|nie zauważył\w*|nigdy nie miał\w*|zaprzecza|bez|brak|żadn\w*)\s+"
    r"(?:żadn\w*\s+|jakichkolwiek\s+|nowe\w*\s+)?(?:(?:problem\w*|kłopot\w*)\s+ze?\s+)?"
)


def fold(text: str) -> str:
    """Polish (or any) letters without their diacritics, so that "bol" reads as "ból". One
    character in, one out for Polish, so positions in the folded text stay meaningful."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.replace("ł", "l").replace("Ł", "L")


NEGATION = re.compile(rf"\b(?:{NEGATION_EN}|{fold(NEGATION_PL)})$")


COMPILED = {
    topic.value: [re.compile(rf"\b(?:{fold(p)})\b", re.IGNORECASE) for p in topic.patterns]
    for topic in TOPICS
}


# Where a denial's reach ends (read on normalised text: lower case, no diacritics).
CLAUSE_BREAK = re.compile(
    r"[,.;:!?\n]|\b(?:but|however|although|though|except|yet|now|whereas|"
    r"ale|lecz|jednak|natomiast|tylko|teraz)\b"
)


def normalise(text: str) -> str:
    """Lower case without diacritics, straight apostrophes (a phone types curly ones) and single
    spaces."""
    text = fold(text.replace("\u2019", "'").replace("\u2018", "'").lower())
    return " ".join(text.split())


def negated(text: str, start: int, topic: Topic) -> bool:
    """Whether the words just before a match deny it ("no chest pain", "without any fever")."""
    return topic.negatable and bool(NEGATION.search(text[max(0, start - 25) : start]))


def mentions(text: str, topic: Topic) -> bool:
    text = normalise(text)
    return any(undenied_match(pattern, text, topic) for pattern in COMPILED[topic.value])


def undenied_match(pattern: re.Pattern, text: str, topic: Topic) -> bool:
    """Whether the pattern matches anywhere not denied. A denial reaches no further than its
    clause (NegEx's rule: "but", a comma or a full stop ends it), so after a denied match that
    runs over a clause break the search goes on from that break: in "no numbness in my legs,
    but numb around my groin" the denied match runs from "numbness" to "groin" and would
    otherwise hide the mention inside it."""
    position = 0
    while match := pattern.search(text, position):
        if not negated(text, match.start(), topic):
            return True
        clause_break = CLAUSE_BREAK.search(text, match.start(), match.end())
        position = clause_break.end() if clause_break else match.end()
    return False


def screen(*texts: str) -> list[str]:
    """The topics (their values, in TOPICS' order) that any of the texts may describe."""
    present = [text for text in texts if text and text.strip()]
    return [topic.value for topic in TOPICS if any(mentions(t, topic) for t in present)]


# What a patient may write that stands for a "yes" they did not tick (Topic.or_written).
WRITTEN = {
    topic.value: re.compile(rf"\b(?:{fold(topic.or_written)})\b", re.IGNORECASE)
    for topic in TOPICS
    if topic.or_written
}


def screen_for(texts: list[str], screening_yes: set[str]) -> list[str]:
    """The topics the texts may describe that count for this patient: a topic read for some
    patients only (a knock to the head, for those on blood thinners) counts when they answered
    its health question yes, or wrote of it undenied ("I take apixaban", "I'm 20 weeks
    pregnant"), even without the tick."""
    return [value for value in screen(*texts) if counts_for(value, screening_yes, texts)]


def counts_for(value: str, screening_yes: set[str], texts: list[str]) -> bool:
    topic = TOPICS_BY_VALUE[value]
    if not topic.only_if_yes or topic.only_if_yes in screening_yes:
        return True
    written = WRITTEN.get(value)
    return written is not None and any(
        undenied_match(written, normalise(text), topic) for text in texts if text
    )


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
