"""Red flags: signs that a doctor must see the patient before any hands-on treatment.

Each flag has an urgency, which decides the words the patient reads first and where the intake
sits in the staff queue. Most flags are asked directly; some are derived from answers the
patient has already given (the date of birth, the body map, the screening questions), so that
nobody has to notice the combination by eye. Derived flags are labelled as such for staff.

This module is the one list of red flags: the intake's questions, the advice, the engine, the
queue, the staff alert, docs/clinical-safety.md and the admin page "How suggestions are made"
all read it. Sources are the NICE guideline NG59 and NICE CKS "Back pain - low (without
radiculopathy)" (red flags for cauda equina syndrome, spinal fracture, infection and cancer),
NICE NG234 (spinal metastases), NICE NG240 (meningitis), NICE NG133 (pre-eclampsia), NICE NG128
(stroke), NICE NG158 (venous thrombosis), and the NHS pages on back pain, sciatica, cauda equina
syndrome, meningitis, stroke, deep vein thrombosis and pregnancy. Flags that
the back pain sources tie to spinal pain (cancer, weakened immunity, osteoporosis) are derived
only with back or neck pain; without it the precaution rows in treatments guide the treatment.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Urgency(models.IntegerChoices):
    NONE = 0, "No red flag"
    BEFORE_TREATMENT = 1, "See a GP before any treatment"
    URGENT = 2, "Urgent: GP or 111 today"
    EMERGENCY = 3, "Emergency: 999 or A&E now"


@dataclass(frozen=True)
class Flag:
    value: str
    label: str  # the patient's wording (translated), also what staff read
    urgency: Urgency
    source: str
    asked: bool = True  # False: only ever derived from other answers
    derived_from: str = ""  # for staff: which answers can raise it without its own question
    # Signs that a team of the patient's own acts on, not the GP, so the patient's advice names
    # that team instead of the urgency's usual words: "maternity" (warning signs in pregnancy:
    # the maternity unit or midwife) or "cancer_team" (feeling unwell during cancer treatment:
    # the cancer team's 24-hour helpline). "": the urgency's advice.
    team: str = ""
    # Asked only of a patient who says she is pregnant (with the pregnancy question).
    pregnancy_only: bool = False
    # Once asked on its own, now only derived: older intakes keep the answer their patient
    # gave, and the FHIR Questionnaire keeps the item (hidden, read-only) for them.
    formerly_asked: bool = False
    # For a flag below the emergency level: the signs that would make it one, which the
    # patient's advice names with the emergency number (safety-netting).
    call_999_if: str = ""

    @property
    def advice(self) -> str:
        """Which advice the patient reads: one of ADVICE_ORDER (intake/triage/advice.py)."""
        return self.team or self.urgency.name.lower()


RECHECKED = (
    "The patient's own words (intake/triage/textscreen.py), confirmed by their “Yes” when asked "
    "on the check page"
)

# Asked flags keep the order they were first asked in: it is the page's order and the FHIR
# questionnaire's link ids. Staff and the advice sort by urgency themselves.
FLAGS = [
    Flag(
        "saddle_numbness",
        _("New numbness or tingling around your groin, genitals or buttocks"),
        Urgency.EMERGENCY,
        "NHS: cauda equina syndrome; NICE NG59 and CKS back pain red flags",
    ),
    Flag(
        "bladder_bowel",
        _("New trouble controlling or passing urine or stools"),
        Urgency.EMERGENCY,
        "NHS: cauda equina syndrome; NICE NG59 and CKS back pain red flags",
    ),
    Flag(
        "leg_weakness",
        _("Severe or worsening weakness or numbness in one or both legs"),
        Urgency.EMERGENCY,
        "NHS: sciatica and cauda equina syndrome (progressive neurological deficit)",
    ),
    # Asked only on the check page, when the patient's own words mention them
    # (intake/triage/textscreen.py); a "Yes" there is the patient's answer, like a ticked question.
    Flag(
        "stiff_neck_fever",
        _(
            "With a high temperature: a stiff neck, a dislike of bright light, or feeling "
            "confused or very drowsy; or a rash that does not fade when a glass is pressed on it"
        ),
        Urgency.EMERGENCY,
        "NHS: meningitis (call 999 or go to A&E); NICE NG240 (bacterial meningitis)",
        asked=False,
        derived_from=RECHECKED + ", or asked there for every fever with a headache or neck pain",
    ),
    Flag(
        "sudden_severe_headache",
        _("A sudden, very severe headache: the worst you have ever had"),
        Urgency.EMERGENCY,
        "NHS: headaches (a sudden, very painful headache: call 999); NICE CKS headache "
        "assessment (thunderclap headache: possible subarachnoid haemorrhage)",
        asked=False,
        derived_from=RECHECKED,
    ),
    Flag(
        "stroke_signs",
        _(
            "Sudden weakness or numbness on one side of your face or body, or sudden trouble "
            "speaking, that you have now or had in the past few days"
        ),
        Urgency.EMERGENCY,
        "NHS: stroke (face, arms, speech: call 999 at once); NHS: transient ischaemic attack "
        "(call 999 even if the symptoms go away); NICE NG128 (stroke and TIA). An intake cannot "
        "tell whether signs of the past few days have passed, so they are treated as an "
        "emergency, as chest pain is",
        asked=False,
        derived_from=RECHECKED,
    ),
    Flag(
        "head_injury_blood_thinners",
        _(
            "In the past two weeks, a bang or blow to your head that no doctor has checked, "
            "while you take a blood thinner or have a bleeding disorder"
        ),
        Urgency.EMERGENCY,
        "NICE NG232 (head injury: in the community, refer to an emergency department anyone "
        "with a head injury who has a bleeding or clotting disorder or takes an anticoagulant "
        "or an antiplatelet other than aspirin alone; a CT head scan within 8 hours); NHS: "
        "head injury and concussion (go to A&E); Northern Care Alliance NHS Foundation Trust: "
        "head injury advice for patients on blood-thinning medicine (the raised risk of "
        "bleeding lasts a couple of weeks)",
        asked=False,
        derived_from="The patient's own words (intake/triage/textscreen.py), read only when "
        "“Blood thinners or a bleeding disorder” is answered yes or they name a blood thinner "
        "or a bleeding disorder, confirmed by their “Yes” when asked on the check page",
    ),
    Flag(
        "fever_neck_headache",
        _("A high temperature, or feeling unwell, together with a headache or neck pain"),
        Urgency.URGENT,
        "NHS: meningitis (its signs include a high temperature, a headache, a stiff neck, a "
        "dislike of bright lights, drowsiness and a rash that does not fade; call 999 if you "
        "think it might be meningitis, 111 if you are not sure); NICE NG240 (bacterial "
        "meningitis and meningococcal disease). Most fevers with a headache or an aching neck "
        "are an infection such as flu, so this alone is urgent, and the check page then asks "
        "about the signs that make it an emergency",
        asked=False,
        derived_from="“Fever or feeling unwell” on the health questions with the head or neck "
        "on the body map",
        call_999_if=_(
            "a stiff neck, a dislike of bright light, a rash that does not fade when a glass is "
            "pressed on it, or feeling confused or very drowsy"
        ),
    ),
    Flag(
        "pregnancy_headache_vision_swelling",
        _(
            "In pregnancy: a new severe headache, blurred vision or flashing lights, severe "
            "pain just below your ribs, or sudden swelling of your face, hands or feet"
        ),
        Urgency.EMERGENCY,
        "NHS: pre-eclampsia (a severe headache, problems with vision, pain just below the "
        "ribs, sudden swelling of the face, hands or feet); NICE NG133 (hypertension in "
        "pregnancy: signs of pre-eclampsia, usually after 20 weeks; contact the maternity unit "
        "at once)",
        team="maternity",
        pregnancy_only=True,
    ),
    Flag(
        "pregnancy_bleeding",
        _("In pregnancy: bleeding from your vagina"),
        Urgency.EMERGENCY,
        "NHS: vaginal bleeding in pregnancy (contact your midwife or maternity unit)",
        team="maternity",
        pregnancy_only=True,
    ),
    Flag(
        "pregnancy_fewer_movements",
        _(
            "In pregnancy: your baby moving less than usual, or a change in the pattern of "
            "movements"
        ),
        Urgency.EMERGENCY,
        "NHS: your baby's movements (contact the maternity unit straight away; do not wait "
        "until the next day)",
        team="maternity",
        pregnancy_only=True,
    ),
    Flag(
        "pregnancy_waters_contractions",
        _(
            "In pregnancy: your waters breaking or leaking, or regular tightenings or "
            "contractions before 37 weeks"
        ),
        Urgency.EMERGENCY,
        "NHS: signs that labour has begun (the waters breaking: call the midwife or maternity "
        "unit); NHS: premature labour and birth (signs of labour before 37 weeks: contact the "
        "maternity unit straight away)",
        asked=False,
        derived_from=RECHECKED + ", read for a patient who is or could be pregnant",
        team="maternity",
    ),
    Flag(
        "pregnancy_vomiting",
        _("In pregnancy: being sick so often that you cannot keep food or drink down"),
        Urgency.URGENT,
        "NHS: severe vomiting in pregnancy (hyperemesis gravidarum: speak to a midwife or GP "
        "urgently if you cannot keep food or drink down for 24 hours, your pee is very dark "
        "or you have not peed for 8 hours, or you feel very weak or dizzy); RCOG Green-top "
        "Guideline 69",
        asked=False,
        derived_from=RECHECKED + ", read for a patient who is or could be pregnant",
    ),
    Flag(
        "pregnancy_itching",
        _("In pregnancy: itching, especially on the palms of your hands or the soles of your feet"),
        Urgency.URGENT,
        "NHS: intrahepatic cholestasis of pregnancy (itching, usually of the hands and feet, "
        "often worse at night: contact your midwife or GP, for a blood test); RCOG Green-top "
        "Guideline 43",
        asked=False,
        derived_from=RECHECKED + ", read for a patient who is or could be pregnant",
    ),
    Flag(
        "pregnancy_tummy_pain",
        _(
            "In pregnancy: tummy pain that is severe, that does not go away, or that is low "
            "down on one side"
        ),
        Urgency.EMERGENCY,
        "NHS: stomach pain in pregnancy (mild aches are common; severe pain, or pain that "
        "does not go away, needs the midwife or maternity unit straight away); NHS: ectopic "
        "pregnancy (in early pregnancy, pain low down on one side may be the first sign, with "
        "or without bleeding)",
        asked=False,
        derived_from="A “Yes” on the check page, which asks it when a patient who is or could "
        "be pregnant places pain on the tummy on the body map, or describes tummy pain in "
        "their own words (read for a patient who says she is pregnant, ticked or written)",
        team="maternity",
    ),
    Flag(
        "cancer_treatment_unwell",
        _(
            "A high temperature, or feeling unwell, while having treatment for cancer or in the "
            "weeks after it"
        ),
        Urgency.EMERGENCY,
        "NICE CG151 (neutropenic sepsis: a person who becomes unwell during anticancer "
        "treatment calls the 24-hour specialist cancer line or goes to an emergency unit, as "
        "their team advised); The Christie NHS Foundation Trust: infection and fever advice "
        "(37.5 °C or above, or feeling unwell: call the hotline at once; infections develop "
        "rapidly); East and North Hertfordshire NHS Trust: acute oncology (chemotherapy or "
        "radiotherapy in the last six weeks)",
        asked=False,
        derived_from="“Cancer treatment” and “Fever or feeling unwell” on the health questions",
        team="cancer_team",
    ),
    Flag(
        "dvt_signs",
        _(
            "New pain and swelling in one leg, usually in the calf or thigh, perhaps with warm, "
            "red or darker skin"
        ),
        Urgency.URGENT,
        "NHS: deep vein thrombosis (pain, swelling and warm, red or darker skin in one leg: "
        "an urgent GP appointment or 111; with breathlessness or chest pain, 999); NICE NG158 "
        "(venous thromboembolic diseases)",
        asked=False,
        derived_from="A “Yes” on the check page, which asks it when the patient's own words "
        "describe a clot in a leg, or when the body map places pain in a leg or knee and an "
        "operation or a broken bone in the last 3 months, pregnancy, cancer treatment or a "
        "past clot is answered yes on the health questions",
        call_999_if=_("sudden breathlessness, chest pain, or coughing up blood"),
    ),
    Flag(
        "weakened_immunity_unwell",
        _("A high temperature, or feeling unwell, with a weakened immune system"),
        Urgency.URGENT,
        "NICE NG51 (sepsis: people whose immune systems are impaired by illness or by drugs, "
        "such as chemotherapy, long-term steroids or other immunosuppressants, are at higher "
        "risk, so a lower threshold for assessment)",
        asked=False,
        derived_from="“Weakened immune system” and “Fever or feeling unwell” on the health "
        "questions, without cancer treatment",
    ),
    Flag(
        "fever_back_pain",
        _("A high temperature, or feeling very unwell, together with back pain"),
        Urgency.URGENT,
        "NICE CKS back pain: possible spinal infection",
        derived_from="“Fever or feeling unwell” on the health questions with the back on the "
        "body map",
    ),
    Flag(
        "chest_pain_now",
        _(
            "Chest pain, pressure or tightness that you have now, or that came on in the past "
            "few days"
        ),
        Urgency.EMERGENCY,
        "NHS: chest pain (call 999 for sudden chest pain, or chest pain that spreads or comes "
        "with breathlessness, sweating or feeling sick); NHS: back pain (call 999 for back pain "
        "with chest pain). An intake cannot tell whether recent chest pain is still going on, "
        "so it is treated as an emergency: the clinic's reading, as a careful clinician would",
        derived_from="A “Yes” on the check page, which asks it again when the body map places "
        "pain on the chest or the patient's own words describe chest pain",
    ),
    Flag(
        "upper_back_pain",
        _("New pain high in your back, between the shoulder blades"),
        Urgency.URGENT,
        "NHS: back pain (urgent GP appointment or 111 for pain high in the back, between the "
        "shoulder blades); NICE CKS back pain: thoracic pain as a red flag",
    ),
    Flag(
        "chest_pain",
        _("Chest pain, or new pain in your upper back between the shoulder blades"),
        Urgency.URGENT,
        "NICE CKS back pain: thoracic pain as a red flag; NHS: chest pain. Asked until engine "
        "3.1, then split: chest pain now or recently (999) and upper back pain (urgent)",
        asked=False,
        formerly_asked=True,
    ),
    Flag(
        "major_trauma",
        _("A recent major fall, accident or blow"),
        Urgency.EMERGENCY,
        "NHS: back pain (call 999 after a serious accident); NICE CKS back pain: possible "
        "fracture after significant trauma",
    ),
    Flag(
        "cancer_spinal_pain",
        _(
            "Cancer at any time, with new pain in the upper back, or back or neck pain at night "
            "that does not ease"
        ),
        Urgency.URGENT,
        "NICE NG234 (spinal metastases and metastatic spinal cord compression: with a history "
        "of cancer, thoracic, unremitting or night spinal pain needs contact within 24 hours)",
        asked=False,
        derived_from="“Cancer in the past” or “Cancer treatment” on the health questions, "
        "with pain in the upper back on the body map, or with pain at night or at rest",
    ),
    Flag(
        "cancer_history",
        _("Cancer at any time, even if it was treated"),
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: past history of cancer (possible spinal metastases)",
        asked=False,
        formerly_asked=True,
        derived_from="“Cancer in the past” or “Cancer treatment” answered yes on the health "
        "questions, with pain and the neck or back on the body map (without back or neck pain "
        "the two cancer precautions apply instead)",
    ),
    Flag(
        "weight_loss",
        _("Weight loss you cannot explain"),
        Urgency.URGENT,
        "NHS: back pain (see a GP urgently or call 111 with unexplained weight loss); NICE CKS "
        "back pain (possible cancer)",
    ),
    Flag(
        "night_pain",
        _("Pain that is there at night or at rest and does not ease"),
        Urgency.URGENT,
        "NHS: back pain (see a GP urgently or call 111 when the pain is worse at night); NICE "
        "CKS back pain: non-mechanical pain",
    ),
    Flag(
        "injected_drugs",
        _("Injecting drugs, now or in the past"),
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: intravenous drug use (possible spinal infection)",
    ),
    Flag(
        "osteoporosis_fall",
        _("A fall, even a small one, when you have thin bones (osteoporosis)"),
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: minor trauma with osteoporosis (possible vertebral fracture)",
        derived_from="“Osteoporosis” on the health questions with a recent major fall",
    ),
    Flag(
        "osteoporosis_back_pain",
        _("Thin bones (osteoporosis), with new back or neck pain"),
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: osteoporosis (a vertebral fracture can follow little or no "
        "trauma); NHS: osteoporosis",
        asked=False,
        derived_from="“Osteoporosis” on the health questions with pain and the neck or back on "
        "the body map, with or without a fall",
    ),
    Flag(
        "weakened_immunity",
        _("A weakened immune system, or steroid tablets taken for a long time, with back pain"),
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: immunosuppression or prolonged corticosteroid use",
        asked=False,
        derived_from="“Weakened immune system” answered yes on the health questions, with the "
        "neck or back on the body map (without it the weakened-immunity precaution applies "
        "instead)",
    ),
    Flag(
        "over_50_new_pain",
        _("Aged 50 or over, with back or neck pain"),
        Urgency.BEFORE_TREATMENT,
        "NICE CKS back pain: age over 50 with new onset of pain (possible cancer). Pain that "
        "no doctor has assessed is treated as new whatever its duration: the clinic's reading, "
        "as a careful clinician would",
        asked=False,
        derived_from="The date of birth (aged 50 or over) with the neck or back on the body map "
        "and pain that is new (under 6 weeks) or that no doctor has named (none of sciatica, "
        "low back pain, neck pain, fibromyalgia, arthritis or chronic pain among the "
        "conditions a health professional told them of), or new pain placed nowhere",
    ),
]
FLAGS_BY_VALUE = {flag.value: flag for flag in FLAGS}
ASKED_FLAGS = [flag for flag in FLAGS if flag.asked and not flag.pregnancy_only]
FORMERLY_ASKED_FLAGS = [flag for flag in FLAGS if flag.formerly_asked]
PREGNANCY_FLAGS = [flag for flag in FLAGS if flag.pregnancy_only]


def urgency_of(values: list[str]) -> Urgency:
    """The highest urgency among the flags; NONE when there are none."""
    levels = [FLAGS_BY_VALUE[v].urgency for v in values if v in FLAGS_BY_VALUE]
    return Urgency(max(levels, default=Urgency.NONE))


def staff_labels(asked: list[str], derived: list[str]) -> list[str]:
    """Every flag in words for staff, most urgent first, derived ones marked as derived."""
    rows = []
    for flag in sorted(FLAGS, key=lambda f: -f.urgency):
        if flag.value in asked:
            rows.append(f"{flag.urgency.label}: {flag.label}")
        elif flag.value in derived:
            rows.append(f"{flag.urgency.label}: {flag.label} (derived from {flag.derived_from})")
    return rows
