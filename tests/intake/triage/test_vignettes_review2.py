"""A second clinical review of the own-words topics, the questions the check page asks again,
the optional weeks of pregnancy and the under-16s (December 2026), with the patients' words.

Each sentence is one a patient might type, in English or Polish, with or without Polish
letters. What a careful clinician wants: a sign that may need a doctor, a midwife or A&E now
is asked about on the check page (a question that turns out not to apply costs the patient a
click); ordinary words ask nothing.
"""

import pytest

from intake.triage.redflags import FLAGS_BY_VALUE
from intake.triage.textscreen import screen, screen_for
from tests.helpers import fill_in, health_answers, submit
from tests.intake.triage.test_vignettes import Vignette, run
from tests.intake.triage.test_vignettes_audit import check_page_with, yes_again


def found(words: str, *yes: str) -> list[str]:
    """The topics the check page would ask about for these words, for a patient who answered
    these precautions yes (a knock to the head is read only with blood thinners, the warning
    signs in pregnancy only in pregnancy)."""
    return screen_for([words], set(yes))


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


# --- A knock to the head, on blood thinners (NICE NG232: an emergency department) ---

ON_APIXABAN = {"blood-thinners": "yes", "blood-thinners_detail": "Apixaban"}

HEAD_KNOCKS = [
    "I banged my forehead on the kitchen cabinet on Monday",
    "hit my temple on the corner of the table yesterday",
    "I was knocked out for a minute when I fell at the weekend",
    "my grandson headbutted me by accident on Sunday",
    "a lump on the back of my head since I fell on Friday",
    "walnęłam się w głowę o szafkę w sobotę",
    "rabnelam glowa o polke wczoraj",
    "mam guza na głowie po upadku",
    "uderzyłam się w czoło o drzwi",
]


@pytest.mark.parametrize("words", HEAD_KNOCKS)
def test_a_knock_to_the_head_in_everyday_words_is_asked_about_on_blood_thinners(words):
    assert found(words, "blood-thinners") == ["head_injury_blood_thinners"]


def test_a_banged_knee_on_blood_thinners_asks_nothing():
    assert found("I banged my knee on the coffee table, it's bruised", "blood-thinners") == []


def test_an_old_knock_is_asked_about_and_the_question_says_two_weeks():
    """A knock two months ago costs a question; its words let her say no."""
    assert found("I hit my head on the cupboard two months ago", "blood-thinners") == [
        "head_injury_blood_thinners"
    ]
    assert "In the past two weeks" in str(FLAGS_BY_VALUE["head_injury_blood_thinners"].label)


def test_a_forehead_knock_on_apixaban_is_asked_on_the_check_page_and_a_yes_is_999(client, answers):
    from intake.models import Submission

    answers["symptoms"]["main_concern"] = "Stiff neck; I banged my forehead on a cabinet Monday."
    check = check_page_with(client, answers, "neck", **ON_APIXABAN)
    assert 'name="recheck_head_injury_blood_thinners"' in check

    submit(client, recheck_head_injury_blood_thinners="yes")

    assert Submission.objects.get().red_flags == ["head_injury_blood_thinners"]
    confirmation = client.get("/intake/confirmation/").content.decode()
    assert 'Call <a href="tel:999">999</a> or go to A&amp;E now</h2>' in confirmation


def test_the_head_injury_question_includes_a_bleeding_disorder():
    assert "bleeding disorder" in str(FLAGS_BY_VALUE["head_injury_blood_thinners"].label)


def test_a_knock_to_the_head_with_a_named_anticoagulant_is_asked_without_the_tick(client, answers):
    answers["symptoms"]["main_concern"] = "I take apixaban, and I hit my head on a shelf Monday."
    check = check_page_with(client, answers, "neck")
    assert 'name="recheck_head_injury_blood_thinners"' in check


# --- Warning signs in pregnancy, for a patient who is or could be pregnant ---

COULD_BE_PREGNANT = {"pregnancy": "yes", "pregnancy_detail": ""}

