"""The patient's advice on acupuncture with blood thinners or a metal allergy, no more lenient
than the NHS acupuncture page: it "may not be suitable" for people who take medicine to stop
blood clots or have a bleeding disorder, or who are allergic to metal."""

from django.db import migrations

ADVICE = {
    "blood-thinners": (
        "Acupuncture may not be suitable if you take medicine to prevent blood clots (such as "
        "warfarin) or have a bleeding disorder. Please speak to your GP, or whoever prescribed "
        "the medicine, before having acupuncture. We may suggest acupressure instead.",
        "Acupuncture is often still possible, but your acupuncturist needs to know about your "
        "medicine or condition so they can take extra care.",
    ),
    "metal-allergy": (
        "Acupuncture may not be suitable if you are allergic to metal, because the needles are "
        "made of metal. Tell us what you react to before you book; we may suggest acupressure "
        "instead.",
        "Acupuncture needles are made of metal. Tell us what you react to; your acupuncturist "
        "may be able to use different needles, or suggest acupressure.",
    ),
}


def set_advice(apps, which: int) -> None:
    PrecautionGuidance = apps.get_model("treatments", "PrecautionGuidance")
    for slug, texts in ADVICE.items():
        PrecautionGuidance.objects.filter(
            precaution__slug=slug, modality__slug="acupuncture"
        ).update(advice=texts[which])


def forwards(apps, schema_editor):
    set_advice(apps, 0)


def backwards(apps, schema_editor):
    set_advice(apps, 1)


class Migration(migrations.Migration):
    dependencies = [("treatments", "0011_condition_emergency_signs")]

    operations = [migrations.RunPython(forwards, backwards)]
