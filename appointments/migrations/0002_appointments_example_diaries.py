"""Example diaries for the clinic's example practitioners (seeded by treatments), so a fresh
site shows free times at once: weekdays 09:00 to 17:00 with a lunch hour, the services of the
treatments they give. Replaced or unpublished along with the examples."""

import datetime

from django.db import migrations


def add_example_diaries(apps, schema_editor):
    Practitioner = apps.get_model("treatments", "Practitioner")
    Service = apps.get_model("treatments", "Service")
    Diary = apps.get_model("appointments", "Diary")
    WorkingHours = apps.get_model("appointments", "WorkingHours")
    for practitioner in Practitioner.objects.filter(is_example=True):
        diary, created = Diary.objects.get_or_create(practitioner=practitioner)
        if not created:
            continue
        modalities = practitioner.modalities.all()
        diary.services.set(Service.objects.filter(modality__in=modalities, is_published=True))
        WorkingHours.objects.bulk_create(
            WorkingHours(diary=diary, weekday=weekday, start=start, end=end)
            for weekday in range(5)
            for start, end in ((datetime.time(9), datetime.time(13)), (datetime.time(14), datetime.time(17)))
        )


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0001_appointments_diary"),
        ("treatments", "0013_massage_therapy_price"),
    ]

    operations = [migrations.RunPython(add_example_diaries, migrations.RunPython.noop)]
