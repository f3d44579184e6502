"""Emergency signs on the condition pages say 999 or A&E, as the NHS does (issue 24).

The low back pain, sciatica and migraine/headache pages said "see a doctor" (or "see a doctor
urgently") for signs the NHS sends to 999 or A&E: numbness around the genitals or buttocks, a
bladder or bowel change, a headache with fever and a stiff neck. Each page now lists those signs
in its own field, shown under the intake's heading "Call 999 or go to A&E now", and its summary
keeps only the advice that is not an emergency. Neck pain gains the meningitis and serious-
accident signs.

Sources: NHS "Back pain", "Sciatica", "Cauda equina syndrome", "Headaches", "Severe head injury",
"Meningitis", "Neck pain", "Chest pain" (sudden chest pain that spreads to the arms, back, neck or
jaw, or comes with breathlessness: 999); NICE NG59, NICE CKS "Headache - assessment", NICE NG240
(meningitis).

Like 0005, a summary staff have already rewritten is left alone and named on the console, and
signs staff have already written are kept. Reversing removes the field; summaries keep the
corrected text (the old text understated emergencies).
"""

from django.db import migrations, models


def p(block: str) -> str:
    """Text as stored: a blank line separates paragraphs (as 0002's `text()`)."""
    paragraphs = [" ".join(part.split()) for part in block.strip().split("\n\n")]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def signs(*items: str) -> str:
    return "\n".join(" ".join(item.split()) for item in items)


CHEST_PAIN = """Sudden chest pain that spreads to your arms, back, neck or jaw, makes your chest
    feel tight or heavy, or comes with shortness of breath"""

PAGES = {
    "low-back-pain": {
        "old": """See a doctor before any treatment if back pain comes with numbness around the
            groin, new trouble controlling your bladder or bowel, a fever or unexplained weight
            loss, or if it follows a fall or an accident.""",
        "new": """Contact your GP or call 111 today, before any treatment, if back pain comes with
            a high temperature or you feel hot and shivery, you have lost weight without trying,
            your back has swollen or changed shape, the pain is worse at night or does not ease
            with rest, or it started after a fall.""",
        "signs": signs(
            "New numbness or tingling around your genitals, buttocks or between your legs",
            "New difficulty peeing, or not being able to control when you pee or poo",
            "Severe or worsening weakness or numbness in one or both legs",
            CHEST_PAIN,
            "Back pain that started after a serious accident, such as a car accident",
        ),
    },
    "sciatica": {
        "old": """See a doctor urgently if you have numbness around the groin, new problems with
            your bladder or bowel, or weakness in your legs.""",
        "new": """See a GP if the pain has not eased after a few weeks, is getting worse, or stops
            you doing your normal activities.""",
        "signs": signs(
            "Sciatica in both legs",
            "Severe or worsening weakness or numbness in one or both legs",
            "Numbness around or under your genitals, or around your bottom",
            "Finding it hard to start peeing, not being able to pee, or not being able to "
            "control when you pee",
            "Not noticing when you need to poo, or not being able to control it",
        ),
    },
    "migraine-headache": {
        "old": """See a doctor urgently for a sudden, severe headache, or for a headache with
            fever, a stiff neck, confusion, weakness or changes in your vision.""",
        "new": """See a GP if headaches keep coming back, painkillers do not help, or a headache
            is getting worse. If you are pregnant and get a severe headache, or a headache with
            changes in your vision or sudden swelling of your face, hands or feet, call your
            maternity unit or midwife now.""",
        "signs": signs(
            "A headache that came on suddenly and is extremely painful, like the worst you "
            "have ever had",
            "A headache with a high temperature and a stiff neck, or a rash that does not fade "
            "when a glass is pressed against it",
            "A headache with confusion or drowsiness, sudden problems speaking, weakness or "
            "numbness on one side, or loss of vision",
            "A headache after a serious injury to the head",
        ),
    },
    "neck-pain": {
        "old": None,  # its summary's "seek medical advice" is right for what it names
        "new": None,
        "signs": signs(
            "Neck pain or stiffness with a high temperature, a headache, or a rash that does "
            "not fade when a glass is pressed against it",
            "Neck pain after a serious accident, such as a car accident",
        ),
    },
}


def correct(apps, schema_editor):
    Condition = apps.get_model("treatments", "Condition")
    for slug, page in PAGES.items():
        condition = Condition.objects.filter(slug=slug).first()
        if condition is None:
            continue  # a site that deleted the page
        if not condition.emergency_signs:
            condition.emergency_signs = page["signs"]
        if page["old"]:
            old, new = p(page["old"]), p(page["new"])
            if old in condition.summary:
                condition.summary = condition.summary.replace(old, new)
            elif new not in condition.summary:
                print(f"\n  {slug}: summary already rewritten by staff; check its emergency advice.")
        condition.save()


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0010_precaution_themes"),
    ]

    operations = [
        migrations.AddField(
            model_name="condition",
            name="emergency_signs",
            field=models.TextField(
                blank=True,
                help_text="Signs that need 999 or A&E now (NHS), one a line. The page shows "
                "them under “Call 999 or go to A&E now”, the words the intake uses; write each "
                "as a sign, without advice of its own.",
            ),
        ),
        migrations.RunPython(correct, migrations.RunPython.noop),
    ]
