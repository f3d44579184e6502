"""Condition pages' emergency signs checked again against the NHS pages (issue 24).

0011 moved the 999 signs out of the summaries without re-reading the NHS. Read again on
6 December 2026 (sources in docs/clinical-safety.md, "Sources"), the pages were found to:

- low back pain: narrow chest pain to "sudden, spreading" pain, where the NHS back pain page
  sends any chest pain with back pain to 999; name weakness or numbness in the legs only when
  severe, where the NHS names pain, tingling, weakness or numbness in both legs; leave out
  altered feeling when wiping, leaking or not feeling a full bladder, and a change in sexual
  feeling or function (the cauda equina warning signs NHS trusts give); and leave two of the
  NHS's urgent signs (pain worse on coughing, sneezing or pooing; pain high between the
  shoulder blades) off the "GP or 111 today" advice;
- sciatica: leave out the same cauda equina signs;
- migraine and headache: leave out a red eye, problems remembering, and the signs the NHS
  gives for children under 12; name only a "serious" head injury; and leave off the NHS's
  urgent signs (jaw pain when eating, blurred or double vision, a sore scalp, numbness or
  weakness in the arms or legs), which now read "urgent GP appointment or 111 today";
- neck pain: read "neck pain with a headache" as a 999 sign (the old line joined the
  meningitis signs with "or"); now a stiff neck with a high temperature is the sign, and
  neck or jaw pain with heart-attack signs is added (NHS: chest pain);
- shoulder pain: no emergency signs at all, though shoulder or arm pain with chest pain, and
  a shoulder out of shape after a fall, are 999 or A&E;
- nausea and vomiting: "vomiting blood ... needs medical care straight away" for what the NHS
  splits in two: vomited blood with feeling faint, confused or unwell, clammy skin, tummy pain
  or black poo is 999 or A&E; vomited blood that has stopped, with no other symptom, is an
  urgent GP appointment or 111;
- pain after surgery, labour and postpartum pain: no emergency signs, though a clot in the
  lungs (likeliest after an operation or a birth) is 999 or A&E;
- stress and anxiety: no emergency signs, though thoughts of suicide one might act on, or
  serious self-harm, are 999 or A&E (NHS: mental health crisis or emergency).

- arthritis, joint pain, knee pain: no advice for the NHS's urgent joint signs (one joint
  suddenly very painful and swollen, red or hot skin over it, sore joints with a temperature
  or shivers), which now read "urgent GP appointment or 111 today" (NHS: arthritis);
- recovery from injury: "should be seen by a doctor first" for a limb out of shape, which is
  A&E (nidirect: broken bones);
- cancer-related fatigue: nothing on a temperature during chemotherapy, which needs the cancer
  team's 24-hour line at once (NICE CG151; The Christie), nor on chest pain, difficulty
  breathing or heavy bleeding during treatment, which are 999.

Not changed, for want of an NHS page read this time (to check at the next review): period
pain (possible ectopic pregnancy), digestion (sudden severe tummy pain, black poo). Fibromyalgia, chronic pain, muscle tension, sleep
and limited mobility keep no emergency signs: none has an emergency picture of its own (their
NHS pages were not re-read this time).

Each sign is one line in our own words. Summary fixes are (old, new) fragments of the
shipped text; `done()` tells a direction that has already run, even where the new fragment
adds to the old. Found by slug; a page whose signs or summary staff
have changed since 0011 is left alone and named on the console. Forwards twice changes
nothing; backwards restores 0011's text where this migration's text is still in place.
"""

from django.db import migrations


def signs(*items: str) -> str:
    return "\n".join(" ".join(item.split()) for item in items)


def p(block: str) -> str:
    return " ".join(block.split())


# As 0011 shipped them (its CHEST_PAIN line included), so that staff edits can be told apart.
OLD_CHEST_PAIN = (
    "Sudden chest pain that spreads to your arms, back, neck or jaw, makes your chest feel "
    "tight or heavy, or comes with shortness of breath"
)
OLD_LEG_WEAKNESS = "Severe or worsening weakness or numbness in one or both legs"

NEW_SEXUAL_FUNCTION = """A new loss of feeling in your genitals during sex, or new trouble
    getting an erection or ejaculating"""

# After an operation or a birth, when clots are likeliest (NHS: deep vein thrombosis, blood clots).
# NHS: arthritis ("urgent GP appointment or 111" signs, which also fit joint pain).
JOINT_URGENT = """Ask for an urgent GP appointment or call 111 today if one joint suddenly
    becomes very painful and swollen, the skin over a joint turns red or hot, or sore joints
    come with a high temperature or feeling hot, cold or shivery."""

