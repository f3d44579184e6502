"""The topics the free-text screen (intake/triage/textscreen.py) looks for in the patient's own
words: what a patient may write about cauda equina symptoms, meningitis, chest pain, a sudden
severe headache, a stroke, a clot in a leg, a knock to the head on blood thinners, warning
signs in pregnancy, weight loss they cannot explain, and thoughts of suicide or self-harm. Each
topic names the red flag whose question the check page asks again, and its sources.

The words themselves, in English and Polish, are in intake/triage/words.py; textscreen.py holds
how they are read: denials, clauses and the screen itself.
"""

from dataclasses import dataclass

from intake.triage.words import (
    BABY,
    BABY_PL,
    BAD,
    BAD_PL,
    BLEEDING,
    BLEEDING_PL,
    BLEEDING_RISK,
    BLEEDING_RISK_PL,
    BLURRED,
    BLURRED_PL,
    CANT,
    CANT_PL,
    CHEST_PL,
    CONTROL,
    CONTROL_PL,
    FACE_DROOP,
    FACE_DROOP_PL,
    FACE_HANDS,
    FACE_HANDS_PL,
    FEVER,
    FEVER_PL,
    FEWER_MOVEMENTS,
    FEWER_MOVEMENTS_PL,
    HEAD_INJURY,
    HEAD_INJURY_PL,
    HEADACHE,
    HEADACHE_PL,
    IMMOBILE,
    IMMOBILE_PL,
    ITCHING,
    ITCHING_PL,
    KEEP_DOWN,
    KEEP_DOWN_PL,
    LEG,
    LEG_PL,
    NUMB,
    NUMB_PL,
    ONE_SIDE,
    ONE_SIDE_PL,
    PAIN,
    PAIN_PL,
    PREGNANT,
    PREGNANT_PL,
    SADDLE,
    SADDLE_PL,
    SEVERE,
    SEVERE_PL,
    SPEECH,
    SPEECH_PL,
    STIFF_NECK,
    STIFF_NECK_PL,
    STROKE,
    STROKE_PL,
    SUDDEN,
    SUDDEN_PL,
    SUSPECT_CLOT,
    SUSPECT_CLOT_PL,
    SWOLLEN,
    SWOLLEN_FACE,
    SWOLLEN_FACE_PL,
    SWOLLEN_PL,
    TUMMY,
    TUMMY_PAIN,
    TUMMY_PAIN_PL,
    TUMMY_PL,
    UNDER_RIBS,
    UNDER_RIBS_PL,
    WATERS,
    WATERS_PL,
    WATERWORKS,
    WATERWORKS_PL,
    WEAK_PL,
    WEIGHT_LOST,
    WEIGHT_LOST_PL,
    near,
)

PREGNANCY = "pregnancy"  # the precaution: "Are you pregnant, or could you be?"


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
    # A precaution slug: the topic counts only for a patient who answered it yes (a knock to
    # the head matters here only with blood thinners), or who wrote of it without denying it
    # (`or_written`, "I take apixaban"): textscreen.screen_for. "": for every patient.
    only_if_yes: str = ""
    or_written: str = ""


def in_pregnancy(value: str, label: str, patterns: tuple[str, ...], **kwargs) -> Topic:
    """A warning sign in pregnancy: read for a patient who is or could be pregnant, ticked on
    the health step or written in her own words."""
    return Topic(
        value,
        label,
        patterns,
        only_if_yes=PREGNANCY,
        or_written=f"{PREGNANT}|{PREGNANT_PL}",
        **kwargs,
    )


