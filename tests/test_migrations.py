from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_model_change_is_missing_a_migration():
    """makemigrations --check exits (SystemExit, a failure here) when a model change has no
    migration; `make test` relies on this test for it."""
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)


@pytest.mark.django_db(transaction=True)
def test_existing_red_flag_intakes_get_their_urgency_and_sort_first():
    """Intakes sent before red flags had an urgency get one from their answers (0004)."""
    import datetime

    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.utils import timezone

    executor = MigrationExecutor(connection)
    before = [("intake", "0003_audit_and_erasure")]
    executor.migrate(before)
    Submission = executor.loader.project_state(before).apps.get_model("intake", "Submission")
    common = {
        "date_of_birth": datetime.date(1970, 1, 1),
        "email": "a@example.org",
        "contact_method": "email",
        "main_concern": "Back pain",
        "pain_now": 5,
        "pain_week_average": 5,
        "duration": "over_3_months",
        "interference": 5,
        "needles": "unsure",
        "pressure": "medium",
        "self_care": "no",
        "consent_version": "v1",
        "consented_at": timezone.now(),
    }
    for key, (name, flags) in enumerate(
        [("Old emergency", ["weight_loss", "bladder_bowel"]), ("Old plain", [])], start=1
    ):
        Submission.objects.create(
            idempotency_key=f"00000000-0000-0000-0000-00000000000{key}",
            reference=f"AAAA-000{key}",
            full_name=name,
            red_flags=flags,
            has_red_flag=bool(flags),
            **common,
        )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    from intake.models import Submission as Current

    urgent = Current.objects.get(full_name="Old emergency")
    assert (urgent.red_flag_urgency, urgent.queue_urgency) == (3, 3)
    assert Current.objects.get(full_name="Old plain").red_flag_urgency == 0
