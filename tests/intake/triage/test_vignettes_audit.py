"""The safety audit's patients: each checked as a careful clinician would check the intake.

For each patient: can they tell us (the health step asks it), what does the engine suggest,
what does the reviewer see (the caution and the words of its staff note), and which red flag,
at which urgency, the patient reads. The vignettes in test_vignettes.py and
test_vignettes_edges.py are not repeated here; these add the patients the audit walked
through (blood thinners, pregnancy, clots, surgery and fractures, cancer, immunity, diabetes,
implants, epilepsy, fainting with needles, skin, fever, osteoporosis, children and the very
old) and the words they might write in their own words.
"""

from dataclasses import dataclass, field

import pytest

from intake.triage.redflags import FLAGS_BY_VALUE, Urgency, urgency_of
from intake.triage.suggest import POSTPONE, REFER, UNDECIDED
from intake.triage.textscreen import screen
from intake.triage.topics import TOPICS_BY_VALUE
from tests.helpers import fill_in, health_answers, submit
from tests.intake.triage.test_vignettes import Vignette, run

LONG = "over_3_months"
NEW = "under_6_weeks"
EVERY = {"massage-therapy", "medical-massage", "relaxation-massage", "acupressure", "acupuncture"}


def in_pain(*regions: str, duration: str = LONG, score: int = 5, **extra) -> dict:
    return {
        "goals": ["pain_relief"],
        "body_regions": list(regions),
        "duration": duration,
        "pain_now": score,
        "pain_week_average": score,
        "interference": 4,
        "age": 45,
        **extra,
    }


def migraine(**extra) -> dict:
    return {"conditions": ["migraine-headache"], "goals": ["headache"], "age": 40, **extra}


def stressed(**extra) -> dict:
    return {"goals": ["stress_relief"], "age": 35, **extra}


@dataclass(frozen=True)
class Patient:
    name: str
    answers: dict
    top: set[str]
    # Treatments the engine must not suggest (not only not on top).
    not_suggested: set[str] = field(default_factory=set)
    # modality: words that must be in the staff notes the reviewer reads for it.
    notes: dict[str, list[str]] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)  # red flags, asked and derived
    urgency: Urgency = Urgency.NONE
    # Treatments whose preference for their core technique is shown as not counted.
    preference_cancelled: set[str] = field(default_factory=set)