PREGNANCY_SIGNS = [
    ("reduced fetal movements since yesterday", "pregnancy_fewer_movements"),
    ("I haven't felt him move today", "pregnancy_fewer_movements"),
    ("she hasn't kicked since this morning", "pregnancy_fewer_movements"),
    ("the babies are moving less (twins)", "pregnancy_fewer_movements"),
    ("period-like cramps since last night", "pregnancy_tummy_pain"),
    ("skurcze jak przy okresie od wczoraj", "pregnancy_tummy_pain"),
    ("sharp pain low down on one side", "pregnancy_tummy_pain"),
    ("pain in my bump since this morning", "pregnancy_tummy_pain"),
    ("my tummy is hurting", "pregnancy_tummy_pain"),
    ("blood when I wipe", "pregnancy_bleeding"),
    ("some brown discharge this morning", "pregnancy_bleeding"),
    ("krew przy podcieraniu", "pregnancy_bleeding"),
    ("seeing spots since this morning", "pregnancy_preeclampsia"),
    ("opuchlizna na rękach od wczoraj", "pregnancy_preeclampsia"),
]


@pytest.mark.parametrize(("words", "topic"), PREGNANCY_SIGNS)
def test_a_warning_sign_in_pregnancy_in_everyday_words_is_found(words, topic):
    assert topic in found(words, "pregnancy")


ORDINARY_PREGNANCY = [
    "baby kicking a lot at night, which keeps me awake",
    "dziecko bardzo kopie w nocy",
    "rib pain from the baby kicking",
    "the baby is still kicking a lot",
    "aching lower back since 20 weeks",
]


@pytest.mark.parametrize("words", ORDINARY_PREGNANCY)
def test_a_busy_baby_and_an_aching_back_ask_nothing(words):
    assert found(words, "pregnancy") == []


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("spotting after sex", "pregnancy_bleeding"),  # the NHS: any bleeding, call
        ("my hands swell in hot weather", "pregnancy_preeclampsia"),  # "sudden"? she says no
    ],
)
def test_signs_a_midwife_would_ask_about_are_asked(words, topic):
    assert found(words, "pregnancy") == [topic]


@pytest.mark.parametrize("words", ["my feet have swollen up suddenly", "nagły obrzęk stóp"])
def test_sudden_swelling_of_the_feet_is_found(words):
    assert "pregnancy_preeclampsia" in found(words, "pregnancy")


def test_waters_breaking_is_found():
    assert found("I think my waters have gone", "pregnancy") != []


@pytest.mark.parametrize(
    "words",
    ["Back ache, and I think my waters have gone.", "Ból pleców, chyba odeszły mi wody."],
)
def test_the_waters_breaking_is_asked_again_and_a_yes_is_her_maternity_unit(client, answers, words):
    flag = "pregnancy_waters_contractions"
    confirmation = yes_again(client, answers, words, flag, **COULD_BE_PREGNANT)
    assert "Call your maternity unit or midwife now" in confirmation


@pytest.mark.parametrize(
    ("words", "flag"),
    [
        ("Sickness: I cannot keep anything down, even water.", "pregnancy_vomiting"),
        ("My palms and the soles of my feet itch, worse at night.", "pregnancy_itching"),
    ],
)
def test_vomiting_or_itching_in_pregnancy_is_asked_again_and_a_yes_is_a_doctor_today(
    client, answers, words, flag
):
    confirmation = yes_again(client, answers, words, flag, **COULD_BE_PREGNANT)
    assert "Contact your GP or call" in confirmation


def test_contractions_ask_nothing_of_a_patient_who_is_not_pregnant():
    assert found("muscle contractions in my calf after running") == []


def test_bleeding_in_a_pregnancy_written_but_not_ticked_is_asked_about(client, answers):
    answers["symptoms"]["main_concern"] = "I'm 20 weeks pregnant; some spotting since yesterday."
    check = check_page_with(client, answers, "lower_back")
    assert 'name="recheck_pregnancy_bleeding"' in check


def test_period_like_cramps_with_weeks_unknown_ask_and_a_yes_is_her_maternity_unit(client, answers):
    words = "Back ache, and period-like cramps since last night."
    confirmation = yes_again(client, answers, words, "pregnancy_tummy_pain", **COULD_BE_PREGNANT)
    assert "Call your maternity unit or midwife now" in confirmation


