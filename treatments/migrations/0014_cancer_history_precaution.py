"""Cancer in the past becomes a precaution, no longer a red flag asked on its own.

"Cancer at any time, even if it was treated" was asked as a red flag, so anyone who had ever had
cancer was held for a doctor even with a painful knee. The back pain sources (NICE CKS back pain,
NICE NG234) make a past cancer a red flag only with spinal pain: the intake now derives it from
this precaution and the body map (intake/triage/redflags.py), and without spinal pain the
guidance below does its job. Forwards is idempotent (found by slug); backwards deletes the row,
which Django refuses once a patient has answered it (ScreeningAnswer.precaution is PROTECT).

Conventions as in 0002: `text()` joins the lines of a triple-quoted block into one paragraph.
"""

from django.db import migrations


def text(block: str) -> str:
    return " ".join(block.split())


CANCER_HISTORY = {
    "slug": "cancer-history",
    "name": "Cancer in the past",
    "question": "Have you had cancer at any time, even if it was treated and you are now well?",
    "detail_prompt": "What kind of cancer, and when was it treated?",
    "source": (
        "NICE CKS: back pain – low (without radiculopathy): past history of cancer; NICE NG234 "
        "(spinal metastases); Macmillan Cancer Support: complementary therapies; NHS: "
        "lymphoedema"
    ),
    "theme": "cancer_immunity",
    # Just after "Cancer treatment" (110 in 0006's order).
    "display_order": 115,
}

# modality slug -> (level, advice for the patient, note for staff)
GUIDANCE = {
    "massage-therapy": (
        "caution",
        """Massage is usually possible after cancer treatment. Please tell us if any lymph nodes
        were removed or treated, as we then use only light touch on that arm or leg.""",
        """Ask about lymph node removal or radiotherapy: light pressure only on a limb at risk of
        lymphoedema, and on skin that was irradiated. New back or neck pain with a past cancer is
        derived as a red flag (NICE NG234): see the red flags.""",
    ),
    "medical-massage": (
        "caution",
        """Firm massage may be possible after cancer treatment, adapted to you. Please tell us
        if any lymph nodes were removed or treated, as that arm or leg needs a gentle touch.""",
        """No deep work on a limb at risk of lymphoedema or over irradiated tissue; confirm the
        cancer is treated and that no bone involvement is known. New spinal pain with a past
        cancer is a derived red flag (NICE NG234).""",
    ),
    "relaxation-massage": (
        "note",
        """Gentle relaxation massage is usually suitable after cancer treatment. Tell us about
        any arm or leg that swells, so we can adapt.""",
        """Light pressure; ask about lymphoedema risk and avoid pressure on a swollen or at-risk
        limb.""",
    ),
    "acupressure": (
        "note",
        """Acupressure is usually suitable after cancer treatment. We avoid pressing hard on an
        arm or leg that swells or is at risk of swelling.""",
        """Gentle pressure only on a limb with or at risk of lymphoedema.""",
    ),
    "acupuncture": (
        "caution",
        """Acupuncture may be possible after cancer treatment. We do not put needles into an arm
        or leg that swells, or that is at risk after lymph nodes were removed.""",
        """Do not needle a limb with lymphoedema or at risk of it (lymph node removal or
        radiotherapy); ask about the treatment and any bone involvement.""",
    ),
}


def add_cancer_history(apps, schema_editor):
    Modality = apps.get_model("treatments", "Modality")
    Precaution = apps.get_model("treatments", "Precaution")
    PrecautionGuidance = apps.get_model("treatments", "PrecautionGuidance")
    fields = {key: value for key, value in CANCER_HISTORY.items() if key != "slug"}
    precaution, _ = Precaution.objects.update_or_create(
        slug=CANCER_HISTORY["slug"], defaults={**fields, "is_asked": True}
    )
    # A modality staff have deleted gets no row; the missing-guidance check reports it.
    for modality in Modality.objects.filter(slug__in=GUIDANCE):
        level, advice, staff_note = GUIDANCE[modality.slug]
        PrecautionGuidance.objects.update_or_create(
            precaution=precaution,
            modality=modality,
            defaults={"level": level, "advice": text(advice), "staff_note": text(staff_note)},
        )


def remove_cancer_history(apps, schema_editor):
    Precaution = apps.get_model("treatments", "Precaution")
    Precaution.objects.filter(slug=CANCER_HISTORY["slug"]).delete()


class Migration(migrations.Migration):
    dependencies = [("treatments", "0013_massage_therapy_price")]

    operations = [migrations.RunPython(add_cancer_history, remove_cancer_history)]