P = Patient
PATIENTS = [
    # --- Blood thinners and bleeding disorders ---
    P(
        "warfarin, migraine, comfortable with needles",
        migraine(age=68, needles="comfortable", screening_yes=["blood-thinners"]),
        top={UNDECIDED, "acupressure"},
        not_suggested={"acupuncture", "medical-massage", "massage-therapy"},
        notes={"acupuncture": ["INR", "haemophilia", "press each site"]},
        preference_cancelled={"acupuncture"},
    ),
    P(
        "haemophilia, wanting to relax",
        stressed(screening_yes=["blood-thinners"]),
        top={"relaxation-massage"},
        not_suggested={"medical-massage", "acupuncture"},
        notes={"medical-massage": ["haemophilia", "very low platelets"]},
    ),
    P(
        "apixaban, long-standing shoulder pain, firm pressure",
        in_pain("shoulders", pressure="firm", screening_yes=["blood-thinners"]),
        top={UNDECIDED, "relaxation-massage", "acupressure"},
        not_suggested={"medical-massage", "acupuncture"},
        notes={"medical-massage": ["deep tissue"], "acupressure": ["bruising"]},
        preference_cancelled={"medical-massage"},
    ),
    # --- Pregnancy ---
    P(
        "24 weeks pregnant, wanting to relax",
        stressed(screening_yes=["pregnancy"], pregnancy_weeks=24),
        top={"relaxation-massage"},
        not_suggested={"acupuncture", "acupressure", "medical-massage"},
        notes={
            "acupressure": ["LI4", "SP6", "lower abdomen"],
            "acupuncture": ["LI4", "SP6", "lumbosacral"],
            "relaxation-massage": ["side-lying"],
        },
    ),
    P(
        "30 weeks pregnant, new tummy ache, no warning sign ticked",
        in_pain("abdomen", duration=NEW, score=3, screening_yes=["pregnancy"], pregnancy_weeks=30),
        top={UNDECIDED, "relaxation-massage"},
        not_suggested={"medical-massage", "acupuncture", "acupressure"},
        notes={"medical-massage": ["abdomen"], "massage-therapy": ["abdomen", "pre-eclampsia"]},
    ),
    P(
        "9 weeks pregnant, morning sickness, comfortable with needles",
        {
            "age": 31,
            "goals": ["nausea"],
            "needles": "comfortable",
            "screening_yes": ["pregnancy"],
            "pregnancy_weeks": 9,
        },
        top={"acupressure"},
        not_suggested={"acupuncture"},
        notes={"acupuncture": ["First trimester", "after 12 weeks"]},
        preference_cancelled={"acupuncture"},
    ),
    P(
        "could be pregnant, weeks not known, nausea, comfortable with needles",
        {"age": 31, "goals": ["nausea"], "needles": "comfortable", "screening_yes": ["pregnancy"]},
        top={"acupressure"},
        not_suggested={"acupuncture"},
        notes={"acupuncture": ["Weeks not known", "possibly the first trimester", "12 weeks"]},
        preference_cancelled={"acupuncture"},
    ),
    # --- Clots, surgery and broken bones ---
    P(
        "a clot being checked in the calf, aching leg",
        in_pain("legs", duration=NEW, screening_yes=["blood-clot-now"]),
        top={UNDECIDED},
        not_suggested=EVERY,
        notes={"massage-therapy": ["same-day assessment", "999"], "acupressure": ["affected limb"]},
    ),
    P(
        "hip replacement six weeks ago, new leg pain",
        in_pain("legs", "hips", duration=NEW, age=48, screening_yes=["recent-surgery"]),
        top={UNDECIDED, "acupressure"},
        not_suggested={"medical-massage", "acupuncture"},
        notes={
            "massage-therapy": ["DVT", "calf pain"],
            "medical-massage": ["DVT"],
            "acupuncture": ["anticoagulation"],
        },
    ),
    P(
        "a broken wrist last month, wanting firm work",
        in_pain(
            "hands",
            duration=NEW,
            goals=["injury"],
            pressure="firm",
            screening_yes=["recent-fracture"],
        ),
        top={UNDECIDED, "medical-massage"},
        not_suggested={"medical-massage", "acupressure"},
        notes={"medical-massage": ["fracture", "low-trauma"], "acupuncture": ["cast"]},
        preference_cancelled={"medical-massage"},
    ),
    # --- Cancer and immunity ---
    P(
        "chemotherapy, lymph nodes removed, aching arm",
        in_pain(
            "arms",
            goals=["pain_relief", "stress_relief"],
            age=52,
            screening_yes=["cancer-treatment"],
        ),
        top={"acupressure", "relaxation-massage"},
        not_suggested={"acupuncture", "medical-massage"},
        notes={
            "acupuncture": ["neutropenia", "low platelets", "lymphoedema"],
            "medical-massage": ["platelets", "Oncology clearance"],
        },
    ),
    P(
        "long-term steroids, tense shoulders",
        in_pain(
            "shoulders",
            goals=["stress_relief"],
            needles="comfortable",
            screening_yes=["weakened-immunity"],
        ),
        top={"relaxation-massage", "acupressure", "medical-massage"},
        not_suggested={"acupuncture"},
        notes={"acupuncture": ["neutropenia", "sterile"], "medical-massage": ["fragile skin"]},
        preference_cancelled={"acupuncture"},
    ),
    # --- Long-term conditions and implants ---
    P(
        "diabetic neuropathy, chronic foot pain, comfortable with needles",
        in_pain(
            "feet",
            age=63,
            needles="comfortable",
            conditions=["chronic-pain"],
            screening_yes=["diabetes-neuropathy"],
        ),
        top={UNDECIDED, "relaxation-massage"},
        not_suggested={"acupuncture", "medical-massage"},
        notes={
            "acupuncture": ["Do not needle the feet", "hypoglycaemia"],
            "massage-therapy": ["Reduced sensation", "feedback"],
        },
        preference_cancelled={"acupuncture"},
    ),
    P(
        "pacemaker, migraine, comfortable with needles",
        migraine(age=72, needles="comfortable", screening_yes=["implanted-device"]),
        top={"acupressure"},
        notes={
            "acupuncture": ["Electro-acupuncture", "contraindicated"],
            "acupressure": ["electrical acupoint stimulators"],
        },
    ),
    P(
        "epilepsy, migraine, comfortable with needles",
        migraine(needles="comfortable", screening_yes=["epilepsy"]),
        top={"acupressure"},
        notes={"acupuncture": ["unattended", "electro-acupuncture"]},
    ),
    P(
        "fainted at a blood test, migraine, says needles are fine",
        migraine(needles="comfortable", screening_yes=["needle-fainting"]),
        top={"acupressure"},
        not_suggested={"acupuncture"},
        notes={"acupuncture": ["vasovagal", "lying down"]},
        preference_cancelled={"acupuncture"},
    ),
    # --- Skin, fever and bones ---
    P(
        "an infected cut, long-standing low back pain",
        in_pain("lower_back", screening_yes=["skin-condition"]),
        top={"medical-massage"},
        not_suggested={"acupuncture"},
        notes={
            "acupuncture": ["broken, infected or inflamed skin"],
            "medical-massage": ["cellulitis"],
        },
    ),
    P(
        "feeling unwell today, wanting to relax",
        stressed(screening_yes=["fever"]),
        top={POSTPONE},
        not_suggested=EVERY,
        notes={"relaxation-massage": ["Defer"]},
    ),
    # Feeling unwell during cancer treatment may be neutropenic sepsis (NICE CG151): the
    # cancer team's 24-hour line, now; with a weakened immune system otherwise, a doctor today.
    P(
        "chemotherapy and feeling unwell today",
        stressed(age=47, screening_yes=["cancer-treatment", "fever"]),
        top={REFER},
        not_suggested=EVERY,
        flags={"cancer_treatment_unwell"},
        urgency=Urgency.EMERGENCY,
    ),
    P(
        "long-term steroids and feeling unwell today",
        stressed(age=39, screening_yes=["weakened-immunity", "fever"]),
        top={REFER},
        not_suggested=EVERY,
        flags={"weakened_immunity_unwell"},
        urgency=Urgency.URGENT,
    ),
    P(
        "chemotherapy, a weakened immune system and feeling unwell: the cancer team's line",
        stressed(age=58, screening_yes=["cancer-treatment", "weakened-immunity", "fever"]),
        top={REFER},
        not_suggested=EVERY,
        flags={"cancer_treatment_unwell"},
        urgency=Urgency.EMERGENCY,
    ),
    P(
        "chemotherapy, well today",
        stressed(age=47, screening_yes=["cancer-treatment"]),
        top={"relaxation-massage", "acupressure", UNDECIDED},
    ),
    P(
        "osteoporosis, aching knees, firm pressure",
        in_pain("knees", age=71, pressure="firm", screening_yes=["osteoporosis"]),
        top={"acupuncture", "acupressure", UNDECIDED},
        not_suggested={"medical-massage"},
        notes={"medical-massage": ["No deep pressure"], "acupressure": ["no elbows"]},
        preference_cancelled={"medical-massage"},
    ),
    P(
        "osteoporosis, neck pain for years",
        in_pain("neck", age=66, screening_yes=["osteoporosis"], conditions=["neck-pain"]),
        top={REFER},
        flags={"osteoporosis_back_pain"},
        urgency=Urgency.BEFORE_TREATMENT,
    ),
    # --- The youngest and the oldest ---
    P(
        "eight years old, anxious",
        stressed(age=8),
        top={"relaxation-massage"},
        notes={
            slug: ["Under 16", "parent or guardian must agree", "every visit"] for slug in EVERY
        },
    ),
    P(
        "seventeen, anxious before exams",
        stressed(age=17),
        top={"relaxation-massage"},
        notes={slug: ["may agree to treatment themselves"] for slug in EVERY},
    ),
    P(
        "ninety-three, stiff knees, firm pressure",
        in_pain("knees", age=93, pressure="firm", goals=["mobility"]),
        top={"acupressure", "acupuncture", UNDECIDED},
        not_suggested={"medical-massage"},
        notes={"medical-massage": ["lighter pressure"]},
        preference_cancelled={"medical-massage"},
    ),
    P(
        "ninety-three, back pain for years, never named by a doctor",
        in_pain("lower_back", age=93),
        top={REFER},
        flags={"over_50_new_pain"},
        urgency=Urgency.BEFORE_TREATMENT,
    ),
    # --- Red flags given on the health step ---
    P(
        "cauda equina: numb saddle and new bladder trouble",
        in_pain("lower_back", duration=NEW, red_flags=["saddle_numbness", "bladder_bowel"]),
        top={REFER},
        flags={"saddle_numbness", "bladder_bowel"},
        urgency=Urgency.EMERGENCY,
    ),
    P(
        "unexplained weight loss and night pain with back pain",
        in_pain("lower_back", age=44, red_flags=["weight_loss", "night_pain"]),
        top={REFER},
        flags={"weight_loss", "night_pain"},
        urgency=Urgency.URGENT,
    ),
    P(
        "past breast cancer, back pain that wakes her at night",
        in_pain("lower_back", age=58, red_flags=["night_pain"], screening_yes=["cancer-history"]),
        top={REFER},
        flags={"night_pain", "cancer_spinal_pain", "cancer_history", "over_50_new_pain"},
        urgency=Urgency.URGENT,
    ),
    P(
        "chest tightness this week, wanting to relax",
        stressed(red_flags=["chest_pain_now"]),
        top={REFER},
        flags={"chest_pain_now"},
        urgency=Urgency.EMERGENCY,
    ),
    P(
        "pregnant, some bleeding",
        stressed(screening_yes=["pregnancy"], pregnancy_weeks=18, red_flags=["pregnancy_bleeding"]),
        top={REFER},
        flags={"pregnancy_bleeding"},
        urgency=Urgency.EMERGENCY,
    ),
]