def test_blood_when_wiping_in_polish_is_asked_again_in_polish(client, answers):
    answers["symptoms"]["main_concern"] = "Bol plecow, krew przy podcieraniu od rana."
    answers["symptoms"]["body_regions"] = ["lower_back"]
    answers["health"] = health_answers(pregnancy="yes", pregnancy_detail="9")
    for slug, data in answers.items():
        assert client.post(f"/pl/intake/{slug}/", data).status_code == 302

    check = client.get("/pl/intake/check/").content.decode()

    assert 'name="recheck_pregnancy_bleeding"' in check
    assert "W ciąży: krwawienie z pochwy" in check


# --- A clot in a leg after giving birth (NHS: DVT; NICE NG158: the weeks after birth) ---


@pytest.mark.parametrize(
    "words",
    ["calf pain since I had my baby three weeks ago", "boli mnie łydka od porodu"],
)
def test_calf_pain_after_giving_birth_is_found(words):
    assert found(words) == ["dvt"]


# --- The weeks of pregnancy, if she knows them: blank is possibly the first trimester ---


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("weeks", "words"),
    [(None, "Weeks not known"), (9, "First trimester (9 weeks)"), (12, "First trimester")],
)
def test_needling_is_cautioned_until_after_12_weeks_or_when_weeks_are_not_known(weeks, words):
    answers = {"age": 31, "goals": ["stress_relief"], "screening_yes": ["pregnancy"]}
    result = run(Vignette("pregnant", {**answers, "pregnancy_weeks": weeks}, top=set()))
    ranking = {entry["slug"]: entry for entry in result["ranking"]}

    notes = " ".join(c["note"] for c in ranking["acupuncture"]["cautions"])
    assert words in notes
    assert "after 12 weeks" in notes


@pytest.mark.django_db
def test_at_13_weeks_the_first_trimester_caution_is_gone_and_the_pregnancy_one_stays():
    answers = {"age": 31, "goals": ["stress_relief"], "screening_yes": ["pregnancy"]}
    result = run(Vignette("13 weeks", {**answers, "pregnancy_weeks": 13}, top=set()))
    ranking = {entry["slug"]: entry for entry in result["ranking"]}

    kinds = [c["precaution"] for c in ranking["acupuncture"]["cautions"]]
    assert not any("weeks pregnant" in kind or "weeks not known" in kind for kind in kinds)
    assert "LI4" in " ".join(c["note"] for c in ranking["acupuncture"]["cautions"])


# --- Under 16: a parent or guardian (the engine's note for staff) ---


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("age", "words"),
    [(15, "Under 16: a parent or guardian must agree"), (16, "may agree to treatment themselves")],
)
def test_the_staff_note_for_15_and_16(age, words):
    result = run(Vignette(f"aged {age}", {"age": age, "goals": ["stress_relief"]}, top=set()))
    notes = " ".join(c["note"] for e in result["ranking"] for c in e["cautions"])
    assert words in notes


@pytest.mark.django_db
def test_a_pregnancy_under_16_prompts_safeguarding_in_the_staff_note():
    answers = {"age": 15, "goals": ["stress_relief"], "screening_yes": ["pregnancy"]}
    result = run(Vignette("15 and pregnant", answers, top=set()))
    notes = " ".join(c["note"] for e in result["ranking"] for c in e["cautions"])
    assert "safeguarding" in notes.lower()


def test_a_15_year_old_cannot_send_without_a_guardian_but_a_16_year_old_can(client, answers):
    from django.utils import timezone

    from intake.models import Submission

    year = timezone.localdate().year
    # Born on 1 January: 15 all this year, then 16 all this year.
    answers["about-you"].update(date_of_birth_day="1", date_of_birth_month="1")
    answers["about-you"]["date_of_birth_year"] = str(year - 15)
    fill_in(client, answers)
    assert submit(client).status_code == 200
    assert not Submission.objects.exists()

    answers["about-you"]["date_of_birth_year"] = str(year - 16)
    fill_in(client, answers)
    assert submit(client).status_code == 302
    assert Submission.objects.get().guardian_name == ""
