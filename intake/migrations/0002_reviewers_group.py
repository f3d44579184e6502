"""The "Reviewers" group: exactly what reviewing intakes needs.

Reviewers can see and change submissions (the admin lets them change only the review fields)
and see, but not change, the treatment content they recommend from. They cannot add or delete
submissions, and cannot edit treatment content unless an owner gives them that too.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Reviewers"
PERMISSIONS = [
    ("intake", "submission", ["view", "change"]),
    ("intake", "historicalsubmission", ["view"]),
    ("intake", "screeninganswer", ["view"]),
    ("treatments", "modality", ["view"]),
    ("treatments", "condition", ["view"]),
    ("treatments", "precaution", ["view"]),
    ("treatments", "precautionguidance", ["view"]),
]


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, model, actions in PERMISSIONS:
        for action in actions:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                )
            )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0001_initial"),
        ("treatments", "0002_seed_content"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