def test_the_audits_patients_have_their_own_names():
    assert len({p.name for p in PATIENTS}) == len(PATIENTS)


@pytest.mark.django_db
@pytest.mark.parametrize("patient", PATIENTS, ids=lambda p: p.name)
def test_the_audits_patient(patient: Patient):
    flags = set(patient.answers.get("red_flags", []))
    result = run(Vignette(patient.name, patient.answers, top=set()))
    ranking = {entry["slug"]: entry for entry in result["ranking"]}
    scores = [(e["slug"], e["score"], e["suggested"]) for e in result["ranking"]]

    assert result["top"] in patient.top, scores
    for slug in patient.not_suggested:
        assert not ranking[slug]["suggested"], (slug, scores)
    for slug, words in patient.notes.items():
        notes = " ".join(c["note"] for c in ranking[slug]["cautions"])
        for word in words:
            assert word in notes, f"{slug}: {word!r} not in {notes!r}"
    for slug in patient.preference_cancelled:
        assert any("limits that technique" in r for r in ranking[slug]["reasons"]), slug
    found = set(result["red_flags"])
    assert found == flags | patient.flags
    assert urgency_of(list(found)) == patient.urgency
    assert result["refer"] is bool(found)


# --- Can the patient tell us? What the health step shows, in the patient's words ---
# The themed precautions show their names as tick boxes (their longer questions are not on the
# page), so the names are what a patient reads.

ASKED_WORDS = [
    "Blood thinners or a bleeding disorder",
    "Are you pregnant, or could you be?",
    "Blood clot now",
    "Recent surgery",
    "A broken bone in the last 3 months",
    "Cancer treatment",
    "Weakened immune system",
    "Diabetes or neuropathy",
    "Pacemaker or other implanted device",
    "Epilepsy or seizures",
    "Fainting with needles, or a fear of needles",
    "Skin infection, rash or open wound",
    "Fever or feeling unwell",
    "Osteoporosis (thin bones)",
    "New numbness or tingling around your groin, genitals or buttocks",
    "New trouble controlling or passing urine or stools",
    "Weight loss you cannot explain",
    "Pain that is there at night or at rest and does not ease",
    "Chest pain, pressure or tightness that you have now",
]


