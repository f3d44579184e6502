"""A clearer Polish for one seeded service description: 0017's "po przeczytaniu formularza
zaproponujemy który" left "which" hanging at the end of the sentence. Changed only where the
Polish is still 0017's (staff may have reworded it), and undone only where it is still this
one. Unreviewed, like the rest: see clinic.models.LanguageReview.
"""

from django.db import migrations

ENGLISH = "Medical or relaxation massage: we suggest which after reading your intake."
BEFORE = "Masaż medyczny lub relaksacyjny: po przeczytaniu formularza zaproponujemy który."
AFTER = (
    "Masaż medyczny lub relaksacyjny: rodzaj masażu zaproponujemy po przeczytaniu Twojego "
    "formularza."
)


def reword(old: str, new: str):
    def run(apps, schema_editor):
        Service = apps.get_model("treatments", "Service")
        Service.objects.filter(description_en_gb=ENGLISH, description_pl=old).update(
            description_pl=new
        )

    return run


class Migration(migrations.Migration):
    dependencies = [("treatments", "0021_pl_comparisons_and_clinic")]

    operations = [migrations.RunPython(reword(BEFORE, AFTER), reword(AFTER, BEFORE))]