TOPICS = [
    Topic(
        "saddle_numbness",
        "Numbness around the groin, genitals or buttocks",
        (
            # Both languages in each list: a patient may mix them ("numb in my krocze").
            near(f"{NUMB}|{NUMB_PL}", f"{SADDLE}|{SADDLE_PL}"),
            r"saddle an\w+",
            r"cauda equina",
            r"siodłow\w*",
            r"ogon\w* końsk\w*",
        ),
        recheck="saddle_numbness",
        source="NHS: cauda equina syndrome; NICE NG59 and CKS back pain red flags",
    ),
    Topic(
        "bladder_bowel",
        "Trouble controlling or passing urine or stools",
        (
            near(f"{WATERWORKS}|{WATERWORKS_PL}", f"{CONTROL}|{CONTROL_PL}"),
            r"incontinen\w*",
            r"wet(?:ting)? (?:my ?self|the bed)",
            r"(?:peed|weed|pooed|pooped|soiled) (?:my ?self|my (?:pants|trousers|knickers))",
            r"(?:" + CANT + r") (?:pee|wee|urinate|poo|go to the toilet)",
            r"nietrzyman\w*|nietrzymani\w*",
            r"zmoczy\w* się|się zmoczy\w*|moczę się",
            r"zmocz\w* (?:łóżk\w*|spodni\w*|majt\w*|bielizn\w*|pości\w*)",
            r"(?:po|ze|z)sika\w* się|się (?:po|ze|z)sika\w*",
            r"(?:" + CANT_PL + r") (?:się )?(?:wysikać|sikać|siusiać|oddać mocz\w*|oddawać mocz\w*|"
            r"wypróżnić|załatwić|zrobić kup\w*)",
        ),
        recheck="bladder_bowel",
        source="NHS: cauda equina syndrome; NICE NG59 and CKS back pain red flags",
    ),
    Topic(
        "stiff_neck_fever",
        "A stiff neck with a fever (or a rash that does not fade)",
        (
            near(f"{STIFF_NECK}|{STIFF_NECK_PL}", f"{FEVER}|{FEVER_PL}"),
            r"meningitis",
            r"rash (?:that )?(?:does ?n[o']t|won'?t) fade",
            r"zapaleni\w* opon\w*|opon\w* mózgow\w*|meningokok\w*|objaw\w* oponow\w*",
            r"wysypk\w*(?: \w+){0,4} nie (?:blednie\w*|bledn\w*|znika\w*|zanika\w*|ustępuj\w*)",
            r"(?:nieblednąc\w*|niebledniejąc\w*|nieznikając\w*) wysypk\w*",
            r"wysypk\w* (?:nieblednąc\w*|niebledniejąc\w*|nieznikając\w*)",
            near(r"wysypk\w*|plamk\w*|kropk\w*", r"szklank\w*|szklan\w*"),
            r"wybroczyn\w*",
        ),
        recheck="stiff_neck_fever",
        source="NHS: meningitis; NICE NG240 (bacterial meningitis)",
    ),
    Topic(
        "chest_pain",
        "Chest pain",
        (
            r"chest (?:pain|pains|tight\w*|pressure|heav\w*|ache\w*|hurt\w*|discomfort)",
            r"(?:pain|ache|tightness|pressure) (?:in|across|on) (?:my|the) chest",
            near(f"chest|breast ?bone|sternum|{CHEST_PL}", f"{PAIN}|{PAIN_PL}"),
            r"heart (?:pain|pains)",
            r"(?:pain|pains|ache|tightness|pressure) (?:in|around) (?:my|the) heart",
            r"heart attack",
            r"angina",
            r"ból\w* (?:w )?serc\w*|serc\w* (?:mnie )?(?:boli|kłuje|ściska|piecze)",
            r"(?:boli|bolało|kłuje|ściska|piecze) (?:mnie )?(?:w )?serc\w*",
            r"kłuci\w* (?:w )?serc\w*|kłuje (?:mnie )?(?:w )?serc\w*",
            r"zawał\w*|dusznic\w*",
        ),
        recheck="chest_pain_now",
        source="NHS: chest pain; NICE CKS back pain (thoracic pain)",
    ),
    Topic(
        "sudden_severe_headache",
        "A sudden or very severe headache (“the worst ever”)",
        (
            r"thunderclap",
            near(f"{SEVERE}|{SEVERE_PL}", f"{HEADACHE}|{HEADACHE_PL}"),
            r"piorunując\w*",
        ),
        recheck="sudden_severe_headache",
        source="NHS: headaches; NICE CKS headache assessment (thunderclap headache)",
    ),
    Topic(
        "stroke",
        "Signs of a stroke (the face, one side of the body, speech)",
        (
            STROKE,
            near(FACE_DROOP[0], FACE_DROOP[1]),
            near(ONE_SIDE, r"numb\w*|weak\w*|tingl\w*|dead|heavy|droop\w*|paraly\w*"),
            SPEECH,
            STROKE_PL,
            near(FACE_DROOP_PL[0], FACE_DROOP_PL[1]),
            near(ONE_SIDE_PL, WEAK_PL),
            SPEECH_PL,
            r"niedowład\w*",
        ),
        recheck="stroke_signs",
        source="NHS: stroke (face, arms, speech: call 999); NHS: transient ischaemic attack",
    ),
    Topic(
        "dvt",
        "A swollen, painful leg that may be a clot (DVT)",
        (
            near(LEG, SWOLLEN),
            near(r"calf|calves", IMMOBILE),
            SUSPECT_CLOT,
            near(LEG_PL, SWOLLEN_PL),
            near(r"łyd(?:k\w*|ce|ek)", IMMOBILE_PL),
            SUSPECT_CLOT_PL,
        ),
        recheck="dvt_signs",
        source="NHS: deep vein thrombosis (an urgent GP appointment or 111; with breathlessness "
        "or chest pain, 999)",
    ),
    Topic(
        "head_injury_blood_thinners",
        "A knock to the head while on blood thinners",
        (HEAD_INJURY, HEAD_INJURY_PL),
        recheck="head_injury_blood_thinners",
        source="NICE NG232 (head injury on anticoagulant treatment: an emergency department and "
        "a CT scan within 8 hours); NHS: head injury and concussion",
        only_if_yes="blood-thinners",
        or_written=f"{BLEEDING_RISK}|{BLEEDING_RISK_PL}",
    ),
    in_pregnancy(
        "pregnancy_tummy_pain",
        "Tummy pain in pregnancy",
        (near(TUMMY, TUMMY_PAIN), near(TUMMY_PL, TUMMY_PAIN_PL)),
        recheck="pregnancy_tummy_pain",
        source="NHS: stomach pain in pregnancy; NHS: ectopic pregnancy",
    ),
    in_pregnancy(
        "pregnancy_bleeding",
        "Bleeding in pregnancy",
        (BLEEDING, BLEEDING_PL),
        recheck="pregnancy_bleeding",
        source="NHS: vaginal bleeding in pregnancy",
    ),
    in_pregnancy(
        "pregnancy_fewer_movements",
        "The baby moving less",
        (near(BABY, FEWER_MOVEMENTS), near(BABY_PL, FEWER_MOVEMENTS_PL)),
        recheck="pregnancy_fewer_movements",
        source="NHS: your baby's movements",
    ),
    in_pregnancy(
        "pregnancy_preeclampsia",
        "Signs of pre-eclampsia (sight, sudden swelling, a bad headache, pain under the ribs)",
        (
            BLURRED,
            near(FACE_HANDS, SWOLLEN_FACE),
            near(SUDDEN, SWOLLEN_FACE),
            near(BAD, HEADACHE),
            near(UNDER_RIBS, PAIN),
            BLURRED_PL,
            near(FACE_HANDS_PL, SWOLLEN_FACE_PL),
            near(SUDDEN_PL, SWOLLEN_FACE_PL),
            near(BAD_PL, HEADACHE_PL),
            near(UNDER_RIBS_PL, PAIN_PL),
        ),
        recheck="pregnancy_headache_vision_swelling",
        source="NHS: pre-eclampsia (sudden swelling of the face, hands or feet); NICE NG133",
    ),
    in_pregnancy(
        "pregnancy_waters_contractions",
        "The waters breaking, or contractions",
        (WATERS, WATERS_PL),
        recheck="pregnancy_waters_contractions",
        source="NHS: signs that labour has begun; NHS: premature labour",
    ),
    in_pregnancy(
        "pregnancy_vomiting",
        "Being sick so often that nothing stays down",
        (KEEP_DOWN, KEEP_DOWN_PL),
        recheck="pregnancy_vomiting",
        source="NHS: severe vomiting in pregnancy",
    ),
    in_pregnancy(
        "pregnancy_itching",
        "Itching in pregnancy",
        (ITCHING, ITCHING_PL),
        recheck="pregnancy_itching",
        source="NHS: intrahepatic cholestasis of pregnancy",
    ),
    Topic(
        "weight_loss",
        "Weight loss they cannot explain",
        (WEIGHT_LOST, WEIGHT_LOST_PL),
        recheck="weight_loss",
        source="NHS: back pain (see a GP urgently or call 111 with unexplained weight loss); "
        "NICE CKS back pain (possible cancer)",
    ),
    Topic(
        "self_harm",
        "Thoughts of suicide or of self-harm",
        (
            r"suicid\w*",
            r"kill(?:ing)? my ?self",
            r"end(?:ed|ing|s)? (?:it all|my (?:own )?life)",
            r"want (?:it all|everything) to (?:end|stop)",
            r"take my (?:own )?life",
            r"self[- ]?harm\w*",
            r"(?:harm(?:ing)?|cut(?:ting)?) my ?self",
            r"hurt(?:ing)? my ?self (?:on purpose|deliberately)",
            r"(?:do ?n[o']t|not) want to (?:live|be alive|be here|wake up|go on|carry on)",
            r"(?:sleep|go to sleep) and (?:not|never) wake up",
            r"want(?:ed)? to die|wish i (?:was|were) dead|better off dead|better off without me",
            r"no (?:reason|point) (?:to|in) (?:live|living|going on)",
            r"(?:there'?s|there is|see) no point (?:any ?more|in anything)",
            r"not worth living|overdose",
            r"samobój\w*",
            r"zabi(?:ć|ł\w*|j\w*) się|się zabi(?:ć|ł\w*|j\w*)",
            r"odebra\w* sobie życi\w*|odbior\w* sobie życi\w*|odbier\w* sobie życi\w*",
            r"targn\w* się na (?:swoje |własne )?życi\w*",
            r"skończy\w* ze sobą|ze sobą skończy\w*|skończy\w* z tym wszystkim",
            r"zakończy\w* (?:swoje |moje |własne )?życi\w*|zakończy\w* to wszystko",
            r"powiesi\w* się|się powiesi\w*|rzuc\w* się pod",
            r"skocz\w* z (?:mostu|okna|dachu|balkonu)",
            r"samookalecz\w*|okalecz\w*|samouszkodz\w*|samoszkodz\w*",
            r"krzywdz\w* (?:się|siebie|sam\w* siebie)|(?:się|siebie) krzywdz\w*",
            r"(?:chc\w*|chciał\w*|myśl\w*|zamierza\w*|planuj\w*|ochotę) (?:\w+ ){0,2}"
            r"(?:zrobić |robić )?sobie krzywd\w*",
            r"(?:celowo|specjalnie|umyślnie) (?:\w+ ){0,3}krzywd\w*",
            r"tn(?:ę|ie\w*) się|się tn(?:ę|ie\w*)",
            r"(?:po)?ci(?:ąć|ęł\w*|ął|ęci\w*) się|się (?:po)?ci(?:ąć|ęł\w*|ął)",
            r"nie chc\w* (?:już |dalej |więcej )?żyć|nie chce mi się (?:już )?żyć",
            r"chc\w* (?:mi się )?(?:już )?umrzeć|chciał\w* (?:już )?umrzeć",
            r"wolał\w* (?:już )?(?:umrzeć|nie żyć)",
            r"lepiej (?:by było|żebym|gdybym) (?:\w+ ){0,2}nie żył\w*|gdyby mnie (?:już )?nie było",
            r"(?:nie ma|bez|nie widzę) sensu (?:dalej )?(?:żyć|życia)|życie nie ma sensu",
            r"nie warto żyć|szkoda (?:mi )?żyć|przedawkow\w*",
            r"nie mam po co (?:dalej )?żyć|(?:lepiej|lepsz\w*) (?:\w+ ){0,2}beze mnie",
            r"(?:mam )?do(?:ść|syć) (?:tego )?życia|zmęczon\w* życiem",
            r"zasn(?:ąć|ę) i (?:się )?(?:już )?(?:nie|nigdy nie) obudzi\w*",
            r"nie (?:chc\w*|chciał\w*) się (?:już )?obudzić",
            r"(?:obym|żebym) się (?:już )?nie obudzi\w*",
        ),
        negatable=False,
        source="NHS: help for suicidal thoughts (Samaritans 116 123, NHS 111 option 2, 999); "
        "NICE NG225 (self-harm); Mind: suicidal feelings (others better off without you); "
        "NHS MECC: suicide awareness (no reason to live)",
    ),
]
TOPICS_BY_VALUE = {topic.value: topic for topic in TOPICS}
SELF_HARM = "self_harm"