def test_the_health_step_asks_every_circumstance_the_audit_relies_on(client, answers):
    fill_in(client, answers, upto="goals")
    page = client.get("/intake/health/").content.decode()
    for words in ASKED_WORDS:
        assert words in page, words


# --- What the patient reads ---


def test_a_patient_on_warfarin_gets_no_alarm_and_staff_see_the_medicine(client, answers):
    """A blood thinner is a precaution, not a red flag: no advice to see a doctor, and the
    medicine the patient named reaches the reviewer with the caution."""
    from intake.models import Submission

    answers["health"] = health_answers(**{"blood-thinners": "yes"})
    answers["health"]["blood-thinners_detail"] = "Warfarin, INR checked monthly"
    fill_in(client, answers)
    submit(client)

    submission = Submission.objects.get()
    assert submission.has_red_flag is False
    assert submission.has_text_flag is False
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert "go to A&amp;E now</h2>" not in confirmation
    assert "Warfarin, INR checked monthly" in [a.detail for a in submission.screening_answers.all()]


def test_a_pregnant_patients_warning_sign_reaches_the_email_first(client, answers):
    from django.core import mail

    answers["health"] = health_answers(
        pregnancy="yes", pregnancy_detail="33", red_flag_pregnancy_headache_vision_swelling="yes"
    )
    fill_in(client, answers)
    submit(client)

    (acknowledgement,) = [m for m in mail.outbox if m.to == ["ada@example.org"]]
    assert acknowledgement.body.startswith("Call your maternity unit or midwife now.")


def test_feeling_unwell_during_chemotherapy_sends_the_patient_to_the_cancer_team_first(
    client, answers
):
    from django.core import mail

    answers["health"] = health_answers(**{"cancer-treatment": "yes", "fever": "yes"})
    answers["health"]["cancer-treatment_detail"] = "Chemotherapy, last cycle 10 days ago"
    answers["symptoms"]["body_regions"] = ["shoulders"]  # not the neck: no meningitis rule
    fill_in(client, answers)
    submit(client)

    confirmation = client.get("/intake/confirmation/").content.decode()
    heading = "Call your cancer team's 24-hour helpline now"
    assert heading in confirmation
    assert confirmation.index(heading) < confirmation.index("We have your answers")
    assert "even if your temperature is normal" in confirmation
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["ada@example.org"]]
    assert acknowledgement.body.startswith("Call your cancer team's 24-hour helpline now.")


@pytest.mark.parametrize(
    "words",
    [
        "Some days I feel like ending it all.",
        "Czasem myślę, żeby skończyć ze sobą.",
    ],
)
def test_thoughts_of_suicide_in_either_language_bring_support_on_the_polish_pages(
    client, answers, words
):
    from intake.models import Submission

    answers["preferences"]["anything_else"] = words
    for slug, data in answers.items():
        assert client.post(f"/pl/intake/{slug}/", data).status_code == 302
    check = client.get("/pl/intake/check/")
    assert 'href="tel:116123"' in check.content.decode()
    client.post("/pl/intake/check/", {"consent": "on", "key": check.context["form"]["key"].value()})

    confirmation = client.get("/pl/intake/confirmation/").content.decode()
    assert "Jeśli masz myśli samobójcze" in confirmation
    assert 'href="tel:116123"' in confirmation
    assert Submission.objects.get().text_flags == ["self_harm"]


# --- Their own words: what the screen already finds ---

OWN_WORDS_FOUND = [
    ("my bum is numb and has been since Friday", "saddle_numbness"),
    ("loss of sensation in my perineum", "saddle_numbness"),
    ("I can't feel when my bladder is full", "bladder_bowel"),
    ("I have trouble starting to pee since the back went", "bladder_bowel"),
    ("crushing pain across the chest going into my left arm", "chest_pain"),
    ("kłucie w klatce piersiowej od rana", "chest_pain"),
    ("a headache like being hit on the head", "sudden_severe_headache"),
    ("I have thought about taking an overdose", "self_harm"),
    ("tnę się żyletką", "self_harm"),
    ("mysle o samobojstwie", "self_harm"),
]


@pytest.mark.parametrize(("words", "topic"), OWN_WORDS_FOUND)
def test_own_words_already_found(words, topic):
    assert topic in screen(words)
    recheck = TOPICS_BY_VALUE[topic].recheck
    if topic == "self_harm":
        assert recheck == ""  # support is shown, not a question
    else:  # the check page asks an emergency red flag again
        assert FLAGS_BY_VALUE[recheck].urgency == Urgency.EMERGENCY


# --- Their own words: phrasings the screen missed (safety audit, December 2026) ---