BLOOD_CLOT_IN_LUNGS = signs(
    """Sudden breathlessness, chest or upper back pain that is worse when you breathe in, or
    coughing up blood, especially with a painful, swollen leg""",
    "Fainting or collapsing",
)

PAGES = {
    "low-back-pain": {
        "signs": (
            signs(
                "New numbness or tingling around your genitals, buttocks or between your legs",
                "New difficulty peeing, or not being able to control when you pee or poo",
                OLD_LEG_WEAKNESS,
                OLD_CHEST_PAIN,
                "Back pain that started after a serious accident, such as a car accident",
            ),
            signs(
                """New numbness, tingling or a change in feeling around your genitals, buttocks,
                back passage or inner thighs, including when you wipe after the toilet""",
                """New difficulty peeing, leaking pee, not feeling when your bladder is full, or
                not being able to control when you pee or poo""",
                "Pain, tingling, numbness or weakness in both legs",
                "Weakness or numbness in a leg that is severe or getting worse",
                NEW_SEXUAL_FUNCTION,
                "Chest pain of any kind together with your back pain",
                "Back pain that started after a serious accident, such as a car accident",
            ),
        ),
        "summary": (
            p("""the pain is worse at night or does not ease with rest, or it started after a
            fall."""),
            p("""the pain is worse at night or does not ease with rest, it gets worse when you
            cough, sneeze or poo, it is high in your back between your shoulder blades, or it
            started after a fall."""),
        ),
    },
    "sciatica": {
        "signs": (
            signs(
                "Sciatica in both legs",
                OLD_LEG_WEAKNESS,
                "Numbness around or under your genitals, or around your bottom",
                "Finding it hard to start peeing, not being able to pee, or not being able to "
                "control when you pee",
                "Not noticing when you need to poo, or not being able to control it",
            ),
            signs(
                "Sciatica in both legs",
                OLD_LEG_WEAKNESS,
                """Numbness, tingling or a change in feeling around or under your genitals,
                around your bottom or between your inner thighs, including when you wipe after
                the toilet""",
                """Finding it hard to start peeing, not being able to pee, leaking pee, not
                feeling when your bladder is full, or not being able to control when you pee""",
                "Not noticing when you need to poo, or not being able to control it",
                NEW_SEXUAL_FUNCTION,
            ),
        ),
    },
    "migraine-headache": {
        "signs": (
            signs(
                "A headache that came on suddenly and is extremely painful, like the worst you "
                "have ever had",
                "A headache with a high temperature and a stiff neck, or a rash that does not "
                "fade when a glass is pressed against it",
                "A headache with confusion or drowsiness, sudden problems speaking, weakness or "
                "numbness on one side, or loss of vision",
                "A headache after a serious injury to the head",
            ),
            signs(
                "A headache that came on suddenly and is extremely painful, like the worst you "
                "have ever had",
                "A headache with a high temperature and a stiff neck, or a rash that does not "
                "fade when a glass is pressed against it",
                """A headache with confusion or drowsiness, sudden problems speaking or
                remembering things, sudden weakness or numbness on one side of the body, or loss
                of vision""",
                "A severe headache with redness in the white of an eye",
                "A headache after a blow or injury to the head, such as from a fall or an accident",
                """In a child under 12: a headache with drowsiness or a lasting lack of energy,
                with problems seeing, speaking, swallowing, balancing or walking, or starting
                within 5 days of a head injury""",
            ),
        ),
        "summary": (
            p("""or a headache is getting worse. If you are pregnant"""),
            p("""or a headache is getting worse. Ask for an urgent GP appointment or call 111
            today if a severe headache comes with jaw pain when you eat, blurred or double
            vision, a sore scalp, or numbness or weakness in your arms or legs. If you are
            pregnant"""),
        ),
    },
    "neck-pain": {
        "signs": (
            signs(
                "Neck pain or stiffness with a high temperature, a headache, or a rash that does "
                "not fade when a glass is pressed against it",
                "Neck pain after a serious accident, such as a car accident",
            ),
            signs(
                """A stiff neck with a high temperature, especially with a headache, being sick,
                finding bright light painful, drowsiness, or a rash that does not fade when a
                glass is pressed against it""",
                """Sudden neck or jaw pain with pain or pressure in your chest, especially with
                sweating, feeling sick, light-headedness or breathlessness""",
                "Neck pain after a serious accident, such as a car accident",
            ),
        ),
    },
    "shoulder-pain": {
        "signs": (
            "",
            signs(
                """Sudden shoulder or arm pain with pain or pressure in your chest, or spreading
                to your jaw or neck, especially with sweating, feeling sick, light-headedness or
                breathlessness""",
                """After a fall or an injury: a shoulder that looks out of shape, or an arm you
                cannot move""",
            ),
        ),
    },
    "nausea-vomiting": {
        "signs": (
            "",
            signs(
                """Vomiting blood, or sick that looks like coffee grounds, with feeling faint,
                dizzy, confused or generally unwell, fast or shallow breathing, cold, clammy or
                pale skin, tummy pain, or black poo"""
            ),
        ),
        "summary": (
            p("""Severe or persistent vomiting, vomiting blood, or signs of dehydration need
            medical care straight away."""),
            p("""Severe or persistent vomiting, or signs of dehydration, need medical care
            straight away. If you have vomited blood but it has stopped and you feel otherwise
            well, ask for an urgent GP appointment or call 111 today."""),
        ),
    },
    "postoperative-pain": {"signs": ("", BLOOD_CLOT_IN_LUNGS)},
    "labour-pain": {"signs": ("", BLOOD_CLOT_IN_LUNGS)},
    "stress-anxiety": {
        "signs": (
            "",
            signs(
                """Thoughts of ending your life that you feel you might act on, or having
                seriously harmed yourself, for example by taking an overdose"""
            ),
        ),
    },
    "arthritis": {
        "summary": (
            p("""Hot, swollen joints should not be massaged during a flare."""),
            p("""Hot, swollen joints should not be massaged during a flare. """ + JOINT_URGENT),
        ),
    },
    "joint-pain": {
        "summary": (
            p("""the muscle tension and stiffness around it."""),
            p("""the muscle tension and stiffness around it. """ + JOINT_URGENT),
        ),
    },
    "knee-pain": {
        "summary": (
            p("""should be checked by a doctor first."""),
            p("""should be checked by a doctor first. If the knee is hot and swollen and you
            feel feverish or shivery, ask for an urgent GP appointment or call 111 today."""),
        ),
    },
    "injury-recovery": {
        "summary": (
            p("""A new injury with severe pain, swelling, an odd shape or difficulty bearing
            weight should be seen by a doctor first."""),
            p("""A new injury with severe pain, swelling or difficulty bearing weight should be
            seen by a doctor first."""),
        ),
        "signs": (
            "",
            signs(
                """After an injury: an arm or leg that looks bent or out of shape, a bone
                showing through the skin, or an arm or leg you cannot move"""
            ),
        ),
    },
    "cancer-related-fatigue": {
        "signs": (
            "",
            signs(
                """During cancer treatment: chest pain, difficulty breathing, or bleeding that
                is heavy or will not stop"""
            ),
        ),
        "summary": (
            p("""agreed with your cancer team and adapted to your treatment."""),
            p("""agreed with your cancer team and adapted to your treatment. If you are having
            chemotherapy or another cancer treatment and get a high temperature, feel shivery
            or suddenly unwell, call your cancer team's 24-hour helpline straight away, day or
            night: an infection can become serious within hours."""),
        ),
    },
}


