"""Reviewers may read, but not change, the clinic's people, prices and premises: they choose a
practitioner when they recommend a treatment. Owners (superusers) edit them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Reviewers"
MODELS = ["practitioner", "registration", "service", "whattoexpect", "location"]


def grant_view(apps, schema_editor):
    # Permissions are normally made after all migrations; these are needed now.
    treatments = apps.get_app_config("treatments")
    treatments.models_module = True
    create_permissions(treatments, apps=apps, verbosity=0)
    treatments.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="treatments",
            codename__in=[f"view_{model}" for model in MODELS],
        )
    )


def revoke_view(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="treatments",
                codename__in=[f"view_{model}" for model in MODELS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0008_submission_recommended_practitioner"),
        ("treatments", "0008_seed_clinic_examples"),
    ]

    operations = [migrations.RunPython(grant_view, revoke_view)]