OWN_WORDS_MISSED = [
    # Thoughts of suicide (Mind: suicidal feelings; MECC: warning signs of suicide).
    ("Some days I think my family would be better off if I ended my life.", "self_harm"),
    ("everyone would be better off without me", "self_harm"),
    ("I don't want to go on any more", "self_harm"),
    ("I feel like there's no point anymore", "self_harm"),
    ("I have been cutting myself again", "self_harm"),
    ("I want it all to end", "self_harm"),
    ("I wish I could go to sleep and not wake up", "self_harm"),
    ("wszystkim byłoby lepiej beze mnie", "self_harm"),
    ("nie mam po co żyć", "self_harm"),
    ("chciałabym zasnąć i się nie obudzić", "self_harm"),
    ("mam dość życia", "self_harm"),
    # Cauda equina (altered feeling when wiping; leaking: the NHS trusts' warning signs).
    ("it feels numb when I wipe after the toilet", "saddle_numbness"),
    ("I can't feel the toilet paper when I wipe", "saddle_numbness"),
    ("nie czuję papieru przy podcieraniu", "saddle_numbness"),
    ("urine dribbles out since my back went", "bladder_bowel"),
    ("I peed myself on the way to work", "bladder_bowel"),
    ("popuściłam mocz w autobusie", "bladder_bowel"),
    # Chest pain (NHS: chest pain; heart attack).
    ("a pain in my heart when I walk uphill", "chest_pain"),
    ("pain behind my breastbone", "chest_pain"),
    ("my chest is sore when I breathe in", "chest_pain"),
    # Thunderclap headache (NICE CKS headache assessment: worst within minutes).
    ("a severe headache that came on in seconds", "sudden_severe_headache"),
    ("a terrible headache out of the blue this morning", "sudden_severe_headache"),
]


@pytest.mark.parametrize(("words", "topic"), OWN_WORDS_MISSED)
def test_own_words_the_screen_missed_are_found(words, topic):
    assert topic in screen(words)


STILL_NOT_FOUND = [
    "I wipe down the gym equipment after use.",
    "My heart rate is normal; just a sore shoulder.",
    "I can't go on holiday this year because of my back.",
    "Headaches in the afternoon, after long meetings.",
    "Mam dość pracy przy biurku, bolą mnie plecy.",
    "Boli mnie ramię, kiedy podnoszę papier do drukarki.",
]


@pytest.mark.parametrize("words", STILL_NOT_FOUND)
def test_ordinary_words_near_the_new_phrasings_raise_nothing(words):
    assert screen(words) == []


def test_an_accidental_cut_is_read_as_self_harm_the_safe_way_to_be_wrong():
    """A "cut myself" was a match before the audit too: thoughts of self-harm are never read as
    denied, and support shown to someone who did not need it costs far less than a miss."""
    assert screen("I cut myself chopping onions last week.") == ["self_harm"]


# --- Weight loss in their own words (safety audit): the question is asked again ---

WEIGHT_LOSS_WORDS = [
    "I've lost two stone without trying and my back aches",
    "lost 8 kg since the summer, not dieting",
    "my weight has dropped and I don't know why",
    "unexplained weight loss",
    "schudłam 8 kg bez powodu",
    "chudnę, chociaż jem normalnie",
    "straciłem na wadze od wiosny",
]
NOT_WEIGHT_LOSS = [
    "I'm trying to lose weight for my knees.",
    "No weight loss, appetite fine.",
    "I haven't lost any weight.",
    "Chcę schudnąć przed latem.",
    "Nie schudłam, apetyt dobry.",
]


@pytest.mark.parametrize("words", WEIGHT_LOSS_WORDS)
def test_weight_loss_in_their_own_words_is_found(words):
    assert screen(words) == ["weight_loss"]
    assert TOPICS_BY_VALUE["weight_loss"].recheck == "weight_loss"


@pytest.mark.parametrize("words", NOT_WEIGHT_LOSS)
def test_wanting_to_lose_weight_or_denying_it_is_not_found(words):
    assert screen(words) == []


def test_weight_loss_written_but_not_ticked_is_asked_again_and_a_yes_is_urgent(client, answers):
    from intake.models import Submission

    answers["symptoms"]["main_concern"] = "Back ache for months; I've lost a stone without trying."
    fill_in(client, answers)
    check = client.get("/intake/check/").content.decode()
    assert 'name="recheck_weight_loss"' in check

    submit(client, recheck_weight_loss="yes")

    submission = Submission.objects.get()
    assert submission.red_flags == ["weight_loss"]
    assert submission.red_flag_urgency == Urgency.URGENT
    assert submission.top_suggestion == REFER
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert 'Contact your GP or call <a href="tel:111">111</a> today</h2>' in confirmation


# --- Signs of a stroke in their own words (safety audit): asked on the check page ---

STROKE_WORDS = [
    "my face dropped on one side yesterday and my speech is slurred",
    "sudden numbness down one side of my body this morning",
    "I think I had a mini stroke last week",
    "the GP thinks it may have been a TIA",
    "I can't speak properly since Tuesday and my smile is lopsided",
    "opadł mi kącik ust i bełkoczę",
    "drętwieje mi lewa strona ciała od rana",
    "lekarz podejrzewa udar",
]
NOT_STROKE = [
    "I like long, slow strokes on my back.",
    "I got heatstroke on holiday last year.",
    "It was a stroke of luck that I found you.",
    "Numbness in my left hand when I type.",
    "Pain on the left side of my neck.",
    "Udar cieplny w zeszłe lato.",
    "Ból ustąpił, ale kręgosłup mam krzywy od dziecka.",
]


@pytest.mark.parametrize("words", STROKE_WORDS)
def test_signs_of_a_stroke_in_their_own_words_are_found(words):
    assert screen(words) == ["stroke"]
    flag = FLAGS_BY_VALUE[TOPICS_BY_VALUE["stroke"].recheck]
    assert flag.urgency == Urgency.EMERGENCY
    assert not flag.asked  # asked only again, on the check page