def done(text: str, was: str, becomes: str) -> bool:
    """Whether `text` already reads `becomes` (where one fragment holds the other too)."""
    return becomes in text and not (was in text and len(was) > len(becomes))


def apply(apps, direction: int) -> None:
    """Swap each page's text from (old, new)[1 - direction] to (old, new)[direction]."""
    Condition = apps.get_model("treatments", "Condition")
    for slug, page in PAGES.items():
        condition = Condition.objects.filter(slug=slug).first()
        if condition is None:
            continue  # a site that deleted the page
        changed = []
        if "signs" in page:
            was, becomes = page["signs"][1 - direction], page["signs"][direction]
            if condition.emergency_signs == was:
                condition.emergency_signs = becomes
                changed.append("emergency_signs")
            elif condition.emergency_signs != becomes:
                print(f"\n  {slug}: emergency signs edited by staff; check them against the NHS.")
        if "summary" in page:
            was, becomes = page["summary"][1 - direction], page["summary"][direction]
            if done(condition.summary, was, becomes):
                pass  # already run
            elif was in condition.summary:
                condition.summary = condition.summary.replace(was, becomes)
                changed.append("summary")
            else:
                print(f"\n  {slug}: summary edited by staff; check its urgent advice.")
        if changed:
            condition.save(update_fields=changed)


def forwards(apps, schema_editor):
    apply(apps, 1)


def backwards(apps, schema_editor):
    apply(apps, 0)


class Migration(migrations.Migration):
    dependencies = [("treatments", "0014_cancer_history_precaution")]

    operations = [migrations.RunPython(forwards, backwards)]
