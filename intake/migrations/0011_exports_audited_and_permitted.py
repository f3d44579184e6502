"""Exports: an audit action for each kind (CSV, FHIR, the printable record, its PDF), and a
permission of their own, "Can export intakes", given to the Reviewers group so that they keep
the CSV export they had and can print a record for the paper chart. An owner can withdraw it
from a reviewer without stopping their reviewing."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUP = "Reviewers"
CODENAME = "export_submission"


def grant_export(apps, schema_editor):
    # Permissions are normally made after all migrations; this one is needed now.
    intake = apps.get_app_config("intake")
    intake.models_module = True
    create_permissions(intake, apps=apps, verbosity=0)
    intake.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="intake", codename=CODENAME)
    )


def revoke_export(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="intake", codename=CODENAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0010_follow_ups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="submission",
            options={
                "ordering": ["-created_at"],
                "permissions": [
                    ("export_submission", "Can export intakes (CSV, FHIR, print, PDF)")
                ],
            },
        ),
        migrations.AlterField(
            model_name="auditevent",
            name="action",
            field=models.CharField(
                choices=[
                    ("view", "Viewed"),
                    ("change", "Changed"),
                    ("history", "Viewed history"),
                    ("history_entry", "Viewed a history entry"),
                    ("list", "Viewed the list"),
                    ("send", "Sent recommendation"),
                    ("override", "Recorded a treatment despite red flags"),
                    ("export", "Exported as CSV"),
                    ("export_fhir", "Exported as FHIR"),
                    ("print", "Opened the printable record"),
                    ("export_pdf", "Downloaded the record as PDF"),
                    ("recompute", "Recomputed suggestion"),
                    ("delete", "Deleted"),
                    ("erase", "Erased on request"),
                    ("purge", "Purged (retention)"),
                    ("email_queued", "Email queued"),
                    ("email_sent", "Email sent"),
                    ("email_failed", "Email failed"),
                ],
                editable=False,
                max_length=20,
            ),
        ),
        migrations.RunPython(grant_export, revoke_export),
    ]