@pytest.mark.parametrize("words", NOT_STROKE)
def test_massage_strokes_and_heatstroke_are_not_a_stroke(words):
    assert screen(words) == []


# --- A fever with a headache or neck pain: most are flu; the check page asks about meningitis ---


def fever_with_neck_pain(client, answers) -> str:
    """A desk worker's aching neck and lower back, feeling unwell today: the check page."""
    answers["health"] = health_answers(fever="yes")
    answers["symptoms"]["body_regions"] = ["neck"]
    fill_in(client, answers)
    return client.get("/intake/check/").content.decode()


def test_a_fever_with_neck_pain_asks_about_meningitis_and_must_be_answered(client, answers):
    from intake.models import Submission

    check = fever_with_neck_pain(client, answers)
    assert 'name="recheck_stiff_neck_fever"' in check
    assert "a dislike of bright light, or feeling confused or very drowsy" in check

    response = submit(client)

    assert response.status_code == 200  # refused, with the question's message
    assert "Answer yes or no: with a high temperature" in response.content.decode()
    assert not Submission.objects.exists()


def test_a_fever_with_neck_pain_but_no_sign_of_meningitis_is_urgent_not_999(client, answers):
    from django.core import mail

    from intake.models import Submission

    fever_with_neck_pain(client, answers)
    submit(client, recheck_stiff_neck_fever="no")

    submission = Submission.objects.get()
    assert submission.red_flags == []
    assert submission.derived_red_flags == ["fever_neck_headache"]
    assert submission.red_flag_urgency == Urgency.URGENT
    assert submission.top_suggestion == REFER
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert 'Contact your GP or call <a href="tel:111">111</a> today</h2>' in confirmation
    assert "or go to A&amp;E now</h2>" not in confirmation
    # Safety-netting: the signs that would make it 999, on the page and in the email.
    signs = (
        "If any of these appear, call {} at once: a stiff neck, a dislike of bright light, a rash "
        "that does not fade when a glass is pressed on it, or feeling confused or very drowsy."
    )
    assert signs.format('<a href="tel:999">999</a>') in confirmation
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["ada@example.org"]]
    assert acknowledgement.body.startswith("Contact your GP or call 111 today.")
    assert signs.format("999") in acknowledgement.body


def test_a_fever_with_neck_pain_and_a_stiff_neck_is_999(client, answers):
    from django.core import mail

    from intake.models import Submission

    fever_with_neck_pain(client, answers)
    submit(client, recheck_stiff_neck_fever="yes")

    submission = Submission.objects.get()
    assert submission.red_flags == ["stiff_neck_fever"]
    assert submission.derived_red_flags == ["fever_neck_headache"]
    assert submission.red_flag_urgency == Urgency.EMERGENCY
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>' in confirmation
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["ada@example.org"]]
    assert acknowledgement.body.startswith("Call 999 or go to A&E now.")
    # Told to call 999 already: no list of signs that would make it 999.
    assert "If any of these appear" not in acknowledgement.body
    assert "If any of these appear" not in confirmation


def test_a_stiff_neck_already_in_their_own_words_is_asked_once(client, answers):
    answers["symptoms"]["main_concern"] = "Fever since yesterday and a stiff neck."
    check = fever_with_neck_pain(client, answers)

    assert check.count('name="recheck_stiff_neck_fever"') == 2  # yes and no: one question


# --- Pain placed on the chest, chest pain answered "no": asked once more ---


def chest_on_the_body_map(client, answers, **health) -> str:
    answers["symptoms"]["body_regions"] = ["chest", "upper_back"]
    answers["health"] = health_answers(**health)
    fill_in(client, answers)
    return client.get("/intake/check/").content.decode()


@pytest.mark.parametrize(
    ("answer", "flags", "urgency"),
    [("no", [], Urgency.NONE), ("yes", ["chest_pain_now"], Urgency.EMERGENCY)],
)
def test_pain_on_the_chest_asks_about_chest_pain_again(client, answers, answer, flags, urgency):
    from intake.models import Submission

    check = chest_on_the_body_map(client, answers)
    assert 'name="recheck_chest_pain_now"' in check

    submit(client, recheck_chest_pain_now=answer)

    submission = Submission.objects.get()
    assert submission.red_flags == flags
    assert submission.red_flag_urgency == urgency


def test_chest_pain_already_answered_yes_is_not_asked_again(client, answers):
    check = chest_on_the_body_map(client, answers, red_flag_chest_pain_now="yes")

    assert 'name="recheck_chest_pain_now"' not in check


# --- Pain in a leg with a reason for a clot: the clot question, asked on the check page ---


def check_page_with(client, answers, *regions, **health) -> str:
    answers["symptoms"]["body_regions"] = list(regions)
    answers["health"] = health_answers(**health)
    fill_in(client, answers)
    return client.get("/intake/check/").content.decode()


def yes_again(client, answers, words: str, flag: str, **health) -> str:
    """Sends `words` (with back pain on the body map) that make the check page ask the red flag
    `flag` again, answers yes, checks that the intake holds that flag alone, and returns the
    confirmation page."""
    from intake.models import Submission

    answers["symptoms"]["main_concern"] = words
    check = check_page_with(client, answers, "lower_back", **health)
    assert f'name="recheck_{flag}"' in check

    submit(client, **{f"recheck_{flag}": "yes"})

    assert Submission.objects.get().red_flags == [flag]
    return client.get("/intake/confirmation/").content.decode()


def yes_to(slug: str) -> dict:
    return {slug: "yes", f"{slug}_detail": "" if slug == "pregnancy" else "In October"}


@pytest.mark.parametrize(
    "risk",
    ["recent-surgery", "recent-fracture", "pregnancy", "cancer-treatment", "blood-clot-past"],
)
def test_leg_pain_with_a_reason_for_a_clot_asks_about_one(client, answers, risk):
    from intake.models import Submission

    check = check_page_with(client, answers, "legs", **yes_to(risk))
    assert 'name="recheck_dvt_signs"' in check
    assert "New pain and swelling in one leg" in check

    submit(client, recheck_dvt_signs="yes")

    submission = Submission.objects.get()
    assert submission.red_flags == ["dvt_signs"]
    assert submission.red_flag_urgency == Urgency.URGENT
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert "sudden breathlessness, chest pain, or coughing up blood" in confirmation


def test_a_no_to_the_clot_question_raises_nothing(client, answers):
    from intake.models import Submission

    check_page_with(client, answers, "knees", **yes_to("recent-surgery"))
    submit(client, recheck_dvt_signs="no")

    assert Submission.objects.get().red_flags == []


def test_the_clot_question_must_be_answered(client, answers):
    from intake.models import Submission

    check_page_with(client, answers, "legs", **yes_to("recent-fracture"))
    response = submit(client)

    assert response.status_code == 200
    assert "Answer yes or no: new pain and swelling in one leg" in response.content.decode()
    assert not Submission.objects.exists()


@pytest.mark.parametrize(
    ("regions", "health"),
    [
        (["legs"], {}),  # no reason for a clot
        (["shoulders"], yes_to("recent-surgery")),  # not in a leg
        (["legs"], {**yes_to("recent-surgery"), **yes_to("blood-clot-now")}),  # known already
    ],
)
def test_the_clot_question_is_asked_only_with_leg_pain_and_a_reason(
    client, answers, regions, health
):
    assert 'name="recheck_dvt_signs"' not in check_page_with(client, answers, *regions, **health)


# --- A knock to the head, on blood thinners: A&E (NICE NG232) ---

HEAD_KNOCK = "Neck pain since I slipped on the stairs on Saturday and hit my head."
ON_WARFARIN = {"blood-thinners": "yes", "blood-thinners_detail": "Warfarin"}


def test_a_knock_to_the_head_on_blood_thinners_is_asked_about_and_a_yes_is_999(client, answers):
    from django.core import mail

    from intake.models import Submission

    answers["symptoms"]["main_concern"] = HEAD_KNOCK
    check = check_page_with(client, answers, "neck", **ON_WARFARIN)
    assert 'name="recheck_head_injury_blood_thinners"' in check

    submit(client, recheck_head_injury_blood_thinners="yes")

    submission = Submission.objects.get()
    assert submission.red_flags == ["head_injury_blood_thinners"]
    assert submission.red_flag_urgency == Urgency.EMERGENCY
    assert submission.text_flags == ["head_injury_blood_thinners"]
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>' in confirmation
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["ada@example.org"]]
    assert acknowledgement.body.startswith("Call 999 or go to A&E now.")


def test_the_notice_at_the_top_counts_the_questions_about_the_answers(client, answers):
    answers["symptoms"]["main_concern"] = HEAD_KNOCK
    check = check_page_with(client, answers, "neck", "chest", **ON_WARFARIN)
    assert "there is a question for you" not in check
    assert 'there are 2 questions for you <a href="#recheck">about your answers</a>' in check

    answers["symptoms"]["main_concern"] = "Aching ribs."
    fill_in(client, answers)
    check = client.get("/intake/check/").content.decode()
    assert 'there is a question for you <a href="#recheck">about your answers</a>' in check


def test_a_knock_to_the_head_without_blood_thinners_asks_nothing(client, answers):
    from intake.models import Submission

    answers["symptoms"]["main_concern"] = HEAD_KNOCK
    check = check_page_with(client, answers, "neck")
    assert 'name="recheck_head_injury_blood_thinners"' not in check

    submit(client)

    submission = Submission.objects.get()
    assert submission.text_flags == []
    assert submission.red_flags == []


# --- Warning signs in pregnancy, in her own words or on the body map: her maternity unit ---

PREGNANT = {"pregnancy": "yes", "pregnancy_detail": "30"}


@pytest.mark.parametrize(
    ("words", "flag"),
    [
        ("Back ache, and some spotting since yesterday.", "pregnancy_bleeding"),
        ("Back ache. The baby has been moving less since Sunday.", "pregnancy_fewer_movements"),
        ("Back ache, blurred vision since this morning.", "pregnancy_headache_vision_swelling"),
        ("Back ache and cramping pain low in my tummy.", "pregnancy_tummy_pain"),
        ("Ból pleców, od wczoraj lekkie plamienie.", "pregnancy_bleeding"),
    ],
)
def test_a_warning_sign_in_her_own_words_is_asked_again_and_a_yes_is_her_maternity_unit(
    client, answers, words, flag
):
    confirmation = yes_again(client, answers, words, flag, **PREGNANT)
    assert "Call your maternity unit or midwife now" in confirmation


def test_the_same_words_ask_nothing_of_a_patient_who_is_not_pregnant(client, answers):
    from intake.models import Submission

    answers["symptoms"]["main_concern"] = "Back ache, and some spotting since yesterday."
    check = check_page_with(client, answers, "lower_back")
    assert "recheck_pregnancy" not in check

    submit(client)

    assert Submission.objects.get().text_flags == []


def test_tummy_pain_on_the_body_map_in_pregnancy_asks_about_it(client, answers):
    from intake.models import Submission

    could_be = {"pregnancy": "yes", "pregnancy_detail": ""}
    check = check_page_with(client, answers, "abdomen", **could_be)
    assert 'name="recheck_pregnancy_tummy_pain"' in check
    assert "In pregnancy: tummy pain that is severe, that does not go away, or that is low" in check

    submit(client, recheck_pregnancy_tummy_pain="no")

    assert Submission.objects.get().red_flags == []


def test_tummy_pain_on_the_body_map_asks_nothing_of_a_patient_who_is_not_pregnant(client, answers):
    assert "recheck_pregnancy_tummy_pain" not in check_page_with(client, answers, "abdomen")


def test_signs_of_a_stroke_asked_again_and_a_yes_is_999(client, answers):
    from django.core import mail

    from intake.models import Submission

    answers["symptoms"]["main_concern"] = "Stiff neck; since yesterday my face droops on one side."
    fill_in(client, answers)
    check = client.get("/intake/check/").content.decode()
    assert 'name="recheck_stroke_signs"' in check

    submit(client, recheck_stroke_signs="yes")

    submission = Submission.objects.get()
    assert submission.red_flags == ["stroke_signs"]
    assert submission.red_flag_urgency == Urgency.EMERGENCY
    assert submission.top_suggestion == REFER
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>' in confirmation
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["ada@example.org"]]
    assert acknowledgement.body.startswith("Call 999 or go to A&E now.")


def test_the_stroke_question_is_asked_again_in_polish(client, answers):
    answers["symptoms"]["main_concern"] = "Od wczoraj bełkoczę i drętwieje mi prawa strona twarzy."
    for slug, data in answers.items():
        assert client.post(f"/pl/intake/{slug}/", data).status_code == 302

    check = client.get("/pl/intake/check/").content.decode()

    assert 'name="recheck_stroke_signs"' in check
    assert "Nagłe osłabienie lub drętwienie jednej strony twarzy lub ciała" in check


# --- A leg that may hold a clot, in their own words (safety audit): asked on the check page ---

DVT_WORDS = [
    "my left calf is swollen, red and hot since my flight",
    "calf pain since my knee operation two weeks ago",
    "one leg has swelled up and feels warm",
    "I think I might have a DVT",
    "łydka spuchnięta i gorąca po locie",
    "puchnie mi lewa noga i jest zaczerwieniona",
    "boję się, że to zakrzepica",
]
NOT_DVT = [
    "Restless legs at night.",
    "Tight hamstrings at the back of my thigh after running.",
    "My knee swells after football.",
    "I had a DVT in 2015, treated with warfarin.",
    "Uda się przyjść we wtorek?",
    "Bolą mnie łydki po bieganiu.",
]


@pytest.mark.parametrize("words", DVT_WORDS)
def test_a_leg_that_may_hold_a_clot_is_found(words):
    assert screen(words) == ["dvt"]
    flag = FLAGS_BY_VALUE[TOPICS_BY_VALUE["dvt"].recheck]
    assert flag.urgency == Urgency.URGENT
    assert not flag.asked


@pytest.mark.parametrize("words", NOT_DVT)
def test_tired_legs_and_a_clot_long_treated_are_not_found(words):
    assert screen(words) == []


def test_a_swollen_calf_after_surgery_is_asked_again_and_a_yes_holds_the_massage(client, answers):
    """The patient ticked recent surgery but no clot (nobody has checked her leg): massage of
    that limb could dislodge a clot, and the NHS asks for a GP or 111 the same day."""
    from intake.models import Submission

    answers["symptoms"]["body_regions"] = ["legs"]
    answers["symptoms"]["main_concern"] = "Hip replaced in May; now my calf is swollen and warm."
    answers["health"] = health_answers(**{"recent-surgery": "yes"})
    answers["health"]["recent-surgery_detail"] = "Hip replacement, 3 weeks ago"
    fill_in(client, answers)
    assert 'name="recheck_dvt_signs"' in client.get("/intake/check/").content.decode()

    submit(client, recheck_dvt_signs="yes")

    submission = Submission.objects.get()
    assert submission.red_flags == ["dvt_signs"]
    assert submission.red_flag_urgency == Urgency.URGENT
    assert submission.top_suggestion == REFER
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert 'Contact your GP or call <a href="tel:111">111</a> today</h2>' in confirmation
    assert (  # a clot that travels to the lungs: 999
        'If any of these appear, call <a href="tel:999">999</a> at once: sudden breathlessness, '
        "chest pain, or coughing up blood." in confirmation
    )


# --- Pre-eclampsia: every warning sign the NHS names is in the question (safety audit) ---


def test_the_pre_eclampsia_question_names_pain_below_the_ribs(client, answers):
    """NHS and NICE NG133 name severe pain just below the ribs among the signs of
    pre-eclampsia; a pregnant patient with only that sign had no question to say yes to."""
    fill_in(client, answers, upto="goals")

    label = str(FLAGS_BY_VALUE["pregnancy_headache_vision_swelling"].label)
    english = client.get("/intake/health/").content.decode()
    polish = client.get("/pl/intake/health/").content.decode()

    assert "severe pain just below your ribs" in label
    assert label in english
    assert "silny ból tuż pod żebrami" in polish
